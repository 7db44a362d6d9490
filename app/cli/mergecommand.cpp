// stepwise merge [-m MSG] [--branch-label L] [--rev-id ID] REV…: a new revision whose parents
// are the given heads.
#include "clicontext.h"
#include "commands.h"
#include "newrevision.h"

#include <QCoreApplication>

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
    NewRevision rev = newRevisionFromLine(line);
    const Result<QStringList> parents = resolveNewParents(session, *loaded, line.arguments);
    if (!parents)
        return session.fail(parents.error());
    rev.parents = *parents;
    return writeRevision(session, *loaded, std::move(rev));
}

} // namespace Stepwise::Cli
