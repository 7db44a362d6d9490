#pragma once

#include "core/base/result.h"
#include "core/engine/stepscript.h"
#include "core/engine/versionstore.h"
#include "core/graph/planner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace Stepwise::Core {

class Dialect;
class RevisionGraph;
class RunObserver;
class VersionStore;

struct RunOptions
{
    // One transaction per step (default), or — where DDL rolls back — one around the run.
    bool transactionPerMigration = true;
    // Statements of the FIRST step already executed by an earlier, interrupted run
    // (`upgrade --resume` after a half-applied step on MySQL/MariaDB).
    int resumeFirstStepAt = 0;
    // How long a step may wait for the database's write lock (SQLite's busy timeout).
    std::chrono::milliseconds lockTimeout{30000};
    // What the user confirmed (downgrades through empty down sections).
    StepChecks checks;
};

struct RunReport
{
    struct Step
    {
        QString revision;
        PlanStep::Direction direction = PlanStep::Up;
        qint64 durationMs = 0;
    };
    QList<Step> steps;       // the steps that committed
    QStringList rowsAfter;   // heads after the last committed step
    bool cancelled = false;  // stopped between steps by cancel()
    bool stale = false;      // another run changed the heads: plan again from the new rows
};

// Executes a plan on one open connection, step by step: the section's statements, the
// heads-table changes and the history row commit together where the dialect rolls DDL back;
// elsewhere each statement is recorded as it runs, so a failed step says how far it got.
// Used in the connection's thread; cancel() may be called from any thread.
class Runner
{
public:
    Runner(const QSqlDatabase &db, const Dialect &dialect, VersionStore &store,
           const RevisionGraph &graph, RunObserver *observer = nullptr);

    Result<RunReport> run(const Plan &plan, const QStringList &rowsBefore, const RunOptions &options);
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    enum class StepOutcome { Done, Stale };
    enum class StatementKind { Dml, Ddl, Other };
    Result<RunReport> runSteps(const Plan &plan, const QStringList &rowsBefore, const RunOptions &options);
    Result<StepOutcome> runAtomicStep(int index, const PlanStep &step, const StepScript &script,
                                      const QStringList &expectedRows, bool ownTransaction);
    Result<void> runRecordedStep(int index, const PlanStep &step, const StepScript &script,
                                 int startAt);
    Result<void> runDeferredStep(int index, const PlanStep &step, const StepScript &script,
                                 int startAt);
    Error withResumeAdvice(Error error, int done, int total, int startAt) const;
    Result<void> setAutocommit(bool on);
    static StatementKind statementKind(const QString &sql);
    Result<void> applyBookkeeping(const PlanStep &step, const StepScript &script, qint64 historyId,
                                  qint64 durationMs, int statementsDone, bool headsMoved = false);
    Result<bool> moveHeadsFirst(const PlanStep &step);
    Result<QStringList> readRowsInStep();
    Result<void> execute(const QString &sql, const QString &context);
    Result<void> begin();
    Result<void> beginWaitingVisibly(const QString &sql);
    Result<void> commit();
    void rollback();
    Error statementError(const PlanStep &step, const StepScript &script, int statement,
                         const Error &cause) const;
    Error stepError(const PlanStep &step, const StepScript &script, const Error &cause) const;
    Error withLockBlockers(const Error &error) const;
    Result<void> recordFailure(const PlanStep &step, const StepScript &script, const Error &error,
                               qint64 durationMs);
    using Recording = std::function<Result<void>(VersionStore &)>;
    Result<void> recordElsewhere(const Error &failure, const Recording &record);
    bool connectionAlive();
    Result<void> recordOnNewConnection(const Recording &record);

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    VersionStore &m_store;
    const RevisionGraph &m_graph;
    RunObserver *m_observer;
    std::atomic<bool> m_cancelled = false;
    bool m_manualTransaction = false;
    std::chrono::milliseconds m_lockTimeout{30000};
    bool m_probed = false;
    bool m_autocommitOff = false;
    std::unique_ptr<QSqlQuery> m_headsQuery;
    std::unique_ptr<QSqlQuery> m_exec;
};

// How the history table names a step's direction.
HistoryDirection historyDirection(PlanStep::Direction d);

// The heads after applying one step's row changes to `rows` (table order kept: UPDATE keeps
// a row's place, INSERT appends).
QStringList applyRowChanges(QStringList rows, const QList<RowChange> &changes);

} // namespace Stepwise::Core
