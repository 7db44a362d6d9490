#include "revisionjson.h"

#include "core/graph/revisiongraph.h"
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

} // namespace Stepwise::Cli
