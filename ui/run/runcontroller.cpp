#include "ui/run/runcontroller.h"

#include "ui/run/background.h"
#include "ui/run/runconfirmdialog.h"
#include "ui/run/runworker.h"

#include "ui/database/databaseconnection.h"
#include "ui/graph/revisionactions.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/project/projectsettings.h"
#include "ui/project/revisionmodel.h"

#include "core/db/connectionurl.h"
#include "core/db/scopeddatabase.h"
#include "core/engine/lintlive.h"
#include "core/engine/migrationsession.h"
#include "core/engine/offlineaction.h"
#include "core/engine/revisionlint.h"
#include "core/db/dialect.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

RunController::RunController(RevisionModel *model, DatabaseConnection *session, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_database(session)
    , m_window(window)
{
    m_status = new QWidget(window);
    m_status->setObjectName(u"runStatus"_s);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stepLabel = new QLabel(m_status);
    m_stepLabel->setObjectName(u"runStep"_s);
    m_progress = new QProgressBar(m_status);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setMinimumWidth(150);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel = new QToolButton(m_status);
    m_cancel->setObjectName(u"runCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop after the step running now"));
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_status->hide();
    connect(m_cancel, &QToolButton::clicked, this, &RunController::cancel);
}

RunController::~RunController()
{
    delete m_worker; // cancels and waits for the thread
}

void RunController::setPause(Pause pause)
{
    m_pause = pause;
    if (m_worker)
        m_worker->setPause(RunWorker::Pause(int(pause)));
}

void RunController::resume()
{
    if (m_worker)
        m_worker->resume();
}

QString RunController::unavailableReason() const
{
    if (!m_database->isConnected())
        return tr("Connect to a database first.");
    if (!m_model->project().graph)
        return tr("The revision graph has errors; fix them first.");
    if (!m_model->hasDatabaseStatus())
        return tr("The database state has not been read yet.");
    return RevisionActions::unknownHeadsReason(m_model->missingIds());
}

Core::SqlSyntax RunController::sqlSyntax() const
{
    return m_database->url().isValid()
        ? Core::sqlSyntaxFromName(m_database->url().dialect().splitterName())
        : Core::SqlSyntax::Generic;
}

QString RunController::summaryFor(Command command, const QStringList &targets) const
{
    const QString db = m_database->profile().name;
    const QString target = targets.join(u", "_s);
    switch (command) {
    case Command::Upgrade:
        return target == u"heads"_s ? tr("Upgrade %1 to the heads").arg(db)
                                    : tr("Upgrade %1 to %2").arg(db, target);
    case Command::Downgrade:
        return target == u"-1"_s ? tr("Downgrade %1 by one step").arg(db)
                                 : tr("Downgrade %1 to %2").arg(db, target);
    case Command::Stamp:
        return tr("Stamp %1 at %2 (nothing runs; only the version table changes)").arg(db, target);
    }
    return {};
}

// Drifted and failed revisions on the path or below it, named before the run: what the database
// ran of a drifted one is not what its file says now, and a failed one stopped a run before.
QStringList RunController::attentionBelow(const Core::RevisionGraph &graph,
                                          const QStringList &path) const
{
    QList<int> starts;
    for (const QString &id : path) {
        if (const int i = graph.indexOf(id); i >= 0)
            starts << i;
    }
    if (starts.isEmpty())
        return {};
    const std::vector<char> below = graph.ancestorMask(starts);
    QStringList lines;
    for (int i = 0; i < graph.size(); ++i) {
        if (!below[size_t(i)])
            continue;
        const Core::Revision &r = graph.revision(i);
        const auto state = RevisionModel::State(
            m_model->indexOf(r.id).data(RevisionModel::StateRole).toInt());
        if (state == RevisionModel::State::Drifted)
            lines << tr("Drifted: %1 (%2) changed since it was applied; the database ran an "
                        "earlier version of it.").arg(r.id, r.relativePath);
        else if (state == RevisionModel::State::Failed)
            lines << tr("Failed before: %1 (%2) stopped an earlier run.").arg(r.id, r.relativePath);
    }
    return lines;
}

RunPlanPreview RunController::prepare(Command command, const QStringList &targets) const
{
    RunPlanPreview preview;
    preview.command = command;
    preview.targets = targets;
    preview.database = m_database->profile().name;
    preview.summary = summaryFor(command, targets);
    preview.startRows = m_model->databaseStatus().heads;
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        preview.error = reason;
        return preview;
    }
    const ProjectSnapshot &project = m_model->project();
    const Core::RevisionGraph &graph = *project.graph;
    const auto plan = Core::Planner::plan(graph, preview.startRows, command, targets);
    if (!plan) {
        preview.error = plan.error().toString();
        return preview;
    }
    preview.warnings = plan->warnings;
    for (const Core::PlanStep &step : plan->steps) {
        RunPlanPreview::Step s;
        s.direction = step.direction;
        s.revision = step.revision.isEmpty() && !step.toIds.isEmpty() ? step.toIds.first() : step.revision;
        const int i = graph.indexOf(s.revision);
        s.message = i >= 0 ? graph.revision(i).message : QString();
        preview.steps << s;
    }
    if (preview.steps.isEmpty()) {
        preview.error = tr("Nothing to do: the database is already there.");
        return preview;
    }
    preview.warnings += attentionBelow(graph, preview.path());
    preview.emptyDowns = Core::StepScript::emptyDowns(graph, *plan);
    for (const QString &id : std::as_const(preview.emptyDowns))
        preview.warnings << tr("Empty down section: %1 (%2) undoes nothing; after the downgrade "
                               "its changes stay in the database.")
                                .arg(id, graph.revision(graph.indexOf(id)).relativePath);
    if (project.config.kind == Core::ProjectConfig::Kind::Native && command != Command::Stamp)
        lintPlan(graph, *plan, &preview);
    if (project.config.kind == Core::ProjectConfig::Kind::Alembic && command != Command::Stamp) {
        // Python revisions: the SQL is Alembic's own offline rendering of them, by the
        // project's Python — what `alembic upgrade A:B --sql` prints (a step that needs a live
        // connection is named where the script stops).
        const Core::OfflineAction action(command, targets, preview.startRows);
        const Core::ConnectionUrl url = m_database->url();
        const Core::PythonSetup python = studioPythonSetup(project.config);
        runInBackground(m_window, tr("Rendering Alembic's SQL of the plan…"), [&] {
            const auto script = action.renderThroughAlembic(graph, project.config, url, python);
            if (script)
                preview.sql = script->sql;
            else
                preview.error = script.error().toString();
            if (script && !script->incomplete.isEmpty())
                preview.warnings << tr("The SQL below stops short: %1. The run itself uses a "
                                       "live connection.").arg(script->incomplete);
        });
        return preview;
    }
    // The SQL shown is what runs once the user confirms the empty down sections too.
    Core::OfflineAction action(command, targets, preview.startRows);
    action.setChecks({ .allowEmptyDown = true });
    const auto script = action.render(graph, project.config, m_database->url().dialect());
    if (script)
        preview.sql = script->sql;
    else
        preview.error = script.error().toString();
    return preview;
}

void RunController::lintPlan(const Core::RevisionGraph &graph, const Core::Plan &plan,
                             RunPlanPreview *preview) const
{
    const Core::ConnectionUrl url = m_database->url();
    const auto lint = Core::lintPlan(
        graph, plan, sqlSyntax(),
        Core::MigrationSession::timeoutsFor(url, m_model->project().config).lockOrDefault());
    if (!lint) {
        preview->error = lint.error().toString();
        return;
    }
    QList<Core::LintFinding> findings = lint->forDisplay();
    if (!findings.isEmpty()) {
        // The numbers of the tables involved: read-only queries on a connection of their own,
        // each bounded by a timeout (core/engine/lintlive.h). They can raise a finding to an
        // error (rows that will make it fail), so the order is made again after.
        runInBackground(m_window, tr("Measuring the tables the plan changes…"), [&] {
            auto db = Core::ScopedDatabase::open(url);
            if (db)
                Core::measureLintFindings(findings, (*db)->db(), url.dialect());
        });
        findings = Core::lintFindingsForDisplay(std::move(findings));
    }
    // The error-level ones (suppressed ones are not shown) need the user's explicit yes.
    for (const Core::LintFinding &f : std::as_const(findings))
        if (f.severity == Core::LintSeverity::Error && !preview->blockingCodes.contains(f.code))
            preview->blockingCodes << f.code;
    preview->findings = findings;
}

bool RunController::confirm(const RunPlanPreview &plan)
{
    if (m_confirm)
        return m_confirm(plan);
    RunConfirmDialog dialog(RunConfirmDialog::Mode::Confirm, m_window);
    dialog.setPlan(plan, sqlSyntax());
    return dialog.exec() == QDialog::Accepted;
}

RunConfirmDialog *RunController::showPreview(Command command, const QStringList &targets)
{
    const RunPlanPreview plan = prepare(command, targets);
    if (!m_database->url().isValid() || !m_model->project().graph) {
        Q_EMIT message(plan.error, true);
        return nullptr;
    }
    auto *dialog = new RunConfirmDialog(RunConfirmDialog::Mode::Preview, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPlan(plan, sqlSyntax());
    dialog->show();
    return dialog;
}

bool RunController::run(Command command, const QStringList &targets)
{
    if (m_worker) {
        Q_EMIT message(tr("A run is already going on."), true);
        return false;
    }
    // What runs is what the user sees: scripts edited but not saved are saved first, or the
    // confirmation says they are not part of this run.
    const QStringList unsaved = m_unsaved.list ? m_unsaved.list() : QStringList();
    if (!unsaved.isEmpty()) {
        switch (askAboutUnsaved(unsaved)) {
        case UnsavedChoice::Cancel:
            return false;
        case UnsavedChoice::SaveAndRun: {
            QString error;
            if (!m_unsaved.saveAll(&error)) { // saving reloads the project from the files
                Q_EMIT message(tr("Not run: %1").arg(error), true);
                return false;
            }
            break;
        }
        case UnsavedChoice::RunSaved:
            break;
        }
    }
    RunPlanPreview plan = prepare(command, targets);
    const QStringList stillUnsaved = m_unsaved.list ? m_unsaved.list() : QStringList();
    for (const QString &path : stillUnsaved)
        plan.warnings << tr("Unsaved changes in %1 are not part of this run: it runs the saved file.")
                             .arg(QDir::toNativeSeparators(
                                 QDir(m_model->project().config.projectDir).relativeFilePath(path)));
    if (m_view)
        m_view->setHighlightedPath(plan.path());
    const bool accepted = confirm(plan);
    if (!accepted || !plan.ok()) {
        if (m_view)
            m_view->setHighlightedPath({});
        if (accepted)
            Q_EMIT message(tr("%1: refused: %2").arg(plan.summary, plan.error), true);
        return false;
    }
    start(plan);
    return true;
}

RunController::UnsavedChoice RunController::askAboutUnsaved(const QStringList &paths)
{
    if (m_unsavedChoice)
        return m_unsavedChoice(paths);
    QStringList names;
    for (const QString &path : paths)
        names << QDir::toNativeSeparators(QDir(m_model->project().config.projectDir).relativeFilePath(path));
    QMessageBox box(QMessageBox::Question, tr("Unsaved Scripts"),
                    tr("These scripts have changes that are not saved:\n\n%1\n\nA run executes the "
                       "files on disk.").arg(names.join(u'\n')),
                    QMessageBox::NoButton, m_window);
    QPushButton *save = box.addButton(tr("&Save and Run…"), QMessageBox::AcceptRole);
    QPushButton *saved = box.addButton(tr("Run the Saved &Files…"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == save)
        return UnsavedChoice::SaveAndRun;
    if (box.clickedButton() == saved)
        return UnsavedChoice::RunSaved;
    return UnsavedChoice::Cancel;
}

void RunController::start(const RunPlanPreview &plan)
{
    RunJob job;
    job.url = m_database->url();
    job.config = m_model->project().config;
    job.graph = m_model->project().graph;
    job.command = plan.command;
    job.targets = plan.targets;
    // The confirmation's Run is enabled only once its empty-down check box is ticked.
    job.checks.allowEmptyDown = !plan.emptyDowns.isEmpty();
    // …and only once its safety check box is ticked, for error-level findings.
    job.allowedLint = plan.blockingCodes;
    job.python = studioPythonSetup(job.config);
    m_worker = new RunWorker(std::move(job));
    m_worker->setPause(RunWorker::Pause(int(m_pause)));
    m_stepCount = int(plan.steps.size());
    m_done = 0;
    m_failedRun = false;
    connect(m_worker, &RunWorker::waitingForLock, this, [this](const QString &holder) {
        m_stepLabel->setText(tr("Waiting for %1…").arg(holder));
        Q_EMIT message(tr("Waiting for the migration lock held by %1…").arg(holder), false);
    });
    connect(m_worker, &RunWorker::toolStarted, this, [this](const QString &description) {
        Q_EMIT message(tr("Running the revisions with %1.").arg(description), false);
    });
    connect(m_worker, &RunWorker::planReady, this, [this](const QStringList &revisions) {
        m_stepCount = int(revisions.size()); // the engine may have planned again
        m_progress->setRange(0, qMax(1, m_stepCount));
        if (m_view)
            m_view->setHighlightedPath(revisions);
    });
    connect(m_worker, &RunWorker::stepStarted, this, &RunController::onStepStarted);
    connect(m_worker, &RunWorker::stepFinished, this, &RunController::onStepFinished);
    connect(m_worker, &RunWorker::failed, this, &RunController::onFailed);
    connect(m_worker, &RunWorker::finished, this,
            [this](bool ok, bool cancelled) { onFinished(ok, cancelled); });
    m_progress->setRange(0, qMax(1, m_stepCount));
    m_progress->setValue(0);
    m_stepLabel->setText(tr("%1…").arg(plan.summary));
    m_cancel->setEnabled(true);
    m_status->show();
    Q_EMIT message(tr("%1: %n step(s).", nullptr, m_stepCount).arg(plan.summary), false);
    Q_EMIT started(m_stepCount);
    m_worker->start();
}

void RunController::cancel()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    m_stepLabel->setText(tr("Cancelling after this step…"));
    Q_EMIT message(tr("Cancelling: the run stops after the step running now."), false);
}

void RunController::onStepStarted(int index, const QString &revision, int direction)
{
    if (m_view)
        m_view->setRunningRevision(revision);
    if (m_cancel->isEnabled()) {
        m_stepLabel->setText(tr("Step %1 of %2: %3 %4")
                                 .arg(index + 1)
                                 .arg(m_stepCount)
                                 .arg(directionText(Core::PlanStep::Direction(direction)), revision));
    }
    Q_EMIT stepStarted(index, m_stepCount, revision);
}

void RunController::onStepFinished(int index, const QString &revision, int direction, qint64 durationMs)
{
    using State = RevisionModel::State;
    const auto dir = Core::PlanStep::Direction(direction);
    if (dir == Core::PlanStep::Up)
        m_model->setRunState(revision, State::Applied);
    else if (dir == Core::PlanStep::Down)
        m_model->setRunState(revision, State::Pending);
    if (m_view)
        m_view->setRunningRevision({});
    m_done = index + 1;
    m_progress->setValue(m_done);
    Q_EMIT message(tr("%1 %2 done in %3 ms.").arg(directionText(dir), revision).arg(durationMs), false);
    Q_EMIT stepFinished(index, m_stepCount, revision);
}

void RunController::onFailed(const QString &revision, const QString &text, const QString &nativeText,
                             const QString &file, int line, const QString &statement)
{
    m_failedRun = true;
    RunFailure failure;
    failure.revision = revision;
    failure.message = text;
    failure.databaseMessage = nativeText;
    failure.statement = statement;
    failure.line = line;
    const ProjectSnapshot &project = m_model->project();
    const int i = project.graph && !revision.isEmpty() ? project.graph->indexOf(revision) : -1;
    if (i >= 0)
        failure.path = project.graph->revision(i).path;
    else if (!file.isEmpty())
        failure.path = QDir(project.config.projectDir).absoluteFilePath(file);
    if (!revision.isEmpty())
        m_model->setRunState(revision, RevisionModel::State::Failed);
    if (m_view)
        m_view->setRunningRevision({});
    Q_EMIT message(text + (nativeText.isEmpty() || text.contains(nativeText) ? QString() : u' ' + nativeText),
                   true);
    Q_EMIT failed(failure);
    showFailure(failure);
}

void RunController::showFailure(const RunFailure &failure)
{
    if (m_failure) {
        m_failure(failure);
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("Run Failed"), failure.message, QMessageBox::Ok, m_window);
    box.setObjectName(u"runFailedBox"_s);
    if (!failure.statement.isEmpty())
        box.setDetailedText(failure.statement);
    box.setInformativeText(tr("The failed step was rolled back where the database allows it; "
                              "the steps before it stay applied."));
    box.exec();
}

void RunController::onFinished(bool ok, bool cancelled)
{
    RunWorker *worker = m_worker;
    m_worker = nullptr;
    worker->deleteLater();
    m_status->hide();
    if (m_view) {
        m_view->setHighlightedPath({});
        m_view->setRunningRevision({});
    }
    if (cancelled)
        Q_EMIT message(tr("Run cancelled after %n step(s).", nullptr, m_done), false);
    else if (ok)
        Q_EMIT message(tr("Run finished: %n step(s) applied.", nullptr, m_done), false);
    Q_EMIT finished(ok && !m_failedRun, cancelled);
}

} // namespace Stepwise::Ui
