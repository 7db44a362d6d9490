#pragma once

#include "core/base/error.h"
#include "core/graph/planner.h"

#include <QString>

namespace Stepwise::Core {

struct SqlStatement;

// What a run reports as it goes; the CLI's progress bar and Stepwise Studio's worker both
// implement it. Called in the thread running the engine (the GUI forwards through queued
// signals). Every function has an empty default.
class RunObserver
{
public:
    virtual ~RunObserver() = default;
    virtual void waitingForLock(const QString &holder) { Q_UNUSED(holder); }
    // The program that runs the revisions, when it is not Stepwise itself: "Alembic 1.8.1
    // (Python 3.11.2, /usr/bin/python3)".
    virtual void toolStarted(const QString &description) { Q_UNUSED(description); }
    virtual void planReady(const Plan &plan) { Q_UNUSED(plan); }
    virtual void stepStarted(int index, const PlanStep &step) { Q_UNUSED(index); Q_UNUSED(step); }
    virtual void statementExecuted(int index, const SqlStatement &statement, int number, int total)
    {
        Q_UNUSED(index); Q_UNUSED(statement); Q_UNUSED(number); Q_UNUSED(total);
    }
    virtual void stepFinished(int index, const PlanStep &step, qint64 durationMs)
    {
        Q_UNUSED(index); Q_UNUSED(step); Q_UNUSED(durationMs);
    }
    virtual void failed(const Error &error) { Q_UNUSED(error); }
    virtual void done(bool ok) { Q_UNUSED(ok); }
};

} // namespace Stepwise::Core
