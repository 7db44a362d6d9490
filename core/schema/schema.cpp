#include "core/schema/schema.h"

#include <algorithm>

namespace Stepwise::Core {

namespace {

// By name, then (for the unnamed constraints of SQLite) by what they hold.
QString sortKey(const SchemaKey &k) { return k.name + u'\x1f' + k.columns.join(u'\x1f'); }
QString sortKey(const SchemaIndex &i) { return i.name; }
QString sortKey(const SchemaCheck &c) { return c.name + u'\x1f' + c.expression; }
QString sortKey(const SchemaForeignKey &f)
{
    return f.name + u'\x1f' + f.columns.join(u'\x1f') + u'\x1f' + qualifiedName(f.target);
}

template <typename T>
void sortByName(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return sortKey(a) < sortKey(b); });
}

bool tableNameLess(const TableName &a, const TableName &b)
{
    return a.schema != b.schema ? a.schema < b.schema : a.name < b.name;
}

template <typename T>
void sortByTableName(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return tableNameLess(a.name, b.name); });
}

} // namespace

const SchemaColumn *SchemaTable::column(const QString &columnName) const
{
    for (const SchemaColumn &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

const SchemaTable *Schema::table(const TableName &tableName) const
{
    for (const SchemaTable &t : tables) {
        if (t.name == tableName)
            return &t;
    }
    return nullptr;
}

void Schema::sort()
{
    sortByTableName(tables);
    for (SchemaTable &t : tables) {
        sortByName(t.uniques);
        sortByName(t.indexes);
        sortByName(t.foreignKeys);
        sortByName(t.checks);
    }
    sortByTableName(views);
    sortByTableName(sequences);
    sortByTableName(enums);
    std::sort(notCompared.begin(), notCompared.end(), [](const NotCompared &a, const NotCompared &b) {
        return a.kind != b.kind ? a.kind < b.kind : tableNameLess(a.name, b.name);
    });
}

QString qualifiedName(const TableName &name)
{
    return name.schema.isEmpty() ? name.name : name.schema + u'.' + name.name;
}

QString nameKey(const TableName &name)
{
    return name.schema + u'\x1f' + name.name;
}

bool mentionsName(const QString &sql, const QString &name)
{
    const auto word = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    for (qsizetype at = sql.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
         at = sql.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        const bool startOk = at == 0 || !word(sql.at(at - 1));
        const bool endOk = at + name.size() >= sql.size() || !word(sql.at(at + name.size()));
        if (startOk && endOk)
            return true;
    }
    return false;
}

} // namespace Stepwise::Core
