// Commands that write files: init, revision, merge (alembic-semantics §5.8, with the ⚑ rule
// that everything is validated before anything is written).
#include "cliapp.h"

#include "core/graph/target.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

int CliApp::runInit()
{
    if (m_line.arguments.size() != 1)
        return usageError(tr("'init' takes one folder"));
    const QString dir = QDir(m_line.arguments.first()).absolutePath();
    const QString dialect = m_line.isSet(u"dialect"_s) ? m_line.value(u"dialect"_s) : u"sqlite"_s;
    const Result<void> done = initProject(dir, dialect);
    if (!done)
        return fail(done.error());
    if (json())
        m_out << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"project"_s, dir}}).toJson(QJsonDocument::Compact) << '\n';
    else if (!quiet())
        m_out << tr("Created a Stepwise project in %1 (stepwise.ini, versions/).").arg(dir) << '\n'
              << tr("Set [database] url in stepwise.ini or pass --url, then: stepwise revision -m \"first revision\"")
              << '\n';
    return 0;
}

int CliApp::runRevision()
{
    if (!m_line.arguments.isEmpty())
        return usageError(tr("'revision' takes no arguments (did you mean -m \"%1\"?)")
                              .arg(m_line.arguments.join(u' ')));
    if (m_line.isSet(u"autogenerate"_s))
        return fail(Error(ErrorCode::Unsupported, tr("--autogenerate is not available yet")));
    const auto loaded = load();
    if (!loaded)
        return m_exitCode;
    NewRevision rev;
    rev.id = m_line.value(u"rev-id"_s);
    rev.message = m_line.value(u"message"_s);
    rev.branchLabels = m_line.valueList(u"branch-label"_s);
    const QString head = m_line.isSet(u"head"_s) ? m_line.value(u"head"_s) : u"head"_s;
    const Result<QStringList> parents = resolveNewParents(*loaded, {head});
    if (!parents)
        return fail(parents.error());
    rev.parents = *parents;
    // --depends-on: a label stays a label, anything else becomes the full id (§1.4).
    const TargetResolver resolver(loaded->graph);
    for (const QString &dep : m_line.valueList(u"depends-on"_s)) {
        const Result<int> r = resolver.lookupOne(dep);
        if (!r)
            return fail(r.error());
        if (*r < 0)
            return fail(TargetResolver::cannotLocate(dep, tr("No such revision or branch '%1'").arg(dep)));
        rev.dependsOn << (loaded->graph.revision(*r).branchLabels.contains(dep) ? dep
                                                                                 : loaded->graph.id(*r));
    }
    return writeRevision(*loaded, std::move(rev));
}

int CliApp::runMerge()
{
    if (m_line.arguments.isEmpty())
        return usageError(tr("'merge' needs the revisions to merge (or 'heads')"));
    const auto loaded = load();
    if (!loaded)
        return m_exitCode;
    NewRevision rev;
    rev.id = m_line.value(u"rev-id"_s);
    rev.message = m_line.value(u"message"_s);
    rev.branchLabels = m_line.valueList(u"branch-label"_s);
    const Result<QStringList> parents = resolveNewParents(*loaded, m_line.arguments);
    if (!parents)
        return fail(parents.error());
    rev.parents = *parents;
    return writeRevision(*loaded, std::move(rev));
}

// The parents of a new revision from --head / merge arguments, as Alembic's generate_revision:
// plain lookup (`head` refuses several heads with its own wording), no duplicates, and only
// heads unless --splice.
Result<QStringList> CliApp::resolveNewParents(const Loaded &loaded, const QStringList &texts)
{
    const RevisionGraph &g = loaded.graph;
    const TargetResolver resolver(g);
    QList<int> heads;
    for (const QString &text : texts) {
        const Result<QList<int>> r = resolver.lookup(text);
        if (!r) {
            Error e = r.error();
            if (text == u"head"_s && e.message().startsWith(u"Multiple head revisions"_s))
                // Alembic's wording for `revision` without --head (§2.6).
                return Error(ErrorCode::Target,
                             u"Multiple heads are present; please specify the head revision on "
                             "which the new revision should be based, or perform a merge."_s);
            return e;
        }
        heads << *r;
    }
    QList<int> unique = heads;
    std::sort(unique.begin(), unique.end());
    if (std::adjacent_find(unique.begin(), unique.end()) != unique.end())
        return Error(ErrorCode::Target, u"Duplicate head revisions specified"_s);
    if (!m_line.isSet(u"splice"_s)) {
        for (int h : std::as_const(heads))
            if (!g.isHead(h))
                return Error(ErrorCode::Target,
                             u"Revision %1 is not a head revision; please specify --splice to "
                             "create a new branch from this revision"_s.arg(g.id(h)));
    }
    return g.ids(heads);
}

int CliApp::writeRevision(const Loaded &loaded, NewRevision rev)
{
    if (rev.id.isEmpty())
        rev.id = generateRevisionId();
    if (rev.message.isEmpty() && !m_line.isSet(u"message"_s))
        rev.message = u"empty message"_s; // Alembic's text when -m is not given
    // ⚑ Validate the graph with the new revision before writing anything.
    Revision candidate;
    candidate.id = rev.id;
    candidate.parents = rev.parents;
    candidate.dependsOn = rev.dependsOn;
    candidate.branchLabels = rev.branchLabels;
    candidate.message = rev.message;
    candidate.path = candidate.relativePath = revisionFileName(rev.id, rev.message);
    candidate.up.present = true;
    candidate.down.present = true;
    RevisionList all = loaded.project.revisions;
    all << candidate;
    ErrorList errors;
    RevisionGraph::build(all, &errors);
    if (!errors.isEmpty())
        return failAll(errors);
    // With several version locations, the new file goes next to its first parent (Alembic).
    QString folder;
    const QStringList &locations = loaded.project.config.versionLocations;
    if (locations.size() > 1) {
        for (const QString &p : std::as_const(rev.parents)) {
            const int i = loaded.graph.indexOf(p);
            if (i >= 0) {
                folder = QFileInfo(loaded.graph.revision(i).path).absolutePath();
                break;
            }
        }
        if (folder.isEmpty())
            return fail(Error(ErrorCode::Usage,
                              tr("Multiple version locations present; the new revision has no "
                                 "parent to choose one by")));
    }
    const Result<QString> path = writeNewRevision(loaded.project, rev, folder);
    if (!path)
        return fail(path.error());
    if (json())
        m_out << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"revision"_s, rev.id}, {u"path"_s, *path}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else if (!quiet())
        m_out << "Generating " << *path << " ...  done\n"; // Alembic's status line
    return 0;
}

} // namespace Stepwise::Cli
