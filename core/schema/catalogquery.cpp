#include "core/schema/catalogquery.h"

#include "core/base/tr.h"
#include "core/db/database.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core::CatalogQuery {

// Runs a catalog query with bound values; the error names what was being read.
Result<QSqlQuery> select(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &context)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fromQueryError(query, context);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fromQueryError(query, context);
    return query;
}

QString readingTable(const TableName &table)
{
    return Tr::tr("Reading the catalog of %1")
        .arg(table.schema.isEmpty() ? table.name : table.schema + u'.' + table.name);
}

// SQLite and MySQL spell the referential actions as words; "NO ACTION" is the default.
QString action(const QString &rule)
{
    const QString upper = rule.toUpper();
    return upper == u"NO ACTION"_s ? QString() : upper;
}

// PostgreSQL's one-letter confdeltype / confupdtype.
QString pgAction(const QString &code)
{
    if (code == u"c"_s)
        return u"CASCADE"_s;
    if (code == u"n"_s)
        return u"SET NULL"_s;
    if (code == u"d"_s)
        return u"SET DEFAULT"_s;
    if (code == u"r"_s)
        return u"RESTRICT"_s;
    return {};
}

// Index catalogs give one row per index part, ordered by index name: a new index starts where
// the name changes.
void addIndexPart(
    QList<IndexInfo> &indexes, const QString &name, bool unique, bool primary, const QString &part)
{
    if (indexes.isEmpty() || indexes.last().name != name)
        indexes.append({ name, {}, unique, primary });
    indexes.last().columns << part;
}

// PostgreSQL and MySQL foreign-key rows, one per column pair, ordered by constraint name then
// position: (name, column, referenced schema, referenced table, referenced column, delete rule,
// update rule), the rules spelled as `toAction` reads them.
void addForeignKeyPart(
    QList<ForeignKeyInfo> &keys, const QSqlQuery &row, QString (*toAction)(const QString &))
{
    const QString name = row.value(0).toString();
    if (keys.isEmpty() || keys.last().name != name) {
        ForeignKeyInfo fk;
        fk.name = name;
        fk.referencedTable = { row.value(2).toString(), row.value(3).toString() };
        fk.onDelete = toAction(row.value(5).toString());
        fk.onUpdate = toAction(row.value(6).toString());
        keys.append(fk);
    }
    keys.last().columns << row.value(1).toString();
    keys.last().referencedColumns << row.value(4).toString();
}

} // namespace Stepwise::Core::CatalogQuery
