// MainWindow's centre: the revision graph and the script editor beside it, the shared
// selection, the database badges, and what the graph's actions do (runs through the
// RunController, scripts in the editor, the authoring dialogs). The rest is in mainwindow.cpp.
#include "ui/mainwindow/mainwindow.h"

#include "ui/connections/connectionsdock.h"
#include "ui/database/databasesession.h"
#include "ui/dialogs/mergeheadsdialog.h"
#include "ui/dialogs/newrevisiondialog.h"
#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"
#include "ui/graph/revisionactions.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/mainwindow/graphactions.h"
#include "ui/project/revisionmodel.h"
#include "ui/run/runcontroller.h"

#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

RevisionGraphView *MainWindow::graphView() const
{
    return m_graphPanel->view();
}

// The centre is a splitter: the revision graph, and the script editor beside it.
void MainWindow::createCentre()
{
    m_centre = new QSplitter(Qt::Horizontal, this);
    m_centre->setObjectName(u"centreSplitter"_s);
    m_centre->setChildrenCollapsible(false);
    m_graphPanel = new RevisionGraphPanel(m_centre);
    m_graphPanel->setObjectName(u"graphPanel"_s);
    m_graphPanel->view()->setModel(m_model);
    m_centre->addWidget(m_graphPanel);
    m_editors = new EditorTabs(m_centre);
    m_editors->setObjectName(u"editorTabs"_s);
    m_centre->addWidget(m_editors);
    m_centre->setStretchFactor(0, 2);
    m_centre->setStretchFactor(1, 3);
    m_editors->hide(); // until a file is opened
    setCentralWidget(m_centre);
    connectEditor();

    m_run = new RunController(m_model, m_session, this);
    m_run->setGraphView(m_graphPanel->view());
    connect(m_run, &RunController::message, this, [this](const QString &text, bool error) { log(text, error); });
    connect(m_run, &RunController::started, this, [this] {
        m_graphActions->setRunning(true);
        Q_EMIT busyChanged(true);
    });
    connect(m_run, &RunController::finished, this, &MainWindow::runFinished);
    connect(m_run, &RunController::failed, this, &MainWindow::showRunFailure);
    connect(m_graphPanel->view(), &RevisionGraphView::actionRequested, this, &MainWindow::runGraphAction);
    connect(m_graphPanel->view(), &RevisionGraphView::revisionActivated, this, [this](const QString &id) {
        const QModelIndex index = m_model->indexOf(id);
        const QString path = index.data(RevisionModel::PathRole).toString();
        if (!path.isEmpty())
            openFile(path, m_model->project().rows.value(index.row()).line);
    });
}

// The editor beside the graph: saving a revision reloads the project (the graph shows the new
// header at once), the current tab selects its revision, and the live schema completes names.
void MainWindow::connectEditor()
{
    connect(m_editors, &EditorTabs::message, this, [this](const QString &text, bool error) { log(text, error); });
    connect(m_editors, &EditorTabs::fileSaved, this, [this](const QString &path) {
        log(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        reloadProject();
    });
    connect(m_editors, &EditorTabs::currentFileChanged, this, &MainWindow::editorFileChanged);
    connect(m_session, &DatabaseSession::completionsLoaded, m_editors, &EditorTabs::setSchemaCompletions);
    connect(m_session, &DatabaseSession::stateChanged, this, [this](DatabaseSession::State state) {
        if (state == DatabaseSession::State::Connected)
            m_session->loadCompletions();
        else if (state == DatabaseSession::State::Disconnected)
            m_editors->setSchemaCompletions({});
    });
}

void MainWindow::showEditor(bool show)
{
    if (show == m_editors->isVisible())
        return;
    m_editors->setVisible(show);
    if (!show)
        return;
    // The editor takes three fifths, the graph keeps at least its tool row. Again once the
    // splitter has laid the new pane out (it hands a newly shown pane only what is spare).
    const auto share = [this] {
        const int width = m_centre->width();
        const int graph = qMax(m_graphPanel->minimumSizeHint().width(), width * 2 / 5);
        m_centre->setSizes({ graph, qMax(0, width - graph) });
    };
    share();
    QTimer::singleShot(0, this, share);
}

void MainWindow::editorFileChanged(const QString &path)
{
    if (path.isEmpty()) {
        if (m_editors->count() == 0)
            showEditor(false);
        return;
    }
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const RevisionRow &row : m_model->project().rows) {
        if (QFileInfo(row.path).canonicalFilePath() == canonical) {
            selectRevision(row.id);
            return;
        }
    }
}

// One selection for the graph and the details panel, kept in step both ways.
void MainWindow::connectSelection()
{
    RevisionGraphView *view = m_graphPanel->view();
    connect(view, &RevisionGraphView::revisionSelected, this, [this](const QString &id) {
        const QModelIndex index = id.isEmpty() ? QModelIndex() : m_model->indexOf(id);
        if (index != m_selection->currentIndex()) {
            if (index.isValid())
                m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            else
                m_selection->clear();
        }
        // A revision whose script is open brings its tab to the front.
        if (ScriptEditor *editor = m_editors->editorFor(index.data(RevisionModel::PathRole).toString())) {
            for (int i = 0; i < m_editors->count(); ++i) {
                if (m_editors->editorAt(i) == editor)
                    m_editors->setCurrentIndex(i);
            }
        }
    });
    connect(m_selection, &QItemSelectionModel::currentChanged, this, [view](const QModelIndex &current) {
        view->setSelectedRevision(current.data(RevisionModel::IdRole).toString());
    });
}

// The connected database's name pinned at its heads.
void MainWindow::updateBadges()
{
    QList<DatabaseBadge> badges;
    const DatabaseStatus &status = m_model->databaseStatus();
    if (m_session->isConnected() && status.valid && !status.heads.isEmpty())
        badges << DatabaseBadge{ m_session->profile().name, status.heads, QColor() };
    m_graphPanel->view()->setDatabaseBadges(badges);
}

void MainWindow::openFile(const QString &path, int line)
{
    if (m_editors->openFile(path, line))
        showEditor(true);
}

void MainWindow::runGraphAction(RevisionGraphView::Action action, const QString &revision)
{
    using Command = Core::Planner::Command;
    switch (action) {
    case RevisionGraphView::Action::Upgrade:
        m_run->run(Command::Upgrade, { revision });
        break;
    case RevisionGraphView::Action::Downgrade:
        m_run->run(Command::Downgrade, { revision });
        break;
    case RevisionGraphView::Action::Stamp:
        m_run->run(Command::Stamp, { revision });
        break;
    case RevisionGraphView::Action::PreviewSql: {
        const int index = m_graphPanel->view()->graphScene()->indexOf(revision);
        const RevisionActions actions(*m_graphPanel->view()->graphScene(), index);
        m_run->showPreview(actions.upgrade().enabled ? Command::Upgrade : Command::Downgrade, { revision });
        break;
    }
    case RevisionGraphView::Action::OpenScript: {
        const QModelIndex index = m_model->indexOf(revision);
        const QString path = index.data(RevisionModel::PathRole).toString();
        if (!path.isEmpty())
            openFile(path, m_model->project().rows.value(index.row()).line);
        break;
    }
    case RevisionGraphView::Action::NewRevision:
        newRevisionDialog(revision);
        break;
    case RevisionGraphView::Action::MergeHeads:
        mergeHeadsDialog();
        break;
    }
}

bool MainWindow::upgradeToHeads()
{
    return m_run->run(Core::Planner::Command::Upgrade, { u"heads"_s });
}

bool MainWindow::downgradeOneStep()
{
    return m_run->run(Core::Planner::Command::Downgrade, { u"-1"_s });
}

void MainWindow::runFinished(bool ok, bool cancelled)
{
    m_graphActions->setRunning(false);
    if (cancelled)
        statusBar()->showMessage(tr("Run cancelled between steps."), 8000);
    else if (ok)
        statusBar()->showMessage(tr("Run finished."), 8000);
    // The graph, status bar and history follow the status; the schema browser reloads.
    refreshStatus();
    if (m_session->isConnected()) {
        m_connectionsDock->refreshSchema();
        m_session->loadCompletions();
    }
    Q_EMIT busyChanged(isBusy());
}

// The failing statement's lines marked in the script, with the database's own words.
void MainWindow::showRunFailure(const RunFailure &failure)
{
    if (failure.path.isEmpty())
        return;
    const QString message = failure.databaseMessage.isEmpty() ? failure.message : failure.databaseMessage;
    if (m_editors->showFailure(failure.path, failure.line, message))
        showEditor(true);
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

void MainWindow::newRevisionDialog(const QString &parent)
{
    const ProjectSnapshot snapshot = m_model->project();
    if (!snapshot.graph)
        return;
    const Core::Project project = authoringProject(snapshot);
    NewRevisionDialog dialog(project, *snapshot.graph, parent, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    log(tr("Wrote %1.").arg(QDir::toNativeSeparators(dialog.writtenPath())));
    reloadProject();
    openFile(dialog.writtenPath(), 1);
}

void MainWindow::mergeHeadsDialog()
{
    const ProjectSnapshot snapshot = m_model->project();
    if (!snapshot.graph)
        return;
    const Core::Project project = authoringProject(snapshot);
    MergeHeadsDialog dialog(project, *snapshot.graph, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    log(tr("Wrote %1.").arg(QDir::toNativeSeparators(dialog.writtenPath())));
    reloadProject();
    openFile(dialog.writtenPath(), 1);
}

} // namespace Stepwise::Ui
