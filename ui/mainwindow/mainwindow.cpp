#include "ui/mainwindow/mainwindow.h"

#include "ui/connections/connectionsdock.h"
#include "ui/connections/driverinfo.h"
#include "ui/connections/passwordstore.h"
#include "ui/connections/profilestore.h"
#include "ui/database/databasesession.h"
#include "ui/database/databaseworker.h"
#include "ui/editor/editorsettingsdialog.h"
#include "ui/editor/editortabs.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/mainwindow/graphactions.h"
#include "ui/history/historydock.h"
#include "ui/output/outputdock.h"
#include "ui/project/detailsdock.h"
#include "ui/project/revisionmodel.h"
#include "ui/mainwindow/recentprojects.h"
#include "ui/run/runcontroller.h"

#include "core/base/version.h"
#include "core/repository/projectconfig.h"
#include "core/repository/revisionwriter.h"
#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"
#include "core/engine/migrationsession.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"
#include "core/sql/sqldialect.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

MainWindow::MainWindow(QWidget *parent, PasswordStore *passwords)
    : QMainWindow(parent)
    , m_model(new RevisionModel(this))
    , m_selection(new QItemSelectionModel(m_model, this))
    , m_profiles(new ProfileStore(this))
    , m_passwords(passwords ? passwords : new KeychainPasswordStore(this))
    , m_session(new DatabaseSession(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon(u":/icons/stepwise.svg"_s));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    createCentre();
    createDocks();
    createActions();
    connectSelection();

    m_connectionIcon = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"statusSummary"_s);
    statusBar()->addPermanentWidget(m_run->statusWidget());
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(new QLabel(u"   "_s, this));
    statusBar()->addPermanentWidget(m_connectionIcon);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_session, &DatabaseSession::stateChanged, this, &MainWindow::sessionStateChanged);
    connect(m_session, &DatabaseSession::statusChanged, this, [this](const DatabaseStatus &status) {
        m_statusPending = false;
        if (m_session->isConnected() && !status.valid && !status.error.isEmpty())
            log(tr("Reading the database state failed: %1").arg(status.error), true);
        m_model->setDatabaseStatus(status);
        updateBadges();
        m_historyDock->setStatus(status, m_session->isConnected());
        updateStatusBar();
        Q_EMIT statusUpdated();
        Q_EMIT busyChanged(isBusy());
    });
    connect(m_session, &DatabaseSession::connectFailed, this, [this](const QString &error) {
        m_lastError = error;
        Q_EMIT busyChanged(isBusy());
    });
    connect(m_session, &DatabaseSession::log, this, [this](const QString &text) { log(text); });
    connect(m_model, &RevisionModel::statesChanged, this, &MainWindow::updateStatusBar);
    updateTitle();
    updateStatusBar();
    statusBar()->showMessage(tr("Ready"), 3000);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_connectionsDock = new ConnectionsDock(m_profiles, m_passwords, m_session, this);
    m_detailsDock = new DetailsDock(m_model, m_selection, this);
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

    connect(m_connectionsDock, &ConnectionsDock::schemaLoadingChanged, this,
            [this] { Q_EMIT busyChanged(isBusy()); });
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
    fileMenu->addSeparator();
    fileMenu->addAction(m_editors->saveAction());
    fileMenu->addAction(m_editors->closeAction());
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

    m_graphActions = new GraphActions(m_graphPanel->view(), m_model, this);
    connect(m_graphActions, &GraphActions::triggered, this, &MainWindow::runGraphAction);
    connect(m_graphActions, &GraphActions::upgradeHeadsTriggered, this, &MainWindow::upgradeToHeads);
    connect(m_graphActions, &GraphActions::downgradeOneTriggered, this, &MainWindow::downgradeOneStep);
    connect(m_session, &DatabaseSession::stateChanged, m_graphActions, &GraphActions::update);
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
}

bool MainWindow::isBusy() const
{
    return m_session->state() == DatabaseSession::State::Connecting || m_statusPending
        || m_connectionsDock->isLoadingSchema() || m_run->isRunning();
}

void MainWindow::log(const QString &message, bool error)
{
    m_outputDock->append(error ? OutputDock::Level::Error : OutputDock::Level::Info, message);
    if (error)
        statusBar()->showMessage(message, 8000);
}

bool MainWindow::openProject(const QString &dir)
{
    auto found = Core::findProjectDir(dir);
    if (!found) {
        m_lastError = found.error().toString();
        log(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(dir), m_lastError), true);
        return false;
    }
    const ProjectSnapshot snapshot = loadProjectSnapshot(found.value());
    if (!snapshot.loaded) {
        m_lastError = snapshot.errors.join(u'\n');
        log(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(dir), m_lastError), true);
        return false;
    }
    if (QDir(snapshot.dir) != QDir(m_model->project().dir) && !m_editors->maybeCloseAll(this)) {
        m_lastError = tr("Opening %1 was cancelled.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    if (m_editors->count() == 0)
        showEditor(false);
    m_editors->setDialect(Core::sqlDialectFromName(snapshot.dialect));
    m_outputDock->setBaseDirectory(snapshot.dir);
    m_model->setProject(snapshot);
    m_recent->add(snapshot.dir);
    const int n = int(snapshot.rows.size());
    log(tr("Opened %1 project %2: %3.")
            .arg(snapshot.kind == ProjectSnapshot::Kind::Alembic ? tr("Alembic") : tr("Stepwise"),
                 QDir::toNativeSeparators(snapshot.dir),
                 n == 1 ? tr("1 revision") : tr("%1 revisions").arg(n)));
    showProjectProblems(snapshot);
    if (!m_model->rowCount())
        statusBar()->showMessage(tr("This project has no revisions yet."), 8000);
    m_graphPanel->view()->fitToView();
    updateTitle();
    Q_EMIT projectChanged();
    if (m_session->isConnected())
        refreshStatus();
    else
        autoConnect();
    return true;
}

void MainWindow::showProjectProblems(const ProjectSnapshot &snapshot)
{
    for (const QString &error : snapshot.errors)
        log(error, true);
    for (const QString &warning : snapshot.warnings)
        m_outputDock->append(OutputDock::Level::Warning, warning);
    for (const QString &note : snapshot.notes)
        log(note);
}

// A project whose default URL is an SQLite file connects at once (nothing to ask); server URLs
// wait for the user, who may need a password or a VPN first.
void MainWindow::autoConnect()
{
    const ProjectSnapshot &project = m_model->project();
    if (!m_autoConnect || project.defaultUrl.isEmpty() || m_session->state() != DatabaseSession::State::Disconnected)
        return;
    const auto url = Core::ConnectionUrl::parse(project.defaultUrl, project.dir);
    if (url && driverInfo(url->dialect().qtDriver()).fileBased)
        connectToUrl(project.defaultUrl);
}

void MainWindow::closeProject()
{
    if (!m_editors->maybeCloseAll(this))
        return;
    showEditor(false);
    m_model->setProject(ProjectSnapshot());
    updateTitle();
    Q_EMIT projectChanged();
}

void MainWindow::reloadProject()
{
    const QString dir = m_model->project().dir;
    const QString current = m_selection->currentIndex().data(RevisionModel::IdRole).toString();
    if (!dir.isEmpty() && openProject(dir) && !current.isEmpty())
        selectRevision(current);
}

void MainWindow::openProjectDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open a Stepwise, Alembic or Flask-Migrate Project"), m_model->project().dir);
    if (!dir.isEmpty() && !openProject(dir))
        QMessageBox::warning(this, tr("Open Project"), m_lastError);
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
        QMessageBox::warning(this, tr("New Project"), m_lastError);
}

bool MainWindow::createProject(const QString &dir, const QString &dialect)
{
    const auto created = Core::initProject(dir, dialect);
    if (!created) {
        m_lastError = created.error().toString();
        log(m_lastError, true);
        return false;
    }
    log(tr("Created a Stepwise project in %1.").arg(QDir::toNativeSeparators(dir)));
    return openProject(dir);
}

bool MainWindow::connectToUrl(const QString &text)
{
    m_lastError.clear();
    // Parsed once; the URL's password is used for this connection only and never stored.
    const Core::Result<Core::ConnectionUrl> url = Core::ConnectionUrl::parse(text.trimmed(), m_model->project().dir);
    if (!url) {
        m_lastError = url.error().message();
        log(tr("Cannot connect to %1: %2").arg(text, m_lastError), true);
        return false;
    }
    Core::ConnectionProfile profile = Core::ConnectionProfiles::fromUrl(*url);
    profile.name = profile.name.isEmpty() ? text : profile.name;
    m_profiles->addTransient(profile);
    m_connectionsDock->selectProfile(profile.name);
    log(tr("Connecting to %1…").arg(Core::ConnectionProfiles::toUrl(profile)));
    m_session->connectTo(profile, *url);
    Q_EMIT busyChanged(true);
    return true;
}

bool MainWindow::connectToProfile(const QString &name)
{
    m_lastError.clear();
    if (m_profiles->indexOf(name) < 0) {
        m_lastError = tr("There is no connection named “%1”.").arg(name);
        log(m_lastError, true);
        return false;
    }
    m_connectionsDock->connectProfile(name);
    Q_EMIT busyChanged(isBusy());
    return true;
}

bool MainWindow::selectRevision(const QString &idOrPrefix)
{
    QModelIndex index = m_model->indexOf(idOrPrefix);
    for (int row = 0; !index.isValid() && row < m_model->rowCount(); ++row) {
        if (m_model->index(row).data(RevisionModel::IdRole).toString().startsWith(idOrPrefix))
            index = m_model->index(row);
    }
    if (!index.isValid())
        return false;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_graphPanel->view()->setSelectedRevision(index.data(RevisionModel::IdRole).toString());
    return true;
}

void MainWindow::refreshStatus()
{
    if (!m_session->isConnected())
        return;
    m_statusPending = true;
    m_session->refreshStatus(Core::versionTablesFor(m_model->project().config));
    Q_EMIT busyChanged(true);
}

void MainWindow::sessionStateChanged()
{
    const ConnectionProfile &profile = m_session->profile();
    switch (m_session->state()) {
    case DatabaseSession::State::Connected:
        log(m_session->serverVersion().isEmpty()
                ? tr("Connected to %1.").arg(profile.name)
                : tr("Connected to %1: %2.").arg(profile.name, m_session->serverVersion()));
        refreshStatus();
        break;
    case DatabaseSession::State::Disconnected:
        m_statusPending = false;
        m_model->clearDatabaseStatus();
        m_historyDock->setStatus(DatabaseStatus(), false);
        break;
    case DatabaseSession::State::Connecting:
        break;
    }
    updateTitle();
    updateStatusBar();
    Q_EMIT busyChanged(isBusy());
}

void MainWindow::updateTitle()
{
    QStringList parts;
    const ProjectSnapshot &project = m_model->project();
    if (!project.name.isEmpty())
        parts << project.name;
    if (m_session->state() != DatabaseSession::State::Disconnected)
        parts << m_session->profile().name;
    parts << QApplication::applicationDisplayName();
    setWindowTitle(parts.join(u" — "_s));
}

void MainWindow::updateStatusBar()
{
    const ProjectSnapshot &project = m_model->project();
    m_summaryLabel->setText(project.loaded ? m_model->statusSummary() : QString());
    QString connection;
    switch (m_session->state()) {
    case DatabaseSession::State::Disconnected:
        connection = tr("Not connected");
        break;
    case DatabaseSession::State::Connecting:
        connection = tr("Connecting to %1…").arg(m_session->profile().name);
        break;
    case DatabaseSession::State::Connected:
        connection = tr("Connected to %1").arg(m_session->profile().name);
        break;
    }
    const QString icon = m_session->isConnected() ? driverInfo(m_session->profile().driver).iconName
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
    if (m_run->isRunning()) {
        event->ignore();
        if (QMessageBox::question(this, tr("Quit"),
                                  tr("A run is going on. Stop it after the current step and quit?"))
            == QMessageBox::Yes) {
            connect(m_run, &RunController::finished, this, &QWidget::close, Qt::SingleShotConnection);
            m_run->cancel();
        }
        return;
    }
    if (!m_editors->maybeCloseAll(this)) { // unsaved scripts: the user cancelled
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
        m_editors->applySettings(*chosen);
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
