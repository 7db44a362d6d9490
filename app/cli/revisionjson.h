#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Stepwise::Core {
struct LintFinding;
class RevisionGraph;
struct SchemaDiffResult;
}

namespace Stepwise::Cli {

// The --json forms of revisions (and schema differences) shared by the commands that print them.
QJsonArray toJson(const QStringList &list);
// One revision: id, parents, message, labels, head/branch/merge flags and path.
QJsonObject revisionJson(const Core::RevisionGraph &graph, int i);
// An indented JSON array of revisionJson() for each index.
QByteArray revisionListJson(const Core::RevisionGraph &graph, const QList<int> &indices);
// `diff` and `check --schema`: {"changes": [{change, object, destructive, warning?}],
// "notCompared": [{kind, name}]}.
QJsonObject schemaDiffJson(const Core::SchemaDiffResult &diff);
// `lint` and `upgrade`'s refusal: one safety finding with its place, rule text and live numbers.
QJsonObject lintFindingJson(const Core::LintFinding &finding);

} // namespace Stepwise::Cli
