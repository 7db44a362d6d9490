#pragma once

#include "ui/connections/connectionprofile.h"
#include "ui/database/databasestatus.h"
#include "ui/database/schemanode.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Stepwise::Ui {

// The tables the project keeps its state in, as stepwise.ini / alembic.ini configure them.
struct StatusRequest
{
    QString versionTable;
    QString historyTable;
    QString schema;
};

// Does all database work of one connection. Lives on its own thread (DatabaseSession moves it
// there) and owns the QSqlDatabase it opens in that thread (style.md §6); the GUI talks to it
// only through queued slots and the signals below.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWorker(QString connectionName, QObject *parent = nullptr);
    ~DatabaseWorker() override;

public Q_SLOTS:
    void open(const Stepwise::Ui::ConnectionProfile &profile, const QString &password);
    void close();
    void readStatus(const Stepwise::Ui::StatusRequest &request);
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
    ConnectionProfile m_profile;
    bool m_open = false;
};

} // namespace Stepwise::Ui
