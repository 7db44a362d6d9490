#pragma once

#include "core/base/result.h"
#include "core/schema/schemareader.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <type_traits>

namespace Stepwise::Core {

// What the catalog readers (SqliteSchemaReader, PostgresSchemaReader, MysqlSchemaReader) share:
// running catalog queries and assembling their rows.
namespace CatalogQuery {

// Runs a catalog query with bound values; the error names what was being read.
Result<QSqlQuery> select(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &context);

// Runs a catalog query and hands each row to `row`, which returns nothing or a Result<void> (an
// error stops the reading and is returned).
template <typename Row>
Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
    const QString &context, Row &&row)
{
    auto query = select(db, sql, values, context);
    if (!query)
        return query.error();
    while (query->next()) {
        if constexpr (std::is_void_v<decltype(row(*query))>) {
            row(*query);
        } else {
            if (Result<void> done = row(*query); !done)
                return done.error();
        }
    }
    return {};
}

// "Reading the catalog of schema.table": the context of a table's catalog queries.
QString readingTable(const TableName &table);

// SQLite and MySQL spell the referential actions as words; "NO ACTION" is the default.
QString action(const QString &rule);

// PostgreSQL's one-letter confdeltype / confupdtype.
QString pgAction(const QString &code);

// Index catalogs give one row per index part, ordered by index name: a new index starts where
// the name changes.
void addIndexPart(
    QList<IndexInfo> &indexes, const QString &name, bool unique, bool primary, const QString &part);

// PostgreSQL and MySQL foreign-key rows, one per column pair, ordered by constraint name then
// position: (name, column, referenced schema, referenced table, referenced column, delete rule,
// update rule), the rules spelled as `toAction` reads them.
void addForeignKeyPart(
    QList<ForeignKeyInfo> &keys, const QSqlQuery &row, QString (*toAction)(const QString &));

} // namespace CatalogQuery

} // namespace Stepwise::Core
