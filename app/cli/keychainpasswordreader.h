#pragma once

#include "core/db/savedpasswordreader.h"

#include <QString>

#include <chrono>
#include <optional>

namespace Stepwise::Cli {

// A password Studio saved in the OS keychain (QtKeychain: Secret Service, KWallet, …), waiting
// at most `timeout`; std::nullopt with *error set when there is no keychain service, no entry,
// or no answer in time. Needs a QCoreApplication; never falls back to a file.
class KeychainPasswordReader : public Core::SavedPasswordReader
{
public:
    explicit KeychainPasswordReader(std::chrono::milliseconds timeout = std::chrono::seconds(5))
        : m_timeout(timeout)
    {
    }
    std::optional<QString> read(const QString &service, const QString &key, QString *error) override;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace Stepwise::Cli
