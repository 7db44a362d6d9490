#pragma once

#include <QMainWindow>

#include "ui/graph/revisiongraphview.h"

class QAction;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;

namespace Stepwise::Ui {

class CentreWidget;
class ConnectionsDock;
class DatabaseConnection;
class DetailsDock;
class EditorTabs;
class GraphActions;
class HistoryDock;
class OutputDock;
class PasswordStore;
class ProfileStore;
class ProjectController;
class RecentProjects;
class RevisionAuthoringDialog;
class RevisionGraphPanel;
class RevisionModel;
class RunController;
struct DatabaseStatus;
struct ProjectSnapshot;

// The Stepwise Studio main window: menus, toolbar, docks (each owns its own widgets and
// actions), the centre (CentreWidget) and the status bar. What happens to the project and its
// database is the ProjectController's; the slots below forward to it. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // passwords: where saved passwords live; null means the OS keychain.
    explicit MainWindow(QWidget *parent = nullptr, PasswordStore *passwords = nullptr);
    ~MainWindow() override;

    ProjectController *projectController() const { return m_project; }
    RevisionModel *revisionModel() const;
    QItemSelectionModel *selectionModel() const;
    DatabaseConnection *database() const;
    ProfileStore *profiles() const;
    ConnectionsDock *connectionsDock() const { return m_connectionsDock; }
    OutputDock *outputDock() const { return m_outputDock; }
    RevisionGraphPanel *graphPanel() const;
    RevisionGraphView *graphView() const;
    RunController *runController() const;
    GraphActions *graphActions() const { return m_graphActions; }
    // The centre: the graph, and beside it the script editor once a file is open.
    QSplitter *centreSplitter() const;
    EditorTabs *editorTabs() const;

    // Waiting for the database (connecting, reading the status) or running?
    bool isBusy() const;
    QString lastError() const;

    // Whether opening a project with an SQLite default URL connects to it (on by default).
    void setAutoConnect(bool on);

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
    void newRevisionDialog(const QString &parent, bool fromModels = false);
    void prepareAuthoring(RevisionAuthoringDialog &dialog, const ProjectSnapshot &snapshot);
    void projectSettingsDialog();
    void updateProjectActions();
    void mergeHeadsDialog();
    // Database → Compare Schemas…: two connections, or a connection and a .sql file.
    void compareSchemasDialog();
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
    void connectProject();
    void createDocks();
    void createActions();
    void createStatusBar();
    void updateTitle();
    void updateStatusBar();
    void log(const QString &message, bool error = false);
    void projectLoading(const ProjectSnapshot &snapshot);
    void showDatabaseStatus(const DatabaseStatus &status);
    void updateBadges();

    ProjectController *m_project;
    CentreWidget *m_centre = nullptr;
    GraphActions *m_graphActions = nullptr;
    ConnectionsDock *m_connectionsDock = nullptr;
    DetailsDock *m_detailsDock = nullptr;
    HistoryDock *m_historyDock = nullptr;
    OutputDock *m_outputDock = nullptr;
    RecentProjects *m_recent = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_projectSettings = nullptr;
    QAction *m_fromModels = nullptr;
    QLabel *m_connectionIcon = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

// "QSQLITE, QPSQL, …" with friendly names, for the About dialog.
QString availableDriversText();

} // namespace Stepwise::Ui
