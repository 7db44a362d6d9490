#include "ui/mainwindow/mainwindow.h"

#include "ui/connections/connectionsdock.h"
#include "ui/connections/driverinfo.h"
#include "ui/database/databaseconnection.h"
#include "ui/dialogs/compareschemasdialog.h"
#include "ui/dialogs/mergeheadsdialog.h"
#include "ui/dialogs/newrevisiondialog.h"
#include "ui/dialogs/projectsettingsdialog.h"
#include "ui/editor/editorsettingsdialog.h"
#include "ui/editor/editortabs.h"
#include "ui/graph/revisionactions.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/history/historydock.h"
#include "ui/mainwindow/centrewidget.h"
#include "ui/mainwindow/graphactions.h"
#include "ui/mainwindow/projectcontroller.h"
#include "ui/mainwindow/recentprojects.h"
#include "ui/mainwindow/studiopalette.h"
#include "ui/mainwindow/toolbarfit.h"
#include "ui/output/outputdock.h"
#include "ui/project/detailsdock.h"
#include "ui/project/projectsettings.h"
#include "ui/project/revisionmodel.h"
#include "ui/run/runcontroller.h"

#include "core/base/version.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"
#include "core/sql/sqlsyntax.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

MainWindow::MainWindow(QWidget *parent, PasswordStore *passwords)
    : QMainWindow(parent)
    , m_project(new ProjectController(this, passwords))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon(u":/icons/stepwise.svg"_s));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_centre = new CentreWidget(revisionModel(), selectionModel(), this);
    setCentralWidget(m_centre);
    runController()->setGraphView(graphView());
    createDocks();
    createActions();
    createStatusBar();
    connectProject();
    updateTitle();
    updateStatusBar();
    statusBar()->showMessage(tr("Ready"), 3000);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

RevisionModel *MainWindow::revisionModel() const
{
    return m_project->model();
}

QItemSelectionModel *MainWindow::selectionModel() const
{
    return m_project->selection();
}

DatabaseConnection *MainWindow::database() const
{
    return m_project->database();
}

ProfileStore *MainWindow::profiles() const
{
    return m_project->profiles();
}

RevisionGraphPanel *MainWindow::graphPanel() const
{
    return m_centre->graphPanel();
}

RevisionGraphView *MainWindow::graphView() const
{
    return m_centre->graphView();
}

RunController *MainWindow::runController() const
{
    return m_project->runController();
}

QSplitter *MainWindow::centreSplitter() const
{
    return m_centre;
}

EditorTabs *MainWindow::editorTabs() const
{
    return m_centre->editors();
}

bool MainWindow::isBusy() const
{
    return m_project->isBusy();
}

QString MainWindow::lastError() const
{
    return m_project->lastError();
}

void MainWindow::setAutoConnect(bool on)
{
    m_project->setAutoConnect(on);
}

// What the controller does shows here: messages, the title, the status bar, the history, the
// editor; a saved script reloads the project (the graph shows the new header at once).
void MainWindow::connectProject()
{
    EditorTabs *editors = editorTabs();
    m_project->setLeaveCheck([this] { return editorTabs()->maybeCloseAll(this); });
    m_project->setConnectionsDock(m_connectionsDock);
    connect(m_project, &ProjectController::message, this, &MainWindow::log);
    connect(m_project, &ProjectController::warning, this,
            [this](const QString &text) { m_outputDock->append(OutputDock::Level::Warning, text); });
    connect(m_project, &ProjectController::statusMessage, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_project, &ProjectController::projectLoading, this, &MainWindow::projectLoading);
    connect(m_project, &ProjectController::projectClosing, this, [this] { m_centre->showEditor(false); });
    connect(m_project, &ProjectController::projectOpened, this, [this] {
        m_recent->add(revisionModel()->project().config.projectDir);
        m_centre->projectOpened();
    });
    connect(m_project, &ProjectController::projectChanged, this, [this] {
        updateTitle();
        updateProjectActions();
        Q_EMIT projectChanged();
    });
    connect(m_project, &ProjectController::connectionChanged, this, [this] {
        if (database()->state() == DatabaseConnection::State::Disconnected)
            m_historyDock->setStatus(DatabaseStatus(), false);
        updateTitle();
        updateStatusBar();
    });
    connect(m_project, &ProjectController::statusUpdated, this, &MainWindow::showDatabaseStatus);
    connect(m_project, &ProjectController::busyChanged, this, &MainWindow::busyChanged);
    connect(m_project, &ProjectController::runningChanged, m_graphActions, &GraphActions::setRunning);
    m_centre->followRuns(runController());
    // An opened script needs room beside the graph: the details panel gives some up.
    connect(m_centre, &CentreWidget::widthWanted, this, [this](int pixels) {
        if (m_detailsDock->isVisible() && !m_detailsDock->isFloating())
            resizeDocks({m_detailsDock}, {qMax(180, m_detailsDock->width() - pixels)}, Qt::Horizontal);
    });
    connect(revisionModel(), &RevisionModel::statesChanged, this, &MainWindow::updateStatusBar);

    connect(editors, &EditorTabs::message, this, &MainWindow::log);
    connect(editors, &EditorTabs::fileSaved, this, [this](const QString &path) {
        log(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        reloadProject();
    });
    connect(database(), &DatabaseConnection::completionsLoaded, editors, &EditorTabs::setSchemaCompletions);
    connect(database(), &DatabaseConnection::stateChanged, editors, [editors](DatabaseConnection::State state) {
        if (state == DatabaseConnection::State::Disconnected)
            editors->setSchemaCompletions({});
    });
    connect(graphView(), &RevisionGraphView::actionRequested, this, &MainWindow::runGraphAction);
}

// The project that replaces the open one sets the editor's dialect and the folder the output
// panel's file links start in; an empty editor makes room for the graph.
void MainWindow::projectLoading(const ProjectSnapshot &snapshot)
{
    const QString open = revisionModel()->project().config.projectDir;
    m_centre->projectLoading(!open.isEmpty() && QDir(snapshot.config.projectDir) == QDir(open));
    if (editorTabs()->count() == 0)
        m_centre->showEditor(false);
    editorTabs()->setDialect(Core::sqlSyntaxFromName(snapshot.config.dialect));
    m_outputDock->setBaseDirectory(snapshot.config.projectDir);
}

void MainWindow::showDatabaseStatus(const DatabaseStatus &status)
{
    updateBadges();
    m_historyDock->setStatus(status, database()->isConnected());
    updateStatusBar();
    Q_EMIT statusUpdated();
}

// The connected database's name pinned at its heads.
void MainWindow::updateBadges()
{
    QList<DatabaseBadge> badges;
    const DatabaseStatus &status = revisionModel()->databaseStatus();
    if (database()->isConnected() && status.valid && !status.heads.isEmpty())
        badges << DatabaseBadge{ database()->profile().name, status.heads, QColor() };
    graphView()->setDatabaseBadges(badges);
}

void MainWindow::createDocks()
{
    m_connectionsDock = new ConnectionsDock(profiles(), m_project->passwords(), database(), this);
    m_detailsDock = new DetailsDock(revisionModel(), selectionModel(), this);
    m_historyDock = new HistoryDock(this);
    m_outputDock = new OutputDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_connectionsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_outputDock);
    tabifyDockWidget(m_historyDock, m_outputDock);
    m_historyDock->raise();
    resizeDocks({ m_connectionsDock, m_detailsDock }, { 290, 330 }, Qt::Horizontal);
    resizeDocks({ m_historyDock }, { 190 }, Qt::Vertical);

    connect(m_connectionsDock, &ConnectionsDock::message, this,
            [this](const QString &text, bool error) { log(text, error); });
    connect(m_outputDock, &OutputDock::openFileRequested, this, &MainWindow::openFile);
    connect(m_detailsDock, &DetailsDock::openFileRequested, this, &MainWindow::openFile);
    connect(m_detailsDock, &DetailsDock::revisionLinkActivated, this, &MainWindow::selectRevision);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newProject = fileMenu->addAction(QIcon(u":/icons/new-project.svg"_s), tr("&New Project…"),
                                              this, &MainWindow::newProjectDialog);
    newProject->setShortcut(QKeySequence::New);
    newProject->setObjectName(u"actionNewProject"_s);
    QAction *open = fileMenu->addAction(QIcon(u":/icons/open-project.svg"_s), tr("&Open Project…"),
                                        this, &MainWindow::openProjectDialog);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(u"actionOpenProject"_s);
    QMenu *recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recent = new RecentProjects(recentMenu, this);
    connect(m_recent, &RecentProjects::openRequested, this, &MainWindow::openProject);
    QAction *reload = fileMenu->addAction(QIcon(u":/icons/refresh.svg"_s), tr("Re&load Project"),
                                          this, &MainWindow::reloadProject);
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_projectSettings = fileMenu->addAction(tr("Project &Settings…"), this, &MainWindow::projectSettingsDialog);
    m_projectSettings->setObjectName(u"actionProjectSettings"_s);
    fileMenu->addSeparator();
    fileMenu->addAction(editorTabs()->saveAction());
    fileMenu->addAction(editorTabs()->closeAction());
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Close Project"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this,
                        &MainWindow::closeProject);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Edit, between File and Database as desktop users expect; on macOS the role moves
    // Preferences… into the application menu.
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *databaseMenu = menuBar()->addMenu(tr("&Database"));
    databaseMenu->addActions(m_connectionsDock->connectionActions());
    databaseMenu->addSeparator();
    QAction *status = databaseMenu->addAction(tr("Re&read Database State"), this,
                                              &MainWindow::refreshStatus);
    status->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    databaseMenu->addSeparator();
    QAction *compareSchemas = databaseMenu->addAction(tr("Com&pare Schemas…"), this,
                                                      &MainWindow::compareSchemasDialog);
    compareSchemas->setObjectName(u"actionCompareSchemas"_s);
    compareSchemas->setToolTip(tr("Compare two connections, or a connection and a .sql file, and "
                                  "show the SQL that turns one into the other."));

    m_graphActions = new GraphActions(graphView(), revisionModel(), selectionModel(), this);
    connect(m_graphActions, &GraphActions::triggered, this, &MainWindow::runGraphAction);
    connect(m_graphActions, &GraphActions::upgradeHeadsTriggered, this, &MainWindow::upgradeToHeads);
    connect(m_graphActions, &GraphActions::downgradeOneTriggered, this, &MainWindow::downgradeOneStep);
    connect(database(), &DatabaseConnection::stateChanged, m_graphActions, &GraphActions::update);
    QMenu *revisionMenu = menuBar()->addMenu(tr("&Revision"));
    revisionMenu->addAction(m_graphActions->upgradeHeads());
    revisionMenu->addAction(m_graphActions->downgradeOne());
    revisionMenu->addSeparator();
    const QList<QAction *> revisionActions = m_graphActions->revisionActions();
    for (int i = 0; i < revisionActions.size(); ++i) {
        if (i == 3 || i == 5)
            revisionMenu->addSeparator();
        revisionMenu->addAction(revisionActions.at(i));
    }
    m_fromModels = revisionMenu->addAction(tr("New Revision from &Models…"), this,
                                           [this] { newRevisionDialog({}, true); });
    m_fromModels->setObjectName(u"actionNewRevisionFromModels"_s);
    updateProjectActions();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : { static_cast<QDockWidget *>(m_connectionsDock),
                               static_cast<QDockWidget *>(m_detailsDock),
                               static_cast<QDockWidget *>(m_historyDock),
                               static_cast<QDockWidget *>(m_outputDock) })
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *fullScreen = m_viewMenu->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    m_viewMenu->addMenu(createPaletteMenu(this));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Stepwise Studio"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(open);
    toolbar->addAction(newProject);
    toolbar->addAction(reload);
    toolbar->addSeparator();
    const QList<QAction *> connectionActions = m_connectionsDock->connectionActions();
    toolbar->addAction(connectionActions.at(0)); // connect
    toolbar->addAction(connectionActions.at(1)); // disconnect
    toolbar->addAction(connectionActions.at(2)); // refresh schema
    toolbar->addSeparator();
    toolbar->addAction(m_graphActions->upgradeHeads());
    toolbar->addAction(m_graphActions->downgradeOne());
    // Narrow windows keep the run actions' text; the others fold to icons first.
    ToolBarFit::install(toolbar, QList<QAction *>{open, newProject, reload} + connectionActions.mid(0, 3));
}

void MainWindow::createStatusBar()
{
    m_connectionIcon = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"statusSummary"_s);
    statusBar()->addPermanentWidget(runController()->statusWidget());
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(new QLabel(u"   "_s, this));
    statusBar()->addPermanentWidget(m_connectionIcon);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::log(const QString &message, bool error)
{
    m_outputDock->append(error ? OutputDock::Level::Error : OutputDock::Level::Info, message);
    if (error)
        statusBar()->showMessage(message, 8000);
}

bool MainWindow::openProject(const QString &dir)
{
    return m_project->openProject(dir);
}

bool MainWindow::createProject(const QString &dir, const QString &dialect)
{
    return m_project->createProject(dir, dialect);
}

void MainWindow::closeProject()
{
    m_project->closeProject();
}

void MainWindow::reloadProject()
{
    m_project->reloadProject();
}

bool MainWindow::connectToUrl(const QString &url)
{
    return m_project->connectToUrl(url);
}

bool MainWindow::connectToProfile(const QString &name)
{
    return m_project->connectToProfile(name);
}

bool MainWindow::selectRevision(const QString &idOrPrefix)
{
    return m_project->selectRevision(idOrPrefix);
}

void MainWindow::refreshStatus()
{
    m_project->refreshStatus();
}

bool MainWindow::upgradeToHeads()
{
    return m_project->upgradeToHeads();
}

bool MainWindow::downgradeOneStep()
{
    return m_project->downgradeOneStep();
}

void MainWindow::openFile(const QString &path, int line)
{
    m_centre->openFile(path, line);
}

void MainWindow::runGraphAction(RevisionGraphView::Action action, const QString &revision)
{
    using Command = Core::Planner::Command;
    switch (action) {
    case RevisionGraphView::Action::Upgrade:
        m_project->run(Command::Upgrade, { revision });
        break;
    case RevisionGraphView::Action::Downgrade:
        m_project->run(Command::Downgrade, { revision });
        break;
    case RevisionGraphView::Action::Stamp:
        m_project->run(Command::Stamp, { revision });
        break;
    case RevisionGraphView::Action::PreviewSql: {
        const int index = graphView()->graphScene()->indexOf(revision);
        const RevisionActions actions(*graphView()->graphScene(), index);
        runController()->showPreview(actions.upgrade().enabled ? Command::Upgrade : Command::Downgrade,
                                     { revision });
        break;
    }
    case RevisionGraphView::Action::OpenScript:
        m_centre->openRevision(revision);
        break;
    case RevisionGraphView::Action::NewRevision:
        newRevisionDialog(revision);
        break;
    case RevisionGraphView::Action::MergeHeads:
        mergeHeadsDialog();
        break;
    }
}

namespace {

// What the authoring dialogs check candidates against: the settings and every revision.
Core::Project authoringProject(const ProjectSnapshot &snapshot)
{
    Core::Project project;
    project.config = snapshot.config;
    for (int i = 0; snapshot.graph && i < snapshot.graph->size(); ++i)
        project.revisions << snapshot.graph->revision(i);
    return project;
}

} // namespace

// An Alembic project's revisions are written by its own Alembic; autogenerate compares the
// models with the connected database (none: the project's own).
void MainWindow::prepareAuthoring(RevisionAuthoringDialog &dialog, const ProjectSnapshot &snapshot)
{
    if (snapshot.config.kind != Core::ProjectConfig::Kind::Alembic)
        return;
    RevisionAuthoring::Alembic alembic;
    alembic.python = studioPythonSetup(snapshot.config);
    if (database()->state() == DatabaseConnection::State::Connected)
        alembic.url = database()->url();
    dialog.setAlembic(alembic);
}

void MainWindow::newRevisionDialog(const QString &parent, bool fromModels)
{
    const ProjectSnapshot snapshot = revisionModel()->project();
    if (!snapshot.graph)
        return;
    const Core::Project project = authoringProject(snapshot);
    NewRevisionDialog dialog(project, *snapshot.graph, parent, this);
    prepareAuthoring(dialog, snapshot);
    dialog.setAutogenerate(fromModels);
    if (dialog.exec() != QDialog::Accepted)
        return;
    log(tr("Wrote %1.").arg(QDir::toNativeSeparators(dialog.writtenPath())));
    reloadProject();
    openFile(dialog.writtenPath(), 1);
}

void MainWindow::mergeHeadsDialog()
{
    const ProjectSnapshot snapshot = revisionModel()->project();
    if (!snapshot.graph)
        return;
    const Core::Project project = authoringProject(snapshot);
    MergeHeadsDialog dialog(project, *snapshot.graph, this);
    prepareAuthoring(dialog, snapshot);
    if (dialog.exec() != QDialog::Accepted)
        return;
    log(tr("Wrote %1.").arg(QDir::toNativeSeparators(dialog.writtenPath())));
    reloadProject();
    openFile(dialog.writtenPath(), 1);
}

void MainWindow::compareSchemasDialog()
{
    CompareSchemasDialog dialog(profiles(), m_project->passwords(), this);
    const Core::ProjectConfig &config = revisionModel()->project().config;
    dialog.setBaseDirectory(config.projectDir);
    if (!config.dialect.isEmpty())
        dialog.setSqlDialect(config.dialect);
    dialog.setShadowUrl(config.shadowUrl);
    if (database()->isConnected())
        dialog.setCurrentConnection(database()->profile().name, database()->url());
    dialog.exec();
}

void MainWindow::projectSettingsDialog()
{
    const ProjectSnapshot &snapshot = revisionModel()->project();
    if (snapshot.config.kind != Core::ProjectConfig::Kind::Alembic)
        return;
    ProjectSettingsDialog dialog(snapshot.config, this);
    dialog.exec();
}

void MainWindow::openProjectDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open a Stepwise, Alembic or Flask-Migrate Project"), revisionModel()->project().config.projectDir);
    if (!dir.isEmpty() && !openProject(dir))
        QMessageBox::warning(this, tr("Open Project"), lastError());
}

void MainWindow::newProjectDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("New Project: Choose an Empty Folder"));
    if (dir.isEmpty())
        return;
    const QStringList dialects { u"sqlite"_s, u"postgresql"_s, u"mysql"_s };
    bool ok = false;
    const QString dialect = QInputDialog::getItem(this, tr("New Project"),
                                                  tr("SQL dialect of the revision files:"),
                                                  dialects, 0, false, &ok);
    if (!ok)
        return;
    if (!createProject(dir, dialect))
        QMessageBox::warning(this, tr("New Project"), lastError());
}

// What only an Alembic or Flask-Migrate project offers.
void MainWindow::updateProjectActions()
{
    const ProjectSnapshot &project = revisionModel()->project();
    const bool alembic = project.graph && project.config.kind == Core::ProjectConfig::Kind::Alembic;
    m_projectSettings->setEnabled(alembic);
    m_projectSettings->setToolTip(alembic ? tr("The Python that runs this project's revisions.")
                                          : tr("Alembic and Flask-Migrate projects only."));
    m_fromModels->setEnabled(alembic);
    m_fromModels->setToolTip(alembic ? tr("Autogenerate a revision: Alembic compares the app's "
                                          "models with the connected database.")
                                     : tr("Alembic and Flask-Migrate projects only."));
}

void MainWindow::updateTitle()
{
    QStringList parts;
    const ProjectSnapshot &project = revisionModel()->project();
    if (!project.name.isEmpty())
        parts << project.name;
    if (database()->state() != DatabaseConnection::State::Disconnected)
        parts << database()->profile().name;
    parts << QApplication::applicationDisplayName();
    setWindowTitle(parts.join(u" — "_s));
}

void MainWindow::updateStatusBar()
{
    const ProjectSnapshot &project = revisionModel()->project();
    m_summaryLabel->setText(project.loaded ? revisionModel()->statusSummary() : QString());
    QString connection;
    switch (database()->state()) {
    case DatabaseConnection::State::Disconnected:
        connection = tr("Not connected");
        break;
    case DatabaseConnection::State::Connecting:
        connection = tr("Connecting to %1…").arg(database()->profile().name);
        break;
    case DatabaseConnection::State::Connected:
        connection = tr("Connected to %1").arg(database()->profile().name);
        break;
    }
    const QString icon = database()->isConnected() ? driverInfo(database()->profile().driver).iconName
                                                  : u":/icons/disconnect.svg"_s;
    m_connectionIcon->setPixmap(QIcon(icon).pixmap(QSize(16, 16), devicePixelRatio()));
    m_connectionLabel->setText(connection);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A run stops between steps, never in the middle of one: the window closes once it has.
    if (runController()->isRunning()) {
        event->ignore();
        if (QMessageBox::question(this, tr("Quit"),
                                  tr("A run is going on. Stop it after the current step and quit?"))
            == QMessageBox::Yes) {
            connect(runController(), &RunController::finished, this, &QWidget::close, Qt::SingleShotConnection);
            runController()->cancel();
        }
        return;
    }
    if (!editorTabs()->maybeCloseAll(this)) { // unsaved scripts: the user cancelled
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

QString availableDriversText()
{
    QStringList names;
    const QStringList drivers = QSqlDatabase::drivers();
    for (const QString &d : drivers) {
        const DriverInfo info = driverInfo(d);
        names << (info.displayName == d ? d : u"%1 (%2)"_s.arg(info.displayName, d));
    }
    return names.join(u", "_s);
}

void MainWindow::editPreferences()
{
    if (const std::optional<EditorSettings> chosen = EditorSettingsDialog::edit(this))
        editorTabs()->applySettings(*chosen);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About Stepwise Studio"));
    box.setIconPixmap(QIcon(u":/icons/stepwise.svg"_s).pixmap(64, 64));
    box.setText(tr("<h3>Stepwise Studio %1</h3><p>A visual database migration manager with "
                   "Alembic's semantics.</p>")
                    .arg(Core::toolVersion()));
    box.setInformativeText(tr("Qt %1 (runtime %2)<br>SQL drivers: %3")
                               .arg(QString::fromLatin1(QT_VERSION_STR),
                                    QString::fromLatin1(qVersion()), availableDriversText()));
    box.exec();
}

} // namespace Stepwise::Ui
