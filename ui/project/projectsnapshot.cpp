#include "ui/project/projectsnapshot.h"

#include "core/graph/revisiongraph.h"
#include "core/graph/targetresolver.h"
#include "core/repository/projectloader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

QStringList describe(const Core::ErrorList &errors)
{
    QStringList out;
    for (const Core::Error &e : errors)
        out << e.toString();
    return out;
}

RevisionRow makeRow(const Core::RevisionGraph &graph, int i)
{
    const Core::Revision &r = graph.revision(i);
    RevisionRow row;
    row.id = r.id;
    row.parents = r.parents;
    row.children = graph.ids(graph.children(i));
    row.dependsOn = r.dependsOn;
    row.branchLabels = r.branchLabels;
    row.labels = graph.labels(i);
    row.message = r.message;
    row.created = r.created;
    row.path = r.path;
    row.relativePath = r.relativePath;
    row.line = qMax(1, r.idLine);
    row.checksum = r.up.checksum;
    row.head = graph.isHead(i);
    row.base = graph.isBase(i);
    row.mergePoint = graph.isMergePoint(i);
    row.branchPoint = graph.isBranchPoint(i);
    row.graphIndex = i;
    return row;
}

} // namespace

ProjectSnapshot loadProjectSnapshot(const QString &dir)
{
    ProjectSnapshot snapshot;
    snapshot.name = QFileInfo(QDir(dir).absolutePath()).fileName();
    Core::LoadOptions options;
    options.headersOnly = false; // checksums are needed to detect drift
    auto loaded = Core::loadProject(dir, options);
    if (!loaded) {
        snapshot.errors << loaded.error().toString();
        return snapshot;
    }
    const Core::Project &project = loaded.value();
    const Core::ProjectConfig &config = project.config;
    snapshot.loaded = true;
    snapshot.config = config;
    snapshot.name = QFileInfo(config.projectDir).fileName();
    snapshot.notes = config.notes;
    snapshot.errors = describe(project.errors);
    snapshot.warnings = describe(project.warnings);

    Core::ErrorList graphErrors;
    auto graph = std::make_shared<Core::RevisionGraph>(
        Core::RevisionGraph::build(project.revisions, &graphErrors));
    snapshot.errors += describe(graphErrors);

    QList<int> order;
    if (graph->isValid()) {
        order = Core::TargetResolver(*graph).historyAll();
    } else {
        // Without a valid graph there is no history order: newest file first.
        for (int i = graph->size() - 1; i >= 0; --i)
            order << i;
    }
    snapshot.rows.reserve(order.size());
    snapshot.rowById.reserve(order.size());
    for (int i : order) {
        snapshot.rows.append(makeRow(*graph, i));
        const QString &id = snapshot.rows.constLast().id;
        if (!snapshot.rowById.contains(id)) // an invalid graph may hold an id twice
            snapshot.rowById.insert(id, int(snapshot.rows.size()) - 1);
    }
    snapshot.heads = graph->ids(graph->heads());
    if (graph->isValid())
        snapshot.graph = std::move(graph);
    return snapshot;
}

} // namespace Stepwise::Ui
