#include "catalogreaders.h"

#include "base/tr.h"
#include "db/database.h"

#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// Runs a catalog query with bound values; the error names what was being read.
Result<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const QString &context)
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

} // namespace

// --- SQLite

Result<QList<TableInfo>> SqliteSchemaReader::tables(const QString &schema) const
{
    Q_UNUSED(schema);
    auto query = select(m_db,
                        u"SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s,
                        {}, Tr::tr("Reading the list of tables"));
    if (!query)
        return query.error();
    QList<TableInfo> out;
    while (query->next())
        out.append({ { {}, query->value(0).toString() }, query->value(1).toString() == u"view"_s });
    return out;
}

Result<TableDetails> SqliteSchemaReader::table(const TableName &table) const
{
    TableDetails details;
    details.name = table;
    const QString context = readingTable(table);
    auto columns = select(m_db, u"SELECT name, type, \"notnull\", dflt_value, pk "
                                "FROM pragma_table_info(?) ORDER BY cid"_s,
                          { table.name }, context);
    if (!columns)
        return columns.error();
    while (columns->next()) {
        details.columns.append({ columns->value(0).toString(), columns->value(1).toString(),
                                 columns->value(2).toInt() == 0, columns->value(3).toString(),
                                 columns->value(4).toInt() > 0 });
    }
    auto indexes = select(m_db, u"SELECT name, \"unique\", origin FROM pragma_index_list(?) "
                                "ORDER BY name"_s,
                          { table.name }, context);
    if (!indexes)
        return indexes.error();
    while (indexes->next()) {
        IndexInfo index { indexes->value(0).toString(), {}, indexes->value(1).toInt() != 0,
                          indexes->value(2).toString() == u"pk"_s };
        auto parts = select(m_db, u"SELECT name FROM pragma_index_info(?) ORDER BY seqno"_s,
                            { index.name }, context);
        if (!parts)
            return parts.error();
        while (parts->next())
            index.columns << (parts->value(0).isNull() ? u"<expression>"_s : parts->value(0).toString());
        details.indexes.append(index);
    }
    auto keys = select(m_db, u"SELECT id, \"table\", \"from\", \"to\", on_delete, on_update "
                             "FROM pragma_foreign_key_list(?) ORDER BY id, seq"_s,
                       { table.name }, context);
    if (!keys)
        return keys.error();
    int current = -1;
    while (keys->next()) {
        if (keys->value(0).toInt() != current) {
            current = keys->value(0).toInt();
            ForeignKeyInfo fk;
            fk.referencedTable = { {}, keys->value(1).toString() };
            fk.onDelete = action(keys->value(4).toString());
            fk.onUpdate = action(keys->value(5).toString());
            details.foreignKeys.append(fk);
        }
        ForeignKeyInfo &fk = details.foreignKeys.last();
        fk.columns << keys->value(2).toString();
        // A NULL "to" means the referenced table's primary key.
        fk.referencedColumns << keys->value(3).toString();
    }
    return details;
}

// --- PostgreSQL

Result<QStringList> PostgresSchemaReader::schemas() const
{
    auto query = select(m_db,
                        u"SELECT nspname FROM pg_catalog.pg_namespace "
                        "WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' "
                        "ORDER BY nspname"_s,
                        {}, Tr::tr("Reading the list of schemas"));
    if (!query)
        return query.error();
    QStringList out;
    while (query->next())
        out << query->value(0).toString();
    return out;
}

Result<QList<TableInfo>> PostgresSchemaReader::tables(const QString &schema) const
{
    auto query = select(m_db,
                        u"SELECT c.relname, c.relkind FROM pg_catalog.pg_class c "
                        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = COALESCE(NULLIF(?, ''), current_schema()) "
                        "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname"_s,
                        { schema }, Tr::tr("Reading the list of tables"));
    if (!query)
        return query.error();
    QList<TableInfo> out;
    while (query->next()) {
        const QString kind = query->value(1).toString();
        out.append({ { schema, query->value(0).toString() }, kind == u"v"_s || kind == u"m"_s });
    }
    return out;
}

Result<TableDetails> PostgresSchemaReader::table(const TableName &table) const
{
    TableDetails details;
    details.name = table;
    const QString context = readingTable(table);
    const QString relation = u"(SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                             "ON n.oid = c.relnamespace WHERE n.nspname = COALESCE(NULLIF(?, ''), "
                             "current_schema()) AND c.relname = ?)"_s;
    const QVariantList names { table.schema, table.name };
    auto columns = select(m_db,
                          u"SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
                          "NOT a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), "
                          "EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = a.attrelid "
                          "AND i.indisprimary AND a.attnum = ANY (i.indkey)) "
                          "FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d "
                          "ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                          "WHERE a.attrelid = "_s + relation + u" AND a.attnum > 0 AND NOT a.attisdropped "
                          "ORDER BY a.attnum"_s,
                          names, context);
    if (!columns)
        return columns.error();
    while (columns->next()) {
        details.columns.append({ columns->value(0).toString(), columns->value(1).toString(),
                                 columns->value(2).toBool(), columns->value(3).toString(),
                                 columns->value(4).toBool() });
    }
    // Index parts one per row (expressions as pg_get_indexdef renders them).
    auto indexes = select(m_db,
                          u"SELECT ic.relname, i.indisunique, i.indisprimary, "
                          "pg_catalog.pg_get_indexdef(i.indexrelid, k.n::int, true) "
                          "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                          "CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(n) "
                          "WHERE i.indrelid = "_s + relation + u" ORDER BY ic.relname, k.n"_s,
                          names, context);
    if (!indexes)
        return indexes.error();
    while (indexes->next()) {
        const QString name = indexes->value(0).toString();
        if (details.indexes.isEmpty() || details.indexes.last().name != name)
            details.indexes.append({ name, {}, indexes->value(1).toBool(), indexes->value(2).toBool() });
        details.indexes.last().columns << indexes->value(3).toString();
    }
    auto keys = select(m_db,
                       u"SELECT con.conname, a.attname, fn.nspname, fc.relname, fa.attname, "
                       "con.confdeltype, con.confupdtype "
                       "FROM pg_catalog.pg_constraint con "
                       "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(c, f, ord) "
                       "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.c "
                       "JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid "
                       "JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace "
                       "JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.f "
                       "WHERE con.contype = 'f' AND con.conrelid = "_s + relation
                           + u" ORDER BY con.conname, k.ord"_s,
                       names, context);
    if (!keys)
        return keys.error();
    while (keys->next()) {
        const QString name = keys->value(0).toString();
        if (details.foreignKeys.isEmpty() || details.foreignKeys.last().name != name) {
            ForeignKeyInfo fk;
            fk.name = name;
            fk.referencedTable = { keys->value(2).toString(), keys->value(3).toString() };
            fk.onDelete = pgAction(keys->value(5).toString());
            fk.onUpdate = pgAction(keys->value(6).toString());
            details.foreignKeys.append(fk);
        }
        details.foreignKeys.last().columns << keys->value(1).toString();
        details.foreignKeys.last().referencedColumns << keys->value(4).toString();
    }
    return details;
}

// --- MySQL / MariaDB

Result<QList<TableInfo>> MysqlSchemaReader::tables(const QString &schema) const
{
    auto query = select(m_db,
                        u"SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                        "WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) ORDER BY TABLE_NAME"_s,
                        { schema }, Tr::tr("Reading the list of tables"));
    if (!query)
        return query.error();
    QList<TableInfo> out;
    while (query->next())
        out.append({ { schema, query->value(0).toString() }, query->value(1).toString() == u"VIEW"_s });
    return out;
}

Result<TableDetails> MysqlSchemaReader::table(const TableName &table) const
{
    TableDetails details;
    details.name = table;
    const QString context = readingTable(table);
    const QVariantList names { table.schema, table.name };
    auto columns = select(m_db,
                          u"SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_KEY "
                          "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), "
                          "DATABASE()) AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION"_s,
                          names, context);
    if (!columns)
        return columns.error();
    while (columns->next()) {
        details.columns.append({ columns->value(0).toString(), columns->value(1).toString(),
                                 columns->value(2).toString() == u"YES"_s,
                                 columns->value(3).toString(), columns->value(4).toString() == u"PRI"_s });
    }
    auto indexes = select(m_db,
                          u"SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
                          "WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND TABLE_NAME = ? "
                          "ORDER BY INDEX_NAME, SEQ_IN_INDEX"_s,
                          names, context);
    if (!indexes)
        return indexes.error();
    while (indexes->next()) {
        const QString name = indexes->value(0).toString();
        if (details.indexes.isEmpty() || details.indexes.last().name != name)
            details.indexes.append({ name, {}, indexes->value(1).toInt() == 0, name == u"PRIMARY"_s });
        details.indexes.last().columns << indexes->value(2).toString();
    }
    auto keys = select(m_db,
                       u"SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
                       "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE "
                       "FROM information_schema.KEY_COLUMN_USAGE k "
                       "JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                       "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                       "AND r.TABLE_NAME = k.TABLE_NAME "
                       "WHERE k.TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND k.TABLE_NAME = ? "
                       "AND k.REFERENCED_TABLE_NAME IS NOT NULL "
                       "ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION"_s,
                       names, context);
    if (!keys)
        return keys.error();
    while (keys->next()) {
        const QString name = keys->value(0).toString();
        if (details.foreignKeys.isEmpty() || details.foreignKeys.last().name != name) {
            ForeignKeyInfo fk;
            fk.name = name;
            fk.referencedTable = { keys->value(2).toString(), keys->value(3).toString() };
            fk.onDelete = action(keys->value(5).toString());
            fk.onUpdate = action(keys->value(6).toString());
            details.foreignKeys.append(fk);
        }
        details.foreignKeys.last().columns << keys->value(1).toString();
        details.foreignKeys.last().referencedColumns << keys->value(4).toString();
    }
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
                                 field.requiredStatus() != QSqlField::Required,
                                 field.defaultValue().toString(), primary.contains(field.name()) });
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
