#pragma once

#include "core/schema/ddlwriter.h"

namespace Stepwise::Core {

// MySQL / MariaDB: a changed column is written whole (MODIFY COLUMN), comments inline, the
// primary key unnamed, foreign keys and indexes dropped by their own syntax.
class MysqlDdlWriter : public DdlWriter
{
public:
    explicit MysqlDdlWriter(const Dialect &dialect) : DdlWriter(dialect) { }

protected:
    QStringList change(const SchemaChange &c) const override;
    QString columnDefinition(const SchemaColumn &c) const override;
    QStringList alterColumn(const SchemaChange &c) const override;
    QString createTable(const SchemaTable &t) const override;
    QString dropIndex(const SchemaChange &c) const override;
    QString dropConstraint(const TableName &table, const QString &name, const QString &kind) const override;
    QString createIndex(const SchemaTable &table, const SchemaIndex &i) const override;
};

} // namespace Stepwise::Core
