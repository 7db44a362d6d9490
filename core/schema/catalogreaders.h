#pragma once

#include "core/schema/schemareader.h"

namespace Stepwise::Core {

// SQLite: sqlite_master and the pragma table-valued functions (3.16+).
class SqliteSchemaReader : public SchemaReader
{
public:
    explicit SqliteSchemaReader(const QSqlDatabase &db) : SchemaReader(db) { }
    Result<QList<TableInfo>> tables(const QString &schema) const override;
    Result<TableDetails> table(const TableName &table) const override;
};

// PostgreSQL: pg_catalog (information_schema hides objects the user cannot write to).
class PostgresSchemaReader : public SchemaReader
{
public:
    explicit PostgresSchemaReader(const QSqlDatabase &db) : SchemaReader(db) { }
    bool hasSchemas() const override { return true; }
    Result<QStringList> schemas() const override;
    Result<QList<TableInfo>> tables(const QString &schema) const override;
    Result<TableDetails> table(const TableName &table) const override;
};

// MySQL / MariaDB: information_schema of the connection's database.
class MysqlSchemaReader : public SchemaReader
{
public:
    explicit MysqlSchemaReader(const QSqlDatabase &db) : SchemaReader(db) { }
    Result<QList<TableInfo>> tables(const QString &schema) const override;
    Result<TableDetails> table(const TableName &table) const override;
};

// Anything else (ODBC): what the Qt driver itself knows — tables, views, columns, primary key.
class GenericSchemaReader : public SchemaReader
{
public:
    explicit GenericSchemaReader(const QSqlDatabase &db) : SchemaReader(db) { }
    Result<QList<TableInfo>> tables(const QString &schema) const override;
    Result<TableDetails> table(const TableName &table) const override;
};

} // namespace Stepwise::Core
