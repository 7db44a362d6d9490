#pragma once

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/schema/schema.h"
#include "core/schema/schemasnapshot.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Stepwise::Core {

class Dialect;
class PasswordProvider;
class ScopedDatabase;

// A throwaway database where a schema is built to be read: the migrated state of a project
// (autogenerate, drift) or a `.sql` file (diff). SQLite: a new temporary file each time.
// PostgreSQL / MySQL: the database `shadowUrl` names (`--shadow-url`, `shadow_url` in
// stepwise.ini), as Atlas's dev database — created through the server's maintenance database
// when it does not exist, emptied before each use, dropped on destruction when it was created
// here. Never the user's own database: Stepwise's callers pass only a URL the user named for it.
class ShadowDatabase
{
public:
    ShadowDatabase(const Dialect &dialect, std::optional<ConnectionUrl> shadowUrl, PasswordProvider *passwords);
    ~ShadowDatabase();
    ShadowDatabase(const ShadowDatabase &) = delete;
    ShadowDatabase &operator=(const ShadowDatabase &) = delete;

    // An empty shadow, ready: its URL (with the password used). A shadow that cannot be
    // created names the privilege missing.
    Result<ConnectionUrl> prepare();
    // prepare(), then the file's statements (an error at file:line for one that fails), then
    // the schema read back.
    Result<Schema> readFile(const QString &path, const SnapshotOptions &options);
    // Reads the schema of the shadow as it stands (after prepare() and whatever ran on it).
    Result<Schema> read(const ConnectionUrl &url, const SnapshotOptions &options);

private:
    Result<std::unique_ptr<ScopedDatabase>> connect(const ConnectionUrl &url);
    Result<ConnectionUrl> ensureServerDatabase();
    Result<void> empty(QSqlDatabase &db);

    const Dialect &m_dialect;
    std::optional<ConnectionUrl> m_url;
    PasswordProvider *m_passwords;
    QTemporaryDir m_dir;
    int m_files = 0;
    bool m_checked = false;
    QString m_created; // the database this object created (dropped on destruction)
    std::optional<ConnectionUrl> m_admin;
};

} // namespace Stepwise::Core
