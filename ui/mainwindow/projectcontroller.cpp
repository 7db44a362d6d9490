#include "ui/mainwindow/projectcontroller.h"

#include "ui/connections/connectionsdock.h"
#include "ui/connections/driverinfo.h"
#include "ui/connections/keychainpasswordstore.h"
#include "ui/connections/profilestore.h"
#include "ui/database/databaseconnection.h"
#include "ui/database/databaseworker.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/project/revisionmodel.h"
#include "ui/run/runcontroller.h"

#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"
#include "core/engine/migrationsession.h"
#include "core/repository/projectconfig.h"
#include "core/repository/projectconfigreader.h"
#include "core/repository/revisionwriter.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

ProjectController::ProjectController(QWidget *window, PasswordStore *passwords)
    : QObject(window)
    , m_model(new RevisionModel(this))
    , m_selection(new QItemSelectionModel(m_model, this))
    , m_profiles(new ProfileStore(this))
    , m_passwords(passwords ? passwords : new KeychainPasswordStore(this))
    , m_database(new DatabaseConnection(this))
{
    // The live schema completes names in the scripts: asked for first once connected.
    connect(m_database, &DatabaseConnection::stateChanged, this, [this](DatabaseConnection::State state) {
        if (state == DatabaseConnection::State::Connected)
            m_database->loadCompletions();
    });
    m_run = new RunController(m_model, m_database, window);
    connect(m_run, &RunController::message, this, &ProjectController::message);
    connect(m_run, &RunController::started, this, [this] {
        Q_EMIT runningChanged(true);
        Q_EMIT busyChanged(true);
    });
    connect(m_run, &RunController::finished, this, &ProjectController::runFinished);
}

ProjectController::~ProjectController() = default;

void ProjectController::setConnectionsDock(ConnectionsDock *dock)
{
    m_connectionsDock = dock;
    connect(dock, &ConnectionsDock::schemaLoadingChanged, this,
        [this] { Q_EMIT busyChanged(isBusy()); });
    connect(
        m_database, &DatabaseConnection::stateChanged, this, &ProjectController::sessionStateChanged);
    connect(
        m_database, &DatabaseConnection::statusChanged, this, &ProjectController::databaseStatusRead);
    connect(m_database, &DatabaseConnection::connectFailed, this, [this](const QString &error) {
        m_lastError = error;
        Q_EMIT busyChanged(isBusy());
    });
    connect(m_database, &DatabaseConnection::log, this,
        [this](const QString &text) { Q_EMIT message(text, false); });
}

bool ProjectController::isBusy() const
{
    return m_database->state() == DatabaseConnection::State::Connecting || m_statusPending
        || (m_connectionsDock && m_connectionsDock->isLoadingSchema()) || m_run->isRunning();
}

bool ProjectController::openProject(const QString &dir)
{
    auto found = Core::findProjectDir(dir);
    if (!found) {
        m_lastError = found.error().toString();
        Q_EMIT message(
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(dir), m_lastError), true);
        return false;
    }
    const ProjectSnapshot snapshot = loadProjectSnapshot(found.value());
    if (!snapshot.loaded) {
        m_lastError = snapshot.errors.join(u'\n');
        Q_EMIT message(
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(dir), m_lastError), true);
        return false;
    }
    if (QDir(snapshot.config.projectDir) != QDir(m_model->project().config.projectDir) && m_mayLeave
        && !m_mayLeave()) {
        m_lastError = tr("Opening %1 was cancelled.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    // The connected database belongs to the project that was open: another project connects to
    // its own default database, or to none, never silently to the previous one's.
    const QString previous = m_model->project().config.projectDir;
    if (!previous.isEmpty() && QDir(snapshot.config.projectDir) != QDir(previous)
        && m_database->state() != DatabaseConnection::State::Disconnected) {
        Q_EMIT message(tr("Disconnected from %1, the database of the project that was open.")
                           .arg(m_database->profile().name),
                       false);
        m_database->disconnectFromDatabase();
    }
    Q_EMIT projectLoading(snapshot);
    m_model->setProject(snapshot);
    const int n = int(snapshot.rows.size());
    Q_EMIT message(
        tr("Opened %1 project %2: %3.")
            .arg(snapshot.config.kind == Core::ProjectConfig::Kind::Alembic ? tr("Alembic")
                                                                            : tr("Stepwise"),
                QDir::toNativeSeparators(snapshot.config.projectDir),
                n == 1 ? tr("1 revision") : tr("%1 revisions").arg(n)),
        false);
    reportProblems(snapshot);
    if (!m_model->rowCount())
        Q_EMIT statusMessage(tr("This project has no revisions yet."), 8000);
    Q_EMIT projectOpened();
    Q_EMIT projectChanged();
    if (m_database->isConnected())
        refreshStatus();
    else
        autoConnect();
    return true;
}

void ProjectController::reportProblems(const ProjectSnapshot &snapshot)
{
    for (const QString &error : snapshot.errors)
        Q_EMIT message(error, true);
    for (const QString &warning : snapshot.warnings)
        Q_EMIT this->warning(warning);
    for (const QString &note : snapshot.notes)
        Q_EMIT message(note, false);
}

// A project whose default URL is an SQLite file connects at once (nothing to ask); server URLs
// wait for the user, who may need a password or a VPN first.
void ProjectController::autoConnect()
{
    const Core::ProjectConfig &config = m_model->project().config;
    if (!m_autoConnect || config.url.isEmpty()
        || m_database->state() != DatabaseConnection::State::Disconnected)
        return;
    const auto url = Core::ConnectionUrl::parse(config.url, config.projectDir);
    if (url && driverInfo(url->dialect().qtDriver()).fileBased)
        connectToUrl(config.url);
}

void ProjectController::closeProject()
{
    if (m_mayLeave && !m_mayLeave())
        return;
    Q_EMIT projectClosing();
    m_model->setProject(ProjectSnapshot());
    Q_EMIT projectChanged();
}

void ProjectController::reloadProject()
{
    const QString dir = m_model->project().config.projectDir;
    const QString current = m_selection->currentIndex().data(RevisionModel::IdRole).toString();
    if (!dir.isEmpty() && openProject(dir) && !current.isEmpty())
        selectRevision(current);
}

bool ProjectController::createProject(const QString &dir, const QString &dialect)
{
    const auto created = Core::initProject(dir, dialect);
    if (!created) {
        m_lastError = created.error().toString();
        Q_EMIT message(m_lastError, true);
        return false;
    }
    Q_EMIT message(
        tr("Created a Stepwise project in %1.").arg(QDir::toNativeSeparators(dir)), false);
    return openProject(dir);
}

bool ProjectController::connectToUrl(const QString &text)
{
    m_lastError.clear();
    // Parsed once; the URL's password is used for this connection only and never stored.
    const Core::Result<Core::ConnectionUrl> url =
        Core::ConnectionUrl::parse(text.trimmed(), m_model->project().config.projectDir);
    if (!url) {
        m_lastError = url.error().message();
        Q_EMIT message(tr("Cannot connect to %1: %2").arg(text, m_lastError), true);
        return false;
    }
    Core::ConnectionProfile profile = Core::ConnectionProfiles::fromUrl(*url);
    profile.name = profile.name.isEmpty() ? text : profile.name;
    m_profiles->addTransient(profile);
    m_connectionsDock->selectProfile(profile.name);
    Q_EMIT message(tr("Connecting to %1…").arg(Core::ConnectionProfiles::toUrl(profile)), false);
    m_database->connectTo(profile, *url);
    Q_EMIT busyChanged(true);
    return true;
}

bool ProjectController::connectToProfile(const QString &name)
{
    m_lastError.clear();
    if (m_profiles->indexOf(name) < 0) {
        m_lastError = tr("There is no connection named “%1”.").arg(name);
        Q_EMIT message(m_lastError, true);
        return false;
    }
    m_connectionsDock->connectProfile(name);
    Q_EMIT busyChanged(isBusy());
    return true;
}

bool ProjectController::selectRevision(const QString &idOrPrefix)
{
    QModelIndex index = m_model->indexOf(idOrPrefix);
    for (int row = 0; !index.isValid() && row < m_model->rowCount(); ++row) {
        if (m_model->index(row).data(RevisionModel::IdRole).toString().startsWith(idOrPrefix))
            index = m_model->index(row);
    }
    if (!index.isValid())
        return false;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    return true;
}

void ProjectController::refreshStatus()
{
    if (!m_database->isConnected())
        return;
    m_statusPending = true;
    m_database->refreshStatus(Core::versionTablesFor(m_model->project().config));
    Q_EMIT busyChanged(true);
}

void ProjectController::sessionStateChanged()
{
    const Core::ConnectionProfile &profile = m_database->profile();
    switch (m_database->state()) {
    case DatabaseConnection::State::Connected:
        Q_EMIT message(m_database->serverVersion().isEmpty()
                ? tr("Connected to %1.").arg(profile.name)
                : tr("Connected to %1: %2.").arg(profile.name, m_database->serverVersion()),
            false);
        refreshStatus();
        break;
    case DatabaseConnection::State::Disconnected:
        m_statusPending = false;
        m_model->clearDatabaseStatus();
        break;
    case DatabaseConnection::State::Connecting:
        break;
    }
    Q_EMIT connectionChanged();
    Q_EMIT busyChanged(isBusy());
}

void ProjectController::databaseStatusRead(const DatabaseStatus &status)
{
    m_statusPending = false;
    if (m_database->isConnected() && !status.valid && !status.error.isEmpty())
        Q_EMIT message(tr("Reading the database state failed: %1").arg(status.error), true);
    m_model->setDatabaseStatus(status);
    Q_EMIT statusUpdated(status);
    Q_EMIT busyChanged(isBusy());
}

bool ProjectController::run(Core::Planner::Command command, const QStringList &targets)
{
    return m_run->run(command, targets);
}

bool ProjectController::upgradeToHeads()
{
    return m_run->run(Core::Planner::Command::Upgrade, { u"heads"_s });
}

bool ProjectController::downgradeOneStep()
{
    return m_run->run(Core::Planner::Command::Downgrade, { u"-1"_s });
}

void ProjectController::runFinished(bool ok, bool cancelled)
{
    Q_EMIT runningChanged(false);
    if (cancelled)
        Q_EMIT statusMessage(tr("Run cancelled between steps."), 8000);
    else if (ok)
        Q_EMIT statusMessage(tr("Run finished."), 8000);
    // The graph, status bar and history follow the status; the schema browser reloads.
    refreshStatus();
    if (m_database->isConnected()) {
        m_connectionsDock->refreshSchema();
        m_database->loadCompletions();
    }
    Q_EMIT busyChanged(isBusy());
}

} // namespace Stepwise::Ui
