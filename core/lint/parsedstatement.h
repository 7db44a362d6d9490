#pragma once

#include "core/sql/sqlsyntax.h"

#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace Stepwise::Core::Lint {

// A name as written, [schema.]name, each part quoted or not. Offsets are into the statement's
// text; -1 when there is no name.
struct Name
{
    qsizetype offset = -1; // the whole qualified name
    qsizetype length = 0;
    qsizetype partOffset = -1; // its last part (the object's own name), quotes included
    qsizetype partLength = 0;
    bool quoted = false; // the last part

    bool valid() const { return offset >= 0; }
};

// A span of the statement's text (an expression, a type), -1 when absent.
struct Span
{
    qsizetype offset = -1;
    qsizetype length = 0;

    bool valid() const { return offset >= 0; }
};

enum class ObjectKind : quint8 {
    None,
    Table,
    Index,
    View,
    MaterializedView,
    Schema,
    Database,
    Type,
    Domain,
    Sequence,
    Function,
    Procedure,
    Trigger,
    Extension,
    Policy,
    Other, // rule, event, role, ...: kept by name only
};

// A column definition (CREATE TABLE, ADD COLUMN, MySQL MODIFY / CHANGE).
struct ColumnDef
{
    Name name;
    Span whole;
    Span type; // as written, arguments included ("varchar(20)", "numeric(10, 2)")
    Span defaultValue; // the DEFAULT expression
    Span checkExpression; // inside CHECK ( )
    bool notNull = false; // NOT NULL (PRIMARY KEY is reported separately)
    bool nullable = false; // NULL written out
    bool primaryKey = false;
    bool unique = false;
    bool references = false; // an inline REFERENCES clause
    bool identity = false; // GENERATED ... AS IDENTITY, AUTO_INCREMENT, AUTOINCREMENT
    bool generated = false; // GENERATED ALWAYS AS (expr), AS (expr)
    bool stored = false; // a generated column that is STORED / PERSISTENT
};

enum class ConstraintKind : quint8 {
    None,
    PrimaryKey,
    Unique,
    ForeignKey,
    Check,
    Exclude,
    Index, // MySQL ADD INDEX / KEY, DROP INDEX / KEY
    FullText,
    Spatial,
};

// One action of ALTER TABLE (or of ALTER INDEX / VIEW / TYPE / DOMAIN ...).
struct AlterAction
{
    enum Kind : quint8 {
        Other,
        AddColumn,
        DropColumn,
        AlterType, // PostgreSQL ALTER COLUMN c TYPE t: column.name and column.type
        SetNotNull,
        DropNotNull,
        SetDefault,
        DropDefault,
        ModifyColumn, // MySQL MODIFY c definition: column
        ChangeColumn, // MySQL CHANGE old new definition: target = old, column = new
        AddConstraint, // constraint, target = its name (if any)
        DropConstraint, // constraint (MySQL PRIMARY KEY / FOREIGN KEY / CHECK), target
        DropIndex, // MySQL DROP INDEX / KEY name
        ValidateConstraint,
        RenameTo, // the altered object gets newName
        RenameColumn,
        RenameConstraint,
        RenameIndex, // MySQL RENAME INDEX / KEY
        RenameValue, // ALTER TYPE ... RENAME VALUE
        SetSchema,
        AddValue, // ALTER TYPE ... ADD VALUE
        Rewrite, // SET LOGGED / UNLOGGED / ACCESS METHOD / TABLESPACE
        ConvertCharset, // MySQL CONVERT TO CHARACTER SET
        Rebuild, // MySQL ENGINE = / FORCE
        DetachPartition,
        Option, // MySQL ALGORITHM = / LOCK =
    };
    Kind kind = Other;
    Span whole;
    ColumnDef column;
    Name target;
    Name newName;
    Span checkExpression; // ADD CONSTRAINT ... CHECK ( )
    // ADD PRIMARY KEY / UNIQUE / FOREIGN KEY (columns): plain column names only; empty when an
    // item is an expression or a MySQL prefix (email(10)).
    std::vector<Name> keyColumns;
    Name references; // FOREIGN KEY ... REFERENCES table
    std::vector<Name> referencedColumns; // its (columns); empty when not written
    ConstraintKind constraint = ConstraintKind::None;
    bool notValid = false;
    bool usingIndex = false; // PostgreSQL ADD ... USING INDEX
    bool concurrently = false;
    bool beforeOrAfter = false; // ALTER TYPE ... ADD VALUE ... BEFORE / AFTER
};

// What the classifier knows of one statement: its kind, the objects it names and, for ALTER
// TABLE, its actions. Everything points into `text`; the parser reuses it for the next one.
struct ParsedStatement
{
    enum Kind : quint8 {
        Other,
        Create,
        Alter,
        Drop,
        Truncate,
        RenameTables, // MySQL RENAME TABLE a TO b, ...
        Insert,
        Update,
        Delete,
        Set,
        Begin,
        Commit,
        Rollback,
        Pragma,
        Reindex,
        Vacuum,
        Cluster,
        Refresh, // REFRESH MATERIALIZED VIEW
    };
    enum class Algorithm : quint8 { None, Default, Instant, Inplace, Copy };

    Kind kind = Other;
    ObjectKind object = ObjectKind::None;
    QStringView text;
    Span head; // from the first keyword to the object's name: where a finding points by default
    Name name; // the created / altered / dropped object; INSERT / UPDATE target; SET variable
    Name table; // CREATE INDEX / TRIGGER / POLICY ... ON table; MySQL DROP INDEX ... ON table
    Name source; // INSERT ... SELECT ... FROM source
    std::vector<Name> names; // every name of DROP a, b / TRUNCATE a, b (name is the first)
    std::vector<std::pair<Name, Name>> renames; // MySQL RENAME TABLE
    std::vector<ColumnDef> columns; // CREATE TABLE
    std::vector<AlterAction> actions;
    std::vector<Name> setColumns; // UPDATE ... SET
    Span value; // SET / PRAGMA value
    ConstraintKind indexKind = ConstraintKind::None; // CREATE UNIQUE / FULLTEXT / SPATIAL INDEX
    // CREATE INDEX ... (columns): plain column names only; empty when an item is an expression
    // or a prefix, or when the index is partial (WHERE).
    std::vector<Name> indexColumns;
    Algorithm algorithm = Algorithm::None; // MySQL ALGORITHM=
    bool unique = false;
    bool concurrently = false;
    bool ifExists = false;
    bool ifNotExists = false;
    bool orReplace = false;
    bool temporary = false;
    bool cascade = false;
    bool full = false; // VACUUM FULL
    bool hasWhere = false; // UPDATE / DELETE ... WHERE
    bool hasCheck = false; // CREATE DOMAIN ... CHECK

    void clear();
    QStringView textOf(Span span) const { return text.mid(span.offset, span.length); }
    QStringView textOf(const Name &n) const { return text.mid(n.offset, n.length); }
};

// The identity of a name for comparisons: its last part without quotes, lower-cased unless
// quoted in PostgreSQL (where "Users" and users differ). Schemas are not compared: a
// revision names the same table with and without its schema.
QString nameKey(QStringView text, const Name &name, SqlSyntax dialect);
// The name as written, qualified and quoted.
QString nameDisplay(QStringView text, const Name &name);
// The name's last part as the database stores it: without quotes; unquoted PostgreSQL names
// folded to lower case (other databases keep the spelling).
QString nameStored(QStringView text, const Name &name, SqlSyntax dialect);
// Its schema (the part before the last), stored the same way; empty when not qualified.
QString schemaStored(QStringView text, const Name &name, SqlSyntax dialect);

} // namespace Stepwise::Core::Lint
