#pragma once

#include "core/graph/graphlayout.h"

#include <QList>

#include <vector>

namespace Stepwise::Core {

class RevisionGraph;

// Collapsed linear history (issue 17): a run of revisions that each have exactly one parent
// (down_revision) and exactly one child, take part in no depends_on link (neither way), carry
// no branch label and are not pinned by the caller (a database badge, a failure, whatever the
// view must keep in sight) can be drawn as one segment ("214 revisions"). Such a chain sits in
// consecutive rows of one lane of layoutLanes()'s grid, so folding it only removes rows:
// every lane stays as it was, and unfolding it gives the very same layout back.
struct LinearRun
{
    QList<int> revisions; // revision indexes, newest (top row) first
    int lane = 0;         // the lane all of them sit in
    int firstRow = 0;     // row of revisions.first() in the full layout
    int lastRow = 0;      // row of revisions.last() in the full layout
    int mergedBranches = 0; // compactRuns(): side branches merged back inside; 0 for a chain

    int size() const { return int(revisions.size()); }
};

// The maximal runs of foldable revisions with at least minLength members, in row order
// (top first). pinned: per revision index, non-zero when that revision must stay visible
// (shorter than the graph = nothing pinned past its end). Linear in revisions. Runs are
// maximal: the child of a run's first revision and the parent of its last are not foldable
// or absent. A branch label counts where it is declared (Revision::branchLabels), not where
// it is inherited (labels()), or no labelled branch could ever fold. The one exception to
// maximality: a chain the layout did not put in consecutive rows of one lane (only possible
// in an invalid graph with cycles) is split where it breaks.
QList<LinearRun> linearRuns(const RevisionGraph &graph, const GraphLayout &layout,
                            const std::vector<char> &pinned = {}, int minLength = 3);

// Compact history, a step further than linearRuns(): a run may also swallow side branches
// that fork off and merge back inside it ("1,204 revisions · 48 merged branches"), so a long
// history of short-lived branches folds as well. A region grows down from a revision that is
// not a head (a branch point too: its segment then forks): through chain links, and through a merge whose parents are all chains of foldable
// revisions (possibly empty) leading down to one fork that has exactly those children and one
// parent. Every member is foldable but for the one-parent/one-child rule (no depends_on, no
// declared label, not pinned); edges enter the region only into its oldest revision (one, or
// the parents of a merge it ends with, drawn joining the segment) and leave it only from its
// newest (to its children); its revisions fill a block of consecutive rows whose top and bottom are in one
// lane, so folding it only removes rows as for a chain. Regions
// with fewer than minLength revisions are left out. Every chain linearRuns() finds lies
// inside one region. Linear in revisions and edges.
QList<LinearRun> compactRuns(const RevisionGraph &graph, const GraphLayout &layout,
                             const std::vector<char> &pinned = {}, int minLength = 3);

// A full layout (from layoutLanes) with some runs folded: each folded run takes one row, the
// row where its newest revision would be; every member's rowOf is that row; revisionAt of
// that row is the run's newest revision; edges between two members of one folded run are left
// out; every other edge is kept, with lanes unchanged. folded: per run of `runs`, non-zero when
// folded (shorter than runs = the rest unfolded). runAtRow (optional, out): per row of the
// result, the index in `runs` of the folded run drawn there, -1 for a plain revision. An edge
// whose ends become adjacent rows keeps its lane (painters take the child's lane there).
// Linear in revisions and edges.
GraphLayout foldLayout(const GraphLayout &full, const QList<LinearRun> &runs,
                       const std::vector<char> &folded, QList<int> *runAtRow = nullptr);

} // namespace Stepwise::Core
