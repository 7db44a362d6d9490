#include "core/schema/postgresschemareader.h"

#include "core/schema/catalogquery.h"

#include "core/base/tr.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

using namespace CatalogQuery;

Result<QStringList> PostgresSchemaReader::schemas() const
{
    QStringList out;
    const Result<void> read = forEachRow(m_db,
        u"SELECT nspname FROM pg_catalog.pg_namespace "
        "WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY nspname"_s,
        {}, Tr::tr("Reading the list of schemas"),
        [&](const QSqlQuery &row) { out << row.value(0).toString(); });
    if (!read)
        return read.error();
    return out;
}

Result<QList<TableInfo>> PostgresSchemaReader::tables(const QString &schema) const
{
    QList<TableInfo> out;
    const Result<void> read = forEachRow(m_db,
        u"SELECT c.relname, c.relkind FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = COALESCE(NULLIF(?, ''), current_schema()) "
        "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname"_s,
        { schema }, Tr::tr("Reading the list of tables"), [&](const QSqlQuery &row) {
            const QString kind = row.value(1).toString();
            out.append({ { schema, row.value(0).toString() }, kind == u"v"_s || kind == u"m"_s });
        });
    if (!read)
        return read.error();
    return out;
}

Result<TableDetails> PostgresSchemaReader::table(const TableName &table) const
{
    TableDetails details;
    details.name = table;
    const QString context = readingTable(table);
    const QString relation =
        u"(SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = COALESCE(NULLIF(?, ''), "
        "current_schema()) AND c.relname = ?)"_s;
    const QVariantList names { table.schema, table.name };
    Result<void> read = forEachRow(m_db,
        u"SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
        "NOT a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), "
        "EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = a.attrelid "
        "AND i.indisprimary AND a.attnum = ANY (i.indkey)) "
        "FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d "
        "ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "WHERE a.attrelid = "_s
            + relation
            + u" AND a.attnum > 0 AND NOT a.attisdropped "
              "ORDER BY a.attnum"_s,
        names, context, [&](const QSqlQuery &row) {
            details.columns.append({ row.value(0).toString(), row.value(1).toString(),
                row.value(2).toBool(), row.value(3).toString(), row.value(4).toBool() });
        });
    if (!read)
        return read.error();
    // Index parts one per row (expressions as pg_get_indexdef renders them).
    read = forEachRow(m_db,
        u"SELECT ic.relname, i.indisunique, i.indisprimary, "
        "pg_catalog.pg_get_indexdef(i.indexrelid, k.n::int, true) "
        "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
        "CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(n) "
        "WHERE i.indrelid = "_s
            + relation + u" ORDER BY ic.relname, k.n"_s,
        names, context, [&](const QSqlQuery &row) {
            addIndexPart(details.indexes, row.value(0).toString(), row.value(1).toBool(),
                row.value(2).toBool(), row.value(3).toString());
        });
    if (!read)
        return read.error();
    read = forEachRow(m_db,
        u"SELECT con.conname, a.attname, fn.nspname, fc.relname, fa.attname, "
        "con.confdeltype, con.confupdtype "
        "FROM pg_catalog.pg_constraint con "
        "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(c, f, ord) "
        "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.c "
        "JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid "
        "JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace "
        "JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.f "
        "WHERE con.contype = 'f' AND con.conrelid = "_s
            + relation + u" ORDER BY con.conname, k.ord"_s,
        names, context,
        [&](const QSqlQuery &row) { addForeignKeyPart(details.foreignKeys, row, pgAction); });
    if (!read)
        return read.error();
    return details;
}

} // namespace Stepwise::Core
