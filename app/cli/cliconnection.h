#pragma once

#include "clicontext.h"
#include "keychainpasswordreader.h"
#include "terminalpasswordprovider.h"

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/engine/connectionresolver.h"
#include "core/engine/migrationsession.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace Stepwise::Core {
class Dialect;
}

namespace Stepwise::Cli {

// The database a command works on: --url, --connection (a profile Studio saved, with its
// keychain password) or the project's URL; the dialect of an offline script; and opening a
// migration session on it, asking for a password on the terminal when needed.
class CliConnection
{
public:
    explicit CliConnection(CliContext &session);

    // The database of this command line (Core::ConnectionResolver: --connection's profile with
    // its keychain password, else --url, else the project's URL); a note on stderr with
    // --verbose when the keychain had no password.
    Core::Result<Core::ConnectionUrl> databaseUrl(const Core::ProjectConfig &config) const;
    // The dialect an offline script is written for.
    Core::Result<const Core::Dialect *> offlineDialect(const Core::ProjectConfig &config) const;

    // The terminal asks for a password when the URL and libpq's sources have none.
    Core::Result<std::unique_ptr<Core::MigrationSession>> open(const Core::ConnectionUrl &url,
                                                              const CliContext::Loaded &loaded);
    // Reads the heads without creating anything; fills *rows or returns an exit code.
    std::optional<int> readRows(const CliContext::Loaded &loaded, QStringList *rows,
                                QString *display);

private:
    Core::ConnectionResolver resolver(const Core::ProjectConfig &config) const;

    CliContext &m_session;
    TerminalPasswordProvider m_passwords;
    mutable KeychainPasswordReader m_keychain;
};

} // namespace Stepwise::Cli
