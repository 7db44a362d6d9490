// stepwise merge [-m MSG] [--branch-label L] [--rev-id ID] REV…: a new revision whose parents
// are the given heads.
#include "clicontext.h"
#include "commands.h"
#include "newrevision.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

int runMerge(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.arguments.isEmpty())
        return session.usageError(QCoreApplication::translate(
            "cli", "'merge' needs the revisions to merge (or 'heads')"));
    const auto loaded = session.load();
    if (!loaded)
        return session.exitCode();
    if (loaded->project.config.kind == ProjectConfig::Kind::Alembic) {
        QJsonObject request{{u"cmd"_s, u"merge"_s},
                            {u"revisions"_s, QJsonArray::fromStringList(line.arguments)}};
        for (const char *option : {"message", "branch-label", "rev-id"}) {
            const QString name = QString::fromLatin1(option);
            if (line.isSet(name))
                request.insert(QString(name).replace(u'-', u'_'), line.value(name));
        }
        return authorThroughAlembic(session, *loaded, request);
    }
    NewRevision rev = newRevisionFromLine(line);
    const Result<QStringList> parents = resolveNewParents(session, *loaded, line.arguments);
    if (!parents)
        return session.fail(parents.error());
    rev.parents = *parents;
    return writeRevision(session, *loaded, std::move(rev));
}

} // namespace Stepwise::Cli
