#pragma once

#include "core/schema/schemareader.h"

namespace Stepwise::Core {

// Anything else (ODBC): what the Qt driver itself knows — tables, views, columns, primary key.
class GenericSchemaReader : public SchemaReader
{
public:
    explicit GenericSchemaReader(const QSqlDatabase &db) : SchemaReader(db) { }
    Result<QList<TableInfo>> tables(const QString &schema) const override;
    Result<TableDetails> table(const TableName &table) const override;
};

} // namespace Stepwise::Core
