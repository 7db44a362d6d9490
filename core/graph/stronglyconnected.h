#pragma once

#include <QList>

#include <functional>
#include <vector>

namespace Stepwise::Core {

// Strongly connected components of a sub-graph (iterative Tarjan: a 10,000-long cycle must not
// overflow the stack). RevisionGraph uses it to name the revisions on each cycle.
class StronglyConnected
{
public:
    // The components of the sub-graph of `members` (vertices 0..n-1 with inSet[v] set), each
    // in the order Tarjan's algorithm pops it, components in completion order. next(v) lists
    // v's successors; those outside the set are skipped.
    static QList<QList<int>> components(const QList<int> &members, int n,
                                        const std::function<QList<int>(int)> &next,
                                        const std::vector<char> &inSet);
};

} // namespace Stepwise::Core
