#pragma once

#include "core/base/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Stepwise::Core {

class RevisionGraph;

// One version-table statement of a step (§3.5): INSERT to, UPDATE from→to, DELETE from.
struct RowChange
{
    enum Kind { Insert, Update, Delete };
    Kind kind = Insert;
    QString from; // Update, Delete
    QString to;   // Insert, Update

    bool operator==(const RowChange &other) const = default;
};

// One step of a plan: run one migration (Up/Down) or stamp, then change the rows.
struct PlanStep
{
    enum Direction { Up, Down, Stamp };
    QString revision;     // the migration run (empty for a stamp step)
    Direction direction = Up;
    // For the "Running upgrade c, e -> m" / "Running stamp_revision c -> b" lines (§5.7):
    // down_revision ids (no dependencies) on the lower side, the revision on the other; a
    // stamp goes from the related rows (none for a new branch) to its destination (none for
    // base). AlembicFormat::runningLine() writes the line.
    QStringList fromIds, toIds;
    QList<RowChange> rowChanges;

    // What the history table records as this step's revision: the migration run, or for a
    // stamp its destinations ("a, b"), and "base" for a stamp down to nothing.
    QString historyRevision() const
    {
        if (direction != Stamp)
            return revision;
        return toIds.isEmpty() ? QStringLiteral("base") : toIds.join(QStringLiteral(", "));
    }
};

// What a command will do, computed before anything is touched (pure, §3).
struct Plan
{
    QList<PlanStep> steps;
    QStringList rowsAfter;  // version-table rows after the last step, in table order
    // Alembic's warning texts without its "path:line: UserWarning: " prefix, e.g. "downgrade -1
    // from multiple heads is ambiguous; this usage will be disallowed in a future release."
    QStringList warnings;
    bool purge = false;     // stamp --purge: DELETE every row before the steps
};

struct PlanOptions
{
    bool purge = false; // stamp --purge (§3.4 step 4)
};

// Plans upgrade (§3.2), downgrade (§3.3) and stamp (§3.4) from the version-table rows (ids
// in table order). Stateless; all functions are pure and thread-safe. The graph must be
// valid. Checking for irreversible revisions (RevisionGraph::hasDownSection) is the engine's.
class Planner
{
public:
    enum class Command { Upgrade, Downgrade, Stamp };

    static Result<Plan> plan(const RevisionGraph &graph, const QStringList &rows, Command command,
                             const QStringList &targets, const PlanOptions &options = {});

    static Result<Plan> upgrade(const RevisionGraph &graph, const QStringList &rows,
                                const QString &target);
    static Result<Plan> downgrade(const RevisionGraph &graph, const QStringList &rows,
                                  const QString &target);
    static Result<Plan> stamp(const RevisionGraph &graph, const QStringList &rows,
                              const QStringList &targets, bool purge = false);

    // The plan ordering of §3.6: `pending` in head-first order starting from `starts`
    // (every revision before anything in its N closure). Linear in the common case: a
    // revision is held back only while a pending revision above it exists (counted), and
    // only then is the first slot above it searched for.
    static QList<int> headFirstOrder(const RevisionGraph &graph, const std::vector<char> &pending,
                                     const QList<int> &starts);
    // The pseudo-code of §3.6 written out literally (quadratic); kept for tests that check
    // headFirstOrder against it.
    static QList<int> headFirstOrderReference(const RevisionGraph &graph,
                                              const std::vector<char> &pending,
                                              const QList<int> &starts);

    // The version-table statements of one upgrade / downgrade step of `revision` (§3.5,
    // ⚑ corrected rules), applied to `rows` (indices, table order; updated in place).
    static QList<RowChange> upgradeRows(const RevisionGraph &graph, QList<int> &rows, int revision);
    static QList<RowChange> downgradeRows(const RevisionGraph &graph, QList<int> &rows,
                                          int revision);
};

} // namespace Stepwise::Core
