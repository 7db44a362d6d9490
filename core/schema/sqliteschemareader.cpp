#include "core/schema/sqliteschemareader.h"

#include "core/schema/catalogquery.h"

#include "core/base/tr.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

using namespace CatalogQuery;

Result<QList<TableInfo>> SqliteSchemaReader::tables(const QString &schema) const
{
    Q_UNUSED(schema);
    QList<TableInfo> out;
    const Result<void> read = forEachRow(m_db,
        u"SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s,
        {}, Tr::tr("Reading the list of tables"), [&](const QSqlQuery &row) {
            out.append({ { {}, row.value(0).toString() }, row.value(1).toString() == u"view"_s });
        });
    if (!read)
        return read.error();
    return out;
}

Result<TableDetails> SqliteSchemaReader::table(const TableName &table) const
{
    TableDetails details;
    details.name = table;
    const QString context = readingTable(table);
    Result<void> read = forEachRow(m_db,
        u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"_s,
        { table.name }, context, [&](const QSqlQuery &row) {
            details.columns.append({ row.value(0).toString(), row.value(1).toString(),
                row.value(2).toInt() == 0, row.value(3).toString(), row.value(4).toInt() > 0 });
        });
    if (!read)
        return read.error();
    read = forEachRow(m_db,
        u"SELECT name, \"unique\", origin FROM pragma_index_list(?) ORDER BY name"_s,
        { table.name }, context, [&](const QSqlQuery &row) {
            IndexInfo index { row.value(0).toString(), {}, row.value(1).toInt() != 0,
                row.value(2).toString() == u"pk"_s };
            const Result<void> parts =
                forEachRow(m_db, u"SELECT name FROM pragma_index_info(?) ORDER BY seqno"_s,
                    { index.name }, context, [&](const QSqlQuery &part) {
                        index.columns << (part.value(0).isNull() ? u"<expression>"_s
                                                                 : part.value(0).toString());
                    });
            if (parts)
                details.indexes.append(index);
            return parts;
        });
    if (!read)
        return read.error();
    int current = -1;
    read = forEachRow(m_db,
        u"SELECT id, \"table\", \"from\", \"to\", on_delete, on_update "
        "FROM pragma_foreign_key_list(?) ORDER BY id, seq"_s,
        { table.name }, context, [&](const QSqlQuery &row) {
            if (row.value(0).toInt() != current) {
                current = row.value(0).toInt();
                ForeignKeyInfo fk;
                fk.referencedTable = { {}, row.value(1).toString() };
                fk.onDelete = action(row.value(4).toString());
                fk.onUpdate = action(row.value(5).toString());
                details.foreignKeys.append(fk);
            }
            ForeignKeyInfo &fk = details.foreignKeys.last();
            fk.columns << row.value(2).toString();
            // A NULL "to" means the referenced table's primary key.
            fk.referencedColumns << row.value(3).toString();
        });
    if (!read)
        return read.error();
    return details;
}

} // namespace Stepwise::Core
