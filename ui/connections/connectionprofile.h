#pragma once

#include "core/db/connectionprofiles.h"

namespace Stepwise::Ui {

// A saved connection: everything needed to connect except the password, which lives in the
// OS keychain (when savePassword) or is asked for. Plain value type; the fields, the
// keychain key and the URL form are core/db's (Core::ConnectionProfile), shared with the CLI.
struct ConnectionProfile : Core::ConnectionProfile
{
    ConnectionProfile() = default;
    ConnectionProfile(const Core::ConnectionProfile &profile) // NOLINT: same value, UI name
        : Core::ConnectionProfile(profile)
    {
    }

    bool operator==(const ConnectionProfile &other) const = default;
};

} // namespace Stepwise::Ui
