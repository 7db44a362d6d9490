#include "ui/database/databaseworker.h"

#include "core/db/connectionurl.h"
#include "core/db/database.h"
#include "core/engine/databasestate.h"
#include "core/engine/versionstore.h"
#include "core/schema/schemareader.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

DatabaseWorker::DatabaseWorker(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

DatabaseWorker::~DatabaseWorker()
{
    close();
}

bool DatabaseWorker::isOpen() const
{
    return m_open && QSqlDatabase::contains(m_connectionName);
}

void DatabaseWorker::open(const Core::ConnectionUrl &url)
{
    Q_ASSERT(QThread::currentThread() == thread());
    close();
    QString version;
    {
        auto db = Core::openDatabase(url, m_connectionName);
        if (!db) {
            Q_EMIT openFailed(db.error().toString());
            return;
        }
        const auto serverVersion = Core::serverVersion(db.value());
        if (serverVersion)
            version = serverVersion.value();
    }
    m_open = true;
    Q_EMIT opened(version);
}

void DatabaseWorker::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    const bool wasOpen = m_open;
    m_open = false;
    if (wasOpen)
        Q_EMIT closed();
}

void DatabaseWorker::readStatus(const Core::VersionTables &tables)
{
    DatabaseStatus status;
    if (!isOpen()) {
        status.error = tr("Not connected.");
        Q_EMIT statusRead(status);
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Core::VersionStore store(db, Core::Dialect::forDriver(db.driverName()), tables);
    Core::Result<Core::DatabaseState> state = Core::DatabaseState::read(store);
    if (state) {
        static_cast<Core::DatabaseState &>(status) = std::move(*state);
        status.valid = true;
    } else {
        status.error = state.error().toString();
    }
    Q_EMIT statusRead(status);
}

namespace {

QString columnDetail(const Core::ColumnInfo &column)
{
    QString text = column.type;
    if (!column.nullable)
        text += u" NOT NULL"_s;
    if (!column.defaultValue.isEmpty())
        text += u" DEFAULT "_s + column.defaultValue;
    return text;
}

QString foreignKeyDetail(const Core::ForeignKeyInfo &fk)
{
    const QString table = fk.referencedTable.schema.isEmpty()
        ? fk.referencedTable.name : fk.referencedTable.schema + u'.' + fk.referencedTable.name;
    QStringList target;
    for (const QString &column : fk.referencedColumns)
        target << (column.isEmpty() ? u"PK"_s : column);
    QString text = u"→ %1 (%2)"_s.arg(table, target.join(u", "_s));
    if (!fk.onDelete.isEmpty())
        text += u" ON DELETE "_s + fk.onDelete;
    if (!fk.onUpdate.isEmpty())
        text += u" ON UPDATE "_s + fk.onUpdate;
    return text;
}

SchemaNodeList tableNodes(const Core::TableDetails &details, const QStringList &path)
{
    SchemaNodeList nodes;
    for (const Core::ColumnInfo &column : details.columns) {
        SchemaNode node { SchemaNode::Kind::Column, column.name, columnDetail(column),
                          column.primaryKey, false, path + QStringList { column.name } };
        nodes.append(node);
    }
    for (const Core::IndexInfo &index : details.indexes) {
        QString detail = (index.primary ? u"PRIMARY KEY "_s : index.unique ? u"UNIQUE "_s : QString())
            + u'(' + index.columns.join(u", "_s) + u')';
        nodes.append({ SchemaNode::Kind::Index, index.name, detail, false, false,
                       path + QStringList { u"index:"_s + index.name } });
    }
    for (const Core::ForeignKeyInfo &fk : details.foreignKeys) {
        const QString name = u'(' + fk.columns.join(u", "_s) + u')';
        nodes.append({ SchemaNode::Kind::ForeignKey, fk.name.isEmpty() ? name : fk.name + u' ' + name,
                       foreignKeyDetail(fk), false, false, path + QStringList { u"fk:"_s + name } });
    }
    return nodes;
}

} // namespace

// Paths: {} top level, {schema} its tables, {schema, table} columns, indexes and foreign keys
// (schema empty where the dialect has none).
void DatabaseWorker::loadSchema(const QStringList &path)
{
    if (!isOpen()) {
        Q_EMIT schemaFailed(path, tr("Not connected."));
        return;
    }
    const auto reader = Core::SchemaReader::create(QSqlDatabase::database(m_connectionName, false));
    SchemaNodeList nodes;
    if (path.isEmpty() && reader->hasSchemas()) {
        auto schemas = reader->schemas();
        if (!schemas) {
            Q_EMIT schemaFailed(path, schemas.error().toString());
            return;
        }
        for (const QString &schema : schemas.value())
            nodes.append({ SchemaNode::Kind::Schema, schema, {}, false, true, { schema } });
    } else if (path.size() <= 1) {
        const QString schema = path.value(0);
        auto tables = reader->tables(schema);
        if (!tables) {
            Q_EMIT schemaFailed(path, tables.error().toString());
            return;
        }
        for (const Core::TableInfo &t : tables.value()) {
            nodes.append({ t.view ? SchemaNode::Kind::View : SchemaNode::Kind::Table, t.name.name,
                           t.view ? tr("view") : QString(), false, true, { schema, t.name.name } });
        }
    } else {
        auto details = reader->table({ path.at(0), path.at(1) });
        if (!details) {
            Q_EMIT schemaFailed(path, details.error().toString());
            return;
        }
        nodes = tableNodes(details.value(), path);
    }
    Q_EMIT schemaLoaded(path, nodes);
}

void DatabaseWorker::loadCompletions()
{
    QHash<QString, QStringList> tableColumns;
    if (isOpen()) {
        const auto reader = Core::SchemaReader::create(QSqlDatabase::database(m_connectionName, false));
        const auto tables = reader->tables(QString());
        for (const Core::TableInfo &t : tables ? tables.value() : QList<Core::TableInfo>()) {
            const auto details = reader->table(t.name);
            QStringList columns;
            for (const Core::ColumnInfo &column : details ? details->columns : QList<Core::ColumnInfo>())
                columns << column.name;
            tableColumns.insert(t.name.name, columns);
        }
    }
    Q_EMIT completionsLoaded(tableColumns);
}

} // namespace Stepwise::Ui
