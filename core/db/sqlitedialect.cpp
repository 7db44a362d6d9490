#include "core/db/sqlitedialect.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

QString SqliteDialect::name() const
{
    return u"sqlite"_s;
}

QString SqliteDialect::qtDriver() const
{
    return u"QSQLITE"_s;
}

QString SqliteDialect::splitterName() const
{
    return u"sqlite"_s;
}

// BEGIN IMMEDIATE takes the write lock at once, so two runs cannot both read the heads and
// then both write: the second waits (busy timeout) and re-reads the heads inside its step.
QString SqliteDialect::beginStepSql() const
{
    return u"BEGIN IMMEDIATE"_s;
}

// CURRENT_TIMESTAMP has no milliseconds; strftime('%f') does, and 'now' is UTC.
QString SqliteDialect::currentTimestampSql() const
{
    return u"strftime('%Y-%m-%d %H:%M:%f', 'now')"_s;
}

BoundSql SqliteDialect::tableExistsQuery(const TableName &table) const
{
    const QString master = table.schema.isEmpty()
        ? u"sqlite_master"_s
        : quoteIdentifier(table.schema) + u".sqlite_master"_s;
    return { u"SELECT 1 FROM "_s + master + u" WHERE type = 'table' AND name = ?"_s, { table.name } };
}

// SQLite keeps the CREATE TABLE text as written, comments included: the marker is a line of it.
BoundSql SqliteDialect::tablesFormatQuery(const TableName &history) const
{
    const QString master = history.schema.isEmpty()
        ? u"sqlite_master"_s
        : quoteIdentifier(history.schema) + u".sqlite_master"_s;
    return { u"SELECT sql FROM "_s + master + u" WHERE type = 'table' AND name = ?"_s, { history.name } };
}

QString SqliteDialect::historyMarkerLine(const QString &marker) const
{
    return u"    -- "_s + marker + u'\n';
}

QString SqliteDialect::busyTimeoutSql(int ms) const
{
    return u"PRAGMA busy_timeout = "_s + QString::number(qMax(0, ms));
}

bool SqliteDialect::isLockTimeout(const QString &nativeCode) const
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok);
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), including their extended codes.
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

// SQLAlchemy's pysqlite URL options that mean something to the Qt driver.
Result<QStringList> SqliteDialect::connectOptions(const QList<UrlOption> &urlOptions) const
{
    QStringList options;
    for (const auto &[key, value] : urlOptions) {
        if (key == u"timeout"_s) {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (!ok || seconds < 0 || seconds > 86400)
                return invalidOptionValue(key, value);
            options << u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(qRound(seconds * 1000));
        } else if (key == u"mode"_s) {
            if (value != u"ro"_s && value != u"rw"_s && value != u"rwc"_s)
                return invalidOptionValue(key, value);
            if (value == u"ro"_s)
                options << u"QSQLITE_OPEN_READONLY"_s;
        } else {
            return unsupportedOption(key);
        }
    }
    return options;
}

QStringList SqliteDialect::defaultConnectOptions() const
{
    // Another run holding the write lock should make us wait, not fail at once.
    return { u"QSQLITE_BUSY_TIMEOUT=5000"_s };
}

QStringList SqliteDialect::sessionSetupSql() const
{
    return { u"PRAGMA foreign_keys = ON"_s };
}

QString SqliteDialect::serverVersionQuery() const
{
    return u"SELECT 'SQLite ' || sqlite_version()"_s;
}

// SQLAlchemy's SQLite reserved words: these names are quoted in Alembic's output.
bool SqliteDialect::isReservedWord(const QString &word) const
{
    static const QSet<QString> words = wordSet(
        u"add after all alter analyze and as asc attach autoincrement before begin between by "
        "cascade case cast check collate column commit conflict constraint create cross "
        "current_date current_time current_timestamp database default deferrable deferred delete "
        "desc detach distinct drop each else end escape except exclusive exists explain false "
        "fail for foreign from full glob group having if ignore immediate in index indexed "
        "initially inner insert instead intersect into is isnull join key left like limit match "
        "natural not notnull null of offset on or order outer plan pragma primary query raise "
        "references reindex rename replace restrict right rollback row select set table temp "
        "temporary then to transaction trigger true union unique update using vacuum values view "
        "virtual when where"_s);
    return words.contains(word);
}

QString SqliteDialect::historyIdColumn() const
{
    return u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
}

QString SqliteDialect::historyTimestampType() const
{
    return u"VARCHAR(32)"_s;
}

} // namespace Stepwise::Core
