#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace Stepwise::Cli {

// A password from the OS keychain (QtKeychain: Secret Service, KWallet, …), waiting at most
// `timeout`; std::nullopt with *error set when there is no keychain service, no entry, or no
// answer in time. Needs a QCoreApplication; never falls back to a file.
std::optional<QString> readKeychainPassword(const QString &service, const QString &key, QString *error,
                                            std::chrono::milliseconds timeout = std::chrono::seconds(5));

} // namespace Stepwise::Cli
