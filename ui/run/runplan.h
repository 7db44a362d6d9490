#pragma once

#include "core/graph/planner.h"
#include "core/lint/lintfinding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Ui {

// What a run will do, shown in the confirmation before anything is touched: the plan from the
// database's current heads and the exact SQL the offline renderer writes for it. Plain value.
struct RunPlanPreview
{
    struct Step
    {
        QString revision; // the migration run; for a stamp step the revision stamped
        Core::PlanStep::Direction direction = Core::PlanStep::Up;
        QString message;
    };

    Core::Planner::Command command = Core::Planner::Command::Upgrade;
    QStringList targets;
    QString summary;        // "Upgrade demo.db to 5e0b7a2d4f05"
    QString database;       // the connection's name
    QStringList startRows;  // the heads the plan starts from
    QList<Step> steps;
    QString sql;            // empty when error is set
    QString error;          // why this action cannot run
    QStringList warnings;
    // Revisions the downgrade passes whose down section undoes nothing: the run needs the
    // user's explicit yes (the confirmation's check box), as the CLI needs --allow-empty-down.
    QStringList emptyDowns;
    // The safety checks of what the run executes (core/engine/revisionlint.h), errors and
    // destructive ones first, with the live numbers of the database's tables; suppressed ones
    // left out. The codes of the error-level ones need the user's explicit yes (the
    // confirmation's check box) — the engine refuses them otherwise.
    QList<Core::LintFinding> findings;
    QStringList blockingCodes;

    bool ok() const { return error.isEmpty(); }
    // The revisions the run touches, in order (for the graph's highlighted path).
    QStringList path() const;
};

// A failed run, as the window reports it: the database's words and where in which script.
struct RunFailure
{
    QString revision;  // the step that failed (empty when the run failed before a step)
    QString message;   // the engine's message, "file:line: …" included
    QString databaseMessage; // the server's own text, when there is one
    QString statement; // the statement that failed
    QString path;      // absolute path of the script
    int line = 0;      // 1-based line of the failing statement in it
};

// "↑ upgrade", "↓ downgrade", "stamp"
QString directionText(Core::PlanStep::Direction direction);

} // namespace Stepwise::Ui
