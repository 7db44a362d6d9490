#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Ui {

// One node of the schema browser, as the database worker reports it. The path names the
// node for lazy loading: {schema}, {schema, table}, {schema, table, folder}.
struct SchemaNode
{
    enum class Kind { Schema, Table, View, Folder, Column, Index, ForeignKey, Message };

    Kind kind = Kind::Message;
    QString name;
    QString detail;    // "INTEGER NOT NULL DEFAULT 0", "UNIQUE (email)", "→ customers (id)"
    bool primaryKey = false;
    bool hasChildren = false;
    QStringList path;  // names from the top down to this node, itself included
};

using SchemaNodeList = QList<SchemaNode>;

} // namespace Stepwise::Ui
