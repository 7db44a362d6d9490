#pragma once

#include "core/db/connectionurl.h"
#include "core/engine/alembicdriver.h"
#include "core/engine/stepscript.h"
#include "core/graph/planner.h"
#include "core/repository/projectconfig.h"

#include <QObject>
#include <QSemaphore>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace Stepwise::Core {
class MigrationSession;
class RevisionGraph;
} // namespace Stepwise::Core

namespace Stepwise::Ui {

// Everything a run needs, copied for the worker thread (the graph is immutable and shared).
struct RunJob
{
    Core::ConnectionUrl url; // the session's, with its password, for this run's own connection
    Core::ProjectConfig config;
    std::shared_ptr<const Core::RevisionGraph> graph;
    Core::Planner::Command command = Core::Planner::Command::Upgrade;
    QStringList targets;
    Core::StepChecks checks; // what the user confirmed
    QStringList allowedLint; // error-level safety findings the user confirmed (their codes)
    Core::PythonSetup python; // Alembic projects: studioPythonSetup()
};

// Runs one command with the engine on a thread of its own, with its own connection
// (MigrationSession::open there; style.md §6). Lives on the GUI thread; the engine's observer
// calls arrive as this object's signals, queued to the GUI thread. cancel() and resume() may
// be called while the thread runs; destroying the worker cancels and waits for it.
class RunWorker : public QObject
{
    Q_OBJECT

public:
    explicit RunWorker(RunJob job, QObject *parent = nullptr);
    ~RunWorker() override;

    void start();
    bool isRunning() const;
    // Stops between steps (the step running now completes or rolls back).
    void cancel();
    // Test and screenshot hook: the thread waits for resume() (or cancel()) after each
    // committed step, or at the start of each step before its first statement.
    enum class Pause { Never, AfterEachStep, BeforeEachStep };
    void setPause(Pause pause) { m_pause = int(pause); }
    void resume();

Q_SIGNALS:
    void waitingForLock(const QString &holder);
    void toolStarted(const QString &description);
    void planReady(const QStringList &revisions, const QList<int> &directions);
    void stepStarted(int index, const QString &revision, int direction);
    void statementExecuted(int index, int number, int total);
    void stepFinished(int index, const QString &revision, int direction, qint64 durationMs);
    // revision: the failing step's (empty when the run failed before any step).
    void failed(const QString &revision, const QString &message, const QString &nativeText,
                const QString &file, int line, const QString &statement);
    // ok: every step committed; rowsAfter: the heads afterwards (as far as the run knows).
    void finished(bool ok, bool cancelled, const QStringList &rowsAfter);

private:
    class Observer;
    void work();
    void pauseAt(Pause point);

    RunJob m_job;
    QThread *m_thread = nullptr;
    std::mutex m_mutex; // guards m_session against cancel() from the GUI thread
    Core::MigrationSession *m_session = nullptr;
    std::atomic<bool> m_cancelled = false;
    std::atomic<int> m_pause = 0;
    QSemaphore m_gate;
};

} // namespace Stepwise::Ui
