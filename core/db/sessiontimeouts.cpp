#include "core/db/sessiontimeouts.h"

#include "core/db/database.h"
#include "core/db/dialect.h"

#include "core/base/tr.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

using std::chrono::milliseconds;

qint64 clampedMs(milliseconds value, qint64 most)
{
    return std::clamp<qint64>(value.count(), 0, most);
}

// Whole seconds, rounded up: MySQL's lock waits count in seconds, and 1.5 s must not become 1.
qint64 secondsUp(milliseconds value, qint64 most)
{
    return std::min<qint64>((clampedMs(value, most * 1000) + 999) / 1000, most);
}

QStringList postgresqlSql(const SessionTimeouts &t)
{
    // lock_timeout 0 would mean "wait forever"; 1 ms is as close to "do not wait" as it gets.
    const qint64 lock = std::max<qint64>(clampedMs(t.lockOrDefault(), INT_MAX), 1);
    return {
        u"SET lock_timeout = %1"_s.arg(lock),
        t.statement ? u"SET statement_timeout = %1"_s.arg(clampedMs(*t.statement, INT_MAX))
                    : u"SET statement_timeout TO DEFAULT"_s,
        // PostgreSQL 14+: a backend whose client was killed mid-statement otherwise runs the
        // statement to its end (holding the migration lock and the step's locks) before it
        // notices; with the check it rolls back within a second. Older servers skip it.
        u"SELECT set_config('client_connection_check_interval', '1000', false) "
        "WHERE current_setting('server_version_num')::int >= 140000"_s,
    };
}

QStringList mysqlSql(const SessionTimeouts &t)
{
    const qint64 lock = secondsUp(t.lockOrDefault(), 31536000);
    // max_statement_time is MariaDB's (10.1+); MySQL reads the versioned comment as a comment.
    const QString statement = t.statement
        ? QString::number(double(clampedMs(*t.statement, qint64(INT_MAX) * 1000)) / 1000.0, 'f', 3)
        : u"DEFAULT"_s;
    return { u"SET @@SESSION.lock_wait_timeout = %1, @@SESSION.innodb_lock_wait_timeout = %2"
             " /*M!100108 , @@SESSION.max_statement_time = %3 */"_s.arg(lock)
                 .arg(std::min<qint64>(lock, 1073741824))
                 .arg(statement) };
}

QString oneLine(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 200 ? simple.left(199) + u'…' : simple;
}

QString describeSession(const QString &id, const QString &who, const QString &state,
    const QString &since, const QString &statement)
{
    QString text = Tr::tr("session %1 (%2, %3").arg(id, who, state);
    if (!since.isEmpty())
        text += u", "_s + Tr::tr("transaction open since %1 UTC").arg(since);
    if (!statement.isEmpty())
        text += u", "_s + Tr::tr("last statement: %1").arg(oneLine(statement));
    return text + u')';
}

QStringList postgresqlBlockers(const QSqlDatabase &db, const QString &statement)
{
    // Which lock the statement waited for is gone with the statement; the sessions holding a
    // lock on a table it names are the likely holders, else the oldest transactions with locks.
    QSqlQuery q(db);
    if (!q.prepare(
            u"SELECT a.pid, a.usename, a.application_name, a.state, a.query, "
            "to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), "
            "bool_or(strpos(lower(CAST(? AS text)), lower(c.relname)) > 0) AS named "
            "FROM pg_catalog.pg_stat_activity a "
            "JOIN pg_catalog.pg_locks l ON l.pid = a.pid AND l.granted AND l.locktype = 'relation' "
            "JOIN pg_catalog.pg_class c ON c.oid = l.relation "
            "WHERE a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL "
            "AND a.datname = current_database() "
            "AND l.database = (SELECT oid FROM pg_catalog.pg_database "
            "WHERE datname = current_database()) "
            "AND c.relnamespace <> 'pg_catalog'::regnamespace "
            "GROUP BY a.pid, a.usename, a.application_name, a.state, a.query, a.xact_start "
            "ORDER BY named DESC, a.xact_start LIMIT 3"_s))
        return {};
    q.addBindValue(statement);
    if (!q.exec())
        return {};
    QStringList named, others;
    while (q.next()) {
        const QString app = q.value(2).toString();
        const QString who = app.isEmpty()
            ? Tr::tr("user %1").arg(q.value(1).toString())
            : Tr::tr("user %1, application '%2'").arg(q.value(1).toString(), app);
        (q.value(6).toBool() ? named : others) << describeSession(q.value(0).toString(), who,
            q.value(3).toString(), q.value(5).toString(), q.value(4).toString());
    }
    return named.isEmpty() ? others : named;
}

QStringList mysqlBlockers(const QSqlDatabase &db)
{
    // Metadata locks (what DDL waits for) are listed only by an optional plugin; a session
    // holding one is in an open transaction, which InnoDB lists.
    static const QString transactions =
        u"SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.TIME, p.INFO, "
        "DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL TIMESTAMPDIFF(SECOND, t.trx_started, NOW()) SECOND, "
        "'%Y-%m-%d %H:%i:%s') "
        "FROM information_schema.INNODB_TRX t "
        "JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id "
        "WHERE p.ID <> CONNECTION_ID() ORDER BY t.trx_started LIMIT 3"_s;
    static const QString sessions =
        u"SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.TIME, p.INFO, NULL "
        "FROM information_schema.PROCESSLIST p WHERE p.ID <> CONNECTION_ID() "
        "AND p.DB = DATABASE() AND p.COMMAND NOT IN ('Daemon', 'Binlog Dump') "
        "ORDER BY p.TIME DESC LIMIT 3"_s;
    QStringList found;
    for (const QString &sql : { transactions, sessions }) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            continue;
        while (q.next()) {
            const QString who =
                Tr::tr("user %1 from %2").arg(q.value(1).toString(), q.value(2).toString());
            const QString state =
                Tr::tr("%1 for %2 s").arg(q.value(3).toString(), q.value(4).toString());
            found << describeSession(
                q.value(0).toString(), who, state, q.value(6).toString(), q.value(5).toString());
        }
        if (!found.isEmpty())
            break;
    }
    return found;
}

} // namespace

SessionTimeouts SessionTimeouts::over(const SessionTimeouts &fallback) const
{
    return { lock ? lock : fallback.lock, statement ? statement : fallback.statement };
}

QStringList sessionTimeoutSql(const Dialect &dialect, const SessionTimeouts &timeouts)
{
    if (dialect.name() == u"postgresql"_s)
        return postgresqlSql(timeouts);
    if (dialect.name() == u"mysql"_s)
        return mysqlSql(timeouts);
    return {};
}

Result<void> applySessionTimeouts(
    const QSqlDatabase &db, const Dialect &dialect, const SessionTimeouts &timeouts)
{
    for (const QString &sql : sessionTimeoutSql(dialect, timeouts)) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return fromQueryError(
                q, Tr::tr("Cannot set the run's lock and statement timeouts"), &dialect);
    }
    return {};
}

QStringList describeLockBlockers(
    const QSqlDatabase &db, const Dialect &dialect, const QString &statement)
{
    if (dialect.name() == u"postgresql"_s)
        return postgresqlBlockers(db, statement);
    if (dialect.name() == u"mysql"_s)
        return mysqlBlockers(db);
    return {};
}

} // namespace Stepwise::Core
