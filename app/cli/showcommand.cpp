// stepwise show REV: one revision (or several, for a label); `show current` reads the
// database's heads.
#include "cliconnection.h"
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/graph/alembicformat.h"
#include "core/graph/targetresolver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

int runShowCurrent(CliContext &session)
{
    const auto loaded = session.load();
    if (!loaded)
        return session.exitCode();
    QStringList rows;
    if (const std::optional<int> code = CliConnection(session).readRows(*loaded, &rows, nullptr))
        return *code;
    const Result<QString> text = AlembicFormat::show(loaded->graph, u"current"_s, rows);
    if (!text)
        return session.fail(text.error());
    session.out() << *text;
    return 0;
}

} // namespace

int runShow(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.arguments.size() != 1)
        return session.usageError(QCoreApplication::translate("cli", "'show' takes one revision"));
    if (line.arguments.first() == u"current"_s)
        return runShowCurrent(session);
    const auto &loaded = session.loadUntilExit();
    if (!loaded)
        return session.exitCode();
    if (session.json()) {
        const Result<QList<int>> revs =
            TargetResolver(loaded->graph).lookup(line.arguments.first());
        if (!revs)
            return session.fail(revs.error());
        session.out() << revisionListJson(loaded->graph, *revs);
        return 0;
    }
    const Result<QString> text = AlembicFormat::show(loaded->graph, line.arguments.first(), {});
    if (!text)
        return session.fail(text.error());
    session.out() << *text;
    return 0;
}

} // namespace Stepwise::Cli
