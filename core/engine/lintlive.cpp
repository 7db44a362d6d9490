// The data-aware safety checks (issue 19): each finding's LintTarget measured on a connection
// with read-only queries, each bounded by LintLiveOptions::timeout. What is measured and how:
// docs/lint.md, "Live numbers".
//
// - Table sizes, once per table: PostgreSQL pg_class.reltuples (an estimate) and
//   pg_total_relation_size; MySQL/MariaDB information_schema.TABLES (TABLE_ROWS, exact only for
//   MyISAM/Aria, and DATA_LENGTH + INDEX_LENGTH); SQLite count(*) and, where the build has it,
//   the dbstat table. An estimate of 0 or less (never analysed: PostgreSQL 14+ says -1) is
//   replaced by a count(*) under the same timeout: cheap on the small tables such estimates
//   usually belong to, and cut short on a big one (the rows then stay unknown).
// - Violating rows, once per distinct query: NULLs, rows in duplicate keys, rows failing a
//   check, child rows without a parent, the rows of a table that gets a NOT NULL column.
// - Read-only and bounded: PostgreSQL inside BEGIN READ ONLY (or, when the caller has a
//   transaction open, a savepoint with transaction_read_only) with SET LOCAL statement_timeout,
//   rolled back at the end; MariaDB SET STATEMENT max_statement_time=... FOR each query, MySQL
//   the MAX_EXECUTION_TIME hint, inside START TRANSACTION READ ONLY when the server says no
//   transaction is open; SQLite PRAGMA query_only, restored. SQLite has no statement timeout
//   reachable through Qt: its queries are not bounded (a local file, counted as fast as it
//   reads). Other databases (ODBC) are not measured.
// - A query that fails (the table is created by an earlier step, the timeout, an expression that
//   means something only inside its statement) leaves its number at -1; nothing fails the call.
#include "core/engine/lintlive.h"

#include "core/base/tr.h"
#include "core/db/dialect.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

using Kind = LintTarget::Kind;

enum class Server { PostgreSQL, MariaDB, MySQL, SQLite, Other };

std::optional<qint64> toCount(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (ok)
        return n;
    const double d = value.toDouble(&ok);
    if (ok)
        return qRound64(d);
    return std::nullopt;
}

// A session of read-only, bounded queries on `db`; the destructor leaves the connection as it
// found it.
class ReadOnlySession
{
public:
    ReadOnlySession(const QSqlDatabase &db, const Dialect &dialect, std::chrono::milliseconds timeout)
        : m_db(db)
        , m_timeoutMs(std::clamp<qint64>(timeout.count(), 1, INT_MAX))
    {
        const QString name = dialect.name();
        if (name == u"postgresql"_s)
            openPostgres();
        else if (name == u"mysql"_s)
            openMysql();
        else if (name == u"sqlite"_s)
            openSqlite();
    }

    ~ReadOnlySession()
    {
        switch (m_server) {
        case Server::PostgreSQL:
            exec(u"ROLLBACK TO SAVEPOINT stepwise_lint_live"_s);
            exec(u"RELEASE SAVEPOINT stepwise_lint_live"_s);
            if (m_ownTransaction)
                exec(u"ROLLBACK"_s);
            break;
        case Server::MariaDB:
        case Server::MySQL:
            if (m_ownTransaction)
                exec(u"ROLLBACK"_s);
            break;
        case Server::SQLite:
            exec(u"PRAGMA query_only = "_s + (m_sqliteQueryOnly ? u"1"_s : u"0"_s));
            break;
        case Server::Other:
            break;
        }
    }

    ReadOnlySession(const ReadOnlySession &) = delete;
    ReadOnlySession &operator=(const ReadOnlySession &) = delete;

    Server server() const { return m_server; }

    // The first row of a SELECT, or nullopt when it failed (the error is kept for tests and
    // debugging only: a failed measurement is a -1, not an error).
    std::optional<QVariantList> row(const QString &select)
    {
        QSqlQuery q(m_db);
        if (!q.exec(bounded(select))) {
            recover();
            return std::nullopt;
        }
        QVariantList values;
        if (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i);
        }
        return values;
    }

    std::optional<qint64> number(const QString &select)
    {
        const std::optional<QVariantList> r = row(select);
        if (!r || r->isEmpty())
            return std::nullopt;
        return toCount(r->first());
    }

    QStringList column(const QString &select)
    {
        QSqlQuery q(m_db);
        QStringList values;
        if (!q.exec(bounded(select))) {
            recover();
            return {};
        }
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

private:
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

    void openPostgres()
    {
        // Whether the caller has a transaction open: SAVEPOINT outside one fails with 25P01 and
        // changes nothing. Inside one, the savepoint keeps the caller's transaction as it was.
        QSqlQuery probe(m_db);
        if (!probe.exec(u"SAVEPOINT stepwise_lint_live"_s)) {
            if (probe.lastError().nativeErrorCode() != u"25P01"_s)
                return; // an aborted transaction, a broken connection: measure nothing
            if (!exec(u"BEGIN READ ONLY"_s))
                return;
            m_ownTransaction = true;
            if (!exec(u"SAVEPOINT stepwise_lint_live"_s)) {
                exec(u"ROLLBACK"_s);
                return;
            }
        }
        m_server = Server::PostgreSQL;
        postgresSettings();
    }

    void postgresSettings()
    {
        // LOCAL: gone with the savepoint (ROLLBACK TO undoes them) or the transaction.
        exec(u"SET LOCAL transaction_read_only = on"_s);
        exec(u"SET LOCAL statement_timeout = %1"_s.arg(m_timeoutMs));
    }

    void openMysql()
    {
        QSqlQuery version(m_db);
        if (!version.exec(u"SELECT VERSION()"_s) || !version.next())
            return;
        m_server = version.value(0).toString().contains(u"MariaDB"_s, Qt::CaseInsensitive)
            ? Server::MariaDB
            : Server::MySQL;
        // START TRANSACTION would commit a transaction the caller has open: only when the
        // server says there is none (MariaDB's in_transaction; MySQL has no such variable and
        // runs the SELECTs as they are).
        QSqlQuery open(m_db);
        if (open.exec(u"SELECT @@in_transaction"_s) && open.next() && open.value(0).toInt() == 0
            && exec(u"START TRANSACTION READ ONLY"_s))
            m_ownTransaction = true;
    }

    void openSqlite()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA query_only"_s) || !q.next())
            return;
        m_sqliteQueryOnly = q.value(0).toInt() != 0;
        q.finish();
        if (!exec(u"PRAGMA query_only = 1"_s))
            return;
        m_server = Server::SQLite;
    }

    QString bounded(const QString &select) const
    {
        switch (m_server) {
        case Server::MariaDB:
            return u"SET STATEMENT max_statement_time = %1 FOR "_s.arg(
                       QString::number(double(m_timeoutMs) / 1000.0, 'f', 3))
                + select;
        case Server::MySQL:
            // The hint follows the first SELECT; MariaDB would read it as a comment.
            return u"SELECT /*+ MAX_EXECUTION_TIME(%1) */"_s.arg(m_timeoutMs) + select.mid(6);
        default:
            return select;
        }
    }

    // After a failed query: PostgreSQL's transaction is aborted until rolled back to the
    // savepoint, which also undoes the LOCAL settings.
    void recover()
    {
        if (m_server != Server::PostgreSQL)
            return;
        exec(u"ROLLBACK TO SAVEPOINT stepwise_lint_live"_s);
        postgresSettings();
    }

    QSqlDatabase m_db;
    qint64 m_timeoutMs;
    Server m_server = Server::Other;
    bool m_ownTransaction = false;
    bool m_sqliteQueryOnly = false;
};

struct TableNumbers
{
    bool exists = false;
    qint64 rows = -1;
    bool estimated = false;
    qint64 bytes = -1;
};

class Measurer
{
public:
    Measurer(ReadOnlySession &session, const Dialect &dialect)
        : m_session(session)
        , m_dialect(dialect)
    {
    }

    TableNumbers table(const QString &schema, const QString &name)
    {
        const QString key = schema + u'\x1f' + name;
        if (const auto it = m_tables.constFind(key); it != m_tables.cend())
            return *it;
        TableNumbers t = measureTable(schema, name);
        m_tables.insert(key, t);
        return t;
    }

    // The rows `target` says the statement fails on, or -1.
    qint64 violating(const LintTarget &target, const TableNumbers &table)
    {
        if (target.kind == Kind::RowsPresent && table.rows >= 0 && !table.estimated)
            return table.rows; // counted already
        const QString sql = violatingQuery(target);
        if (sql.isEmpty())
            return -1;
        if (const auto it = m_counts.constFind(sql); it != m_counts.cend())
            return *it;
        const qint64 n = m_session.number(sql).value_or(-1);
        m_counts.insert(sql, n);
        return n;
    }

private:
    QString quoted(const QString &identifier) const { return m_dialect.quoteIdentifier(identifier); }
    QString qualified(const QString &schema, const QString &table) const
    {
        return m_dialect.qualifiedName(schema, table);
    }

    TableNumbers measureTable(const QString &schema, const QString &name)
    {
        TableNumbers t;
        const QString table = qualified(schema, name);
        switch (m_session.server()) {
        case Server::PostgreSQL: {
            const std::optional<QVariantList> r = m_session.row(
                u"SELECT c.reltuples::bigint, pg_catalog.pg_total_relation_size(c.oid) "
                "FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass(%1)"_s.arg(
                    m_dialect.quoteString(table)));
            if (!r || r->size() < 2)
                return t; // no such table (yet), or the catalog could not be read
            t.exists = true;
            t.rows = toCount(r->at(0)).value_or(-1);
            t.bytes = toCount(r->at(1)).value_or(-1);
            t.estimated = t.rows > 0;
            break;
        }
        case Server::MariaDB:
        case Server::MySQL: {
            const QString inSchema = schema.isEmpty() ? u"DATABASE()"_s : m_dialect.quoteString(schema);
            const std::optional<QVariantList> r = m_session.row(
                u"SELECT TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH, ENGINE "
                "FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2"_s
                    .arg(inSchema, m_dialect.quoteString(name)));
            if (!r || r->size() < 3)
                return t;
            t.exists = true;
            t.rows = toCount(r->at(0)).value_or(-1);
            t.bytes = toCount(r->at(1)).value_or(-1);
            const QString engine = r->at(2).toString().toLower();
            t.estimated = t.rows > 0 && engine != u"myisam"_s && engine != u"aria"_s;
            break;
        }
        case Server::SQLite: {
            const QString master = schema.isEmpty() ? u"sqlite_master"_s
                                                    : quoted(schema) + u".sqlite_master"_s;
            const std::optional<QVariantList> r = m_session.row(
                u"SELECT 1 FROM %1 WHERE type = 'table' AND name = %2 COLLATE NOCASE"_s.arg(
                    master, m_dialect.quoteString(name)));
            if (!r || r->isEmpty())
                return t;
            t.exists = true;
            // dbstat (SQLITE_ENABLE_DBSTAT_VTAB) counts the pages of the table and its
            // indexes; without it the size is not known (the file holds every table).
            if (schema.isEmpty() || schema.compare(u"main"_s, Qt::CaseInsensitive) == 0)
                t.bytes = m_session
                              .number(u"SELECT sum(pgsize) FROM dbstat WHERE name IN "
                                      "(SELECT name FROM sqlite_master WHERE tbl_name = %1 "
                                      "COLLATE NOCASE)"_s.arg(m_dialect.quoteString(name)))
                              .value_or(-1);
            break;
        }
        case Server::Other:
            return t;
        }
        if (t.rows <= 0) {
            // Never analysed (-1), empty or stale: a count, cut short by the timeout.
            t.estimated = false;
            t.rows = m_session.number(u"SELECT count(*) FROM "_s + table).value_or(-1);
        }
        return t;
    }

    QString allNotNull(const QStringList &columns, const QString &prefix = {}) const
    {
        QStringList terms;
        for (const QString &c : columns)
            terms << prefix + quoted(c) + u" IS NOT NULL"_s;
        return terms.join(u" AND "_s);
    }

    QString anyNull(const QStringList &columns) const
    {
        QStringList terms;
        for (const QString &c : columns)
            terms << quoted(c) + u" IS NULL"_s;
        return terms.join(u" OR "_s);
    }

    // The referenced table's primary key, for REFERENCES t without columns.
    QStringList primaryKey(const QString &schema, const QString &table)
    {
        switch (m_session.server()) {
        case Server::PostgreSQL:
            return m_session.column(
                u"SELECT a.attname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_attribute a "
                "ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                "WHERE i.indrelid = pg_catalog.to_regclass(%1) AND i.indisprimary "
                "ORDER BY array_position(i.indkey::int2[], a.attnum)"_s.arg(
                    m_dialect.quoteString(qualified(schema, table))));
        case Server::MariaDB:
        case Server::MySQL:
            return m_session.column(
                u"SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
                "WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2 AND CONSTRAINT_NAME = 'PRIMARY' "
                "ORDER BY ORDINAL_POSITION"_s.arg(
                    schema.isEmpty() ? u"DATABASE()"_s : m_dialect.quoteString(schema),
                    m_dialect.quoteString(table)));
        default:
            return {};
        }
    }

    QString violatingQuery(const LintTarget &target)
    {
        const QString t = qualified(target.schema, target.table);
        switch (target.kind) {
        case Kind::NullsIn:
            if (target.columns.isEmpty())
                return {};
            return u"SELECT count(*) FROM %1 WHERE %2"_s.arg(t, anyNull(target.columns));
        case Kind::DuplicatesIn: {
            if (target.columns.isEmpty())
                return {};
            QStringList key;
            for (const QString &c : target.columns)
                key << quoted(c);
            // Rows whose key occurs more than once; a NULL in the key never collides.
            QString sql = u"SELECT (SELECT COALESCE(sum(n), 0) FROM (SELECT count(*) AS n FROM %1 "
                          "WHERE %2 GROUP BY %3 HAVING count(*) > 1) d)"_s.arg(
                              t, allNotNull(target.columns), key.join(u", "_s));
            // A primary key fails on NULLs too.
            if (target.nullsViolate)
                sql += u" + (SELECT count(*) FROM %1 WHERE %2)"_s.arg(t, anyNull(target.columns));
            return sql;
        }
        case Kind::FailsCheck:
            if (target.checkExpression.trimmed().isEmpty())
                return {};
            // A row fails a check when the expression is false (NULL passes): NOT (NULL) is
            // NULL, so the row is not counted either.
            return u"SELECT count(*) FROM %1 WHERE NOT (%2)"_s.arg(t, target.checkExpression);
        case Kind::FailsForeignKey: {
            if (target.columns.isEmpty() || target.refTable.isEmpty())
                return {};
            QStringList refColumns = target.refColumns;
            if (refColumns.isEmpty())
                refColumns = primaryKey(target.refSchema, target.refTable);
            if (refColumns.size() != target.columns.size())
                return {};
            QStringList match;
            for (qsizetype i = 0; i < refColumns.size(); ++i)
                match << u"p.%1 = c.%2"_s.arg(quoted(refColumns.at(i)), quoted(target.columns.at(i)));
            // MATCH SIMPLE: a key with a NULL in it is not checked.
            return u"SELECT count(*) FROM %1 c WHERE %2 AND NOT EXISTS "
                   "(SELECT 1 FROM %3 p WHERE %4)"_s.arg(t, allNotNull(target.columns, u"c."_s),
                       qualified(target.refSchema, target.refTable), match.join(u" AND "_s));
        }
        case Kind::RowsPresent:
            return u"SELECT count(*) FROM "_s + t;
        case Kind::None:
        case Kind::TableSize:
            return {};
        }
        return {};
    }

    ReadOnlySession &m_session;
    const Dialect &m_dialect;
    QHash<QString, TableNumbers> m_tables;
    QHash<QString, qint64> m_counts;
};

int plural(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

QString tableDisplay(const LintTarget &t)
{
    return t.schema.isEmpty() ? t.table : t.schema + u'.' + t.table;
}

QString sizePart(const LintTarget &t, const LintLiveNumbers &live)
{
    const QLocale locale;
    QStringList parts;
    if (live.rows >= 0) {
        const QString rows = locale.toString(live.rows);
        parts << (live.rowsEstimated ? Tr::tr("~%1 row(s)", nullptr, plural(live.rows)).arg(rows)
                                     : Tr::tr("%1 row(s)", nullptr, plural(live.rows)).arg(rows));
    }
    if (live.bytes >= 0)
        parts << locale.formattedDataSize(live.bytes, 1, QLocale::DataSizeTraditionalFormat);
    if (parts.isEmpty())
        return {};
    return Tr::tr("%1: %2").arg(tableDisplay(t), parts.join(u", "_s));
}

QString violationPart(const LintTarget &t, qint64 n, bool rowsGetZeroValues)
{
    if (n < 0)
        return {};
    if (n == 0)
        return Tr::tr("no row violates it now");
    const QString count = QLocale().toString(n);
    const int p = plural(n);
    switch (t.kind) {
    case Kind::NullsIn:
        return Tr::tr("%1 row(s) hold NULL in %2.%3", nullptr, p)
            .arg(count, tableDisplay(t), t.columns.join(u", "_s));
    case Kind::DuplicatesIn:
        if (t.nullsViolate)
            return Tr::tr("%1 row(s) of %2 share a value of %3 or hold NULL in it", nullptr, p)
                .arg(count, tableDisplay(t), t.columns.join(u", "_s));
        return Tr::tr("%1 row(s) of %2 share a value of %3", nullptr, p)
            .arg(count, tableDisplay(t), t.columns.join(u", "_s));
    case Kind::FailsCheck:
        return Tr::tr("%1 row(s) fail the check", nullptr, p).arg(count);
    case Kind::FailsForeignKey:
        return Tr::tr("%1 row(s) have no parent in %2", nullptr, p)
            .arg(count, t.refSchema.isEmpty() ? t.refTable : t.refSchema + u'.' + t.refTable);
    case Kind::RowsPresent:
        if (rowsGetZeroValues)
            return Tr::tr("%1 existing row(s) get 0, '' or a zero date", nullptr, p).arg(count);
        return Tr::tr("%1 has %2 row(s): adding the column fails", nullptr, p)
            .arg(tableDisplay(t), count);
    case Kind::None:
    case Kind::TableSize:
        return {};
    }
    return {};
}

} // namespace

void measureLintFindings(QList<LintFinding> &findings, const QSqlDatabase &db,
                         const Dialect &dialect, const LintLiveOptions &options)
{
    bool any = false;
    for (const LintFinding &f : findings)
        any = any || f.target.valid();
    if (!any || !db.isOpen())
        return;
    ReadOnlySession session(db, dialect, options.timeout);
    if (session.server() == Server::Other)
        return;
    // MySQL and MariaDB give a new NOT NULL column's existing rows a zero value instead of
    // failing.
    const bool zeroValues =
        session.server() == Server::MySQL || session.server() == Server::MariaDB;
    Measurer measurer(session, dialect);
    for (LintFinding &f : findings) {
        const LintTarget &t = f.target;
        if (!t.valid())
            continue;
        LintLiveNumbers live;
        const TableNumbers table = measurer.table(t.schema, t.table);
        live.rows = table.rows;
        live.rowsEstimated = table.rows >= 0 && table.estimated;
        live.bytes = table.bytes;
        if (table.exists)
            live.violating = measurer.violating(t, table);
        QStringList parts;
        if (const QString size = sizePart(t, live); !size.isEmpty())
            parts << size;
        if (const QString v = violationPart(t, live.violating, zeroValues); !v.isEmpty())
            parts << v;
        live.summary = parts.join(u"; "_s);
        // The statement will fail on these rows.
        const bool fails = live.violating > 0 && !(t.kind == Kind::RowsPresent && zeroValues);
        if (fails)
            f.severity = LintSeverity::Error;
        f.live = live;
    }
}

} // namespace Stepwise::Core
