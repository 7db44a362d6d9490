// Upgrade, downgrade and stamp plans (alembic-semantics.md §3), with the ⚑ corrections of
// §3.4 and §3.5. Messages that Alembic prints are kept in its words (not translated).
#include "core/graph/planner.h"

#include "core/base/tr.h"
#include "core/graph/revisiongraph.h"
#include "core/graph/stampplanner.h"
#include "core/graph/targetresolver.h"

#include <algorithm>

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

Result<Plan> Planner::stamp(const RevisionGraph &graph, const QStringList &rows,
                            const QStringList &targets, bool purge)
{
    return StampPlanner::plan(graph, rows, targets, purge);
}

// The plan ordering of alembic-semantics.md §3.6, two ways: the pseudo-code as written
// (headFirstOrderReference) and an equivalent that avoids its ancestor sets (headFirstOrder).
//
// Why the fast one gives the same order. The pseudo-code asks, for the slot c = slots[i],
// "is c an ancestor of another slot?". Let P' be the pending revisions reachable from the
// starting slots by walking N(r) inside P (the others are never visited by either version).
// (1) Every pending revision of P' lies at or below some slot: true at the start, and when c
//     is emitted its pending N-members become slots or already are. (2) Emitted revisions
//     have no pending revision above them, since c is emitted only when no slot is above it.
// (3) When P' is convex (no path leaves P' and comes back), a path from c up to a slot runs
//     through pending revisions only. So "c is below another slot" ⇔ "c has a pending
//     revision directly above it": a counter per revision, updated on each emission. Only
//     when c is held back do we search the pending revisions above c for the slot with the
//     smallest index — exactly the `k` of the pseudo-code. Plans and history ranges give
//     convex sets; anything else falls back to the reference (tests compare both).

namespace {

QList<int> initialSlots(const std::vector<char> &pending, const QList<int> &starts)
{
    QList<int> slots;
    for (int s : starts)
        if (s >= 0 && size_t(s) < pending.size() && pending[size_t(s)] && !slots.contains(s))
            slots.append(s);
    std::sort(slots.begin(), slots.end()); // indices are load order
    return slots;
}

// P': the pending revisions the walk can reach from the slots.
std::vector<char> reachable(const RevisionGraph &graph, const std::vector<char> &pending,
                            const QList<int> &slots)
{
    std::vector<char> seen(pending.size(), 0);
    QList<int> todo = slots;
    for (int s : slots)
        seen[size_t(s)] = 1;
    while (!todo.isEmpty()) {
        const int v = todo.takeLast();
        for (int d : graph.downRevisions(v)) {
            if (pending[size_t(d)] && !seen[size_t(d)]) {
                seen[size_t(d)] = 1;
                todo.append(d);
            }
        }
    }
    return seen;
}

bool isConvex(const RevisionGraph &graph, const std::vector<char> &set)
{
    QList<int> members;
    for (int i = 0; i < graph.size(); ++i)
        if (set[size_t(i)])
            members.append(i);
    const std::vector<char> above = graph.descendantMask(members);
    const std::vector<char> below = graph.ancestorMask(members);
    for (int i = 0; i < graph.size(); ++i)
        if (above[size_t(i)] && below[size_t(i)] && !set[size_t(i)])
            return false;
    return true;
}

// The index of the first slot (other than c's, at index `self`) above c, searching pending
// revisions only. Depth-first, lower revisions first, and it stops as soon as it meets the
// smallest index possible: with many parallel lines over one held-back revision each search
// then climbs a single line instead of all of them.
int firstSlotAbove(const RevisionGraph &graph, int c, qsizetype self,
                   const std::vector<char> &pending, const std::vector<char> &isSlot,
                   const QList<int> &slots, std::vector<int> &visitStamp, int stampValue)
{
    const qsizetype smallest = self == 0 ? 1 : 0;
    qsizetype best = -1;
    QList<int> todo{c};
    visitStamp[size_t(c)] = stampValue;
    while (!todo.isEmpty()) {
        const int v = todo.takeLast();
        if (v != c && isSlot[size_t(v)]) {
            const qsizetype k = slots.indexOf(v);
            if (k >= 0 && (best < 0 || k < best))
                best = k;
            if (best == smallest)
                return int(best);
        }
        const QList<int> &up = graph.upRevisions(v);
        for (qsizetype j = up.size() - 1; j >= 0; --j) {
            const int u = up.at(j);
            if (!pending[size_t(u)] || visitStamp[size_t(u)] == stampValue)
                continue;
            visitStamp[size_t(u)] = stampValue;
            todo.append(u);
        }
    }
    return int(best);
}

} // namespace

QList<int> Planner::headFirstOrder(const RevisionGraph &graph, const std::vector<char> &pendingIn,
                                   const QList<int> &starts)
{
    QList<int> slots = initialSlots(pendingIn, starts);
    std::vector<char> pending = reachable(graph, pendingIn, slots);
    if (!isConvex(graph, pending))
        return headFirstOrderReference(graph, pending, starts);

    const int n = graph.size();
    std::vector<int> above(size_t(n), 0); // pending revisions having this one in N(r)
    for (int v = 0; v < n; ++v)
        if (pending[size_t(v)])
            for (int d : graph.downRevisions(v))
                ++above[size_t(d)];
    std::vector<char> isSlot(size_t(n), 0);
    for (int s : std::as_const(slots))
        isSlot[size_t(s)] = 1;
    std::vector<int> visitStamp(size_t(n), -1);
    int searches = 0;

    QList<int> out;
    qsizetype i = 0;
    while (!slots.isEmpty()) {
        const int c = slots.at(i);
        if (above[size_t(c)] > 0) {
            const int k = firstSlotAbove(graph, c, i, pending, isSlot, slots, visitStamp, searches++);
            if (k >= 0) {
                i = k;
                continue;
            }
        }
        out.append(c);
        pending[size_t(c)] = 0;
        isSlot[size_t(c)] = 0;
        QList<int> fresh;
        for (int d : graph.downRevisions(c)) {
            if (!pending[size_t(d)])
                continue;
            --above[size_t(d)];
            if (!isSlot[size_t(d)])
                fresh.append(d);
        }
        if (fresh.isEmpty()) {
            slots.removeAt(i);
            i = std::max<qsizetype>(i - 1, 0);
            continue;
        }
        slots[i] = fresh.first();
        for (int d : std::as_const(fresh)) {
            isSlot[size_t(d)] = 1;
            if (d != fresh.first())
                slots.append(d);
        }
    }
    return out;
}

QList<int> Planner::headFirstOrderReference(const RevisionGraph &graph,
                                            const std::vector<char> &pendingIn,
                                            const QList<int> &starts)
{
    std::vector<char> pending = pendingIn;
    QList<int> slots = initialSlots(pending, starts);
    QList<int> out;
    qsizetype i = 0;
    while (!slots.isEmpty()) {
        const int c = slots.at(i);
        qsizetype k = -1;
        for (qsizetype j = 0; j < slots.size() && k < 0; ++j)
            if (j != i && graph.ancestorMask({slots.at(j)})[size_t(c)])
                k = j;
        if (k >= 0) {
            i = k;
            continue;
        }
        out.append(c);
        pending[size_t(c)] = 0;
        QList<int> fresh;
        for (int d : graph.downRevisions(c))
            if (pending[size_t(d)] && !slots.contains(d))
                fresh.append(d);
        if (fresh.isEmpty()) {
            slots.removeAt(i);
            i = std::max<qsizetype>(i - 1, 0);
        } else {
            slots[i] = fresh.first();
            slots.append(fresh.mid(1));
        }
    }
    return out;
}

} // namespace Stepwise::Core
