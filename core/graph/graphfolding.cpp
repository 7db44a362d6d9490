#include "core/graph/graphfolding.h"

#include "core/graph/revisiongraph.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace Stepwise::Core {

namespace {

// Per revision: non-zero when it is the target of some depends_on. dependents() cannot tell:
// a revision naming i both as parent and in depends_on is one dependent, yet still a link.
std::vector<char> dependencyTargets(const RevisionGraph &graph)
{
    std::vector<char> target(size_t(graph.size()), 0);
    for (int i = 0; i < graph.size(); ++i) {
        for (int d : graph.dependencies(i))
            target[size_t(d)] = 1;
    }
    return target;
}

// Nothing on it the view must show: no depends_on either way, no declared label, not pinned.
bool plain(const RevisionGraph &graph, int i, const std::vector<char> &dependencyTarget,
           const std::vector<char> &pinned)
{
    const Revision &r = graph.revision(i);
    return !dependencyTarget[size_t(i)] && graph.dependencies(i).isEmpty()
        && r.dependsOn.isEmpty() && r.branchLabels.isEmpty()
        && !(size_t(i) < pinned.size() && pinned[size_t(i)]);
}

// Folding it hides nothing the view must show: a plain link of a single line of history.
// The raw dependsOn counts too, so a depends_on left unresolved (invalid graph) keeps it.
bool foldable(const RevisionGraph &graph, int i, const std::vector<char> &dependencyTarget,
              const std::vector<char> &pinned)
{
    return graph.parents(i).size() == 1 && graph.children(i).size() == 1
        && plain(graph, i, dependencyTarget, pinned);
}

} // namespace

// One pass over the rows: a chain continues downwards only into its member's parent sitting
// in the very next row and the same lane, so a chain the layout broke up (cycles) is split
// right there and a run never spans rows it does not own.
QList<LinearRun> linearRuns(const RevisionGraph &graph, const GraphLayout &layout,
                            const std::vector<char> &pinned, int minLength)
{
    Q_ASSERT(layout.size() == graph.size());
    const std::vector<char> dependencyTarget = dependencyTargets(graph);
    QList<LinearRun> runs;
    LinearRun current;
    const auto close = [&] {
        if (!current.revisions.isEmpty() && current.size() >= minLength)
            runs.append(std::move(current));
        current = LinearRun();
    };
    for (int row = 0; row < layout.size(); ++row) {
        const int v = layout.revisionAt.at(row);
        if (!foldable(graph, v, dependencyTarget, pinned)) {
            close();
            continue;
        }
        const bool continues = !current.revisions.isEmpty()
            && graph.parents(current.revisions.constLast()).constFirst() == v
            && layout.laneOf.at(v) == current.lane;
        if (!continues) {
            close();
            current.lane = layout.laneOf.at(v);
            current.firstRow = row;
        }
        current.revisions.append(v);
        current.lastRow = row;
    }
    close();
    return runs;
}

namespace {

// Grows one region down from `top` (compactRuns()); members in the order they were taken.
class RegionGrower
{
public:
    RegionGrower(const RevisionGraph &graph, const GraphLayout &layout,
                 const std::vector<char> &dependencyTarget, const std::vector<char> &pinned,
                 std::vector<char> &taken)
        : m_graph(graph), m_layout(layout), m_target(dependencyTarget), m_pinned(pinned), m_taken(taken)
    {
    }

    // The region below and including top; merges counts the side branches swallowed.
    QList<int> grow(int top, int *merges)
    {
        QList<int> members;
        *merges = 0;
        int mergesValid = 0;
        qsizetype valid = 0; // members after the last chain link: one edge enters there
        m_inside.clear();
        int cur = top;
        const int topRow = m_layout.rowOf.at(top);
        int lowestRow = topRow;
        qsizetype scanned = 0; // members whose rows lowestRow has seen
        // A checkpoint where the region may end: cur just taken is its lowest revision, every
        // edge into the region ends at cur, and the region is one block of rows ending in its
        // top's lane (another branch's revision among its rows ends it earlier).
        const auto checkpoint = [&] {
            for (; scanned < members.size(); ++scanned)
                lowestRow = qMax(lowestRow, m_layout.rowOf.at(members.at(scanned)));
            if (lowestRow - topRow + 1 == members.size()
                && m_layout.laneOf.at(cur) == m_layout.laneOf.at(top)) {
                valid = members.size();
                mergesValid = *merges;
            }
        };
        while (plain(cur) && !m_graph.parents(cur).isEmpty() && (cur == top || childrenInside(cur))) {
            take(cur, members);
            checkpoint(); // a merge may end the region too: drawn as a segment its parents join
            if (m_graph.parents(cur).size() == 1) {
                cur = m_graph.parents(cur).constFirst();
                continue;
            }
            // A merge: every parent a chain down to one common fork, taken next round.
            QList<int> sides;
            const int fork = commonFork(cur, &sides);
            if (fork < 0)
                break;
            for (int s : std::as_const(sides))
                take(s, members);
            *merges += int(m_graph.parents(cur).size()) - 1;
            cur = fork;
        }
        while (members.size() > valid) // a bubble whose fork stayed outside: several edges in
            release(members);
        *merges = mergesValid;
        return members;
    }

    void release(QList<int> &members)
    {
        const int v = members.takeLast();
        m_inside.remove(v);
        m_taken[size_t(v)] = 0;
    }

private:
    bool plain(int i) const { return Stepwise::Core::plain(m_graph, i, m_target, m_pinned) && !m_taken[size_t(i)]; }

    bool childrenInside(int i) const
    {
        for (int c : m_graph.children(i)) {
            if (!m_inside.contains(c))
                return false;
        }
        return true;
    }

    void take(int i, QList<int> &members)
    {
        members.append(i);
        m_inside.insert(i);
        m_taken[size_t(i)] = 1;
    }

    // Follows each parent of the merge down its chain; all must meet at one fork whose
    // children are exactly the chains' ends (or the merge itself). -1 when they do not.
    int commonFork(int merge, QList<int> *sides) const
    {
        int fork = -1;
        QSet<int> ends; // the fork's children inside the bubble
        for (int p : m_graph.parents(merge)) {
            int cur = p;
            int last = merge;
            while (m_graph.parents(cur).size() == 1 && m_graph.children(cur).size() == 1 && plain(cur)) {
                sides->append(cur);
                last = cur;
                cur = m_graph.parents(cur).constFirst();
            }
            if (fork >= 0 && cur != fork)
                return -1;
            fork = cur;
            ends.insert(last);
        }
        if (fork < 0 || m_graph.children(fork).size() != ends.size())
            return -1;
        for (int c : m_graph.children(fork)) {
            if (!ends.contains(c))
                return -1;
        }
        return fork;
    }

    const RevisionGraph &m_graph;
    const GraphLayout &m_layout;
    const std::vector<char> &m_target;
    const std::vector<char> &m_pinned;
    std::vector<char> &m_taken;
    QSet<int> m_inside;
};

} // namespace

// Regions grown from the top down, so each starts at its newest revision; a region that the
// layout did not put in one block of rows with its ends in one lane is dropped, and its own
// chains are offered again as plain linear runs.
QList<LinearRun> compactRuns(const RevisionGraph &graph, const GraphLayout &layout,
                             const std::vector<char> &pinned, int minLength)
{
    Q_ASSERT(layout.size() == graph.size());
    const std::vector<char> dependencyTarget = dependencyTargets(graph);
    std::vector<char> taken(size_t(graph.size()), 0);
    std::vector<char> fallback(size_t(graph.size()), 0); // regions given back: chains only
    RegionGrower grower(graph, layout, dependencyTarget, pinned, taken);
    QList<LinearRun> runs;
    for (int row = 0; row < layout.size(); ++row) {
        const int top = layout.revisionAt.at(row);
        if (taken[size_t(top)] || graph.children(top).isEmpty())
            continue; // heads stay; a branch point may start a region (its segment then forks)
        int merges = 0;
        QList<int> members = grower.grow(top, &merges);
        if (members.size() < minLength) {
            while (!members.isEmpty())
                grower.release(members);
            continue;
        }
        std::sort(members.begin(), members.end(),
                  [&](int a, int b) { return layout.rowOf.at(a) < layout.rowOf.at(b); });
        const int first = layout.rowOf.at(members.constFirst());
        const int last = layout.rowOf.at(members.constLast());
        const bool block = last - first + 1 == members.size() && members.constFirst() == top
            && layout.laneOf.at(members.constFirst()) == layout.laneOf.at(members.constLast());
        if (!block) {
            for (int v : std::as_const(members))
                fallback[size_t(v)] = 1;
            continue; // members stay taken: no other region may claim them
        }
        LinearRun run;
        run.revisions = std::move(members);
        run.lane = layout.laneOf.at(top);
        run.firstRow = first;
        run.lastRow = last;
        run.mergedBranches = merges;
        runs.append(std::move(run));
    }
    // Regions the layout scattered: their plain chains still fold.
    std::vector<char> notFallback(size_t(graph.size()), 1);
    bool any = false;
    for (size_t i = 0; i < fallback.size(); ++i) {
        notFallback[i] = fallback[i] ? 0 : 1;
        any = any || fallback[i];
    }
    if (any) {
        std::vector<char> pin = notFallback;
        for (size_t i = 0; i < pinned.size() && i < pin.size(); ++i)
            pin[i] = pin[i] || pinned[i];
        runs.append(linearRuns(graph, layout, pin, minLength));
        std::sort(runs.begin(), runs.end(),
                  [](const LinearRun &a, const LinearRun &b) { return a.firstRow < b.firstRow; });
    }
    return runs;
}

GraphLayout foldLayout(const GraphLayout &full, const QList<LinearRun> &runs,
                       const std::vector<char> &folded, QList<int> *runAtRow)
{
    const int n = full.size();
    // Per full row: the full row of its folded run's newest revision, or -1.
    std::vector<int> foldInto(size_t(n), -1);
    std::vector<int> runOfRevision(size_t(full.rowOf.size()), -1);
    for (int k = 0; k < int(runs.size()); ++k) {
        if (size_t(k) >= folded.size() || !folded[size_t(k)])
            continue;
        const LinearRun &run = runs.at(k);
        const int top = full.rowOf.at(run.revisions.constFirst());
        for (int v : run.revisions) {
            Q_ASSERT(full.rowOf.at(v) >= top); // newest first, as linearRuns gives them
            foldInto[size_t(full.rowOf.at(v))] = top;
            runOfRevision[size_t(v)] = k;
        }
    }

    GraphLayout layout;
    layout.laneOf = full.laneOf;
    layout.laneCount = full.laneCount;
    layout.rowOf.resize(full.rowOf.size());
    if (runAtRow)
        runAtRow->clear();
    std::vector<int> newRow(size_t(n), -1); // per full row
    for (int row = 0; row < n; ++row) {
        const int v = full.revisionAt.at(row);
        const int into = foldInto[size_t(row)];
        if (into >= 0 && into != row) {
            newRow[size_t(row)] = newRow[size_t(into)];
        } else {
            newRow[size_t(row)] = int(layout.revisionAt.size());
            layout.revisionAt.append(v);
            if (runAtRow)
                runAtRow->append(into >= 0 ? runOfRevision[size_t(v)] : -1);
        }
        layout.rowOf[v] = newRow[size_t(row)];
    }

    layout.edges.reserve(full.edges.size());
    for (const GraphLayout::Edge &e : full.edges) {
        const int run = runOfRevision[size_t(e.child)];
        if (run < 0 || run != runOfRevision[size_t(e.parent)])
            layout.edges.append(e);
    }
    return layout;
}

} // namespace Stepwise::Core
