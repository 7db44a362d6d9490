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
#include "core/graph/planner.h"

#include "core/graph/revisiongraph.h"

#include <algorithm>

namespace Stepwise::Core {

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
