#include "newrevision.h"
#include "cliconnection.h"

#include "core/engine/alembicdriver.h"
#include "core/repository/projectconfig.h"

#include "core/graph/targetresolver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

NewRevision newRevisionFromLine(const CommandLine &line)
{
    NewRevision rev;
    rev.id = line.value(u"rev-id"_s);
    rev.message = line.value(u"message"_s);
    rev.branchLabels = line.valueList(u"branch-label"_s);
    return rev;
}

Result<QStringList> resolveNewParents(const CliContext &session, const CliContext::Loaded &loaded,
                                      const QStringList &texts)
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
    if (!session.line().isSet(u"splice"_s)) {
        for (int h : std::as_const(heads))
            if (!g.isHead(h))
                return Error(ErrorCode::Target,
                             u"Revision %1 is not a head revision; please specify --splice to "
                             "create a new branch from this revision"_s.arg(g.id(h)));
    }
    return g.ids(heads);
}

int writeRevision(CliContext &session, const CliContext::Loaded &loaded, NewRevision rev)
{
    if (rev.id.isEmpty())
        rev.id = generateRevisionId();
    if (rev.message.isEmpty() && !session.line().isSet(u"message"_s))
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
        return session.failAll(errors);
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
            return session.fail(Error(ErrorCode::Usage,
                                      QCoreApplication::translate(
                                          "cli", "Multiple version locations present; the new "
                                                 "revision has no parent to choose one by")));
    }
    const Result<QString> path = writeNewRevision(loaded.project, rev, folder);
    if (!path)
        return session.fail(path.error());
    if (session.json())
        session.out() << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"revision"_s, rev.id},
                                                   {u"path"_s, *path}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
    else if (!session.quiet())
        session.out() << "Generating " << *path << " ...  done\n"; // Alembic's status line
    return 0;
}

int authorThroughAlembic(CliContext &session, const CliContext::Loaded &loaded, QJsonObject request)
{
    const CommandLine &line = session.line();
    const ProjectConfig &config = loaded.project.config;
    // The database autogenerate compares with: the selected one; a plain Alembic project
    // falls back to its ini's URL, a Flask app to its own configuration (unchecked).
    std::optional<ConnectionUrl> selected;
    const bool chosen = line.isSet(u"url"_s) || line.isSet(u"connection"_s);
    if (chosen || (request.value(u"autogenerate"_s).toBool() && !config.flaskMigrate)) {
        CliConnection connection(session);
        const Result<ConnectionUrl> url = connection.databaseUrl(config);
        if (!url)
            return session.fail(url.error());
        selected = *url;
        // Autogenerate connects: with the password Stepwise finds (STEPWISE_PASSWORD, the
        // keychain, the prompt) and for an unreachable database Stepwise's own message.
        if (request.value(u"autogenerate"_s).toBool()) {
            const auto opened = connection.open(*url, loaded);
            if (!opened)
                return session.fail(opened.error());
            selected = (*opened)->url();
        }
    }
    const Result<QStringList> paths = AlembicDriver::write(session.pythonSetup(), config,
                                                           selected ? &*selected : nullptr, request);
    if (!paths)
        return session.fail(paths.error());
    if (session.json()) {
        QJsonArray written;
        for (const QString &p : *paths)
            written.append(p);
        session.out() << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"paths"_s, written}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
    } else if (!session.quiet()) {
        for (const QString &p : *paths)
            session.out() << "Generating " << p << " ...  done\n"; // Alembic's status line
    }
    return 0;
}

} // namespace Stepwise::Cli
