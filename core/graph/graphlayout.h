#pragma once

#include <QList>

namespace Stepwise::Core {

class RevisionGraph;

// Where the revision graph view draws each revision and edge: a grid of rows (newest on top,
// every child above its parents, branches kept together as in `git log --graph`) and lanes
// (columns). Pure data, computed by layoutLanes(); the views only paint it (style.md §5).
struct GraphLayout
{
    // One drawn edge, from a parent (or depends_on target) below to a revision above.
    // The edge leaves the parent's cell, runs straight up in `lane` through every row strictly
    // between the two ends (rows childRow+1 … parentRow-1), and enters the child's cell; when
    // the rows are adjacent there is no straight run and `lane` is the child's lane.
    struct Edge
    {
        int parent = -1; // revision index (load order) of the lower end
        int child = -1;  // revision index of the upper end
        int lane = 0;    // lane of the straight run between the ends; -1: direct (below)
        bool dependency = false; // a depends_on edge rather than down_revision

        // A depends_on edge with no lane free over its span: drawn as one dashed curve from end
        // to end across the lanes, so secondary links never make the graph wider.
        bool direct() const { return lane < 0; }
    };

    QList<int> rowOf;      // per revision index: its row, 0 = top
    QList<int> laneOf;     // per revision index: its lane, 0 = left
    QList<int> revisionAt; // per row: the revision index drawn there
    QList<Edge> edges;     // every down_revision and depends_on link, once each
    int laneCount = 0;     // lanes used by nodes and edge runs

    int size() const { return int(revisionAt.size()); }
};

// Lays out the graph in time linear in revisions and edges (times the number of lanes for
// routing merge and depends_on edges). Lanes are assigned from the oldest revision upward,
// so appending a revision (a new head, merge or base) never moves an existing revision to
// another lane. An invalid graph (cycles) still gets a layout; edges that would point
// downwards are left out.
GraphLayout layoutLanes(const RevisionGraph &graph);

} // namespace Stepwise::Core
