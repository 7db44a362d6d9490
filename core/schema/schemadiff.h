#pragma once

#include "core/schema/schema.h"

#include <QList>
#include <QString>

namespace Stepwise::Core {

// One change of the ordered list that turns schema A into schema B.
struct SchemaChange
{
    // In the order SchemaDiff emits them (see schemadiff.cpp): what could block a later change
    // is removed first, what a later change needs is created first.
    enum class Kind {
        DropView,
        DropForeignKey,
        DropCheck,
        DropUnique,
        DropIndex,
        DropPrimaryKey,
        DropTable,
        DropColumn,
        CreateEnum,
        AddEnumValues,
        CreateSequence,
        AlterSequence,
        CreateTable,
        AddColumn,
        AlterColumn,
        SetTableComment,
        AddPrimaryKey,
        AddUnique,
        AddIndex,
        AddCheck,
        AddForeignKey,
        CreateView,
        DropSequence,
        DropEnum,
    };

    Kind kind = Kind::CreateTable;
    TableName name;        // the table (view, sequence, enum type) changed
    SchemaTable table;     // CreateTable: B's table; DropTable: A's; other table changes: B's
                           // table (A's for a dropped table's constraint)
    SchemaColumn column;   // Add/Drop/AlterColumn: the column (B's; A's when dropped)
    SchemaColumn columnBefore; // AlterColumn: A's column
    SchemaKey key;             // Add/DropPrimaryKey, Add/DropUnique
    SchemaIndex index;
    SchemaForeignKey foreignKey;
    SchemaCheck check;
    SchemaView view;       // Create/DropView (B's; A's when dropped). A changed view is dropped
                           // first and created last, so the tables it reads can change between.
    SchemaSequence sequence;
    SchemaEnum enumType;   // CreateEnum, DropEnum; AddEnumValues: B's type
    QStringList enumValues; // AddEnumValues: the values added
    bool destructive = false; // loses data: dropped table/column/sequence/type, a type change
                              // that does not only widen (varchar(40) → varchar(80), int → bigint)
    QString warning;          // "possible rename of x to y": never acted on, said

    // One line for trees and comments: "add column orders.note", "drop table old_orders".
    QString describe() const;
};

struct SchemaDiffOptions
{
    // A new table's foreign keys stay in its CREATE TABLE (SQLite, which cannot add them later
    // without a rebuild and does not check their targets at creation) instead of separate
    // AddForeignKey changes after every table exists.
    bool inlineForeignKeys = false;
};

struct SchemaDiffResult
{
    QList<SchemaChange> changes;
    QList<NotCompared> notCompared; // of both schemas, once each
    bool isEmpty() const { return changes.isEmpty(); }
};

// The ordered changes that turn `from` into `to`. Pure: data in, data out. Column order never
// matters; renames are never guessed (a drop and an add, with a warning when they look alike);
// objects the model does not cover come back in `notCompared`. Linear in the size of the two
// schemas (hash lookups by name).
SchemaDiffResult diffSchemas(const Schema &from, const Schema &to, const SchemaDiffOptions &options = {});

// `schema` with `changes` (some of a diff from it, in the diff's order) made: what a database in
// that schema holds after their SQL. For a revision of only the changes a user kept: its up is
// diffSchemas(from, applyChanges(from, kept)), its down the diff back.
Schema applyChanges(const Schema &schema, const QList<SchemaChange> &changes);

} // namespace Stepwise::Core
