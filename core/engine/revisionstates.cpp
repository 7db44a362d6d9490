#include "core/engine/revisionstates.h"

#include "core/engine/databasestate.h"
#include "core/graph/revisiongraph.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

RevisionStates RevisionStates::unknown(const RevisionGraph &graph)
{
    RevisionStates s;
    s.m_states = QList<RevisionState>(graph.size(), RevisionState::Unknown);
    return s;
}

RevisionStates RevisionStates::classify(const RevisionGraph &graph, const DatabaseState &state)
{
    RevisionStates s;
    const int n = graph.size();
    s.m_states = QList<RevisionState>(n, RevisionState::Pending);

    // Below a recorded head, or recorded as applied by the history table (which still knows
    // what was applied under a head whose file is gone).
    QList<int> appliedRoots;
    for (const QString &head : state.heads) {
        const int i = graph.indexOf(head);
        if (i >= 0)
            appliedRoots << i;
        else if (!s.m_unknownHeads.contains(head))
            s.m_unknownHeads << head;
    }
    for (auto it = state.appliedChecksums.cbegin(); it != state.appliedChecksums.cend(); ++it) {
        const int i = graph.indexOf(it.key());
        if (i >= 0)
            appliedRoots << i;
        else
            s.m_unknownApplied << it.key();
    }
    std::sort(s.m_unknownApplied.begin(), s.m_unknownApplied.end());
    const std::vector<char> applied =
        appliedRoots.isEmpty() ? std::vector<char>() : graph.ancestorMask(appliedRoots);

    QHash<QString, HistoryStatus> lastStatus; // revision → status of its last step
    for (const HistoryEntry &entry : state.history)
        lastStatus.insert(entry.revision, entry.status);

    for (int i = 0; i < n; ++i) {
        const Revision &revision = graph.revision(i);
        RevisionState r = RevisionState::Pending;
        if (size_t(i) < applied.size() && applied[size_t(i)]) {
            const QString recorded = state.appliedChecksums.value(revision.id);
            const QString now = revision.up.checksum;
            if (!recorded.isEmpty() && !now.isEmpty() && recorded != now) {
                r = RevisionState::Drifted;
                s.m_drifted.append({revision.id, revision.relativePath, recorded, now});
            } else {
                r = state.heads.contains(revision.id) ? RevisionState::Current : RevisionState::Applied;
            }
        } else if (lastStatus.value(revision.id, HistoryStatus::Ok) == HistoryStatus::Failed) {
            r = RevisionState::Failed;
        }
        s.m_states[i] = r;
    }
    std::sort(s.m_drifted.begin(), s.m_drifted.end(),
              [](const Drift &a, const Drift &b) { return a.revision < b.revision; });
    return s;
}

RevisionState RevisionStates::state(int graphIndex) const
{
    return graphIndex >= 0 && graphIndex < m_states.size() ? m_states.at(graphIndex)
                                                          : RevisionState::Missing;
}

int RevisionStates::count(RevisionState state) const
{
    if (state == RevisionState::Missing)
        return int(m_unknownHeads.size());
    return int(std::count(m_states.cbegin(), m_states.cend(), state));
}

} // namespace Stepwise::Core
