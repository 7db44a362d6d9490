#pragma once

#include "core/db/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stepwise::Core {

// The neutral schema model: what a database holds, as the schema diff compares it (issue 16).
// Read from a live database by SchemaSnapshot (a few bulk catalog queries per dialect), built
// by hand in unit tests. Plain values: copyable, comparable, no database handle.
//
// Names are kept exactly as the catalog spells them (case and quotes preserved); lists are in
// the order the catalog gives (columns in table order), except where noted. `TableName::schema`
// is empty for dialects without schemas (SQLite, MySQL: the connection's database).

struct SchemaColumn
{
    enum class Identity { None, Always, ByDefault, AutoIncrement };

    QString name;
    QString type;           // as the database spells it: "character varying(80)", "int(11)", "TEXT"
    QString normalizedType; // lower-case canonical spelling the diff compares: "varchar(80)", "int"
    bool nullable = true;
    QString defaultValue; // the default expression as the catalog gives it; empty when none
    Identity identity = Identity::None;
    QString generated;    // generation expression of a generated column; empty when not generated
    bool generatedStored = false;
    QString collation; // only where it differs from the table's / database's default
    QString comment;

    bool operator==(const SchemaColumn &) const = default;
};

// A primary key or a unique constraint.
struct SchemaKey
{
    QString name; // empty where the database does not name it (SQLite's inline keys)
    QStringList columns;

    bool operator==(const SchemaKey &) const = default;
};

struct SchemaIndex
{
    QString name;
    QStringList parts;      // column names, or expressions as the catalog prints them
    QList<bool> descending; // one per part
    bool unique = false;
    QString predicate; // the WHERE of a partial index; empty when none
    QString method;    // "btree", "gin", "hash", …; empty for the dialect's default

    bool operator==(const SchemaIndex &) const = default;
};

struct SchemaForeignKey
{
    QString name;
    QStringList columns;
    TableName target;
    QStringList targetColumns;
    QString onDelete; // "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT"; empty: NO ACTION
    QString onUpdate;
    bool deferrable = false;
    bool initiallyDeferred = false;

    bool operator==(const SchemaForeignKey &) const = default;
};

struct SchemaCheck
{
    QString name;
    QString expression; // as the catalog prints it, without the CHECK keyword

    bool operator==(const SchemaCheck &) const = default;
};

struct SchemaTable
{
    TableName name;
    QList<SchemaColumn> columns; // in table order (the diff ignores the order)
    std::optional<SchemaKey> primaryKey;
    QList<SchemaKey> uniques;    // unique constraints (unique indexes are in `indexes`)
    QList<SchemaIndex> indexes;  // neither the primary key's nor a unique constraint's own index
    QList<SchemaForeignKey> foreignKeys;
    QList<SchemaCheck> checks;
    QString comment;

    const SchemaColumn *column(const QString &columnName) const;
    bool operator==(const SchemaTable &) const = default;
};

struct SchemaView
{
    TableName name;
    QString definition; // the SELECT as the database keeps it
    bool materialized = false;
    QString comment;

    bool operator==(const SchemaView &) const = default;
};

// PostgreSQL sequences not owned by an identity column.
struct SchemaSequence
{
    TableName name;
    QString type = QStringLiteral("bigint");
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minimum = 1;
    qint64 maximum = 0; // 0: the type's maximum
    bool cycle = false;
    QString ownedBy; // "table.column" of a serial column; empty when free-standing

    bool operator==(const SchemaSequence &) const = default;
};

// PostgreSQL enum types.
struct SchemaEnum
{
    TableName name;
    QStringList values; // in sort order

    bool operator==(const SchemaEnum &) const = default;
};

// An object the model does not cover (a function, trigger, policy, extension, partition…):
// listed in every output as not compared, never silently ignored.
struct NotCompared
{
    QString kind; // "function", "trigger", "policy", "extension", "partition", "rule", …
    TableName name;

    bool operator==(const NotCompared &) const = default;
};

struct Schema
{
    QString dialect; // Dialect::name() of the database it was read from
    QList<SchemaTable> tables;
    QList<SchemaView> views;
    QList<SchemaSequence> sequences;
    QList<SchemaEnum> enums;
    QList<NotCompared> notCompared;

    const SchemaTable *table(const TableName &tableName) const;
    // Sorts every list by name (tables, views, … and each table's keys, indexes, foreign keys,
    // checks; columns keep their order): two reads of one database compare equal.
    void sort();
    bool operator==(const Schema &) const = default;
};

// "schema.name", or "name" without a schema: how messages and the diff name an object.
QString qualifiedName(const TableName &name);
// A hash key for a name (schema and name, never confused with one another).
QString nameKey(const TableName &name);
// Whether `sql` (a view's definition) names `name` as a whole word, quoted or not: the model
// keeps no dependency list, so what reads what is read from the words.
bool mentionsName(const QString &sql, const QString &name);

} // namespace Stepwise::Core
