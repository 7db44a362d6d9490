#pragma once

#include "core/db/passwordprovider.h"

#include <optional>

namespace Stepwise::Cli {

// Asks for a password on the controlling terminal with echo off; declines without one.
class TerminalPasswordProvider : public Core::PasswordProvider
{
public:
    std::optional<QString> password(const Core::ConnectionUrl &url) override;
};

} // namespace Stepwise::Cli
