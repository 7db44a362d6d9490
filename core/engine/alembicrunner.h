#pragma once

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/engine/runner.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <atomic>

namespace Stepwise::Core {

class AlembicDriver;
class RevisionGraph;
class RunObserver;
class VersionStore;

// Runs a plan of an Alembic project through its own Alembic (AlembicDriver): Stepwise plans
// and holds the lock; Alembic executes each revision in its own transaction, in which the
// driver also writes the step's history row (the .py file's checksum, duration, user) and
// reads alembic_version back; that must have changed exactly as planned before the next step
// runs. A failed step is recorded by Stepwise. Refuses, before anything runs or is created, an
// env.py that connects to another database than the selected one. Used in the session's
// thread; cancel() from any thread.
class AlembicRunner
{
public:
    AlembicRunner(const QSqlDatabase &db, VersionStore &store, const RevisionGraph &graph,
                  const ConnectionUrl &selected, RunObserver *observer = nullptr);

    Result<RunReport> run(AlembicDriver &driver, const Plan &plan, const QStringList &rowsBefore);
    void cancel() { m_cancelled = true; }

private:
    Result<void> stepDone(const PlanStep &step, const QStringList &heads, QStringList &rows);
    Error stepFailed(const PlanStep *step, const QJsonObject &event, qint64 durationMs);

    QSqlDatabase m_db;
    VersionStore &m_store;
    const RevisionGraph &m_graph;
    ConnectionUrl m_selected;
    RunObserver *m_observer;
    std::atomic<bool> m_cancelled = false;
};

} // namespace Stepwise::Core
