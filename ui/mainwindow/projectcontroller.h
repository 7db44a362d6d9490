#pragma once

#include "core/graph/planner.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QItemSelectionModel;
class QWidget;

namespace Stepwise::Ui {

class ConnectionsDock;
class DatabaseConnection;
class PasswordStore;
class ProfileStore;
class RevisionModel;
class RunController;
struct DatabaseStatus;
struct ProjectSnapshot;

// What Studio does with a project, apart from showing it: opens, reloads and closes it,
// connects to its database (at once when the default URL is an SQLite file), reads the
// database state and starts runs. Owns the project's model with its one selection, the
// connection profiles, the database session and the RunController; the window learns what to
// show from the signals. GUI thread.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the run's dialogs and status widget. passwords: where saved
    // passwords live; null means the OS keychain.
    explicit ProjectController(QWidget *window, PasswordStore *passwords = nullptr);
    ~ProjectController() override;

    RevisionModel *model() const { return m_model; }
    QItemSelectionModel *selection() const { return m_selection; }
    ProfileStore *profiles() const { return m_profiles; }
    PasswordStore *passwords() const { return m_passwords; }
    DatabaseConnection *database() const { return m_database; }
    RunController *runController() const { return m_run; }

    // Needed before the first project or connection: the dock connects profiles (asking for
    // passwords) and loads the schema. The controller follows the session from here on, after
    // the dock, which so asks for the schema before the controller asks for the status.
    void setConnectionsDock(ConnectionsDock *dock);
    // Asked before the open project may go while scripts are open (unsaved edits); true: go.
    void setLeaveCheck(std::function<bool()> check) { m_mayLeave = std::move(check); }

    // Waiting for the database (connecting, reading the status, the schema) or running?
    bool isBusy() const;
    QString lastError() const { return m_lastError; }
    // Whether opening a project with an SQLite default URL connects to it (on by default).
    void setAutoConnect(bool on) { m_autoConnect = on; }

public Q_SLOTS:
    bool openProject(const QString &dir);
    // `stepwise init DIR`, then open it.
    bool createProject(const QString &dir, const QString &dialect);
    void closeProject();
    void reloadProject();
    // Connects to a URL given on the command line (a profile for this run only).
    bool connectToUrl(const QString &url);
    bool connectToProfile(const QString &name);
    // A full id or a unique prefix; false when no revision has it.
    bool selectRevision(const QString &idOrPrefix);
    void refreshStatus();
    bool run(Stepwise::Core::Planner::Command command, const QStringList &targets);
    bool upgradeToHeads();
    bool downgradeOneStep();

Q_SIGNALS:
    // A project was read and replaces the open one: for what depends on its settings, before
    // the model takes it.
    void projectLoading(const Stepwise::Ui::ProjectSnapshot &snapshot);
    // The project closes (its scripts are closed already), before the model empties.
    void projectClosing();
    // The model holds the new project and its problems have been reported.
    void projectOpened();
    // Opened or closed.
    void projectChanged();
    // The session connected, disconnected or started connecting.
    void connectionChanged();
    // The database state was read and the model has it.
    void statusUpdated(const Stepwise::Ui::DatabaseStatus &status);
    void busyChanged(bool busy);
    void runningChanged(bool running);
    // For the output panel (errors also in the status bar).
    void message(const QString &text, bool error);
    void warning(const QString &text);
    // For the status bar only.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void sessionStateChanged();
    void databaseStatusRead(const DatabaseStatus &status);
    void reportProblems(const ProjectSnapshot &snapshot);
    void autoConnect();
    void runFinished(bool ok, bool cancelled);

    RevisionModel *m_model;
    QItemSelectionModel *m_selection;
    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    DatabaseConnection *m_database;
    RunController *m_run;
    ConnectionsDock *m_connectionsDock = nullptr;
    std::function<bool()> m_mayLeave;
    QString m_lastError;
    bool m_statusPending = false;
    bool m_autoConnect = true;
};

} // namespace Stepwise::Ui
