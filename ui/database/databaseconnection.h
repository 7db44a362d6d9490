#pragma once

#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"
#include "core/engine/versionstore.h"
#include "ui/database/databasestatus.h"
#include "ui/database/schemanode.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace Stepwise::Ui {

class DatabaseWorker;

// The GUI side of one connection: starts the worker thread, forwards requests to the
// DatabaseWorker living there and re-emits its answers on the GUI thread.
class DatabaseConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected };

    explicit DatabaseConnection(QObject *parent = nullptr);
    ~DatabaseConnection() override;

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const Core::ConnectionProfile &profile() const { return m_profile; }
    // Where this connection goes, with the password it was opened with (never stored): a run
    // opens its own connection to the same database with it.
    const Core::ConnectionUrl &url() const { return m_url; }
    const QString &serverVersion() const { return m_serverVersion; }
    const DatabaseStatus &status() const { return m_status; }
    // The profile's URL, parsed once here, with `password` (empty: none or the driver's own
    // sources) for this connection only.
    void connectTo(const Core::ConnectionProfile &profile, const QString &password);
    // The same with the URL already parsed (typed or given on the command line; its password,
    // if any, for this connection only).
    void connectTo(const Core::ConnectionProfile &profile, const Core::ConnectionUrl &url);
    void disconnectFromDatabase();
    void refreshStatus(const Core::VersionTables &tables);
    void loadSchema(const QStringList &path);
    // Table → column names of the default schema, answered by completionsLoaded().
    void loadCompletions();

Q_SIGNALS:
    void stateChanged(Stepwise::Ui::DatabaseConnection::State state);
    void connectFailed(const QString &error);
    void statusChanged(const Stepwise::Ui::DatabaseStatus &status);
    void schemaLoaded(const QStringList &path, const Stepwise::Ui::SchemaNodeList &children);
    void schemaFailed(const QStringList &path, const QString &error);
    void completionsLoaded(const QHash<QString, QStringList> &tableColumns);
    void log(const QString &message);

private:
    void startWorker();
    void stopWorker();
    void setState(State state);

    QThread *m_thread = nullptr;
    QPointer<DatabaseWorker> m_worker;
    Core::ConnectionProfile m_profile;
    Core::ConnectionUrl m_url;
    QString m_serverVersion;
    DatabaseStatus m_status;
    State m_state = State::Disconnected;
};

} // namespace Stepwise::Ui
