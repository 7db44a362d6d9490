#include "core/db/postgresqldialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// libpq conninfo value: bare when simple, else single-quoted with \ and ' escaped.
QString conninfoValue(const QString &value)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:@+-]+$"_s);
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

QString PostgresqlDialect::name() const
{
    return u"postgresql"_s;
}

QString PostgresqlDialect::qtDriver() const
{
    return u"QPSQL"_s;
}

QString PostgresqlDialect::splitterName() const
{
    return u"postgresql"_s;
}

// SQLAlchemy's PostgreSQL dialect adds RETURNING to the INSERT Alembic renders (§4.3 rule 8).
QString PostgresqlDialect::insertHeadSql(const TableName &table, const QString &revision) const
{
    return Dialect::insertHeadSql(table, revision) + u" RETURNING "_s + alembicQualifiedName(table)
        + u".version_num"_s;
}

QString PostgresqlDialect::returningIdClause() const
{
    return u" RETURNING id"_s;
}

QVariant PostgresqlDialect::timestampValue(const QDateTime &utc) const
{
    return QString(Dialect::timestampValue(utc).toString() + u"+00"_s);
}

QString PostgresqlDialect::timestampSelect(const QString &quotedColumn) const
{
    return u"to_char("_s + quotedColumn + u" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')"_s;
}

// to_regclass() resolves the name like any statement would (search_path when unqualified).
BoundSql PostgresqlDialect::tableExistsQuery(const TableName &table) const
{
    return { u"SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass(?) AND relkind IN ('r', 'p')"_s,
             { qualifiedName(table) } };
}

BoundSql PostgresqlDialect::tablesFormatQuery(const TableName &history) const
{
    return { u"SELECT obj_description(to_regclass(?), 'pg_class')"_s, { qualifiedName(history) } };
}

// COMMENT ON is transactional: an upgrade's marker commits with its columns.
QStringList PostgresqlDialect::markHistoryTableSql(const TableName &table, const QString &marker) const
{
    return { u"COMMENT ON TABLE "_s + qualifiedName(table) + u" IS "_s + quoteString(marker) };
}

BoundSql PostgresqlDialect::tryLockQuery(const QString &, qint64 key) const
{
    return { u"SELECT pg_try_advisory_lock(?)"_s, { key } };
}

BoundSql PostgresqlDialect::unlockQuery(const QString &, qint64 key) const
{
    return { u"SELECT pg_advisory_unlock(?)"_s, { key } };
}

// A bigint advisory key shows in pg_locks as classid (high 32 bits), objid (low), objsubid 1.
BoundSql PostgresqlDialect::lockHolderQuery(const QString &, qint64 key) const
{
    const quint64 bits = quint64(key);
    return { u"SELECT a.pid, a.usename, COALESCE(host(a.client_addr), 'local'), "
             "to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') "
             "FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
             "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
             "AND l.database = (SELECT oid FROM pg_catalog.pg_database "
             "WHERE datname = current_database()) "
             "AND l.classid::bigint = ? AND l.objid::bigint = ?"_s,
             { qint64(bits >> 32), qint64(bits & 0xffffffffu) } };
}

bool PostgresqlDialect::isLockTimeout(const QString &nativeCode) const
{
    return nativeCode == u"55P03"_s; // lock_not_available (lock_timeout)
}

Result<QStringList> PostgresqlDialect::connectOptions(const QList<UrlOption> &urlOptions) const
{
    static const QSet<QString> passThrough = wordSet(
        u"sslmode sslrootcert sslcert sslkey sslcrl connect_timeout application_name "
        "target_session_attrs"_s);
    static const QSet<QString> sslModes = wordSet(
        u"disable allow prefer require verify-ca verify-full"_s);
    QStringList options;
    for (const auto &[key, value] : urlOptions) {
        if (!passThrough.contains(key))
            return unsupportedOption(key);
        // QPSQL turns ';' into the conninfo separator: a value cannot carry one.
        if (value.contains(u';') || (key == u"sslmode"_s && !sslModes.contains(value)))
            return invalidOptionValue(key, value);
        if (key == u"connect_timeout"_s) {
            bool ok = false;
            if (value.toInt(&ok) < 0 || !ok)
                return invalidOptionValue(key, value);
        }
        options << key + u'=' + conninfoValue(value);
    }
    return options;
}

QStringList PostgresqlDialect::defaultConnectOptions() const
{
    // Shown in pg_stat_activity, so a waiting run can say the lock holder is a Stepwise run.
    return { u"application_name=stepwise"_s };
}

QString PostgresqlDialect::serverVersionQuery() const
{
    return u"SELECT version()"_s;
}

// SQLAlchemy's PostgreSQL reserved words: these names are quoted in Alembic's output.
bool PostgresqlDialect::isReservedWord(const QString &word) const
{
    static const QSet<QString> words = wordSet(
        u"all analyse analyze and any array as asc asymmetric both case cast check collate column "
        "constraint create current_catalog current_date current_role current_time "
        "current_timestamp current_user default deferrable desc distinct do else end except false "
        "fetch for foreign from grant group having in initially intersect into leading limit "
        "localtime localtimestamp new not null of off offset old on only or order placing primary "
        "references returning select session_user some symmetric table then to trailing true "
        "union unique user using variadic when where window with authorization between binary "
        "cross current_schema freeze full ilike inner is isnull join left like natural notnull "
        "outer over overlaps right similar verbose"_s);
    return words.contains(word);
}

QString PostgresqlDialect::historyIdColumn() const
{
    return u"BIGSERIAL PRIMARY KEY"_s;
}

QString PostgresqlDialect::historyTimestampType() const
{
    return u"TIMESTAMP WITH TIME ZONE"_s;
}

} // namespace Stepwise::Core
