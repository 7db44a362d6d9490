#include "ui/graph/revisionactions.h"

#include "ui/graph/revisiongraphscene.h"

#include "core/graph/revisiongraph.h"

namespace Stepwise::Ui {

using State = RevisionModel::State;

RevisionActions::RevisionActions(const RevisionGraphScene &scene, int index)
    : m_scene(scene)
    , m_index(index)
{
}

// States other than Unknown come from a connected database.
bool RevisionActions::connected() const
{
    return m_scene.state(m_index) != State::Unknown;
}

bool RevisionActions::applied(int index) const
{
    const State s = m_scene.state(index);
    return s == State::Applied || s == State::Current || s == State::Drifted;
}

// A node the database knows but the files do not: nothing can be planned with it.
bool RevisionActions::missing() const
{
    return m_scene.state(m_index) == State::Missing;
}

RevisionActions::Availability RevisionActions::upgrade() const
{
    if (missing())
        return {false, missingReason()};
    if (const QString unknown = unknownHeads(); !unknown.isEmpty())
        return {false, unknown};
    if (!connected())
        return {false, tr("Connect to a database first.")};
    if (applied(m_index))
        return {false, tr("Already applied to the connected database.")};
    return {true, tr("Apply every pending revision up to and including this one.")};
}

// Downgrading to a revision reverts the applied revisions above it; one without a down
// section cannot be reverted, so the action is refused before anything runs.
RevisionActions::Availability RevisionActions::downgrade() const
{
    if (missing())
        return {false, missingReason()};
    if (const QString unknown = unknownHeads(); !unknown.isEmpty())
        return {false, unknown};
    if (!connected())
        return {false, tr("Connect to a database first.")};
    if (!applied(m_index))
        return {false, tr("Not applied: upgrade to it instead.")};
    const Core::RevisionGraph &graph = *m_scene.graph();
    const QList<int> above = graph.descendants({m_index});
    int reverted = 0;
    for (int i : above) {
        if (i == m_index || !applied(i))
            continue;
        if (!graph.hasDownSection(i)) {
            return {false, tr("Cannot downgrade through %1: it has no down section "
                              "(irreversible).").arg(graph.id(i))};
        }
        ++reverted;
    }
    if (reverted == 0)
        return {false, tr("Nothing above this revision is applied.")};
    return {true, tr("Revert %n applied revision(s) above this one.", nullptr, reverted)};
}

RevisionActions::Availability RevisionActions::stamp() const
{
    if (missing())
        return {false, missingReason()};
    if (const QString unknown = unknownHeads(); !unknown.isEmpty())
        return {false, unknown};
    if (!connected())
        return {false, tr("Connect to a database first.")};
    if (m_scene.state(m_index) == State::Current)
        return {false, tr("The database is already stamped at this revision.")};
    return {true, tr("Record this revision as applied without running anything.")};
}

RevisionActions::Availability RevisionActions::previewSql() const
{
    if (upgrade().enabled)
        return {true, tr("Show the SQL an upgrade to this revision would run.")};
    if (downgrade().enabled)
        return {true, tr("Show the SQL a downgrade to this revision would run.")};
    return {false, tr("Nothing to run to reach this revision.")};
}

RevisionActions::Availability RevisionActions::openScript() const
{
    if (m_scene.graph()->revision(m_index).path.isEmpty())
        return {false, tr("This revision has no file.")};
    return {true, tr("Open the revision's script in the editor.")};
}

QString RevisionActions::missingReason()
{
    return tr("The database has applied this revision but the project has no file for it: "
              "restore the file first.");
}

RevisionActions::Availability RevisionActions::newRevision() const
{
    if (missing())
        return {false, missingReason()};
    return {true, tr("Create a revision whose parent is this one.")};
}

RevisionActions::Availability RevisionActions::mergeHeads() const
{
    if (missing())
        return {false, missingReason()};
    const Core::RevisionGraph &graph = *m_scene.graph();
    if (graph.heads().size() < 2)
        return {false, tr("There is only one head: nothing to merge.")};
    if (!graph.isHead(m_index))
        return {false, tr("Only a head can be merged with other heads.")};
    return {true, tr("Create a merge revision of this head and others.")};
}

QString RevisionActions::unknownHeadsReason(const QStringList &unknownIds)
{
    if (unknownIds.isEmpty())
        return {};
    return tr("The database is at revisions this project does not have (%1): is it this "
              "project's database? Nothing can be planned from there.")
        .arg(unknownIds.join(u", "));
}

QString RevisionActions::unknownHeads() const
{
    QStringList ids;
    for (int i = 0; i < m_scene.count(); ++i) {
        if (m_scene.state(i) == State::Missing)
            ids << m_scene.graph()->id(i);
    }
    return unknownHeadsReason(ids);
}

} // namespace Stepwise::Ui
