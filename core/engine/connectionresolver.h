#pragma once

#include "core/base/result.h"
#include "core/db/connectionurl.h"

#include <QString>

#include <memory>

namespace Stepwise::Core {

class Dialect;
class MigrationSession;
class PasswordProvider;
class RevisionGraph;
class SavedPasswordReader;
struct ProjectConfig;

// The use case "which database does this command mean, and open it": a URL the user gave, a
// saved connection profile (with the password Studio saved in the keychain), or the project's
// own URL. The text is parsed once here and travels on as a ConnectionUrl value; every command
// of the CLI that touches a database, and its --sql dialect, goes through it.
class ConnectionResolver
{
public:
    struct Choice
    {
        QString url;         // given by the user (--url); relative SQLite paths: the current folder
        QString profileName; // a saved profile (--connection NAME)
    };

    // keychain: where a profile's saved password is read from, unless STEPWISE_PASSWORD is set
    // (null: none). *note, when given, receives why no saved password could be read.
    ConnectionResolver(Choice choice, const ProjectConfig &config,
                       SavedPasswordReader *keychain = nullptr);

    // The URL to connect to: the profile's (with its saved password), else the given URL, else
    // the project's (sqlalchemy.url / [database] url), else an ErrorCode::Config error.
    Result<ConnectionUrl> url(QString *note = nullptr) const;
    // The dialect an offline script is written for: the profile's or the URL's, else the
    // project's URL, else its `dialect` setting.
    Result<const Dialect *> offlineDialect() const;
    // url(), then a MigrationSession on it (passwords: asked when the URL has none).
    Result<std::unique_ptr<MigrationSession>> openSession(const RevisionGraph &graph,
                                                          PasswordProvider *passwords,
                                                          QString *note = nullptr) const;

private:
    Choice m_choice;
    const ProjectConfig &m_config;
    SavedPasswordReader *m_keychain;
};

} // namespace Stepwise::Core
