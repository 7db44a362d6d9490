#include "core/schema/mysqlschemareader.h"

#include "core/schema/catalogquery.h"

#include "core/base/tr.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

using namespace CatalogQuery;

Result<QList<TableInfo>> MysqlSchemaReader::tables(const QString &schema) const
{
    QList<TableInfo> out;
    const Result<void> read = forEachRow(m_db,
        u"SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
        "WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) ORDER BY TABLE_NAME"_s,
        { schema }, Tr::tr("Reading the list of tables"), [&](const QSqlQuery &row) {
            out.append(
                { { schema, row.value(0).toString() }, row.value(1).toString() == u"VIEW"_s });
        });
    if (!read)
        return read.error();
    return out;
}

Result<TableDetails> MysqlSchemaReader::table(const TableName &table) const
{
    TableDetails details;
    details.name = table;
    const QString context = readingTable(table);
    const QVariantList names { table.schema, table.name };
    Result<void> read = forEachRow(m_db,
        u"SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_KEY "
        "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), "
        "DATABASE()) AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION"_s,
        names, context, [&](const QSqlQuery &row) {
            details.columns.append({ row.value(0).toString(), row.value(1).toString(),
                row.value(2).toString() == u"YES"_s, row.value(3).toString(),
                row.value(4).toString() == u"PRI"_s });
        });
    if (!read)
        return read.error();
    read = forEachRow(m_db,
        u"SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
        "WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND TABLE_NAME = ? "
        "ORDER BY INDEX_NAME, SEQ_IN_INDEX"_s,
        names, context, [&](const QSqlQuery &row) {
            const QString name = row.value(0).toString();
            addIndexPart(details.indexes, name, row.value(1).toInt() == 0, name == u"PRIMARY"_s,
                row.value(2).toString());
        });
    if (!read)
        return read.error();
    read = forEachRow(m_db,
        u"SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
        "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE "
        "FROM information_schema.KEY_COLUMN_USAGE k "
        "JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
        "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
        "AND r.TABLE_NAME = k.TABLE_NAME "
        "WHERE k.TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND k.TABLE_NAME = ? "
        "AND k.REFERENCED_TABLE_NAME IS NOT NULL "
        "ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION"_s,
        names, context,
        [&](const QSqlQuery &row) { addForeignKeyPart(details.foreignKeys, row, action); });
    if (!read)
        return read.error();
    return details;
}

} // namespace Stepwise::Core
