#pragma once

#include "core/base/result.h"
#include "core/db/dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stepwise::Core {

struct ColumnInfo
{
    QString name;
    QString type;         // as the catalog spells it: "INTEGER", "character varying(80)", "int(11)"
    bool nullable = true;
    QString defaultValue; // the default expression as text; empty when none
    bool primaryKey = false;
};

struct IndexInfo
{
    QString name;
    QStringList columns; // or expressions, in index order
    bool unique = false;
    bool primary = false;
};

struct ForeignKeyInfo
{
    QString name; // empty where the database does not name them (SQLite)
    QStringList columns;
    TableName referencedTable;
    QStringList referencedColumns;
    QString onDelete; // "CASCADE", "SET NULL", …; empty for the default (NO ACTION)
    QString onUpdate;
};

struct TableInfo
{
    TableName name;
    bool view = false;
};

struct TableDetails
{
    TableName name;
    QList<ColumnInfo> columns;    // in column order
    QList<IndexInfo> indexes;     // by name
    QList<ForeignKeyInfo> foreignKeys;
};

// Reads what a live database holds — schemas, tables, views, columns, indexes and foreign keys —
// with the catalog queries of its dialect. Read-only. Holds a copy of the QSqlDatabase handle:
// use it in the connection's thread and destroy it before removeDatabase().
class SchemaReader
{
public:
    // The reader for the connection's driver (generic for drivers without catalog queries).
    static std::unique_ptr<SchemaReader> create(const QSqlDatabase &db);
    virtual ~SchemaReader() = default;

    // Whether tables live in named schemas (PostgreSQL) or in the connection's database only.
    virtual bool hasSchemas() const { return false; }
    // User schemas, sorted; empty for dialects without schemas.
    virtual Result<QStringList> schemas() const { return QStringList(); }
    // Tables and views of `schema` (empty: the connection's default), sorted by name.
    virtual Result<QList<TableInfo>> tables(const QString &schema) const = 0;
    virtual Result<TableDetails> table(const TableName &table) const = 0;

protected:
    explicit SchemaReader(const QSqlDatabase &db) : m_db(db) { }
    QSqlDatabase m_db;
};

} // namespace Stepwise::Core
