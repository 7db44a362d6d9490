#pragma once

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Stepwise::Core {

class Dialect;

// How long a run may wait: for a lock (the migration lock, and each statement's table and
// row locks) and for any one statement. Unset means "ask the next source": the command line
// over the connection profile over stepwise.ini (over()), then the defaults. A lock timeout
// of 0 waits not at all; a statement timeout of 0 is no limit. Plain value type.
struct SessionTimeouts
{
    static constexpr std::chrono::milliseconds defaultLock { 30000 };

    std::optional<std::chrono::milliseconds> lock;
    std::optional<std::chrono::milliseconds> statement;

    // These settings, and `fallback`'s where these have none.
    SessionTimeouts over(const SessionTimeouts &fallback) const;
    std::chrono::milliseconds lockOrDefault() const { return lock.value_or(defaultLock); }

    bool operator==(const SessionTimeouts &other) const = default;
};

// The statements that put the timeouts in force on a run's session: PostgreSQL lock_timeout
// and statement_timeout (and client_connection_check_interval, so the server notices a killed
// run during a long statement and frees its locks); MySQL/MariaDB lock_wait_timeout,
// innodb_lock_wait_timeout and MariaDB's max_statement_time. A statement timeout left unset
// restores the server's default, so a session used for several runs keeps none from an
// earlier one. SQLite's lock wait is its busy timeout (DatabaseLock); it has no statement
// timeout. Empty for databases without such settings.
// The dialect SQL switches on Dialect::name() here; it belongs in Dialect's virtuals (not moved
// yet: written while the dialect classes were being changed for the tables' format).
QStringList sessionTimeoutSql(const Dialect &dialect, const SessionTimeouts &timeouts);

// Runs sessionTimeoutSql() on `db`.
Result<void> applySessionTimeouts(
    const QSqlDatabase &db, const Dialect &dialect, const SessionTimeouts &timeouts);

// After a statement gave up waiting for a lock: the sessions that most likely held it, each
// as "session 4711 (user app, application 'web', idle in transaction since … UTC, last
// statement: …)". PostgreSQL: sessions in a transaction holding locks on a table the
// statement names, else the oldest transactions holding table locks; MySQL/MariaDB: the
// oldest open InnoDB transactions (metadata locks are not listed by the server), else the
// longest-running sessions on this database. At most three; empty when none are found. Runs
// on `db`, outside a failed transaction.
QStringList describeLockBlockers(
    const QSqlDatabase &db, const Dialect &dialect, const QString &statement);

} // namespace Stepwise::Core
