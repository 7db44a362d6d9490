#pragma once

#include "core/schema/schemareader.h"

namespace Stepwise::Core {

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

} // namespace Stepwise::Core
