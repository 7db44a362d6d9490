// Alembic's text output (alembic-semantics.md §5), after Script._head_only / log_entry and
// the heads / branches / history / show / current commands. Byte-identical to Alembic's
// stdout, so nothing here is translated.
#include "core/graph/alembicformat.h"

#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"
#include "core/graph/targetresolver.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

QString downRevisionText(const RevisionGraph &graph, int r)
{
    const QStringList parents = graph.ids(graph.parents(r));
    return parents.isEmpty() ? u"<base>"_s : parents.join(u", "_s);
}

} // namespace

QString AlembicFormat::oneLine(const RevisionGraph &graph, int r, const LineParts &parts)
{
    const Revision &rev = graph.revision(r);
    QString text = rev.id;
    if (parts.parents) {
        const QString deps = rev.dependsOn.isEmpty()
            ? QString()
            : u" ("_s + rev.dependsOn.join(u", "_s) + u')'; // as written in the file
        text = downRevisionText(graph, r) + deps + u" -> "_s + text;
    }
    if (parts.labels && !graph.labels(r).isEmpty())
        text += u" ("_s + graph.labels(r).join(u", "_s) + u')';
    if (parts.headFlags) {
        if (graph.isRealHead(r))
            text += u" (head)"_s;
        else if (graph.isHead(r))
            text += u" (effective head)"_s;
    }
    if (parts.current && parts.isCurrent)
        text += u" (current)"_s;
    if (parts.treeFlags) {
        if (graph.isBranchPoint(r))
            text += u" (branchpoint)"_s;
        if (graph.isMergePoint(r))
            text += u" (mergepoint)"_s;
    }
    if (parts.message)
        text += u", "_s + rev.message; // printed even when empty: "f08 (head), "
    return text;
}

QString AlembicFormat::verbose(const RevisionGraph &graph, int r, bool isCurrent)
{
    const Revision &rev = graph.revision(r);
    // "(head)" here means "no children": an effective head shows as a head (§5.2).
    QString out = u"Rev: "_s + rev.id + (graph.isHead(r) ? u" (head)"_s : QString())
        + (graph.isBranchPoint(r) ? u" (branchpoint)"_s : QString())
        + (graph.isMergePoint(r) ? u" (mergepoint)"_s : QString())
        + (isCurrent ? u" (current)"_s : QString()) + u'\n';
    out += (graph.isMergePoint(r) ? u"Merges: "_s : u"Parent: "_s) + downRevisionText(graph, r)
        + u'\n';
    if (!rev.dependsOn.isEmpty())
        out += u"Also depends on: "_s + rev.dependsOn.join(u", "_s) + u'\n';
    if (graph.isBranchPoint(r))
        out += u"Branches into: "_s + graph.ids(graph.children(r)).join(u", "_s) + u'\n';
    if (!graph.labels(r).isEmpty())
        out += u"Branch names: "_s + graph.labels(r).join(u", "_s) + u'\n';
    out += u"Path: "_s + rev.path + u"\n\n"_s;
    // Python's str.splitlines() on the long doc; each line indented by four spaces.
    QString doc = rev.longDoc;
    doc.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines = doc.split(u'\n');
    if (!doc.isEmpty() && doc.endsWith(u'\n'))
        lines.removeLast();
    if (doc.isEmpty())
        lines.clear();
    for (qsizetype k = 0; k < lines.size(); ++k)
        out += (k ? u"\n"_s : QString()) + u"    "_s + lines.at(k);
    out += u"\n\n"_s; // the entry's own newline, then print()'s
    return out;
}

QString AlembicFormat::heads(const RevisionGraph &graph, bool verboseOutput, bool resolveDependencies)
{
    QString out;
    const QList<int> &list = resolveDependencies ? graph.realHeads() : graph.heads();
    LineParts parts;
    parts.labels = parts.headFlags = true;
    for (int h : list)
        out += verboseOutput ? verbose(graph, h) : oneLine(graph, h, parts) + u'\n';
    return out;
}

QString AlembicFormat::branches(const RevisionGraph &graph, bool verboseOutput)
{
    QString out;
    const TargetResolver resolver(graph);
    LineParts first;
    first.labels = first.headFlags = first.treeFlags = true;
    LineParts child = first;
    child.message = verboseOutput;
    for (int r : resolver.historyAll()) {
        if (!graph.isBranchPoint(r))
            continue;
        out += verboseOutput ? verbose(graph, r) : oneLine(graph, r, first) + u'\n';
        const QString indent(graph.id(r).size(), u' ');
        QStringList lines;
        for (int c : graph.children(r))
            lines.append(indent + u" -> "_s + oneLine(graph, c, child));
        out += lines.join(u'\n') + u"\n\n"_s;
    }
    return out;
}

Result<QString> AlembicFormat::history(const RevisionGraph &graph, const QString &rangeText,
                                       bool verboseOutput, bool indicateCurrent,
                                       const QStringList &rowIds)
{
    const TargetResolver resolver(graph);
    QList<int> order;
    if (rangeText.isNull()) {
        order = resolver.historyAll();
    } else {
        // The rows must resolve only when the range says "current"; -i just compares ids
        // (Alembic lists the history even with an unknown row in the table).
        QList<int> rows;
        if (rangeText.contains(u"current"_s)) {
            const Result<QList<int>> r = resolver.rowIndices(rowIds);
            if (!r)
                return r.error();
            rows = *r;
        }
        const Result<QList<int>> r = resolver.historyRange(rangeText, rows);
        if (!r)
            return r.error();
        order = *r;
    }
    LineParts parts;
    parts.parents = parts.labels = parts.headFlags = parts.current = parts.treeFlags = true;
    parts.message = true;
    QString out;
    for (int r : std::as_const(order)) {
        parts.isCurrent = indicateCurrent && rowIds.contains(graph.id(r));
        out += verboseOutput ? verbose(graph, r, parts.isCurrent) : oneLine(graph, r, parts) + u'\n';
    }
    return out;
}

Result<QString> AlembicFormat::show(const RevisionGraph &graph, const QString &revision,
                                    const QStringList &rowIds)
{
    const TargetResolver resolver(graph);
    const Result<QList<int>> revs =
        revision == u"current" ? resolver.rowIndices(rowIds) : resolver.lookup(revision);
    if (!revs)
        return revs.error();
    QString out;
    for (int r : *revs)
        out += verbose(graph, r);
    return out;
}

Result<QString> AlembicFormat::current(const RevisionGraph &graph, const QStringList &rowIds,
                                       bool verboseOutput, const QString &redactedUrl)
{
    const TargetResolver resolver(graph);
    const Result<QList<int>> rows = resolver.rowIndices(rowIds);
    if (!rows)
        return rows.error();
    QString out;
    if (verboseOutput)
        out += u"Current revision(s) for %1:\n"_s.arg(redactedUrl);
    // The rows plus what they imply through dependencies, kept to those with no versioned
    // descendant among them (get_all_current); ⚑ listed in load order.
    const std::vector<char> all = graph.ancestorMask(*rows);
    LineParts parts;
    parts.headFlags = parts.treeFlags = true;
    for (int i = 0; i < graph.size(); ++i) {
        if (!all[size_t(i)])
            continue;
        bool covered = false;
        for (int c : graph.children(i))
            covered = covered || all[size_t(c)];
        if (covered)
            continue;
        out += verboseOutput ? verbose(graph, i) : oneLine(graph, i, parts) + u'\n';
    }
    return out;
}

QString AlembicFormat::runningLine(const RevisionGraph &graph, const PlanStep &step)
{
    const QString from = step.fromIds.join(u", "_s), to = step.toIds.join(u", "_s);
    if (step.direction == PlanStep::Stamp)
        return u"Running stamp_revision %1 -> %2"_s.arg(from, to);
    const int r = graph.indexOf(step.revision);
    const QString message = r >= 0 ? graph.revision(r).message : QString();
    const QString kind = step.direction == PlanStep::Up ? u"upgrade"_s : u"downgrade"_s;
    return u"Running %1 %2 -> %3"_s.arg(kind, from, to)
        + (message.isEmpty() ? QString() : u", "_s + message);
}

} // namespace Stepwise::Core
