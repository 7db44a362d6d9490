#pragma once

#include "ui/connections/connectionprofile.h"
#include "ui/database/databasestatus.h"
#include "ui/database/schemanode.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace Stepwise::Ui {

class DatabaseWorker;
struct StatusRequest;

// The GUI side of one connection: starts the worker thread, forwards requests to the
// DatabaseWorker living there and re-emits its answers on the GUI thread.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected };

    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const ConnectionProfile &profile() const { return m_profile; }
    const QString &serverVersion() const { return m_serverVersion; }
    const DatabaseStatus &status() const { return m_status; }
    // The password this connection was opened with (never stored): a run opens its own
    // connection to the same database with it.
    const QString &password() const { return m_password; }

    void connectTo(const ConnectionProfile &profile, const QString &password);
    void disconnectFromDatabase();
    void refreshStatus(const StatusRequest &request);
    void loadSchema(const QStringList &path);
    // Table → column names of the default schema, answered by completionsLoaded().
    void loadCompletions();

Q_SIGNALS:
    void stateChanged(Stepwise::Ui::DatabaseSession::State state);
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
    ConnectionProfile m_profile;
    QString m_serverVersion;
    QString m_password;
    DatabaseStatus m_status;
    State m_state = State::Disconnected;
};

} // namespace Stepwise::Ui
