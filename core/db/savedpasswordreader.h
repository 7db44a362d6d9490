#pragma once

#include <QString>

#include <optional>

namespace Stepwise::Core {

// Reads a password Stepwise Studio saved in the OS keychain (service, key as
// ConnectionProfiles::keychainService() and ConnectionProfile::keychainKey()). Core links no
// keychain library: the front end that has one implements this. std::nullopt with *error set
// when there is no keychain service, no entry, or no answer in time.
class SavedPasswordReader
{
public:
    virtual ~SavedPasswordReader() = default;
    virtual std::optional<QString> read(const QString &service, const QString &key,
                                        QString *error) = 0;
};

} // namespace Stepwise::Core
