#pragma once

#include "core/base/error.h"
#include "core/repository/revision.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Stepwise::Core {

// The revision map of alembic-semantics.md §1, built once from revisions given in load order.
// Revisions are addressed by their index in load order (0..size()-1); every relation list is
// in load order unless stated. Immutable value, safe to share between threads once built.
class RevisionGraph
{
public:
    // Builds the map and validates it (§1.7). Every problem found is appended to *errors
    // (may be null); the graph is then !isValid() and must not be planned with, but its
    // queries stay safe to call (no hang, no crash) for diagnostics.
    static RevisionGraph build(const RevisionList &revisions, ErrorList *errors,
                               int maxIdLength = 32);

    bool isValid() const { return m_valid; }
    int size() const { return int(m_revisions.size()); }

    // Exact revision id → index, or -1.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    // Exact branch label → index of the revision declaring it, or -1.
    int labelOwner(const QString &label) const { return m_labelOwner.value(label, -1); }
    // All branch labels, in load order of their declaring revision, then declaration order.
    const QStringList &allLabels() const { return m_allLabels; }

    const Revision &revision(int i) const { return m_revisions.at(i); }
    const QString &id(int i) const { return m_revisions.at(i).id; }
    QStringList ids(const QList<int> &indices) const;
    // The engine checks this before downgrading through a revision (irreversible when false).
    bool hasDownSection(int i) const;
    // A native revision whose up section holds statements and whose down section holds none:
    // a downgrade through it undoes nothing, so it runs only when confirmed (revision-format.md).
    // A merge or an empty revision (no statement either way) is its own exact inverse.
    bool downUndoesNothing(int i) const;

    // down_revision, in the order written.
    const QList<int> &parents(int i) const { return m_nodes.at(i).parents; }
    // depends_on resolved to revisions (labels → declaring revision), order as written, no dups.
    const QList<int> &dependencies(int i) const { return m_nodes.at(i).dependencies; }
    // nd(r) of §1.4: dependencies minus those a versioned ancestor already declares.
    const QList<int> &normalizedDependencies(int i) const { return m_nodes.at(i).normDeps; }
    // N(r) of §1.4: parents then nd(r), no duplicates — "the revisions directly below r".
    const QList<int> &downRevisions(int i) const { return m_nodes.at(i).down; }
    // Revisions having i in their N(r) (the reverse of downRevisions), in load order.
    const QList<int> &upRevisions(int i) const { return m_nodes.at(i).up; }
    // Revisions listing i in down_revision (⚑ load order).
    const QList<int> &children(int i) const { return m_nodes.at(i).children; }
    // Revisions listing i in down_revision or (resolved) depends_on, in load order.
    const QList<int> &dependents(int i) const { return m_nodes.at(i).dependents; }

    const QList<int> &heads() const { return m_heads; }          // no children
    const QList<int> &realHeads() const { return m_realHeads; }  // no dependents
    const QList<int> &bases() const { return m_bases; }          // no parents
    const QList<int> &branchPoints() const { return m_branchPoints; }

    bool isHead(int i) const { return m_nodes.at(i).children.isEmpty(); }
    bool isRealHead(int i) const { return m_nodes.at(i).dependents.isEmpty(); }
    bool isEffectiveHead(int i) const { return isHead(i) && !isRealHead(i); }
    bool isBase(int i) const { return m_nodes.at(i).parents.isEmpty(); }
    bool isBranchPoint(int i) const { return m_nodes.at(i).children.size() > 1; }
    bool isMergePoint(int i) const { return m_nodes.at(i).parents.size() > 1; }

    // The label set of §1.6 in ⚑ display order: own labels as declared, then inherited ones
    // in load order of their declaring revision.
    const QStringList &labels(int i) const { return m_nodes.at(i).labels; }
    bool hasLabel(int i, const QString &label) const { return m_nodes.at(i).labels.contains(label); }

    // Closures including the start revisions, sorted in load order. withDependencies follows
    // N(r) / dependents; otherwise only down_revision links ("versioned").
    QList<int> ancestors(const QList<int> &starts, bool withDependencies = true) const;
    QList<int> descendants(const QList<int> &starts, bool withDependencies = true) const;
    // The same as membership masks indexed by revision (cheaper for repeated tests).
    std::vector<char> ancestorMask(const QList<int> &starts, bool withDependencies = true) const;
    std::vector<char> descendantMask(const QList<int> &starts, bool withDependencies = true) const;
    // True when a is b, or a versioned ancestor or versioned descendant of b (§2.3);
    // withDependencies follows depends_on links too (stamp's row matching, §3.4).
    bool sharesLineage(int a, int b, bool withDependencies = false) const;
    // True when a is b or an ancestor of b. The search below b skips everything ranked
    // before a in topological order, so near pairs cost little even in big graphs.
    bool isAncestor(int a, int b, bool withDependencies = true) const;
    // Position in a parents-first topological order (valid graphs only).
    int rank(int i) const { return m_rank.at(size_t(i)); }

private:
    struct Node
    {
        QList<int> parents, dependencies, normDeps, down, up, children, dependents;
        QStringList labels;
    };

    void validateIds(ErrorList *errors, int maxIdLength);
    void linkEdges(ErrorList *errors);
    void registerLabels(ErrorList *errors);
    void detectCycles(ErrorList *errors);
    void reportCycles(const QList<int> &members, const std::vector<char> &inSet,
                      ErrorList *errors) const;
    void computeNormalizedDependencies();
    void computeHeadsAndBases();
    void computeLabelSets();
    QString where(int i) const;

    RevisionList m_revisions;
    std::vector<Node> m_nodes;
    QHash<QString, int> m_index;
    QHash<QString, int> m_labelOwner;
    QStringList m_allLabels;
    QList<int> m_heads, m_realHeads, m_bases, m_branchPoints;
    QList<int> m_topo; // parents before children (all edges); complete only when acyclic
    std::vector<int> m_rank;
    bool m_valid = true;
};

} // namespace Stepwise::Core
