#include "core/schema/catalogreaders.h"

#include "core/base/tr.h"
#include "core/db/database.h"

#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

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

} // namespace

// --- SQLite

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

// --- PostgreSQL

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

// --- MySQL / MariaDB

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

// --- Generic

Result<QList<TableInfo>> GenericSchemaReader::tables(const QString &schema) const
{
    Q_UNUSED(schema);
    QList<TableInfo> out;
    const QStringList tableNames = m_db.tables(QSql::Tables);
    for (const QString &name : tableNames)
        out.append({ { {}, name }, false });
    const QStringList viewNames = m_db.tables(QSql::Views);
    for (const QString &name : viewNames)
        out.append({ { {}, name }, true });
    std::sort(out.begin(), out.end(),
        [](const TableInfo &a, const TableInfo &b) { return a.name.name < b.name.name; });
    return out;
}

Result<TableDetails> GenericSchemaReader::table(const TableName &table) const
{
    TableDetails details;
    details.name = table;
    const QSqlRecord record = m_db.record(table.name);
    const QSqlIndex primary = m_db.primaryIndex(table.name);
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        details.columns.append({ field.name(), QString::fromLatin1(field.metaType().name()),
            field.requiredStatus() != QSqlField::Required, field.defaultValue().toString(),
            primary.contains(field.name()) });
    }
    if (!primary.isEmpty()) {
        IndexInfo index { primary.name(), {}, true, true };
        for (int i = 0; i < primary.count(); ++i)
            index.columns << primary.fieldName(i);
        details.indexes.append(index);
    }
    return details;
}

} // namespace Stepwise::Core
