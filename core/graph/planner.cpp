// Upgrade, downgrade and stamp plans (alembic-semantics.md §3), with the ⚑ corrections of
// §3.4 and §3.5. Messages that Alembic prints are kept in its words (not translated).
#include "core/graph/planner.h"

#include "core/base/tr.h"
#include "core/graph/revisiongraph.h"
#include "core/graph/target.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// A row change by revision index; converted to ids once, when the step is recorded (the
// hot loop of a 10,000-step plan should not hash strings).
struct IndexChange
{
    RowChange::Kind kind;
    int from = -1, to = -1;
};

void apply(QList<int> &rows, const IndexChange &change)
{
    switch (change.kind) {
    case RowChange::Insert:
        rows.append(change.to);
        break;
    case RowChange::Update:
        rows[rows.indexOf(change.from)] = change.to;
        break;
    case RowChange::Delete:
        rows.removeOne(change.from);
        break;
    }
}

QList<RowChange> applyAll(const RevisionGraph &graph, QList<int> &rows,
                          const QList<IndexChange> &changes)
{
    QList<RowChange> out;
    out.reserve(changes.size());
    for (const IndexChange &c : changes) {
        apply(rows, c);
        out.append({c.kind, c.from >= 0 ? graph.id(c.from) : QString(),
                    c.to >= 0 ? graph.id(c.to) : QString()});
    }
    return out;
}

// Is d an ancestor of a row other than `except`? Only applied revisions lie between d and
// such a row, so the search climbs through applied revisions only: cheap on a downgrade,
// where everything above the step has already been removed from `applied`.
bool impliedByOtherRow(const RevisionGraph &graph, int d, int except, const QList<int> &rows,
                       const std::vector<char> &applied)
{
    QList<int> todo{d};
    QSet<int> seen{d};
    while (!todo.isEmpty()) {
        const int v = todo.takeLast();
        if (v != except && rows.contains(v))
            return true;
        for (int u : graph.upRevisions(v)) {
            if (u == except || !applied[size_t(u)] || seen.contains(u))
                continue;
            seen.insert(u);
            todo.append(u);
        }
    }
    return false;
}

QList<RowChange> downgradeRowsWith(const RevisionGraph &graph, QList<int> &rows, int r,
                                   const std::vector<char> &applied)
{
    QList<IndexChange> changes;
    if (!rows.contains(r))
        return {}; // nothing recorded for r (cannot happen from a consistent table)
    const QList<int> &down = graph.downRevisions(r);
    QList<int> keep;
    for (int d : down) {
        if (impliedByOtherRow(graph, d, r, rows, applied))
            continue;
        bool redundant = false; // ⚑ implied by another member of N(r)
        for (int other : down)
            redundant = redundant || (other != d && graph.isAncestor(d, other));
        if (!redundant)
            keep.append(d);
    }
    if (down.isEmpty() || keep.isEmpty()) {
        changes.append({RowChange::Delete, r, -1});
    } else if (down.size() > 1) {
        for (qsizetype k = 0; k + 1 < keep.size(); ++k)
            changes.append({RowChange::Insert, -1, keep.at(k)});
        changes.append({RowChange::Update, r, keep.last()});
    } else {
        changes.append({RowChange::Update, r, down.first()});
    }
    return applyAll(graph, rows, changes);
}

PlanStep migrationStep(const RevisionGraph &graph, int r, PlanStep::Direction direction)
{
    PlanStep step;
    step.revision = graph.id(r);
    step.direction = direction;
    const QStringList below = graph.ids(graph.parents(r)); // logs show down_revision only
    step.fromIds = direction == PlanStep::Up ? below : QStringList{graph.id(r)};
    step.toIds = direction == PlanStep::Up ? QStringList{graph.id(r)} : below;
    return step;
}

} // namespace

QList<RowChange> Planner::upgradeRows(const RevisionGraph &graph, QList<int> &rows, int r)
{
    const QList<int> &down = graph.downRevisions(r);
    QList<int> present;
    for (int d : down)
        if (rows.contains(d))
            present.append(d);
    QList<IndexChange> changes;
    if (present.isEmpty()) {
        changes.append({RowChange::Insert, -1, r});
    } else if (down.size() > 1 && present.size() > 1) {
        // §3.5 Upgrade-2. F drops members implied by a row outside N(r): as rows never lie
        // below one another (checked before planning, kept by every step), only members that
        // are rows remain (⚑), in N(r) order.
        for (qsizetype k = 0; k + 1 < present.size(); ++k)
            changes.append({RowChange::Delete, present.at(k), -1});
        changes.append({RowChange::Update, present.last(), r});
    } else {
        changes.append({RowChange::Update, present.first(), r});
    }
    return applyAll(graph, rows, changes);
}

QList<RowChange> Planner::downgradeRows(const RevisionGraph &graph, QList<int> &rows, int r)
{
    std::vector<char> applied = graph.ancestorMask(rows);
    return downgradeRowsWith(graph, rows, r, applied);
}

Result<Plan> Planner::plan(const RevisionGraph &graph, const QStringList &rows, Command command,
                           const QStringList &targets, const PlanOptions &options)
{
    switch (command) {
    case Command::Upgrade:
    case Command::Downgrade:
        if (targets.size() != 1)
            return Error(ErrorCode::Usage, Tr::tr("Exactly one target revision is needed"));
        return command == Command::Upgrade ? upgrade(graph, rows, targets.first())
                                           : downgrade(graph, rows, targets.first());
    case Command::Stamp:
        return stamp(graph, rows, targets, options.purge);
    }
    return Error(ErrorCode::Usage, Tr::tr("Unknown command"));
}

Result<Plan> Planner::upgrade(const RevisionGraph &graph, const QStringList &rowIds,
                              const QString &target)
{
    if (!graph.isValid())
        return Error(ErrorCode::Graph, Tr::tr("The revision graph has errors"));
    if (target.contains(u':')) // FROM:TO is for --sql only; the CLI splits it off there
        return TargetResolver::revisionError(u"Range revision not allowed"_s);
    const TargetResolver resolver(graph);
    const Result<QList<int>> rows = resolver.rowIndices(rowIds);
    if (!rows)
        return rows.error();
    const Result<QList<int>> targets = resolver.resolveUpgrade(target, *rows);
    if (!targets)
        return targets.error();
    if (const Result<void> o = TargetResolver::checkOverlap(graph, *targets); !o)
        return o.error();
    if (const Result<void> o = TargetResolver::checkOverlap(graph, *rows); !o)
        return o.error();

    std::vector<char> pending = graph.ancestorMask(*targets);
    const std::vector<char> applied = graph.ancestorMask(*rows);
    for (int i = 0; i < graph.size(); ++i)
        pending[size_t(i)] = pending[size_t(i)] && !applied[size_t(i)];
    QList<int> order = headFirstOrder(graph, pending, *targets);
    std::reverse(order.begin(), order.end());

    Plan plan;
    QList<int> current = *rows;
    for (int r : std::as_const(order)) {
        PlanStep step = migrationStep(graph, r, PlanStep::Up);
        step.rowChanges = upgradeRows(graph, current, r);
        plan.steps.append(step);
    }
    plan.rowsAfter = graph.ids(current);
    return plan;
}

Result<Plan> Planner::downgrade(const RevisionGraph &graph, const QStringList &rowIds,
                                const QString &target)
{
    if (!graph.isValid())
        return Error(ErrorCode::Graph, Tr::tr("The revision graph has errors"));
    if (target.contains(u':'))
        return TargetResolver::revisionError(u"Range revision not allowed"_s);
    const TargetResolver resolver(graph);
    const Result<QList<int>> rows = resolver.rowIndices(rowIds);
    if (!rows)
        return rows.error();
    Plan plan;
    QString warning;
    const Result<TargetResolver::Downgrade> dest = resolver.resolveDowngrade(target, *rows, &warning);
    if (!dest)
        return dest.error();
    if (!warning.isEmpty())
        plan.warnings.append(warning);

    QList<int> roots = dest->revision < 0 ? graph.bases() : graph.children(dest->revision);
    if (!dest->branch.isEmpty() && roots.size() > 1) {
        const Result<int> b = resolver.lookupOne(dest->branch); // _resolve_branch
        if (!b)
            return b.error();
        const std::vector<char> line = graph.ancestorMask({*b}, false);
        QList<int> kept;
        for (int r : std::as_const(roots))
            if (line[size_t(r)])
                kept.append(r);
        if (kept.isEmpty())
            return TargetResolver::revisionError(u"Not a valid downgrade target from current heads"_s);
        roots = kept;
    }
    std::vector<char> pending = graph.descendantMask(roots);
    std::vector<char> applied = graph.ancestorMask(*rows);
    bool any = false;
    for (int i = 0; i < graph.size(); ++i) {
        pending[size_t(i)] = pending[size_t(i)] && applied[size_t(i)];
        any = any || pending[size_t(i)];
    }
    if (dest->revision >= 0 && !any && !rows->contains(dest->revision)) {
        const QString message =
            u"Destination %1 is not a valid downgrade target from current head(s)"_s.arg(target);
        return Error(ErrorCode::Target, message)
            .withDetail(u"Revision %1 is not an ancestor of revision %2"_s.arg(
                u"Nothing to drop"_s, graph.ids(*rows).join(u", "_s)));
    }
    QList<int> current = *rows;
    for (int r : headFirstOrder(graph, pending, *rows)) {
        PlanStep step = migrationStep(graph, r, PlanStep::Down);
        applied[size_t(r)] = 0;
        step.rowChanges = downgradeRowsWith(graph, current, r, applied);
        plan.steps.append(step);
    }
    plan.rowsAfter = graph.ids(current);
    return plan;
}

} // namespace Stepwise::Core
