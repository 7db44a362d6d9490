// stepwise heads [--resolve-dependencies]: the graph's heads, in Alembic's words or as JSON.
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/graph/alembicformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

int runHeads(CliContext &session)
{
    const CommandLine &line = session.line();
    if (!line.arguments.isEmpty())
        return session.usageError(QCoreApplication::translate("cli", "'heads' takes no arguments"));
    const auto &loaded = session.loadUntilExit();
    if (!loaded)
        return session.exitCode();
    const RevisionGraph &g = loaded->graph;
    const bool resolve = line.isSet(u"resolve-dependencies"_s);
    if (session.json()) {
        session.out() << revisionListJson(g, resolve ? g.realHeads() : g.heads());
        return 0;
    }
    session.out() << AlembicFormat::heads(g, session.verbose(), resolve);
    return 0;
}

} // namespace Stepwise::Cli
