#pragma once

#include "core/graph/targetresolver.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Stepwise::Core {

class RevisionGraph;

// history -r LOWER:UPPER (alembic-semantics.md §2.5, §5.3) for TargetResolver::historyRange:
// Alembic's walk_revisions → _collect_upgrade_revisions(inclusive=True, implicit_base=False,
// assert_relative_length=False), quirks included. Uses the resolver's lookups and walks; holds
// references, so the resolver and its graph must outlive it.
class HistoryRange
{
public:
    HistoryRange(const TargetResolver &resolver, const RevisionGraph &graph)
        : m_resolver(resolver)
        , m_graph(graph)
    {
    }

    // The revisions to list, in history order. `rows` is used for "current" on either side.
    Result<QList<int>> resolve(const QString &range, const QList<int> &rows) const;

private:
    struct RangeEnd
    {
        QString text;      // as typed ("base" / "heads" when left empty)
        QStringList items; // several ids when the end is "current" (the rows)
        bool isRows = false;
        QString display() const; // how Alembic prints it in "Requested range …"
    };
    Result<QList<int>> between(const RangeEnd &lower, const RangeEnd &upper) const;
    Result<QList<int>> upperEnd(const RangeEnd &lower, const RangeEnd &upper) const;
    Result<QList<int>> lowerEnd(const RangeEnd &lower, const RangeEnd &upper,
                                const std::vector<char> &needed) const;
    Result<QList<int>> lookupEnd(const RangeEnd &end) const;

    const TargetResolver &m_resolver;
    const RevisionGraph &m_graph;
};

} // namespace Stepwise::Core
