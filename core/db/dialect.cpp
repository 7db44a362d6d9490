#include "core/db/dialect.h"

#include "core/db/mysqldialect.h"
#include "core/db/odbcdialect.h"
#include "core/db/postgresqldialect.h"
#include "core/db/sqlitedialect.h"

#include "core/base/tr.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

const SqliteDialect sqliteDialect;
const PostgresqlDialect postgresqlDialect;
const MysqlDialect mysqlDialect;
const OdbcDialect odbcDialect;

// SQLAlchemy's rule for names that may stay bare: letters, digits, '_' and '$', not starting
// with a digit or '$', all lower case (an upper-case letter would fold on the server).
bool isPlainIdentifier(const QString &identifier)
{
    static const QRegularExpression legal(u"^[a-z0-9_$]+$"_s);
    if (identifier.isEmpty() || identifier.front().isDigit() || identifier.front() == u'$')
        return false;
    return legal.match(identifier).hasMatch();
}

} // namespace

const Dialect &Dialect::forDriver(const QString &qtDriver)
{
    if (qtDriver == u"QSQLITE"_s)
        return sqliteDialect;
    if (qtDriver == u"QPSQL"_s)
        return postgresqlDialect;
    if (qtDriver == u"QMYSQL"_s || qtDriver == u"QMARIADB"_s)
        return mysqlDialect;
    return odbcDialect;
}

const Dialect *Dialect::forScheme(const QString &urlScheme)
{
    // "postgresql+psycopg2": the Python driver after '+' means nothing to us.
    const QString base = urlScheme.section(u'+', 0, 0).toLower();
    if (base == u"sqlite"_s)
        return &sqliteDialect;
    if (base == u"postgresql"_s || base == u"postgres"_s)
        return &postgresqlDialect;
    if (base == u"mysql"_s || base == u"mariadb"_s)
        return &mysqlDialect;
    if (base == u"odbc"_s)
        return &odbcDialect;
    return nullptr;
}

QString Dialect::quoteIdentifier(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(closeQuote(), QString(2, closeQuote()));
    return openQuote() + escaped + closeQuote();
}

QString Dialect::qualifiedName(const QString &schema, const QString &table) const
{
    if (schema.isEmpty() || !hasSchemas())
        return quoteIdentifier(table);
    return quoteIdentifier(schema) + u'.' + quoteIdentifier(table);
}

QString Dialect::alembicIdentifier(const QString &identifier) const
{
    if (isPlainIdentifier(identifier) && !isReservedWord(identifier))
        return identifier;
    return quoteIdentifier(identifier);
}

QString Dialect::alembicQualifiedName(const TableName &table) const
{
    if (table.schema.isEmpty())
        return alembicIdentifier(table.name);
    return alembicIdentifier(table.schema) + u'.' + alembicIdentifier(table.name);
}

QString Dialect::quoteString(const QString &value) const
{
    QString escaped = value;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

// Alembic's text (SQLAlchemy's DDL compiler with tabs expanded to four spaces); the space
// after "NOT NULL," is SQLAlchemy's column separator ", \n".
QString Dialect::createHeadsTableSql(const TableName &table) const
{
    return u"CREATE TABLE "_s + alembicQualifiedName(table) + u" (\n    version_num VARCHAR(32) NOT NULL, \n"_s
        + u"    CONSTRAINT "_s + alembicIdentifier(table.name + u"_pkc"_s)
        + u" PRIMARY KEY (version_num)\n)"_s;
}

// The same table as Alembic creates, every identifier quoted.
QString Dialect::createHeadsTableQuery(const TableName &table) const
{
    return u"CREATE TABLE "_s + qualifiedName(table) + u" (\n    version_num VARCHAR(32) NOT NULL, \n"_s
        + u"    CONSTRAINT "_s + quoteIdentifier(table.name + u"_pkc"_s)
        + u" PRIMARY KEY (version_num)\n)"_s;
}

QString Dialect::insertHeadSql(const TableName &table, const QString &revision) const
{
    return u"INSERT INTO "_s + alembicQualifiedName(table) + u" (version_num) VALUES ("_s
        + quoteString(revision) + u')';
}

QString Dialect::updateHeadSql(const TableName &table, const QString &from, const QString &to) const
{
    const QString name = alembicQualifiedName(table);
    return u"UPDATE "_s + name + u" SET version_num="_s + quoteString(to) + u" WHERE "_s + name
        + u".version_num = "_s + quoteString(from);
}

QString Dialect::deleteHeadSql(const TableName &table, const QString &revision) const
{
    const QString name = alembicQualifiedName(table);
    return u"DELETE FROM "_s + name + u" WHERE "_s + name + u".version_num = "_s
        + quoteString(revision);
}

BoundSql Dialect::insertHeadQuery(const TableName &table, const QString &revision) const
{
    return { u"INSERT INTO "_s + qualifiedName(table) + u" (version_num) VALUES (?)"_s, { revision } };
}

BoundSql Dialect::updateHeadQuery(const TableName &table, const QString &from, const QString &to) const
{
    return { u"UPDATE "_s + qualifiedName(table) + u" SET version_num = ? WHERE version_num = ?"_s,
             { to, from } };
}

BoundSql Dialect::deleteHeadQuery(const TableName &table, const QString &revision) const
{
    return { u"DELETE FROM "_s + qualifiedName(table) + u" WHERE version_num = ?"_s, { revision } };
}

QString Dialect::deleteAllHeadsQuery(const TableName &table) const
{
    return u"DELETE FROM "_s + qualifiedName(table);
}

QString Dialect::selectHeadsQuery(const TableName &table) const
{
    return u"SELECT version_num FROM "_s + qualifiedName(table);
}

QString Dialect::beginSql() const
{
    return hasTransactionalDdl() ? u"BEGIN;"_s : QString();
}

QString Dialect::commitSql() const
{
    return hasTransactionalDdl() ? u"COMMIT;"_s : QString();
}

QStringList Dialect::historyColumns()
{
    return historyColumnsOf(tablesFormat);
}

QStringList Dialect::historyColumnsOf(int format)
{
    QStringList columns{u"id"_s, u"revision"_s, u"direction"_s, u"checksum"_s, u"started_at"_s,
                        u"duration_ms"_s, u"os_user"_s, u"tool_version"_s, u"status"_s, u"error"_s};
    if (format >= 2)
        columns << u"statements_done"_s;
    return columns;
}

// statements_done counts the statements of a step that were executed: on dialects whose DDL
// commits implicitly it says how far a failed or killed step got.
QString Dialect::historyColumnDefinition(const QString &column) const
{
    static const QHash<QString, QString> fixed{
        {u"revision"_s, u"VARCHAR(255) NOT NULL"_s},
        {u"direction"_s, u"VARCHAR(8) NOT NULL"_s},
        {u"checksum"_s, u"VARCHAR(64)"_s},
        {u"duration_ms"_s, u"BIGINT"_s},
        {u"os_user"_s, u"VARCHAR(255)"_s},
        {u"tool_version"_s, u"VARCHAR(64)"_s},
        {u"status"_s, u"VARCHAR(16) NOT NULL"_s},
        {u"statements_done"_s, u"INTEGER DEFAULT 0 NOT NULL"_s},
    };
    if (column == u"id"_s)
        return column + u' ' + historyIdColumn();
    if (column == u"started_at"_s)
        return column + u' ' + historyTimestampType() + u" NOT NULL"_s;
    if (column == u"error"_s)
        return column + u' ' + historyTextType();
    return column + u' ' + fixed.value(column);
}

QString Dialect::createHistoryTableSql(const TableName &table) const
{
    const QString marker = tablesFormatMarker(tablesFormat);
    QStringList columns;
    for (const QString &column : historyColumns())
        columns << u"    "_s + historyColumnDefinition(column);
    return u"CREATE TABLE "_s + qualifiedName(table) + u" (\n"_s + historyMarkerLine(marker)
        + columns.join(u",\n"_s) + u"\n)"_s + historyTableOptions(marker);
}

QStringList Dialect::createHistoryTableStatements(const TableName &table) const
{
    QStringList statements{createHistoryTableSql(table)};
    const QString marker = tablesFormatMarker(tablesFormat);
    if (historyMarkerLine(marker).isEmpty() && historyTableOptions(marker).isEmpty())
        statements << markHistoryTableSql(table, marker);
    return statements;
}

QString Dialect::tablesFormatMarker(int version)
{
    return u"stepwise tables format "_s + QString::number(version);
}

int Dialect::tablesFormatIn(const QString &text)
{
    static const QRegularExpression marker(u"\\bstepwise tables format (\\d{1,6})\\b"_s);
    const QRegularExpressionMatch match = marker.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QStringList Dialect::upgradeHistoryTableSql(const TableName &history, const QStringList &missingColumns) const
{
    QStringList statements;
    for (const QString &column : missingColumns)
        statements << u"ALTER TABLE "_s + qualifiedName(history) + u" ADD COLUMN "_s
                + historyColumnDefinition(column);
    return statements + markHistoryTableSql(history, tablesFormatMarker(tablesFormat));
}

QVariant Dialect::timestampValue(const QDateTime &utc) const
{
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QDateTime Dialect::parseTimestamp(const QVariant &value)
{
    const QString text = value.toString().left(23);
    QDateTime parsed = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!parsed.isValid())
        return {};
    return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
}

BoundSql Dialect::tryLockQuery(const QString &, qint64) const
{
    return {};
}

BoundSql Dialect::unlockQuery(const QString &, qint64) const
{
    return {};
}

BoundSql Dialect::lockHolderQuery(const QString &, qint64) const
{
    return {};
}

QSet<QString> Dialect::wordSet(const QString &spaceSeparated)
{
    QSet<QString> set;
    for (const QString &word : spaceSeparated.split(u' ', Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

Error Dialect::unsupportedOption(const QString &option) const
{
    return Error(ErrorCode::Config,
                 Tr::tr("Unsupported option '%1' in the %2 connection URL").arg(option, name()));
}

Error Dialect::invalidOptionValue(const QString &option, const QString &value) const
{
    return Error(ErrorCode::Config,
                 Tr::tr("Invalid value '%1' for option '%2' in the %3 connection URL")
                     .arg(value, option, name()));
}

} // namespace Stepwise::Core
