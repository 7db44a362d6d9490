#pragma once

#include "core/base/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

class QSqlError;

namespace Stepwise::Core {

// A table name with an optional schema (empty = the connection's default schema).
struct TableName
{
    QString schema;
    QString name;

    bool operator==(const TableName &) const = default;
};

// One URL query option, in the order written (`?sslmode=require&connect_timeout=5`).
using UrlOption = std::pair<QString, QString>;

// A statement with positional `?` placeholders and the values to bind to them.
struct BoundSql
{
    QString sql;
    QVariantList values;
};

// Everything that differs between database systems: quoting, transactional DDL, the heads and
// history table DDL, the heads-table statements as Alembic renders them offline, catalog
// queries and the lock SQL. Stateless singletons; safe to use from any thread.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // The one place that switches on a driver or URL scheme. forDriver() falls back to the
    // generic dialect; forScheme() returns nullptr for an unknown scheme ("postgres", "mariadb"
    // and driver suffixes such as "postgresql+psycopg2" are accepted).
    static const Dialect &forDriver(const QString &qtDriver);
    static const Dialect *forScheme(const QString &urlScheme);

    virtual QString name() const = 0;         // "sqlite", "postgresql", "mysql", "generic"
    virtual QString qtDriver() const = 0;     // "QSQLITE", "QPSQL", "QMYSQL", "QODBC"
    virtual QString splitterName() const = 0; // core/sql's SqlSyntax: "sqlite", "postgresql", ...
    virtual int defaultPort() const { return -1; }
    // Alembic's flag: PostgreSQL yes; SQLite, MySQL/MariaDB and generic no.
    virtual bool hasTransactionalDdl() const = 0;
    // Whether a rolled-back transaction also undoes DDL when Stepwise runs a step online.
    // SQLite does (Alembic's flag above says no only for its offline/transaction handling);
    // MySQL/MariaDB commit DDL implicitly; unknown ODBC sources are assumed not to.
    virtual bool rollsBackDdl() const { return hasTransactionalDdl(); }
    // MySQL/MariaDB: a DDL statement commits the open transaction before it runs (and itself
    // after). A step there keeps autocommit off (autocommitSql) so that each DDL's implicit
    // commit also makes the step's pending progress row durable, without a commit of its own.
    virtual bool ddlCommitsImplicitly() const { return false; }
    virtual QString autocommitSql(bool on) const
    {
        Q_UNUSED(on);
        return {};
    }
    // How a URL names the database: a file path (sqlite:///x.db), a server
    // (scheme://user@host:port/db) or an ODBC data source (odbc://user@DSN).
    enum class UrlForm { File, Server, DataSource };
    virtual UrlForm urlForm() const { return UrlForm::Server; }
    // Whether a missing password is asked of the PasswordProvider: not for SQLite (none) nor
    // PostgreSQL (libpq reads PGPASSWORD and ~/.pgpass itself).
    virtual bool asksForPassword() const { return true; }
    // Whether the dialect has schemas that qualify table names.
    virtual bool hasSchemas() const { return true; }

    // --- Identifiers and literals
    // Always quoted, embedded quote characters doubled: `we"ird; name` is safe.
    QString quoteIdentifier(const QString &identifier) const;
    QString qualifiedName(const QString &schema, const QString &table) const;
    QString qualifiedName(const TableName &table) const { return qualifiedName(table.schema, table.name); }
    // As SQLAlchemy renders it: quoted only when needed (upper case, odd characters, a leading
    // digit or '$', or a reserved word). Used for the Alembic-identical offline text.
    QString alembicIdentifier(const QString &identifier) const;
    QString alembicQualifiedName(const TableName &table) const;
    // A string literal for offline scripts.
    virtual QString quoteString(const QString &value) const;

    // --- Heads table (Alembic's shape and, offline, Alembic's exact text, without the ';')
    QString createHeadsTableSql(const TableName &table) const;
    virtual QString insertHeadSql(const TableName &table, const QString &revision) const;
    QString updateHeadSql(const TableName &table, const QString &from, const QString &to) const;
    QString deleteHeadSql(const TableName &table, const QString &revision) const;
    // Online forms with bound values, identifiers always quoted.
    QString createHeadsTableQuery(const TableName &table) const;
    BoundSql insertHeadQuery(const TableName &table, const QString &revision) const;
    BoundSql updateHeadQuery(const TableName &table, const QString &from, const QString &to) const;
    BoundSql deleteHeadQuery(const TableName &table, const QString &revision) const;
    QString deleteAllHeadsQuery(const TableName &table) const;
    QString selectHeadsQuery(const TableName &table) const; // no ORDER BY (Alembic §3.7)

    // --- Transactions
    // Offline script items: "BEGIN;"/"COMMIT;" where DDL is transactional, else empty.
    virtual QString beginSql() const;
    virtual QString commitSql() const;
    // Online: the statement that opens a step's transaction, or empty to use
    // QSqlDatabase::transaction(). SQLite answers "BEGIN IMMEDIATE" (its write lock).
    virtual QString beginStepSql() const { return {}; }

    // --- History table (Stepwise's own; columns in historyColumns())
    // One statement; where the format marker cannot be part of it (PostgreSQL's COMMENT ON),
    // createHistoryTableStatements() adds the statement that sets it.
    QString createHistoryTableSql(const TableName &table) const;
    QStringList createHistoryTableStatements(const TableName &table) const;
    static QStringList historyColumns(); // of the current format, in table order
    // A column as createHistoryTableSql() declares it ("statements_done INTEGER DEFAULT 0 NOT NULL").
    QString historyColumnDefinition(const QString &column) const;
    // Whether the id column fills itself; if not, the caller inserts MAX(id)+1.
    virtual bool generatesHistoryIds() const { return true; }
    // Appended to the history INSERT to get the new id back (PostgreSQL: RETURNING id).
    virtual QString returningIdClause() const { return {}; }
    // started_at is written from a UTC time and read back through timestampSelect() as text
    // "yyyy-MM-dd HH:mm:ss.zzz" in UTC, so no driver's time-zone handling is involved.
    virtual QVariant timestampValue(const QDateTime &utc) const;
    virtual QString timestampSelect(const QString &quotedColumn) const { return quotedColumn; }
    // The current UTC time as an SQL expression for started_at (offline scripts).
    virtual QString currentTimestampSql() const { return QStringLiteral("CURRENT_TIMESTAMP"); }
    static QDateTime parseTimestamp(const QVariant &value);

    // --- Format of Stepwise's tables (docs/file-format.md, "Format versions"). The heads table
    // keeps Alembic's shape in every format, so the history table carries the version for both:
    // the marker "stepwise tables format N" in its table comment (PostgreSQL, MySQL/MariaDB) or
    // as an SQL comment in its CREATE TABLE text (SQLite, which has no table comments). Tables
    // made before there was a marker are told apart by their columns.
    //   1: the history table of revision-format.md (no statements_done)
    //   2: + statements_done INTEGER DEFAULT 0 NOT NULL
    //   3: the columns of 2 and the marker
    static constexpr int tablesFormat = 3;
    static QString tablesFormatMarker(int version);
    // The version a marker in `text` names; 0 when the text holds none.
    static int tablesFormatIn(const QString &text);
    // The history table's columns in a format (1 or later).
    static QStringList historyColumnsOf(int format);
    // One row whose first column holds the text the marker would be in (NULL or empty when there
    // is none). An empty sql: this dialect cannot carry a marker (generic ODBC), the columns
    // alone tell the format.
    virtual BoundSql tablesFormatQuery(const TableName &history) const
    {
        Q_UNUSED(history);
        return {};
    }
    // Whether the marker can be changed only by making the table again (SQLite: it is part of
    // the CREATE TABLE text, which ALTER TABLE cannot reword).
    virtual bool remakesHistoryTable() const { return false; }
    // The statements that bring a history table of an older format to the current one in place:
    // the missing columns added, the marker set. Not for remakesHistoryTable() dialects.
    virtual QStringList upgradeHistoryTableSql(const TableName &history,
                                               const QStringList &missingColumns) const;

    // --- Catalog: a row when the table exists. An empty sql means the dialect has no
    // catalog query Stepwise trusts: ask the driver (QSqlDatabase::tables()).
    virtual BoundSql tableExistsQuery(const TableName &table) const = 0;

    // --- Session lock (none for SQLite and generic: see DatabaseLock)
    virtual bool hasSessionLock() const { return false; }
    virtual BoundSql tryLockQuery(const QString &lockName, qint64 key) const;   // one row: 1 = got it
    virtual BoundSql unlockQuery(const QString &lockName, qint64 key) const;
    virtual BoundSql lockHolderQuery(const QString &lockName, qint64 key) const; // describes holder
    // Statement that makes the database wait up to `ms` for a lock (SQLite busy timeout).
    virtual QString busyTimeoutSql(int ms) const { Q_UNUSED(ms); return {}; }
    // Whether a native error code means "lock not obtained in time" (ErrorCode::Lock).
    virtual bool isLockTimeout(const QString &nativeCode) const { Q_UNUSED(nativeCode); return false; }

    // --- Connections
    // URL query options → the Qt driver's connect options, or an error naming the option.
    virtual Result<QStringList> connectOptions(const QList<UrlOption> &urlOptions) const = 0;
    // Options Stepwise always sets (before the user's).
    virtual QStringList defaultConnectOptions() const { return {}; }
    // Statements run right after opening (pragmas, session settings).
    virtual QStringList sessionSetupSql() const { return {}; }
    // The Qt database name for the URL's database part (ODBC folds options into it).
    virtual QString databaseName(const QString &urlDatabase, const QList<UrlOption> &urlOptions) const
    {
        Q_UNUSED(urlOptions);
        return urlDatabase;
    }
    virtual QString serverVersionQuery() const { return {}; }

protected:
    virtual QChar openQuote() const { return u'"'; }
    virtual QChar closeQuote() const { return u'"'; }
    virtual bool isReservedWord(const QString &lowerCaseWord) const = 0;
    static QSet<QString> wordSet(const QString &spaceSeparated);
    Error unsupportedOption(const QString &option) const;
    Error invalidOptionValue(const QString &option, const QString &value) const;
    // Column types for the history table.
    virtual QString historyIdColumn() const = 0; // e.g. "BIGSERIAL PRIMARY KEY"
    virtual QString historyTimestampType() const = 0;
    virtual QString historyTextType() const { return QStringLiteral("TEXT"); }
    // Where the format marker goes when the table is created: a line inside CREATE TABLE's
    // parentheses (SQLite), table options after them (MySQL), or neither, and then
    // markHistoryTableSql() runs after the CREATE (PostgreSQL).
    virtual QString historyMarkerLine(const QString &marker) const
    {
        Q_UNUSED(marker);
        return {};
    }
    virtual QString historyTableOptions(const QString &marker) const
    {
        Q_UNUSED(marker);
        return {};
    }
    // Sets the marker on an existing table; empty where the dialect has no table comment.
    virtual QStringList markHistoryTableSql(const TableName &table, const QString &marker) const
    {
        Q_UNUSED(table);
        Q_UNUSED(marker);
        return {};
    }
};

} // namespace Stepwise::Core
