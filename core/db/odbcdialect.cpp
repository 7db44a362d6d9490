#include "core/db/odbcdialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

const QRegularExpression &attributeName()
{
    static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9_ ]*$"_s);
    return re;
}

// An ODBC connection-string value: braced when it holds a separator.
QString odbcValue(const QString &value)
{
    if (!value.contains(u';') && !value.contains(u'{') && !value.contains(u'}'))
        return value;
    return u'{' + QString(value).replace(u'}', u"}}"_s) + u'}';
}

} // namespace

QString OdbcDialect::name() const
{
    return u"generic"_s;
}

QString OdbcDialect::qtDriver() const
{
    return u"QODBC"_s;
}

QString OdbcDialect::splitterName() const
{
    return u"generic"_s;
}

// The standard catalog; databases without it make the caller ask the driver instead.
BoundSql OdbcDialect::tableExistsQuery(const TableName &table) const
{
    if (table.schema.isEmpty())
        return {};
    return { u"SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"_s,
             { table.schema, table.name } };
}

// Every option is an attribute of the connection string (databaseName()); only its name is
// checked here.
Result<QStringList> OdbcDialect::connectOptions(const QList<UrlOption> &urlOptions) const
{
    for (const auto &[key, value] : urlOptions) {
        if (!attributeName().match(key).hasMatch())
            return unsupportedOption(key);
        const QString upper = key.toUpper();
        // Credentials come from the URL's user part and the password sources, never options.
        if (upper == u"PWD"_s || upper == u"PASSWORD"_s || upper == u"DSN"_s)
            return unsupportedOption(key);
    }
    return QStringList();
}

// Qt's QODBC driver passes a database name holding "DRIVER=" or "SERVER=" to the driver
// manager as it is and puts "DSN=" before any other, so the DSN's own "DSN=" is written only
// in the first case (twice, unixODBC would look for a data source named "DSN=name").
QString OdbcDialect::databaseName(const QString &urlDatabase, const QList<UrlOption> &urlOptions) const
{
    if (urlOptions.isEmpty())
        return urlDatabase;
    QString attributes;
    for (const auto &[key, value] : urlOptions)
        attributes += u';' + key + u'=' + odbcValue(value);
    const bool passedAsIs = attributes.contains(u"DRIVER="_s, Qt::CaseInsensitive)
        || attributes.contains(u"SERVER="_s, Qt::CaseInsensitive);
    return (passedAsIs ? u"DSN="_s : QString()) + odbcValue(urlDatabase) + attributes;
}

// SQL:2016 reserved words that a table could plausibly be named.
bool OdbcDialect::isReservedWord(const QString &word) const
{
    static const QSet<QString> words = wordSet(
        u"all alter and any as asc between by case cast check column constraint create cross "
        "current_date current_time current_timestamp current_user default delete desc distinct "
        "drop else end except exists false fetch for foreign from full grant group having in "
        "inner insert intersect into is join key left like not null on or order outer primary "
        "references right select session_user set table then to true union unique update user "
        "using values when where with"_s);
    return words.contains(word);
}

QString OdbcDialect::historyIdColumn() const
{
    return u"BIGINT NOT NULL PRIMARY KEY"_s;
}

QString OdbcDialect::historyTimestampType() const
{
    return u"VARCHAR(32)"_s;
}

QString OdbcDialect::historyTextType() const
{
    return u"VARCHAR(4000)"_s;
}

} // namespace Stepwise::Core
