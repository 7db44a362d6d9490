#include "ui/dialogs/revisionauthoring.h"

#include "core/graph/revisiongraph.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

QString RevisionAuthoring::problems(const Core::Project &project, const Core::NewRevision &candidate)
{
    Core::Revision r;
    r.id = candidate.id;
    r.parents = candidate.parents;
    r.dependsOn = candidate.dependsOn;
    r.branchLabels = candidate.branchLabels;
    r.message = candidate.message;
    r.path = r.relativePath = Core::revisionFileName(candidate.id, candidate.message);
    r.up.present = r.down.present = true;
    Core::RevisionList all = project.revisions;
    all << r;
    Core::ErrorList errors;
    Core::RevisionGraph::build(all, &errors);
    QStringList lines;
    for (const Core::Error &e : std::as_const(errors))
        lines << e.message();
    return lines.join(u'\n');
}

Core::Result<QString> RevisionAuthoring::write(const Core::Project &project,
                                               const Core::RevisionGraph &graph,
                                               const Core::NewRevision &candidate)
{
    if (const QString reasons = problems(project, candidate); !reasons.isEmpty())
        return Core::Error(Core::ErrorCode::Graph, reasons);
    // With several version locations the new file goes next to its first parent (Alembic).
    QString folder;
    if (project.config.versionLocations.size() > 1) {
        for (const QString &p : candidate.parents) {
            if (const int i = graph.indexOf(p); i >= 0) {
                folder = QFileInfo(graph.revision(i).path).absolutePath();
                break;
            }
        }
        if (folder.isEmpty())
            return Core::Error(Core::ErrorCode::Usage,
                               QCoreApplication::translate("Stepwise::Ui::RevisionAuthoring",
                                   "The project has several version folders and the new revision "
                                   "has no parent to choose one by."));
    }
    return Core::writeNewRevision(project, candidate, folder);
}

Core::Result<QString> RevisionAuthoring::writeThroughAlembic(const Core::Project &project,
                                                             const Core::RevisionGraph &graph,
                                                             const Core::NewRevision &candidate,
                                                             const Alembic &alembic, bool autogenerate)
{
    if (const QString reasons = problems(project, candidate); !reasons.isEmpty())
        return Core::Error(Core::ErrorCode::Graph, reasons);
    const Core::Result<QStringList> written = Core::AlembicDriver::write(
        alembic.python, project.config, alembic.url ? &*alembic.url : nullptr,
        Core::AlembicDriver::authorRequest(graph, candidate, autogenerate));
    if (!written)
        return written.error();
    if (written->isEmpty())
        return Core::Error(Core::ErrorCode::Io,
                           QCoreApplication::translate("Stepwise::Ui::RevisionAuthoring",
                                                       "Alembic wrote no file."));
    return written->first();
}

} // namespace Stepwise::Ui
