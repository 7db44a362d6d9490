#include "core/graph/graphlayout.h"

#include "core/graph/revisiongraph.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace Stepwise::Core {

namespace {

using Interval = std::pair<int, int>; // first and last time a lane is held, inclusive

// Time runs bottom-up: time 0 is the oldest revision drawn (bottom row), row = n - 1 - time.
// Three passes: a parents-first order that keeps chains together, lanes for revisions and
// their "primary" edges in that order, then routes for the remaining (merge and depends_on)
// edges around what the second pass placed.
class LaneLayouter
{
public:
    explicit LaneLayouter(const RevisionGraph &graph)
        : m_graph(graph)
        , m_n(graph.size())
        , m_time(size_t(m_n), -1)
        , m_primary(size_t(m_n), -1)
        , m_lane(size_t(m_n), -1)
    {
    }

    GraphLayout run();

private:
    void rankByAge();
    void order();
    void assignLanes();
    void collectEdges();
    void routeSecondaryEdges();
    int takeFreeLane();
    bool laneFree(int lane, int first, int last);

    const RevisionGraph &m_graph;
    const int m_n;
    std::vector<int> m_order;   // time → revision
    std::vector<int> m_time;    // revision → time
    std::vector<int> m_primary; // revision → the down-neighbour whose placement made it ready
    std::vector<int> m_lane;    // revision → lane
    std::vector<int> m_age;     // revision → rank by (created, load index)
    std::vector<int> m_readyStart; // revision → first of its primary children in m_ready
    std::vector<int> m_ready;      // primary children of each revision, oldest first
    std::vector<std::vector<Interval>> m_held; // per lane, pass-two holdings in time order
    std::vector<size_t> m_heldCursor;          // per lane, first holding not yet behind us
    std::vector<int> m_runEnd;                 // per lane, last time of a pass-three run
    std::priority_queue<int, std::vector<int>, std::greater<>> m_freeLanes;
    int m_laneCount = 0;
    QList<GraphLayout::Edge> m_edges;
};

// "Newer" means a later `created` header (none counts as oldest), then later in load order:
// load order is sorted file names, which says little with random ids, hence the header.
void LaneLayouter::rankByAge()
{
    std::vector<int> byAge(static_cast<size_t>(m_n));
    for (int i = 0; i < m_n; ++i)
        byAge[size_t(i)] = i;
    std::stable_sort(byAge.begin(), byAge.end(), [this](int a, int b) {
        return m_graph.revision(a).created < m_graph.revision(b).created;
    });
    m_age.resize(size_t(m_n));
    for (int k = 0; k < m_n; ++k)
        m_age[size_t(byAge[size_t(k)])] = k;
}

// LIFO Kahn: after a revision, its newest ready child comes next, so chains stay together
// and a revision added to the project is placed right after its last parent, a sink that
// leaves the order and lane state of everything else exactly as before.
void LaneLayouter::order()
{
    std::vector<int> pending(size_t(m_n), 0);
    for (int i = 0; i < m_n; ++i) {
        for (int c : m_graph.dependents(i))
            ++pending[size_t(c)];
    }
    std::vector<int> stack;
    std::vector<char> done(size_t(m_n), 0);
    for (int i = m_n - 1; i >= 0; --i) { // oldest base on top: the bottom row
        if (pending[size_t(i)] == 0)
            stack.push_back(i);
    }
    m_order.reserve(size_t(m_n));
    m_readyStart.assign(size_t(m_n) + 1, 0);
    m_ready.reserve(size_t(m_n));
    int nextForced = 0; // cycles leave revisions never ready; take them in load order
    while (int(m_order.size()) < m_n) {
        if (stack.empty()) {
            while (done[size_t(nextForced)])
                ++nextForced;
            stack.push_back(nextForced);
        }
        const int v = stack.back();
        stack.pop_back();
        if (done[size_t(v)])
            continue;
        done[size_t(v)] = 1;
        m_time[size_t(v)] = int(m_order.size());
        m_order.push_back(v);
        const size_t first = m_ready.size();
        m_readyStart[size_t(v)] = int(first);
        for (int c : m_graph.dependents(v)) {
            if (--pending[size_t(c)] == 0 && !done[size_t(c)] && m_primary[size_t(c)] < 0) {
                m_primary[size_t(c)] = v;
                m_ready.push_back(c);
            }
        }
        std::sort(m_ready.begin() + qsizetype(first), m_ready.end(),
                  [this](int a, int b) { return m_age[size_t(a)] < m_age[size_t(b)]; });
        stack.insert(stack.end(), m_ready.begin() + qsizetype(first), m_ready.end());
    }
}

int LaneLayouter::takeFreeLane()
{
    if (!m_freeLanes.empty()) {
        const int lane = m_freeLanes.top();
        m_freeLanes.pop();
        return lane;
    }
    m_held.emplace_back();
    return m_laneCount++;
}

// A revision sits in the lane its primary edge reserved (a base takes the leftmost free
// lane); its oldest primary child continues in its lane and the others branch off into new
// ones, newest last, so an appended revision only ever takes a lane nobody else wanted.
void LaneLayouter::assignLanes()
{
    std::vector<int> reserved(size_t(m_n), -1);
    std::vector<int> heldSince; // per lane
    for (int t = 0; t < m_n; ++t) {
        const int v = m_order[size_t(t)];
        int lane = reserved[size_t(v)];
        if (lane < 0) {
            lane = takeFreeLane();
            heldSince.resize(size_t(m_laneCount), 0);
            heldSince[size_t(lane)] = t;
        }
        m_lane[size_t(v)] = lane;
        bool continued = false;
        const auto readyEnd = t + 1 < m_n ? m_readyStart[size_t(m_order[size_t(t + 1)])]
                                          : int(m_ready.size());
        for (int k = m_readyStart[size_t(v)]; k < readyEnd; ++k) {
            const int c = m_ready[size_t(k)];
            if (!continued) {
                reserved[size_t(c)] = lane;
                continued = true;
                continue;
            }
            // Held from the next row: at this row the branch is only the start of a curve,
            // so a merge edge may still pass straight through its lane here.
            const int branch = takeFreeLane();
            heldSince.resize(size_t(m_laneCount), 0);
            heldSince[size_t(branch)] = t + 1;
            reserved[size_t(c)] = branch;
        }
        if (!continued) {
            m_held[size_t(lane)].emplace_back(heldSince[size_t(lane)], t);
            m_freeLanes.push(lane);
        }
    }
}

void LaneLayouter::collectEdges()
{
    m_edges.reserve(m_n + m_n / 8);
    for (int c = 0; c < m_n; ++c) {
        const QList<int> &parents = m_graph.parents(c);
        const auto add = [&](int p, bool dependency) {
            if (m_time[size_t(p)] < m_time[size_t(c)]) // cycles: no edge pointing down
                m_edges.append({p, c, m_lane[size_t(c)], dependency});
        };
        for (int p : parents)
            add(p, false);
        for (int d : m_graph.dependencies(c)) {
            if (!parents.contains(d))
                add(d, true);
        }
    }
}

// Is `lane` free of revisions, primary edges and other routed runs from time first to last?
bool LaneLayouter::laneFree(int lane, int first, int last)
{
    if (m_runEnd[size_t(lane)] >= first - 1) // keep a row between runs: no touching curves
        return false;
    const std::vector<Interval> &held = m_held[size_t(lane)];
    size_t &cursor = m_heldCursor[size_t(lane)];
    while (cursor < held.size() && held[cursor].second < first)
        ++cursor;
    return cursor == held.size() || held[cursor].first > last;
}

// Edges other than a revision's primary one (the other parents of a merge, depends_on) run
// in a lane free over their whole span, as close to their ends as possible; a merge's edge
// opens a new lane when none is free, a depends_on link goes direct instead. Taken in order
// of their lower end, so the cursors above only move forward: linear in edges × lanes.
void LaneLayouter::routeSecondaryEdges()
{
    std::vector<int> secondary;
    for (int e = 0; e < int(m_edges.size()); ++e) {
        const GraphLayout::Edge &edge = m_edges.at(e);
        if (m_primary[size_t(edge.child)] != edge.parent)
            secondary.push_back(e);
    }
    std::stable_sort(secondary.begin(), secondary.end(), [this](int a, int b) {
        return m_time[size_t(m_edges.at(a).parent)] < m_time[size_t(m_edges.at(b).parent)];
    });
    m_heldCursor.assign(size_t(m_laneCount), 0);
    m_runEnd.assign(size_t(m_laneCount), -2);
    for (int e : secondary) {
        GraphLayout::Edge &edge = m_edges[e];
        const int first = m_time[size_t(edge.parent)] + 1;
        const int last = m_time[size_t(edge.child)] - 1;
        if (first > last)
            continue; // adjacent rows: a direct curve, no run
        const int from = m_lane[size_t(edge.parent)];
        const int to = m_lane[size_t(edge.child)];
        int best = -1;
        int bestCost = 0;
        for (int lane = 0; lane < m_laneCount; ++lane) {
            const int cost = 2 * (std::abs(lane - from) + std::abs(lane - to))
                + (lane == from ? 0 : 1);
            if ((best < 0 || cost < bestCost) && laneFree(lane, first, last)) {
                best = lane;
                bestCost = cost;
            }
        }
        if (best < 0 && edge.dependency) {
            // A depends_on link never widens the graph: with no lane free over its span it is
            // drawn as a direct dashed curve (GraphLayout::Edge::direct).
            edge.lane = -1;
            continue;
        }
        if (best < 0) {
            best = m_laneCount++;
            m_held.emplace_back();
            m_heldCursor.push_back(0);
            m_runEnd.push_back(-2);
        }
        m_runEnd[size_t(best)] = last;
        edge.lane = best;
    }
}

GraphLayout LaneLayouter::run()
{
    rankByAge();
    order();
    assignLanes();
    collectEdges();
    routeSecondaryEdges();

    GraphLayout layout;
    layout.rowOf.resize(m_n);
    layout.laneOf.resize(m_n);
    layout.revisionAt.resize(m_n);
    for (int i = 0; i < m_n; ++i) {
        const int row = m_n - 1 - m_time[size_t(i)];
        layout.rowOf[i] = row;
        layout.laneOf[i] = m_lane[size_t(i)];
        layout.revisionAt[row] = i;
    }
    layout.edges = std::move(m_edges);
    layout.laneCount = m_laneCount;
    return layout;
}

} // namespace

GraphLayout layoutLanes(const RevisionGraph &graph)
{
    return LaneLayouter(graph).run();
}

} // namespace Stepwise::Core
