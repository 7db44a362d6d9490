#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Core {

class RevisionGraph;
struct DatabaseState;

// Where a revision stands against a database.
enum class RevisionState {
    Unknown, // no database to compare with
    Pending, // not applied
    Applied, // below a head recorded in the database (or recorded as applied by the history)
    Current, // recorded in the heads table
    Drifted, // applied, but the file's checksum differs from the one recorded
    Failed,  // not applied, and the last step on it failed
    Missing  // applied in the database, unknown to the files
};

// The use case "classify every revision against a database": Studio's node states and status
// line and `stepwise check` read it; nothing else works it out. Pure: the graph and a
// DatabaseState in, states out.
class RevisionStates
{
public:
    struct Drift
    {
        QString revision;
        QString relativePath;
        QString appliedChecksum; // recorded by its last successful upgrade
        QString fileChecksum;    // of the file's up section now
    };

    // Every revision Unknown: no database.
    static RevisionStates unknown(const RevisionGraph &graph);
    static RevisionStates classify(const RevisionGraph &graph, const DatabaseState &state);

    // Per graph index.
    RevisionState state(int graphIndex) const;
    const QList<RevisionState> &states() const { return m_states; }
    int count(RevisionState state) const;
    // Drifted revisions, by id.
    const QList<Drift> &drifted() const { return m_drifted; }
    // Heads-table rows that no file defines, in table order.
    const QStringList &unknownHeads() const { return m_unknownHeads; }
    // Revisions the history records as applied (a successful upgrade not undone) that no file
    // defines, sorted.
    const QStringList &unknownApplied() const { return m_unknownApplied; }

private:
    QList<RevisionState> m_states;
    QList<Drift> m_drifted;
    QStringList m_unknownHeads;
    QStringList m_unknownApplied;
};

} // namespace Stepwise::Core
