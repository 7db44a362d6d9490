#include "core/graph/revisiongraph.h"

#include "core/graph/stronglyconnected.h"

#include "core/base/tr.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

void appendUnique(QList<int> &list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

} // namespace

RevisionGraph RevisionGraph::build(const RevisionList &revisions, ErrorList *errors,
                                   int maxIdLength)
{
    ErrorList local;
    ErrorList *out = errors ? errors : &local;
    const qsizetype before = out->size();

    RevisionGraph g;
    g.m_index.reserve(revisions.size());
    // Usually no id is declared twice: the graph then shares the caller's list (implicitly
    // shared, no copy).
    bool duplicates = false;
    for (qsizetype i = 0; i < revisions.size() && !duplicates; ++i) {
        const QString &id = revisions.at(i).id;
        const qsizetype known = g.m_index.size();
        int &slot = g.m_index[id];
        duplicates = g.m_index.size() == known && !id.isEmpty();
        slot = int(i);
    }
    if (!duplicates) {
        g.m_revisions = revisions;
    } else {
        g.m_index.clear();
        g.m_revisions.reserve(revisions.size());
    }
    // Duplicates: the first file keeps the id (both paths are named in the error), so every
    // index stays addressable; the graph is invalid anyway.
    for (qsizetype k = 0; duplicates && k < revisions.size(); ++k) {
        const Revision &r = revisions.at(k);
        const auto it = g.m_index.constFind(r.id);
        if (it != g.m_index.constEnd() && !r.id.isEmpty()) {
            const Revision &first = g.m_revisions.at(*it);
            // "file:line" of where a revision declares its id (no line: a legacy Alembic id
            // taken from the file name).
            const auto declared = [](const Revision &x) {
                const QString file = x.relativePath.isEmpty() ? x.path : x.relativePath;
                return x.idLine > 0 ? file + u':' + QString::number(x.idLine) : file;
            };
            // Alembic's warning text, then the other file; Stepwise makes it an error (§1.7 ⚑).
            Error e(ErrorCode::Graph,
                    Tr::tr("Revision %1 is present more than once; also declared in %2")
                        .arg(r.id, declared(first)),
                    r.relativePath.isEmpty() ? r.path : r.relativePath, r.idLine);
            e.withDetail(Tr::tr("Revision %1 is declared in %2 and in %3")
                             .arg(r.id, declared(first), declared(r)));
            out->append(e);
            continue;
        }
        g.m_index.insert(r.id, int(g.m_revisions.size()));
        g.m_revisions.append(r);
    }
    g.m_nodes.resize(size_t(g.m_revisions.size()));

    g.validateIds(out, maxIdLength);
    g.registerLabels(out);
    g.linkEdges(out);
    g.detectCycles(out);
    if (out->size() == before) {
        g.computeNormalizedDependencies();
        g.computeHeadsAndBases();
        g.computeLabelSets();
    } else {
        g.m_valid = false;
        g.computeHeadsAndBases();
    }
    return g;
}

QString RevisionGraph::where(int i) const
{
    const Revision &r = m_revisions.at(i);
    return r.relativePath.isEmpty() ? r.path : r.relativePath;
}

void RevisionGraph::validateIds(ErrorList *errors, int maxIdLength)
{
    static const QStringList keywords{u"head"_s, u"heads"_s, u"base"_s, u"current"_s};
    for (int i = 0; i < size(); ++i) {
        const Revision &r = m_revisions.at(i);
        if (r.id.isEmpty()) {
            errors->append(Error(ErrorCode::Graph, Tr::tr("Empty revision identifier"), where(i),
                                 r.idLine));
            continue;
        }
        // Alembic's message (verify_rev_id): the offending characters, sorted, joined by ", ".
        QStringList bad;
        const bool suspicious = std::any_of(r.id.cbegin(), r.id.cend(), [](QChar c) {
            return c == u'-' || c == u'+' || c == u':' || c == u'@';
        });
        for (const QChar c : {u'-', u'+', u':', u'@'})
            if (suspicious && r.id.contains(c))
                bad.append(QString(c));
        if (!bad.isEmpty()) { // (begin() would allocate the empty list)
            std::sort(bad.begin(), bad.end());
            errors->append(Error(ErrorCode::Graph,
                                 u"Character(s) '%1' not allowed in revision identifier '%2'"_s
                                     .arg(bad.join(u", "_s), r.id),
                                 where(i), r.idLine));
        }
        if (keywords.contains(r.id))
            errors->append(Error(ErrorCode::Graph,
                                 Tr::tr("Revision identifier '%1' is a reserved word").arg(r.id),
                                 where(i), r.idLine));
        if (maxIdLength > 0 && r.id.size() > maxIdLength)
            errors->append(Error(ErrorCode::Graph,
                                 Tr::tr("Revision identifier '%1' is longer than %2 characters, "
                                        "the size of the version column")
                                     .arg(r.id, QString::number(maxIdLength)),
                                 where(i), r.idLine));
    }
}

void RevisionGraph::registerLabels(ErrorList *errors)
{
    for (int i = 0; i < size(); ++i) {
        const Revision &r = m_revisions.at(i);
        for (const QString &label : r.branchLabels) {
            static const QString forbidden = u"@:+-, \t"_s;
            if (label.isEmpty()
                || std::any_of(label.begin(), label.end(),
                               [](QChar c) { return forbidden.contains(c); })) {
                errors->append(Error(ErrorCode::Graph,
                                     Tr::tr("Branch label '%1' of revision %2 may not be empty or "
                                            "contain '@', ':', '+', '-', spaces or commas")
                                         .arg(label, r.id),
                                     where(i), r.branchLabelsLine));
                continue;
            }
            // ⚑ the later revision in load order is "in revision …", the earlier "already used
            // by …"; the line is that of the later one's label, or of its id.
            const int owner = m_labelOwner.value(label, -1);
            const int sameId = m_index.value(label, -1);
            if (owner >= 0 || sameId >= 0) { // its own id too, as in Alembic
                const int other = owner >= 0 ? owner : sameId;
                const int first = std::min(other, i), second = std::max(other, i);
                const int line = second == i ? r.branchLabelsLine : m_revisions.at(second).idLine;
                // Alembic's wording (§1.5).
                errors->append(Error(ErrorCode::Graph,
                                     u"Branch name '%1' in revision %2 already used by revision %3"_s
                                         .arg(label, id(second), id(first)),
                                     where(second), line));
                continue;
            }
            m_labelOwner.insert(label, i);
            m_allLabels.append(label);
        }
    }
}

void RevisionGraph::linkEdges(ErrorList *errors)
{
    for (int i = 0; i < size(); ++i) {
        const Revision &r = m_revisions.at(i);
        Node &node = m_nodes[size_t(i)];
        if (!r.parents.isEmpty())
            node.parents.reserve(r.parents.size());
        for (const QString &p : r.parents) {
            const int pi = m_index.value(p, -1);
            if (p.isEmpty()) { // ⚑ §1.1: a base in Alembic 1.8.1, a crash in current Alembic
                errors->append(Error(ErrorCode::Graph,
                                     Tr::tr("Empty revision identifier in down_revision of %1")
                                         .arg(r.id),
                                     where(i), r.parentsLine));
                continue;
            }
            if (pi < 0) {
                // ⚑ wording of §1.7 (Alembic only warns, then crashes with KeyError).
                errors->append(Error(ErrorCode::Graph,
                                     u"Revision %1 referenced from %2 is not present"_s.arg(p, r.id),
                                     where(i), r.parentsLine));
                continue;
            }
            appendUnique(node.parents, pi);
        }
        for (const QString &d : r.dependsOn) {
            if (d.isEmpty()) {
                errors->append(Error(ErrorCode::Graph,
                                     Tr::tr("Empty revision identifier in depends_on of %1").arg(r.id),
                                     where(i), r.dependsOnLine));
                continue;
            }
            int di = m_index.value(d, -1);
            if (di < 0)
                di = m_labelOwner.value(d, -1);
            if (di < 0) {
                errors->append(Error(ErrorCode::Graph,
                                     u"Revision %1 referenced from %2 is not present"_s.arg(d, r.id),
                                     where(i), r.dependsOnLine));
                continue;
            }
            appendUnique(node.dependencies, di);
        }
    }
    // Reverse edges, filled in load order so every list is sorted by construction. Each list
    // is allocated once at its final size; where no depends_on points at a revision (nearly
    // everywhere) its dependents are its children, and share their storage.
    std::vector<int> childCount(size_t(size()), 0);
    std::vector<char> dependedOn(size_t(size()), 0);
    for (int i = 0; i < size(); ++i) {
        const Node &node = m_nodes[size_t(i)];
        for (int p : node.parents)
            ++childCount[size_t(p)];
        for (int d : node.dependencies)
            if (d != i)
                dependedOn[size_t(d)] = 1;
    }
    for (int i = 0; i < size(); ++i)
        if (childCount[size_t(i)] > 0)
            m_nodes[size_t(i)].children.reserve(childCount[size_t(i)]);
    for (int i = 0; i < size(); ++i)
        for (int p : std::as_const(m_nodes[size_t(i)].parents))
            m_nodes[size_t(p)].children.append(i);
    for (int i = 0; i < size(); ++i) {
        if (!dependedOn[size_t(i)])
            m_nodes[size_t(i)].dependents = m_nodes[size_t(i)].children;
    }
    for (int i = 0; i < size(); ++i) {
        const Node &node = m_nodes[size_t(i)];
        for (int p : node.parents)
            if (dependedOn[size_t(p)])
                appendUnique(m_nodes[size_t(p)].dependents, i);
        for (int d : node.dependencies)
            if (d != i)
                appendUnique(m_nodes[size_t(d)].dependents, i);
    }
}

void RevisionGraph::detectCycles(ErrorList *errors)
{
    const int n = size();
    // Kahn's algorithm over parents + dependencies: what cannot be ordered lies on or between
    // cycles; that remainder (usually empty) is then split into strongly connected components.
    std::vector<int> remaining(size_t(n), 0);
    QList<int> ready;
    for (int i = 0; i < n; ++i) {
        const Node &node = m_nodes[size_t(i)];
        QList<int> below = node.parents;
        for (int d : node.dependencies)
            appendUnique(below, d);
        remaining[size_t(i)] = int(below.size());
        if (below.isEmpty())
            ready.append(i);
    }
    m_topo.clear();
    m_topo.reserve(n);
    for (qsizetype k = 0; k < ready.size(); ++k) {
        const int v = ready.at(k);
        m_topo.append(v);
        for (int w : std::as_const(m_nodes[size_t(v)].dependents))
            if (--remaining[size_t(w)] == 0)
                ready.append(w);
    }
    if (m_topo.size() == n) {
        m_rank.assign(size_t(n), 0);
        for (int k = 0; k < n; ++k)
            m_rank[size_t(m_topo.at(k))] = k;
        return;
    }
    std::vector<char> inSet(size_t(n), 1);
    for (int v : std::as_const(m_topo))
        inSet[size_t(v)] = 0;
    QList<int> members;
    for (int i = 0; i < n; ++i)
        if (inSet[size_t(i)])
            members.append(i);
    reportCycles(members, inSet, errors);
}

void RevisionGraph::reportCycles(const QList<int> &members, const std::vector<char> &inSet,
                                 ErrorList *errors) const
{
    const int n = size();
    auto allBelow = [this](int v) {
        QList<int> below = m_nodes[size_t(v)].parents;
        for (int d : m_nodes[size_t(v)].dependencies)
            appendUnique(below, d);
        return below;
    };
    auto parentsOnly = [this](int v) { return m_nodes[size_t(v)].parents; };
    // Reported with the ids sorted, in the file of the first, Alembic's wording (§1.7 ⚑).
    auto report = [&](const QString &kind, const QList<int> &cycle, bool dependencyLine) {
        QStringList names = ids(cycle);
        std::sort(names.begin(), names.end());
        const int first = indexOf(names.first());
        const Revision &r = m_revisions.at(first);
        errors->append(Error(ErrorCode::Graph,
                             kind + u" is detected in revisions ("_s + names.join(u", "_s) + u')',
                             where(first), dependencyLine ? r.dependsOnLine : r.parentsLine));
    };
    for (int v : members) { // self-loops first
        if (m_revisions.at(v).parents.contains(m_revisions.at(v).id))
            report(u"Self-loop"_s, {v}, false);
        else if (m_nodes[size_t(v)].dependencies.contains(v))
            report(u"Dependency self-loop"_s, {v}, true);
    }
    for (const QList<int> &component : StronglyConnected::components(members, n, allBelow, inSet)) {
        if (component.size() < 2)
            continue;
        std::vector<char> inComponent(size_t(n), 0);
        for (int v : component)
            inComponent[size_t(v)] = 1;
        // A cycle through down_revision links alone is a "Cycle"; one that needs a
        // depends_on edge is a "Dependency cycle".
        bool versionedCycle = false;
        for (const QList<int> &sub : StronglyConnected::components(component, n, parentsOnly, inComponent)) {
            if (sub.size() > 1) {
                versionedCycle = true;
                report(u"Cycle"_s, sub, false);
            }
        }
        if (!versionedCycle)
            report(u"Dependency cycle"_s, component, true);
    }
}

void RevisionGraph::computeNormalizedDependencies()
{
    // declaredBelow(r) = dependencies declared by r's strict versioned ancestors. Most graphs
    // declare few dependencies, so only revisions with dependencies pay for a walk, and the
    // walk reuses a stamp array instead of allocating a set each time.
    std::vector<int> stamp(size_t(size()), -1);
    std::vector<char> declared(size_t(size()), 0);
    for (int i = 0; i < size(); ++i) {
        Node &node = m_nodes[size_t(i)];
        if (!node.dependencies.isEmpty()) {
            QList<int> touched;
            QList<int> todo = node.parents;
            while (!todo.isEmpty()) {
                const int v = todo.takeLast();
                if (stamp[size_t(v)] == i)
                    continue;
                stamp[size_t(v)] = i;
                for (int d : std::as_const(m_nodes[size_t(v)].dependencies)) {
                    if (!declared[size_t(d)]) {
                        declared[size_t(d)] = 1;
                        touched.append(d);
                    }
                }
                todo.append(m_nodes[size_t(v)].parents);
            }
            for (int d : std::as_const(node.dependencies))
                if (!declared[size_t(d)])
                    node.normDeps.append(d);
            for (int d : std::as_const(touched))
                declared[size_t(d)] = 0;
        }
        node.down = node.parents;
        for (int d : std::as_const(node.normDeps))
            appendUnique(node.down, d);
    }
    // up(r) is children(r) unless some normalized dependency points at r.
    std::vector<char> extraUp(size_t(size()), 0);
    for (int i = 0; i < size(); ++i)
        for (int d : std::as_const(m_nodes[size_t(i)].normDeps))
            extraUp[size_t(d)] = 1;
    for (int i = 0; i < size(); ++i)
        if (!extraUp[size_t(i)])
            m_nodes[size_t(i)].up = m_nodes[size_t(i)].children;
    for (int i = 0; i < size(); ++i)
        for (int d : std::as_const(m_nodes[size_t(i)].down))
            if (extraUp[size_t(d)])
                m_nodes[size_t(d)].up.append(i);
}

void RevisionGraph::computeHeadsAndBases()
{
    for (int i = 0; i < size(); ++i) {
        const Node &node = m_nodes[size_t(i)];
        if (node.children.isEmpty())
            m_heads.append(i);
        if (node.dependents.isEmpty())
            m_realHeads.append(i);
        if (node.parents.isEmpty())
            m_bases.append(i);
        if (node.children.size() > 1)
            m_branchPoints.append(i);
    }
}

QStringList RevisionGraph::ids(const QList<int> &indices) const
{
    QStringList out;
    out.reserve(indices.size());
    for (int i : indices)
        out.append(id(i));
    return out;
}

bool RevisionGraph::hasDownSection(int i) const
{
    const Revision &r = m_revisions.at(i);
    // Alembic files always define downgrade(); native files may omit the down section.
    return r.format == Revision::Format::Alembic || r.down.present;
}

bool RevisionGraph::downUndoesNothing(int i) const
{
    const Revision &r = m_revisions.at(i);
    return r.format == Revision::Format::Native && r.down.present && !r.down.holdsCode
        && r.up.holdsCode;
}

std::vector<char> RevisionGraph::ancestorMask(const QList<int> &starts, bool withDependencies) const
{
    std::vector<char> seen(size_t(size()), 0);
    QList<int> todo = starts;
    while (!todo.isEmpty()) {
        const int v = todo.takeLast();
        if (v < 0 || seen[size_t(v)])
            continue;
        seen[size_t(v)] = 1;
        const Node &node = m_nodes[size_t(v)];
        // On an invalid graph N(r) is not computed: follow the raw edges instead.
        if (withDependencies) {
            todo.append(node.parents);
            todo.append(node.dependencies);
        } else {
            todo.append(node.parents);
        }
    }
    return seen;
}

std::vector<char> RevisionGraph::descendantMask(const QList<int> &starts,
                                                bool withDependencies) const
{
    std::vector<char> seen(size_t(size()), 0);
    QList<int> todo = starts;
    while (!todo.isEmpty()) {
        const int v = todo.takeLast();
        if (v < 0 || seen[size_t(v)])
            continue;
        seen[size_t(v)] = 1;
        todo.append(withDependencies ? m_nodes[size_t(v)].dependents : m_nodes[size_t(v)].children);
    }
    return seen;
}

QList<int> RevisionGraph::ancestors(const QList<int> &starts, bool withDependencies) const
{
    const std::vector<char> mask = ancestorMask(starts, withDependencies);
    QList<int> out;
    for (int i = 0; i < size(); ++i)
        if (mask[size_t(i)])
            out.append(i);
    return out;
}

QList<int> RevisionGraph::descendants(const QList<int> &starts, bool withDependencies) const
{
    const std::vector<char> mask = descendantMask(starts, withDependencies);
    QList<int> out;
    for (int i = 0; i < size(); ++i)
        if (mask[size_t(i)])
            out.append(i);
    return out;
}

bool RevisionGraph::sharesLineage(int a, int b, bool withDependencies) const
{
    return isAncestor(a, b, withDependencies) || isAncestor(b, a, withDependencies);
}

bool RevisionGraph::isAncestor(int a, int b, bool withDependencies) const
{
    if (a == b)
        return true;
    if (a < 0 || b < 0)
        return false;
    const bool ranked = m_valid;
    if (ranked && m_rank[size_t(a)] > m_rank[size_t(b)])
        return false;
    QList<int> todo{b};
    QSet<int> seen{b};
    while (!todo.isEmpty()) {
        const int v = todo.takeLast();
        const Node &node = m_nodes[size_t(v)];
        for (const QList<int> *edges : {&node.parents, &node.dependencies}) {
            if (edges == &node.dependencies && !withDependencies)
                break;
            for (int w : *edges) {
                if (w == a)
                    return true;
                if ((ranked && m_rank[size_t(w)] < m_rank[size_t(a)]) || seen.contains(w))
                    continue;
                seen.insert(w);
                todo.append(w);
            }
        }
    }
    return false;
}

void RevisionGraph::computeLabelSets()
{
    const int n = size();
    // Rule 1 of §1.6: labels flow from the declaring revision to every versioned descendant.
    // Inherited sets are kept as sorted lists of declaring revisions, merged parents-first.
    std::vector<QList<int>> from(static_cast<size_t>(n));
    for (int v : std::as_const(m_topo)) {
        QList<int> set;
        if (!m_revisions.at(v).branchLabels.isEmpty())
            set.append(v);
        for (int p : std::as_const(m_nodes[size_t(v)].parents)) {
            QList<int> merged;
            std::set_union(set.cbegin(), set.cend(), from[size_t(p)].cbegin(),
                           from[size_t(p)].cend(), std::back_inserter(merged));
            set = std::move(merged);
        }
        from[size_t(v)] = std::move(set);
    }
    // Rule 2: "blocked" = some versioned descendant (itself included) is a heavy branch point
    // (two or more dependents) or a merge point; computed children-first.
    auto stops = [this](int v) {
        return m_nodes[size_t(v)].dependents.size() > 1 || m_nodes[size_t(v)].parents.size() > 1;
    };
    std::vector<char> blocked(size_t(n), 0);
    for (qsizetype k = m_topo.size() - 1; k >= 0; --k) {
        const int v = m_topo.at(k);
        bool b = stops(v);
        for (int c : std::as_const(m_nodes[size_t(v)].children))
            b = b || blocked[size_t(c)];
        blocked[size_t(v)] = b;
    }
    std::vector<QList<int>> downward(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r) {
        if (m_revisions.at(r).branchLabels.isEmpty() || blocked[size_t(r)])
            continue;
        int cur = m_nodes[size_t(r)].parents.isEmpty() ? -1 : m_nodes[size_t(r)].parents.constFirst();
        while (cur >= 0 && !stops(cur)) {
            downward[size_t(cur)].append(r);
            cur = m_nodes[size_t(cur)].parents.isEmpty() ? -1 : m_nodes[size_t(cur)].parents.constFirst();
        }
    }
    for (int v = 0; v < n; ++v) {
        QList<int> owners;
        std::set_union(from[size_t(v)].cbegin(), from[size_t(v)].cend(),
                       downward[size_t(v)].cbegin(), downward[size_t(v)].cend(),
                       std::back_inserter(owners));
        QStringList &labels = m_nodes[size_t(v)].labels;
        labels = m_revisions.at(v).branchLabels;
        for (int owner : std::as_const(owners))
            if (owner != v)
                for (const QString &l : m_revisions.at(owner).branchLabels)
                    if (!labels.contains(l))
                        labels.append(l);
    }
}

} // namespace Stepwise::Core
