#include "core/schema/schemasnapshot.h"

#include "core/schema/catalogquery.h"

#include "core/base/tr.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

using namespace CatalogQuery;

namespace {

// What the server's information_schema offers; read once, in the first query.
struct Server
{
    QString database;
    bool mariaDb = false;
    bool indexExpressions = false; // STATISTICS.EXPRESSION: MySQL ≥ 8.0.13's functional parts
    bool checks = false;           // CHECK_CONSTRAINTS: MariaDB ≥ 10.2, MySQL ≥ 8.0.16
    bool checkTableName = false;   // CHECK_CONSTRAINTS.TABLE_NAME: MariaDB only
};

QString text(const QSqlQuery &row, int column)
{
    return row.value(column).toString();
}

// Lower case; integer display widths dropped ("int(11)" and MySQL 8's "int" are one type)
// but for tinyint(1), the boolean spelling; "integer" and "double precision" in their short forms.
QString normalizedType(const QString &columnType)
{
    static const QRegularExpression integer(
        u"^(tinyint|smallint|mediumint|int|integer|bigint)(?:\\((\\d+)\\))?(.*)$"_s);
    QString type = columnType.trimmed().toLower();
    if (const QRegularExpressionMatch m = integer.match(type); m.hasMatch()) {
        QString base = m.captured(1);
        if (base == u"integer"_s)
            base = u"int"_s;
        if (base == u"tinyint"_s && m.captured(2) == u"1"_s)
            base = u"tinyint(1)"_s;
        return base + m.captured(3);
    }
    if (type.startsWith(u"double precision"_s))
        type.replace(0, 16, u"double"_s);
    return type;
}

bool isNumeric(const QString &dataType)
{
    static const QSet<QString> numeric { u"tinyint"_s, u"smallint"_s, u"mediumint"_s, u"int"_s,
        u"integer"_s, u"bigint"_s, u"decimal"_s, u"numeric"_s, u"float"_s, u"double"_s, u"real"_s,
        u"year"_s, u"bit"_s };
    return numeric.contains(dataType.toLower());
}

// The default as an SQL expression. MariaDB ≥ 10.2.7 already gives one (strings quoted, the text
// NULL for a nullable column without default); MySQL gives the raw value and marks expressions
// with EXTRA DEFAULT_GENERATED (CURRENT_TIMESTAMP without the mark before 8.0).
QString defaultExpression(const Server &server, const QVariant &value, const QString &dataType,
    const QString &extra)
{
    if (value.isNull())
        return {};
    const QString raw = value.toString();
    if (server.mariaDb)
        return raw.compare(u"NULL"_s, Qt::CaseInsensitive) == 0 ? QString() : raw;
    if (extra.contains(u"DEFAULT_GENERATED"_s, Qt::CaseInsensitive)
        || raw.startsWith(u"CURRENT_TIMESTAMP"_s, Qt::CaseInsensitive)
        || (isNumeric(dataType) && !raw.isEmpty()) || raw.startsWith(u"b'"_s))
        return raw;
    QString quoted = raw;
    quoted.replace(u"'"_s, u"''"_s);
    return u"'"_s + quoted + u"'"_s;
}

// Views are stored with every name qualified by their database (`db`.`t`.`c`): without it, one
// view reads the same in two databases.
QString viewDefinition(const QString &definition, const QString &database)
{
    QString quotedDatabase = database;
    quotedDatabase.replace(u"`"_s, u"``"_s);
    QString out = definition.trimmed();
    out.remove(u'`' + quotedDatabase + u"`."_s);
    return out;
}

Result<Server> readServer(const QSqlDatabase &db)
{
    auto query = select(db,
        u"SELECT DATABASE(), VERSION(), (SELECT GROUP_CONCAT(CONCAT(TABLE_NAME, '.', COLUMN_NAME)) "
        "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'information_schema' "
        "AND TABLE_NAME IN ('STATISTICS', 'CHECK_CONSTRAINTS') "
        "AND COLUMN_NAME IN ('EXPRESSION', 'TABLE_NAME', 'CHECK_CLAUSE'))"_s,
        {}, Tr::tr("Reading the server's catalog"));
    if (!query)
        return query.error();
    Server server;
    if (query->next()) {
        server.database = text(*query, 0);
        server.mariaDb = text(*query, 1).contains(u"MariaDB"_s, Qt::CaseInsensitive);
        const QStringList columns = text(*query, 2).toUpper().split(u',');
        server.indexExpressions = columns.contains(u"STATISTICS.EXPRESSION"_s);
        server.checks = columns.contains(u"CHECK_CONSTRAINTS.CHECK_CLAUSE"_s);
        server.checkTableName = columns.contains(u"CHECK_CONSTRAINTS.TABLE_NAME"_s);
    }
    if (server.database.isEmpty())
        return Error(ErrorCode::Database, Tr::tr("The connection has no database selected"));
    return server;
}

} // namespace

// MySQL and MariaDB: nine information_schema queries for the connection's database, whatever
// its size, assembled here by table name. TableName::schema stays empty (the connection's
// database); a foreign key into another database names it.
Result<Schema> SchemaSnapshot::readMysql(const QSqlDatabase &db, const SnapshotOptions &options)
{
    const Result<Server> serverRead = readServer(db);
    if (!serverRead)
        return serverRead.error();
    const Server &server = *serverRead;
    const QVariantList database { server.database };
    const QString context = Tr::tr("Reading the catalog of database %1").arg(server.database);

    Schema schema;
    schema.dialect = u"mysql"_s;
    QSet<QString> excluded;
    for (const TableName &name : options.excluded)
        excluded.insert(name.name);
    QHash<QString, qsizetype> tableAt;
    QHash<QString, QString> tableCollation;

    // MariaDB's system-versioned tables are base tables too; its sequences are tables of their own
    // kind the model (PostgreSQL's sequences) does not cover.
    Result<void> read = forEachRow(db,
        u"SELECT TABLE_NAME, TABLE_TYPE, TABLE_COLLATION, TABLE_COMMENT "
        "FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? "
        "AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE')"_s,
        database, context, [&](const QSqlQuery &row) {
            const QString name = text(row, 0);
            if (excluded.contains(name))
                return;
            if (text(row, 1) == u"SEQUENCE"_s) {
                schema.notCompared.append({ u"sequence"_s, { {}, name } });
                return;
            }
            SchemaTable table;
            table.name = { {}, name };
            table.comment = text(row, 3);
            tableAt.insert(name, schema.tables.size());
            tableCollation.insert(name, text(row, 2));
            schema.tables.append(table);
        });
    if (!read)
        return read.error();
    const auto tableNamed = [&](const QString &name) -> SchemaTable * {
        const auto at = tableAt.constFind(name);
        return at == tableAt.constEnd() ? nullptr : &schema.tables[*at];
    };

    // Views' and sequences' columns are listed too: only the tables' are kept.
    read = forEachRow(db,
        u"SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, "
        "EXTRA, GENERATION_EXPRESSION, COLLATION_NAME, COLUMN_COMMENT "
        "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
        "ORDER BY TABLE_NAME, ORDINAL_POSITION"_s,
        database, context, [&](const QSqlQuery &row) {
            SchemaTable *table = tableNamed(text(row, 0));
            if (!table)
                return;
            const QString extra = text(row, 6);
            SchemaColumn column;
            column.name = text(row, 1);
            column.type = text(row, 2);
            column.normalizedType = normalizedType(column.type);
            column.nullable = text(row, 4) == u"YES"_s;
            column.generated = text(row, 7);
            if (column.generated.isEmpty())
                column.defaultValue = defaultExpression(server, row.value(5), text(row, 3), extra);
            else
                column.generatedStored = extra.contains(u"STORED"_s, Qt::CaseInsensitive)
                    || extra.contains(u"PERSISTENT"_s, Qt::CaseInsensitive);
            if (extra.contains(u"auto_increment"_s, Qt::CaseInsensitive))
                column.identity = SchemaColumn::Identity::AutoIncrement;
            const QString collation = text(row, 8);
            if (!collation.isEmpty() && collation != tableCollation.value(table->name.name))
                column.collation = collation;
            column.comment = text(row, 9);
            table->columns.append(column);
        });
    if (!read)
        return read.error();

    // One row per index part. The primary key is named PRIMARY in every MySQL table: it is kept
    // unnamed. MySQL has no unique constraint apart from its unique index, so unique indexes stay
    // in `indexes` (unique = true) and `uniques` stays empty. The index InnoDB adds for a foreign
    // key cannot be told from one created by hand with the same name and columns: all are kept.
    // Parts are grouped by (table, index) rather than by row order, since information_schema
    // sorts names case-insensitively ("T" and "t" may both exist).
    QHash<QString, qsizetype> indexAt;
    read = forEachRow(db,
        u"SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE, "
        "%1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? "
        "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"_s.arg(
            server.indexExpressions ? u"EXPRESSION"_s : u"NULL"_s),
        database, context, [&](const QSqlQuery &row) {
            SchemaTable *table = tableNamed(text(row, 0));
            if (!table)
                return;
            const QString name = text(row, 1);
            QString part = row.value(3).isNull() ? text(row, 7) : text(row, 3);
            if (!row.value(5).isNull())
                part += u'(' + text(row, 5) + u')';
            if (name == u"PRIMARY"_s) {
                if (!table->primaryKey)
                    table->primaryKey = SchemaKey();
                table->primaryKey->columns << part;
                return;
            }
            const QString key = table->name.name + u'\x1f' + name;
            auto at = indexAt.constFind(key);
            if (at == indexAt.constEnd()) {
                SchemaIndex index;
                index.name = name;
                index.unique = row.value(2).toInt() == 0;
                const QString method = text(row, 6).toUpper();
                index.method = method == u"BTREE"_s ? QString() : method;
                at = indexAt.insert(key, table->indexes.size());
                table->indexes.append(index);
            }
            SchemaIndex &index = table->indexes[*at];
            index.parts << part;
            index.descending << (text(row, 4) == u"D"_s);
        });
    if (!read)
        return read.error();

    // The rules per constraint, then the column pairs, matched here: MariaDB joins the two
    // catalog tables row by row (a block-nested-loop join, 1,000 × 1,000 name comparisons for a
    // thousand foreign keys — 60 % of the whole read), while each alone is a quick scan.
    QHash<QString, std::pair<QString, QString>> rules; // table \x1f constraint → (delete, update)
    read = forEachRow(db,
        u"SELECT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE "
        "FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"_s,
        database, context, [&](const QSqlQuery &row) {
            rules.insert(text(row, 0) + u'\x1f' + text(row, 1), { text(row, 2), text(row, 3) });
        });
    if (!read)
        return read.error();
    QHash<QString, qsizetype> foreignKeyAt;
    read = forEachRow(db,
        u"SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, "
        "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
        "FROM information_schema.KEY_COLUMN_USAGE "
        "WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL "
        "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"_s,
        database, context, [&](const QSqlQuery &row) {
            SchemaTable *table = tableNamed(text(row, 0));
            if (!table)
                return;
            const QString name = text(row, 1);
            const QString key = table->name.name + u'\x1f' + name;
            const auto rule = rules.constFind(text(row, 0) + u'\x1f' + name);
            if (rule == rules.constEnd())
                return; // not a foreign key (no referential constraint of that name)
            auto at = foreignKeyAt.constFind(key);
            if (at == foreignKeyAt.constEnd()) {
                SchemaForeignKey fk;
                fk.name = name;
                const QString targetSchema = text(row, 3);
                fk.target = { targetSchema == server.database ? QString() : targetSchema,
                    text(row, 4) };
                fk.onDelete = action(rule->first);
                fk.onUpdate = action(rule->second);
                at = foreignKeyAt.insert(key, table->foreignKeys.size());
                table->foreignKeys.append(fk);
            }
            SchemaForeignKey &fk = table->foreignKeys[*at];
            fk.columns << text(row, 2);
            fk.targetColumns << text(row, 5);
        });
    if (!read)
        return read.error();

    // MariaDB names checks per table (and lists its column-level checks, JSON columns' implicit
    // json_valid() among them): it gives the table itself. MySQL names them per database and
    // gives the table only in TABLE_CONSTRAINTS. All are kept as the catalog prints them.
    if (server.checks) {
        const QString sql = server.checkTableName
            ? u"SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE "
              "FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"_s
            : u"SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE "
              "FROM information_schema.CHECK_CONSTRAINTS c "
              "JOIN information_schema.TABLE_CONSTRAINTS t "
              "ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA "
              "AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND t.CONSTRAINT_TYPE = 'CHECK' "
              "WHERE c.CONSTRAINT_SCHEMA = ?"_s;
        read = forEachRow(db, sql, database, context, [&](const QSqlQuery &row) {
            if (SchemaTable *table = tableNamed(text(row, 0)))
                table->checks.append({ text(row, 1), text(row, 2) });
        });
        if (!read)
            return read.error();
    }

    read = forEachRow(db,
        u"SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS "
        "WHERE TABLE_SCHEMA = ?"_s,
        database, context, [&](const QSqlQuery &row) {
            SchemaView view;
            view.name = { {}, text(row, 0) };
            view.definition = viewDefinition(text(row, 1), server.database);
            schema.views.append(view);
        });
    if (!read)
        return read.error();

    // What the model does not cover, in one query. A partitioned table is read as a table and
    // listed once more for its partitioning. The names are converted to one character set and
    // collation: MySQL 8's information_schema columns differ in collation, which UNION refuses.
    read = forEachRow(db,
        u"SELECT CONVERT(ROUTINE_TYPE USING utf8mb4), NULL, CONVERT(ROUTINE_NAME USING utf8mb4) "
        "FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? "
        "UNION ALL SELECT 'TRIGGER', CONVERT(EVENT_OBJECT_TABLE USING utf8mb4), "
        "CONVERT(TRIGGER_NAME USING utf8mb4) "
        "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? "
        "UNION ALL SELECT 'EVENT', NULL, CONVERT(EVENT_NAME USING utf8mb4) "
        "FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ? "
        "UNION ALL SELECT DISTINCT 'PARTITION', CONVERT(TABLE_NAME USING utf8mb4), "
        "CONVERT(TABLE_NAME USING utf8mb4) "
        "FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = ? "
        "AND PARTITION_NAME IS NOT NULL"_s,
        { server.database, server.database, server.database, server.database }, context,
        [&](const QSqlQuery &row) {
            const QString kind = text(row, 0).toLower();
            const QString table = text(row, 1);
            if (!table.isEmpty() && excluded.contains(table))
                return;
            const QString name = kind == u"trigger"_s ? table + u'.' + text(row, 2) : text(row, 2);
            schema.notCompared.append({ kind, { {}, name } });
        });
    if (!read)
        return read.error();
    return schema;
}

} // namespace Stepwise::Core
