#include "revisionjson.h"

#include "core/graph/revisiongraph.h"
#include "core/lint/lintfinding.h"
#include "core/schema/schemadiff.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject revisionJson(const RevisionGraph &graph, int i)
{
    const Revision &r = graph.revision(i);
    return QJsonObject{
        {u"revision"_s, r.id},
        {u"parents"_s, toJson(r.parents)},
        {u"message"_s, r.message},
        {u"branch_labels"_s, toJson(r.branchLabels)},
        {u"labels"_s, toJson(graph.labels(i))},
        {u"depends_on"_s, toJson(r.dependsOn)},
        {u"is_head"_s, graph.isHead(i)},
        {u"is_real_head"_s, graph.isRealHead(i)},
        {u"is_branch_point"_s, graph.isBranchPoint(i)},
        {u"is_merge_point"_s, graph.isMergePoint(i)},
        {u"path"_s, r.path},
    };
}

QByteArray revisionListJson(const RevisionGraph &graph, const QList<int> &indices)
{
    QJsonArray list;
    for (int i : indices)
        list.append(revisionJson(graph, i));
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QJsonObject schemaDiffJson(const SchemaDiffResult &diff)
{
    QJsonArray changes;
    for (const SchemaChange &c : diff.changes) {
        QJsonObject change{{u"change"_s, c.describe()}, {u"object"_s, qualifiedName(c.name)},
                           {u"destructive"_s, c.destructive}};
        if (!c.warning.isEmpty())
            change.insert(u"warning"_s, c.warning);
        changes.append(change);
    }
    QJsonArray notCompared;
    for (const NotCompared &n : diff.notCompared)
        notCompared.append(QJsonObject{{u"kind"_s, n.kind}, {u"name"_s, qualifiedName(n.name)}});
    return QJsonObject{{u"changes"_s, changes}, {u"notCompared"_s, notCompared}};
}

QJsonObject lintFindingJson(const Core::LintFinding &f)
{
    QJsonObject o{{u"code"_s, f.code},
                  {u"severity"_s, Core::lintSeverityName(f.severity)},
                  {u"message"_s, f.message},
                  {u"file"_s, f.file},
                  {u"section"_s, f.section == Core::LintFinding::Section::Up ? u"up"_s : u"down"_s},
                  {u"statement"_s, f.statement},
                  {u"line"_s, f.line},
                  {u"column"_s, f.column},
                  {u"end_line"_s, f.endLine},
                  {u"end_column"_s, f.endColumn},
                  {u"objects"_s, toJson(f.objects)},
                  {u"suppressed"_s, f.suppressed},
                  {u"explanation"_s, f.explanation},
                  {u"safe_alternative"_s, f.safeAlternative}};
    if (!f.revision.isEmpty())
        o.insert(u"revision"_s, f.revision);
    if (f.suppressed)
        o.insert(u"suppression_reason"_s, f.suppressionReason);
    if (f.live.measured()) {
        QJsonObject live{{u"summary"_s, f.live.summary}};
        if (f.live.rows >= 0)
            live.insert(u"rows"_s, f.live.rows);
        if (f.live.bytes >= 0)
            live.insert(u"bytes"_s, f.live.bytes);
        if (f.live.violating >= 0)
            live.insert(u"violating"_s, f.live.violating);
        o.insert(u"live"_s, live);
    }
    return o;
}

} // namespace Stepwise::Cli
