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

} // namespace Stepwise::Core
