#pragma once

#include <QMainWindow>

#include "ui/graph/revisiongraphview.h"

class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;

namespace Stepwise::Ui {

class ConnectionsDock;
class DatabaseSession;
class DetailsDock;
class EditorTabs;
class GraphActions;
class HistoryDock;
class OutputDock;
class PasswordStore;
class ProfileStore;
class RecentProjects;
class RevisionGraphPanel;
class RevisionModel;
class RunController;
struct RunFailure;
struct ConnectionProfile;
struct ProjectSnapshot;

// The Stepwise Studio main window. Owns the project model, the active database session and
// the docks (each dock owns its own widgets and actions); lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // passwords: where saved passwords live; null means the OS keychain.
    explicit MainWindow(QWidget *parent = nullptr, PasswordStore *passwords = nullptr);
    ~MainWindow() override;

    RevisionModel *revisionModel() const { return m_model; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    DatabaseSession *session() const { return m_session; }
    ProfileStore *profiles() const { return m_profiles; }
    ConnectionsDock *connectionsDock() const { return m_connectionsDock; }
    OutputDock *outputDock() const { return m_outputDock; }
    RevisionGraphPanel *graphPanel() const { return m_graphPanel; }
    RevisionGraphView *graphView() const;
    RunController *runController() const { return m_run; }
    GraphActions *graphActions() const { return m_graphActions; }
    // The centre: the graph, and beside it the script editor once a file is open.
    QSplitter *centreSplitter() const { return m_centre; }
    EditorTabs *editorTabs() const { return m_editors; }

    // Waiting for the database (connecting, reading the status) or running?
    bool isBusy() const;
    QString lastError() const { return m_lastError; }

    // Whether opening a project with an SQLite default URL connects to it (on by default).
    void setAutoConnect(bool on) { m_autoConnect = on; }

    // Reads the window geometry and dock layout of the last run.
    void restoreWindowState();

public Q_SLOTS:
    bool openProject(const QString &dir);
    // "New Project…" without the dialogs: `stepwise init DIR`, then open it.
    bool createProject(const QString &dir, const QString &dialect);
    void closeProject();
    void reloadProject();
    // Connects to a URL given on the command line (a profile for this run only).
    bool connectToUrl(const QString &url);
    bool connectToProfile(const QString &name);
    bool selectRevision(const QString &idOrPrefix);
    void refreshStatus();
    // The graph's actions on one revision (context menu, menu bar).
    void runGraphAction(Stepwise::Ui::RevisionGraphView::Action action, const QString &revision);
    bool upgradeToHeads();
    bool downgradeOneStep();
    void openFile(const QString &path, int line = 0);
    void newRevisionDialog(const QString &parent);
    void mergeHeadsDialog();
    // Edit → Preferences…: the editor settings dialog; what OK changed reaches every open tab.
    void editPreferences();
    void showAbout();
    void openProjectDialog();
    void newProjectDialog();

Q_SIGNALS:
    void projectChanged();
    void busyChanged(bool busy);
    void statusUpdated();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void updateTitle();
    void updateStatusBar();
    void sessionStateChanged();
    void log(const QString &message, bool error = false);
    void createCentre();
    void connectSelection();
    void updateBadges();
    void runFinished(bool ok, bool cancelled);
    void connectEditor();
    void showEditor(bool show);
    void editorFileChanged(const QString &path);
    void showRunFailure(const RunFailure &failure);
    void showProjectProblems(const ProjectSnapshot &snapshot);
    void autoConnect();

    RevisionModel *m_model;
    QItemSelectionModel *m_selection;
    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    DatabaseSession *m_session;
    QSplitter *m_centre = nullptr;
    RevisionGraphPanel *m_graphPanel = nullptr;
    EditorTabs *m_editors = nullptr;
    RunController *m_run = nullptr;
    GraphActions *m_graphActions = nullptr;
    ConnectionsDock *m_connectionsDock = nullptr;
    DetailsDock *m_detailsDock = nullptr;
    HistoryDock *m_historyDock = nullptr;
    OutputDock *m_outputDock = nullptr;
    RecentProjects *m_recent = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_connectionIcon = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QString m_lastError;
    bool m_statusPending = false;
    bool m_autoConnect = true;
};

// "QSQLITE, QPSQL, …" with friendly names, for the About dialog.
QString availableDriversText();

} // namespace Stepwise::Ui
