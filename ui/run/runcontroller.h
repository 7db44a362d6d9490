#pragma once

#include "ui/run/runplan.h"

#include "core/sql/sqlsyntax.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;
class QWidget;

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Ui {

class DatabaseConnection;
class RevisionGraphView;
class RevisionModel;
class RunConfirmDialog;
class RunWorker;

// The run flow of Stepwise Studio (issue #8): plans an action from the connected database's
// heads, highlights its path on the graph, asks for confirmation with the plan and the exact
// SQL, then runs it on a RunWorker (own thread, own connection) while the status widget shows
// the step and progress and each node takes its new state as its step commits. GUI thread.
class RunController : public QObject
{
    Q_OBJECT

public:
    using Command = Core::Planner::Command;
    // Returns true to run. The default shows a RunConfirmDialog; tests answer directly.
    using ConfirmHandler = std::function<bool(const RunPlanPreview &)>;
    // Tells the user about a failure. The default shows a message box.
    using FailureHandler = std::function<void(const RunFailure &)>;
    // Open scripts with unsaved changes at a run: save them first (the run then uses them),
    // run what is saved on disk, or run nothing.
    enum class UnsavedChoice { SaveAndRun, RunSaved, Cancel };
    using UnsavedHandler = std::function<UnsavedChoice(const QStringList &paths)>;
    // The editor's side: the modified scripts' paths, and saving them all (false with *error).
    struct UnsavedScripts
    {
        std::function<QStringList()> list;
        std::function<bool(QString *error)> saveAll;
    };

    RunController(RevisionModel *model, DatabaseConnection *session, QWidget *window);
    ~RunController() override;

    void setGraphView(RevisionGraphView *view) { m_view = view; }
    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }
    void setFailureHandler(FailureHandler handler) { m_failure = std::move(handler); }
    void setUnsavedScripts(UnsavedScripts scripts) { m_unsaved = std::move(scripts); }
    // The default asks in a message box (Cancel is its default button); tests answer directly.
    void setUnsavedHandler(UnsavedHandler handler) { m_unsavedChoice = std::move(handler); }
    // Test and screenshot hook: the run waits after each committed step (or before each step's
    // first statement) until resume() or cancel().
    enum class Pause { Never, AfterEachStep, BeforeEachStep };
    void setPause(Pause pause);
    void resume();

    // Status bar part: the step being run, a progress bar and Cancel; hidden while idle.
    QWidget *statusWidget() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *stepLabel() const { return m_stepLabel; }

    bool isRunning() const { return m_worker != nullptr; }
    // What `command targets` would do now, with the SQL. No side effects.
    RunPlanPreview prepare(Command command, const QStringList &targets) const;
    // Whether the database is connected and the project can be planned with (else why not).
    QString unavailableReason() const;

public Q_SLOTS:
    // Plans, confirms and starts. False when refused, declined or already running.
    bool run(Stepwise::Core::Planner::Command command, const QStringList &targets);
    // The plan and SQL in a dialog without Run (deleted on close).
    RunConfirmDialog *showPreview(Stepwise::Core::Planner::Command command, const QStringList &targets);
    // Stops between steps.
    void cancel();

Q_SIGNALS:
    void started(int steps);
    void stepStarted(int index, int count, const QString &revision);
    void stepFinished(int index, int count, const QString &revision);
    void failed(const Stepwise::Ui::RunFailure &failure);
    void finished(bool ok, bool cancelled);
    void message(const QString &text, bool error);

private:
    QString summaryFor(Command command, const QStringList &targets) const;
    // The plan's safety findings with the database's numbers, into the preview.
    void lintPlan(const Core::RevisionGraph &graph, const Core::Plan &plan,
                  RunPlanPreview *preview) const;
    Core::SqlSyntax sqlSyntax() const; // of the connected database, for highlighting
    QStringList attentionBelow(const Core::RevisionGraph &graph, const QStringList &path) const;
    UnsavedChoice askAboutUnsaved(const QStringList &paths);
    bool confirm(const RunPlanPreview &plan);
    void start(const RunPlanPreview &plan);
    void onStepStarted(int index, const QString &revision, int direction);
    void onStepFinished(int index, const QString &revision, int direction, qint64 durationMs);
    void onFailed(const QString &revision, const QString &message, const QString &nativeText,
                  const QString &file, int line, const QString &statement);
    void onFinished(bool ok, bool cancelled);
    void showFailure(const RunFailure &failure);

    RevisionModel *m_model;
    DatabaseConnection *m_database;
    QWidget *m_window;
    QPointer<RevisionGraphView> m_view;
    ConfirmHandler m_confirm;
    UnsavedScripts m_unsaved;
    UnsavedHandler m_unsavedChoice;
    FailureHandler m_failure;
    RunWorker *m_worker = nullptr;
    Pause m_pause = Pause::Never;
    bool m_failedRun = false;
    int m_stepCount = 0;
    int m_done = 0;
    QWidget *m_status = nullptr;
    QLabel *m_stepLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Stepwise::Ui

Q_DECLARE_METATYPE(Stepwise::Ui::RunFailure)
