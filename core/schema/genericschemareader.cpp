#include "core/schema/genericschemareader.h"

#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

Result<QList<TableInfo>> GenericSchemaReader::tables(const QString &schema) const
{
    Q_UNUSED(schema);
    QList<TableInfo> out;
    const QStringList tableNames = m_db.tables(QSql::Tables);
    for (const QString &name : tableNames)
        out.append({ { {}, name }, false });
    const QStringList viewNames = m_db.tables(QSql::Views);
    for (const QString &name : viewNames)
        out.append({ { {}, name }, true });
    std::sort(out.begin(), out.end(),
        [](const TableInfo &a, const TableInfo &b) { return a.name.name < b.name.name; });
    return out;
}

Result<TableDetails> GenericSchemaReader::table(const TableName &table) const
{
    TableDetails details;
    details.name = table;
    const QSqlRecord record = m_db.record(table.name);
    const QSqlIndex primary = m_db.primaryIndex(table.name);
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        details.columns.append({ field.name(), QString::fromLatin1(field.metaType().name()),
            field.requiredStatus() != QSqlField::Required, field.defaultValue().toString(),
            primary.contains(field.name()) });
    }
    if (!primary.isEmpty()) {
        IndexInfo index { primary.name(), {}, true, true };
        for (int i = 0; i < primary.count(); ++i)
            index.columns << primary.fieldName(i);
        details.indexes.append(index);
    }
    return details;
}

} // namespace Stepwise::Core
