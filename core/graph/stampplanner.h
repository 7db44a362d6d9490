#pragma once

#include "core/graph/planner.h"

namespace Stepwise::Core {

// The stamp plans of alembic-semantics.md §3.4 (Planner::stamp): the version-table rows change
// by lineage and no migration runs. Stateless, pure and thread-safe; the graph must be valid.
class StampPlanner
{
public:
    static Result<Plan> plan(const RevisionGraph &graph, const QStringList &rows,
                             const QStringList &targets, bool purge);
};

} // namespace Stepwise::Core
