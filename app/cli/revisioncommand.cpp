// stepwise revision [-m MSG] [--head H] [--splice] [--branch-label L] [--depends-on R]
// [--rev-id ID]: a new revision file on a head.
#include "clitr.h"
#include "clicontext.h"
#include "commands.h"
#include "newrevision.h"

#include "core/graph/targetresolver.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
int runRevision(CliContext &session)
{
    const CommandLine &line = session.line();
    if (!line.arguments.isEmpty())
        return session.usageError(tr("'revision' takes no arguments (did you mean -m \"%1\"?)")
                                      .arg(line.arguments.join(u' ')));
    const auto loaded = session.load();
    if (!loaded)
        return session.exitCode();
    if (loaded->project.config.kind == ProjectConfig::Kind::Alembic) {
        QJsonObject request{{u"cmd"_s, u"revision"_s},
                            {u"autogenerate"_s, line.isSet(u"autogenerate"_s)},
                            {u"splice"_s, line.isSet(u"splice"_s)},
                            {u"depends_on"_s, QJsonArray::fromStringList(line.valueList(u"depends-on"_s))}};
        for (const char *option : {"message", "head", "branch-label", "rev-id"}) {
            const QString name = QString::fromLatin1(option);
            if (line.isSet(name))
                request.insert(QString(name).replace(u'-', u'_'), line.value(name));
        }
        return authorThroughAlembic(session, *loaded, request);
    }
    if (line.isSet(u"autogenerate"_s))
        return session.fail(Error(ErrorCode::Unsupported,
                                  tr("--autogenerate compares models with the database: it works "
                                     "for Alembic and Flask-Migrate projects, not yet for native "
                                     "ones")));
    NewRevision rev = newRevisionFromLine(line);
    const QString head = line.isSet(u"head"_s) ? line.value(u"head"_s) : u"head"_s;
    const Result<QStringList> parents = resolveNewParents(session, *loaded, {head});
    if (!parents)
        return session.fail(parents.error());
    rev.parents = *parents;
    // --depends-on: a label stays a label, anything else becomes the full id (§1.4).
    const TargetResolver resolver(loaded->graph);
    for (const QString &dep : line.valueList(u"depends-on"_s)) {
        const Result<int> r = resolver.lookupOne(dep);
        if (!r)
            return session.fail(r.error());
        if (*r < 0)
            return session.fail(
                TargetResolver::cannotLocate(dep, tr("No such revision or branch '%1'").arg(dep)));
        rev.dependsOn << (loaded->graph.revision(*r).branchLabels.contains(dep) ? dep
                                                                                 : loaded->graph.id(*r));
    }
    return writeRevision(session, *loaded, std::move(rev));
}

} // namespace Stepwise::Cli
