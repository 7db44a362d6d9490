#pragma once

#include <QString>

#include <optional>

namespace Stepwise::Core {

class ConnectionUrl;

// Asked for a password when neither the URL nor STEPWISE_PASSWORD gives one (and the driver
// has no password sources of its own). The CLI prompts on the terminal, the GUI uses the
// keychain or a dialog. Called in the thread that opens the connection; std::nullopt means
// the user declined (the connection is not attempted).
class PasswordProvider
{
public:
    virtual ~PasswordProvider() = default;
    virtual std::optional<QString> password(const ConnectionUrl &url) = 0;
};

} // namespace Stepwise::Core
