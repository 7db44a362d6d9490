#pragma once
// Revision histories shaped like real projects' (issue 17), generated in code so the graph,
// layout, loader and benchmarks can be tested at realistic sizes without shipping thousands
// of files. Every function is deterministic: the same call gives the same ids, messages and
// `created` times. Revisions come in creation order (parents first), format Native, each
// with an up section creating a table t_<id> and a down section dropping it.
#include "core/repository/revision.h"

#include <QString>

namespace Stepwise::Test {

// 132 revisions: a base chain of 2, then the long-lived branches "expand" (65 revisions, two
// 2-revision side branches merged back into it) and "contract" (65 revisions, one side
// branch), growing side by side in time. Each branch's first revision declares its label;
// every 10th contract revision depends_on the expand revision of its day (6 in all). Two
// heads, neither of them a depends_on target.
Core::RevisionList twoLongLivedBranches();

// 600 revisions from one base: feature branches of 2–8 revisions fork off the main line
// while it moves on, and merge back; 50 merge revisions, one of them merging two features at
// once (three parents). One head, on the main line.
Core::RevisionList manyMerges();

// Exactly `count` revisions: a main line from one base where every `every` revisions a side
// branch of 2–5 revisions forks off and merges back 1–3 main-line revisions later (so about
// count / every branch points; none when every < 4). One head.
Core::RevisionList branchEvery(int count = 10000, int every = 25);

// Writes the revisions as a native project into dir (which must not hold one already):
// stepwise.ini (sqlite dialect) and versions/<id>_<slug>.sql, rendered by the core's own
// revision writer. False, with the reason in *error, when something cannot be written.
bool writeNativeProject(
    const QString &dir, const Core::RevisionList &revisions, QString *error = nullptr);

} // namespace Stepwise::Test
