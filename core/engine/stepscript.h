#pragma once

#include "core/base/result.h"
#include "core/graph/planner.h"
#include "core/sql/sqlstatement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Core {

class Dialect;
class RevisionGraph;
struct RevisionSection;

// What the user has confirmed for a run.
struct StepChecks
{
    // Downgrade through revisions whose down section undoes nothing of their up section
    // (RevisionGraph::downUndoesNothing): `--allow-empty-down`, Studio's confirmation.
    bool allowEmptyDown = false;
};

// The statements one plan step runs: the revision's up or down section split by the dialect's
// splitter, with the file they come from. Stamp steps have none.
struct StepScript
{
    QList<SqlStatement> statements;
    bool transactional = true; // false for "-- migrate:up transaction:false"
    QString file;              // relative path, for file:line messages
    QString checksum;          // of the up section (upgrade steps)

    // Errors: the revision is Python (Alembic) and cannot be run, a downgrade through a
    // revision without down section (irreversible) or, unless allowed, with an empty one, or
    // the section cannot be split.
    static Result<StepScript> forStep(const RevisionGraph &graph, const PlanStep &step,
                                      const Dialect &dialect, StepChecks checks = {});
    // Checks every step of a plan before anything runs (irreversible revisions, Python
    // revisions, unsplittable sections) and returns all scripts, in step order.
    static Result<QList<StepScript>> forPlan(const RevisionGraph &graph, const Plan &plan,
                                             const Dialect &dialect, StepChecks checks = {});
    // The revisions of `plan` a downgrade would pass whose down section undoes nothing.
    static QStringList emptyDowns(const RevisionGraph &graph, const Plan &plan);

    // The statements as an offline script writes them: each ending with ';' — and for MySQL a
    // body holding ';' (procedures, triggers) wrapped in DELIMITER lines for the client.
    QStringList offlineStatements(const Dialect &dialect) const;
};

} // namespace Stepwise::Core
