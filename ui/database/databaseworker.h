#pragma once

#include "core/db/connectionurl.h"
#include "core/engine/versionstore.h"
#include "ui/database/databasestatus.h"
#include "ui/database/schemanode.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Stepwise::Ui {

// Does all database work of one connection. Lives on its own thread (DatabaseConnection moves it
// there) and owns the QSqlDatabase it opens in that thread (style.md §6); the GUI talks to it
// only through queued slots and the signals below.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWorker(QString connectionName, QObject *parent = nullptr);
    ~DatabaseWorker() override;

public Q_SLOTS:
    void open(const Stepwise::Core::ConnectionUrl &url);
    void close();
    // The heads and history tables the project keeps its state in (Core::versionTablesFor).
    void readStatus(const Stepwise::Core::VersionTables &tables);
    // Children of the node at path ({} = top level: schemas, or tables when the dialect has none).
    void loadSchema(const QStringList &path);
    // Every table and view of the default schema with its column names, for the editor's
    // completion.
    void loadCompletions();

Q_SIGNALS:
    void opened(const QString &serverVersion);
    void openFailed(const QString &error);
    void closed();
    void statusRead(const Stepwise::Ui::DatabaseStatus &status);
    void schemaLoaded(const QStringList &path, const Stepwise::Ui::SchemaNodeList &children);
    void schemaFailed(const QStringList &path, const QString &error);
    void completionsLoaded(const QHash<QString, QStringList> &tableColumns);
    void log(const QString &message);

private:
    bool isOpen() const;

    QString m_connectionName;
    bool m_open = false;
};

} // namespace Stepwise::Ui
