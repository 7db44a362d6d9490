#pragma once

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace Stepwise::Core {

class ConnectionUrl;
class Dialect;
class PasswordProvider;

// Opens a connection named `connectionName` in the calling thread (Qt 6.4 cannot move a
// connection to another thread) and prepares the session: SQLite busy timeout and foreign
// keys, MySQL utf8mb4 without auto-reconnect, PostgreSQL application_name=stepwise.
// The password comes from the URL, else STEPWISE_PASSWORD, else (PostgreSQL) libpq's own
// PGPASSWORD/~/.pgpass, else `passwords` when the URL names a user.
// On failure the connection name is removed again; on success the caller removes it with
// QSqlDatabase::removeDatabase() once every copy of the database and its queries is gone.
Result<QSqlDatabase> openDatabase(const ConnectionUrl &url, const QString &connectionName,
                                  PasswordProvider *passwords = nullptr);

// THE conversion point from QSqlError: "<context>: <server text>", the native code
// (SQLSTATE / errno) and server text kept verbatim in withNative(), passwords redacted.
// ErrorCode::Lock when `dialect` says the code means a lock wait timed out, else Database.
Error fromSqlError(const QSqlError &error, const QString &context, const Dialect *dialect = nullptr);

// fromSqlError() on the query's last error.
Error fromQueryError(const QSqlQuery &query, const QString &context, const Dialect *dialect = nullptr);

// "PostgreSQL 15.5 on x86_64…", "10.11.6-MariaDB…", "SQLite 3.40.1"; the driver name for
// databases without a version query.
Result<QString> serverVersion(const QSqlDatabase &db);

} // namespace Stepwise::Core
