#include "core/db/mysqldialect.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

QString MysqlDialect::name() const
{
    return u"mysql"_s;
}

QString MysqlDialect::qtDriver() const
{
    return u"QMYSQL"_s;
}

QString MysqlDialect::splitterName() const
{
    return u"mysql"_s;
}

// MySQL reads backslash escapes inside string literals; SQLAlchemy doubles them too.
QString MysqlDialect::quoteString(const QString &value) const
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    return Dialect::quoteString(escaped);
}

// DATETIME(3) has no time zone: Stepwise writes UTC and reads the text back as it is.
QString MysqlDialect::timestampSelect(const QString &quotedColumn) const
{
    return u"CAST("_s + quotedColumn + u" AS CHAR)"_s;
}

// CURRENT_TIMESTAMP is in the session's time zone; the column holds UTC.
QString MysqlDialect::currentTimestampSql() const
{
    return u"UTC_TIMESTAMP(3)"_s;
}

BoundSql MysqlDialect::tableExistsQuery(const TableName &table) const
{
    if (table.schema.isEmpty())
        return { u"SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                 "AND TABLE_NAME = ?"_s,
                 { table.name } };
    return { u"SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"_s,
             { table.schema, table.name } };
}

BoundSql MysqlDialect::tablesFormatQuery(const TableName &history) const
{
    if (history.schema.isEmpty())
        return { u"SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                 "AND TABLE_NAME = ?"_s,
                 { history.name } };
    return { u"SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"_s,
             { history.schema, history.name } };
}

// One ALTER TABLE: each DDL statement commits by itself here, so the columns and the marker
// change together or not at all.
QStringList MysqlDialect::upgradeHistoryTableSql(const TableName &history,
                                                 const QStringList &missingColumns) const
{
    QStringList clauses;
    for (const QString &column : missingColumns)
        clauses << u"ADD COLUMN "_s + historyColumnDefinition(column);
    clauses << u"COMMENT = "_s + quoteString(tablesFormatMarker(tablesFormat));
    return { u"ALTER TABLE "_s + qualifiedName(history) + u' ' + clauses.join(u", "_s) };
}

QString MysqlDialect::historyTableOptions(const QString &marker) const
{
    return u" COMMENT="_s + quoteString(marker);
}

QStringList MysqlDialect::markHistoryTableSql(const TableName &table, const QString &marker) const
{
    return { u"ALTER TABLE "_s + qualifiedName(table) + u" COMMENT = "_s + quoteString(marker) };
}

// Timeout 0: the lock is polled, so the waiting run can report the holder in between.
BoundSql MysqlDialect::tryLockQuery(const QString &lockName, qint64) const
{
    return { u"SELECT GET_LOCK(?, 0)"_s, { lockName } };
}

BoundSql MysqlDialect::unlockQuery(const QString &lockName, qint64) const
{
    return { u"SELECT RELEASE_LOCK(?)"_s, { lockName } };
}

// PROCESSLIST has no connection start; TIME is how long the holder has been in its state.
BoundSql MysqlDialect::lockHolderQuery(const QString &lockName, qint64) const
{
    return { u"SELECT p.ID, p.USER, p.HOST, "
             "CAST(UTC_TIMESTAMP() - INTERVAL p.TIME SECOND AS CHAR) "
             "FROM information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(?)"_s,
             { lockName } };
}

bool MysqlDialect::isLockTimeout(const QString &nativeCode) const
{
    return nativeCode == u"1205"_s; // ER_LOCK_WAIT_TIMEOUT
}

// SQLAlchemy's mysqlclient/PyMySQL URL options, mapped to QMYSQL's connect options.
Result<QStringList> MysqlDialect::connectOptions(const QList<UrlOption> &urlOptions) const
{
    static const QHash<QString, QString> names = {
        { u"ssl_ca"_s, u"SSL_CA"_s },
        { u"ssl_capath"_s, u"SSL_CAPATH"_s },
        { u"ssl_cert"_s, u"SSL_CERT"_s },
        { u"ssl_key"_s, u"SSL_KEY"_s },
        { u"ssl_cipher"_s, u"SSL_CIPHER"_s },
        { u"unix_socket"_s, u"UNIX_SOCKET"_s },
        { u"connect_timeout"_s, u"MYSQL_OPT_CONNECT_TIMEOUT"_s },
        { u"read_timeout"_s, u"MYSQL_OPT_READ_TIMEOUT"_s },
        { u"write_timeout"_s, u"MYSQL_OPT_WRITE_TIMEOUT"_s },
    };
    QStringList options;
    for (const auto &[key, value] : urlOptions) {
        if (key == u"charset"_s) {
            // The driver always talks utf8mb4; anything else would garble non-ASCII text.
            if (value != u"utf8mb4"_s && value != u"utf8"_s)
                return invalidOptionValue(key, value);
            continue;
        }
        const auto it = names.constFind(key);
        if (it == names.constEnd())
            return unsupportedOption(key);
        if (value.contains(u';'))
            return invalidOptionValue(key, value);
        if (key.endsWith(u"_timeout"_s)) {
            bool ok = false;
            if (value.toInt(&ok) < 0 || !ok)
                return invalidOptionValue(key, value);
        }
        options << *it + u'=' + value;
    }
    return options;
}

QStringList MysqlDialect::defaultConnectOptions() const
{
    // A silent reconnect would drop the GET_LOCK lock and the open transaction.
    // CLIENT_FOUND_ROWS: UPDATE reports matched rows (as SQLAlchemy's MySQL dialects set it),
    // which the heads-table row-count check relies on.
    return { u"MYSQL_OPT_RECONNECT=0"_s, u"CLIENT_FOUND_ROWS"_s };
}

QStringList MysqlDialect::sessionSetupSql() const
{
    return { u"SET NAMES utf8mb4"_s };
}

QString MysqlDialect::serverVersionQuery() const
{
    return u"SELECT VERSION()"_s;
}

// SQLAlchemy's MySQL reserved words (the ones a version table could plausibly be named).
bool MysqlDialect::isReservedWord(const QString &word) const
{
    static const QSet<QString> words = wordSet(
        u"accessible add all alter analyze and as asc asensitive before between bigint binary "
        "blob both by call cascade case change char character check collate column condition "
        "constraint continue convert create cross current_date current_time current_timestamp "
        "current_user cursor database databases day_hour day_microsecond day_minute day_second "
        "dec decimal declare default delayed delete desc describe deterministic distinct "
        "distinctrow div double drop dual each else elseif enclosed escaped exists exit explain "
        "false fetch float float4 float8 for force foreign from fulltext generated get grant "
        "group having high_priority hour_microsecond hour_minute hour_second if ignore in index "
        "infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer interval "
        "into is iterate join key keys kill leading leave left like limit linear lines load "
        "localtime localtimestamp lock long longblob longtext loop low_priority match "
        "mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod "
        "modifies natural not no_write_to_binlog null numeric on optimize option optionally or "
        "order out outer outfile partition precision primary procedure purge range read reads "
        "real references regexp release rename repeat replace require resignal restrict return "
        "revoke right rlike schema schemas second_microsecond select sensitive separator set "
        "show signal smallint spatial specific sql sqlexception sqlstate sqlwarning "
        "sql_big_result sql_calc_found_rows sql_small_result ssl starting stored straight_join "
        "table terminated then tinyblob tinyint tinytext to trailing trigger true undo union "
        "unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values "
        "varbinary varchar varcharacter varying virtual when where while with write xor "
        "year_month zerofill"_s);
    return words.contains(word);
}

QString MysqlDialect::historyIdColumn() const
{
    return u"BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY"_s;
}

QString MysqlDialect::historyTimestampType() const
{
    return u"DATETIME(3)"_s;
}

QString MysqlDialect::autocommitSql(bool on) const
{
    return on ? u"SET autocommit = 1"_s : u"SET autocommit = 0"_s;
}

} // namespace Stepwise::Core
