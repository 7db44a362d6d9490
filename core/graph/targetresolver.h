#pragma once

#include "core/base/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Stepwise::Core {

class RevisionGraph;

// A target text taken apart without looking at any graph (fuzzable). Relative forms follow
// Alembic's prefix match of `(?:(.+?)@)?(\w+)?([+-]\d+)` (§2.4): anything after the digits
// is ignored; everything else is absolute and keeps the whole text.
struct TargetText
{
    static TargetText parse(const QString &text);

    QString text;          // as typed
    bool relative = false; // matched the relative form
    bool hasBranch = false;
    QString branch;        // L of "L@…" (relative forms only)
    QString symbol;        // the X of "X+N" (may be empty)
    QString stepsText;     // "+2" / "-1" as typed, digits included
    qint64 steps = 0;      // signed; saturated for absurdly long digit strings
    QString stepsNumber;   // |steps| in decimal as Python prints it ("007" → "7")
};

// Resolution of target texts against one graph (§2.2–§2.5). Errors carry Alembic's CLI
// line as message() and Alembic's internal message as detail() (§2.2 ⚑). Rows are revision
// indices of the version table, in table order. Holds a reference: the graph must outlive it.
class TargetResolver
{
public:
    // Where the walk of §2.4 can stand besides a revision.
    static constexpr int BeforeBase = -1; // "None": below every base (walking up starts at bases)
    static constexpr int BaseMarker = -2; // "base": reached by walking down from a base

    struct Downgrade
    {
        QString branch;        // L kept as root filter (empty: none)
        int revision = -1;     // the destination X, or -1 for base
    };

    explicit TargetResolver(const RevisionGraph &graph) : m_graph(graph) { }

    // Plain lookup of one symbol (§2.2): heads, head, base, -N, exact id/label, prefix, L@X.
    // `argument` names the text in the multiple-heads message (defaults to text).
    Result<QList<int>> lookup(const QString &text, const QString &argument = {}) const;
    // Alembic's get_revision: at most one revision (-1 for base), several → multiple heads.
    Result<int> lookupOne(const QString &text, const QString &argument = {}) const;
    // Version-table rows to indices; an unknown row gives "Can't locate revision …".
    Result<QList<int>> rowIndices(const QStringList &rows) const;

    // The upgrade resolver (§2.4); returns the targets T (empty for base).
    Result<QList<int>> resolveUpgrade(const QString &text, const QList<int> &rows) const;
    // The downgrade resolver (§2.4). `warning` receives the "-N from multiple heads" text.
    Result<Downgrade> resolveDowngrade(const QString &text, const QList<int> &rows,
                                       QString *warning = nullptr) const;

    // history -r LOWER:UPPER (§2.5, §5.3): the revisions to list, in history order.
    // `rows` is used for "current" on either side.
    Result<QList<int>> historyRange(const QString &range, const QList<int> &rows) const;
    // Offline "FROM:TO" (§2.5): FROM must name one revision or base; returns the version-table
    // rows an offline plan starts from (empty for base). "c,e" → "Can't locate revision …",
    // "heads" with two heads → the multiple-heads message naming FROM.
    Result<QStringList> offlineStartRows(const QString &from) const;

    // history with no -r: every revision, in history order.
    QList<int> historyAll() const;

    // Walk `steps` (signed) from `start` (a revision, BeforeBase or BaseMarker) as §2.4 says;
    // upward steps keep only children sharing lineage with `branch` when it is not empty.
    // noOverwalk: an overwalk yields an empty result instead of stopping where it got to.
    Result<QList<int>> walk(int start, qint64 steps, const QString &branch, bool noOverwalk) const;

    // Error builders shared with the planner: CLI text as message, internal text as detail.
    static Error cannotLocate(const QString &argument, const QString &detail);
    // cannotLocate() for a prefix that several ids or labels start with (load order, ids first),
    // naming every one of them in the detail.
    static Error ambiguousPrefix(const QString &prefix, const QStringList &candidates);
    // Whether the CLI prints the error's detail on the line under Alembic's, which leaves out
    // what the user needs (revision-format.md): an ambiguous prefix's candidates, a malformed
    // history range's text.
    static bool detailFollowsCliLine(const Error &error);
    static Error multipleHeads(const QString &argument, const QStringList &heads);
    static Error revisionError(const QString &message);
    // "Requested revision b overlaps with other requested revisions a" when one of `revisions`
    // lies below another (Alembic's ancestor walk with check=True, same reporting order).
    static Result<void> checkOverlap(const RevisionGraph &graph, const QList<int> &revisions);

private:
    friend class HistoryRange; // history -r: built on the lookups and walks below

    Result<int> walkOne(int start, qint64 steps, const QString &branch, bool noOverwalk) const;
    Result<int> resolveBranch(const QString &label) const;
    Result<int> identify(const QString &ident, const QString &branch) const;
    Result<QList<int>> symbolRevisions(const QString &symbol, const QString &branch,
                                       const QString &argument) const;
    Result<QList<int>> lineageFilter(const QList<int> &revisions, const QString &text) const;
    Result<int> upgradeStart(const TargetText &t, const QStringList &startTexts) const;
    Result<QList<int>> relativeUpgrade(const TargetText &t, const QStringList &startTexts,
                                       bool noOverwalk) const;
    Result<QString> downgradeRowOnBranch(const TargetText &t, const QStringList &rowTexts) const;
    Result<Downgrade> relativeDowngrade(const TargetText &t, const QStringList &rows,
                                        bool noOverwalk, QString *warning) const;
    Result<QList<int>> upgradeTargets(const QString &text, const QList<int> &rows,
                                      bool noOverwalk) const;

    const RevisionGraph &m_graph;
};

} // namespace Stepwise::Core
