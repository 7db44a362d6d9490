#pragma once

#include "core/schema/schemareader.h"

namespace Stepwise::Core {

// MySQL / MariaDB: information_schema of the connection's database.
class MysqlSchemaReader : public SchemaReader
{
public:
    explicit MysqlSchemaReader(const QSqlDatabase &db) : SchemaReader(db) { }
    Result<QList<TableInfo>> tables(const QString &schema) const override;
    Result<TableDetails> table(const TableName &table) const override;
};

} // namespace Stepwise::Core
