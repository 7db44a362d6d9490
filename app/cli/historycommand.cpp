// stepwise history [-r RANGE] [-i]: the revisions in Alembic's order; with --indicate-current
// (-i) it reads the database's heads to mark them.
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

int runHistoryWithRows(CliContext &session)
{
    const auto loaded = session.load();
    if (!loaded)
        return session.exitCode();
    QStringList rows;
    if (const std::optional<int> code = CliConnection(session).readRows(*loaded, &rows, nullptr))
        return *code;
    const Result<QString> text = AlembicFormat::history(
        loaded->graph, session.line().value(u"rev-range"_s), session.verbose(), true, rows);
    if (!text)
        return session.fail(text.error());
    session.out() << *text;
    return 0;
}

} // namespace

int runHistory(CliContext &session)
{
    const CommandLine &line = session.line();
    if (!line.arguments.isEmpty())
        return session.usageError(
            QCoreApplication::translate("cli", "'history' takes no arguments"));
    if (line.isSet(u"indicate-current"_s))
        return runHistoryWithRows(session);
    const auto &loaded = session.loadUntilExit();
    if (!loaded)
        return session.exitCode();
    const QString range = line.value(u"rev-range"_s);
    if (session.json()) {
        TargetResolver resolver(loaded->graph);
        const Result<QList<int>> revs = range.isEmpty()
            ? Result<QList<int>>(resolver.historyAll())
            : resolver.historyRange(range, {});
        if (!revs)
            return session.fail(revs.error());
        session.out() << revisionListJson(loaded->graph, *revs);
        return 0;
    }
    const Result<QString> text =
        AlembicFormat::history(loaded->graph, range, session.verbose(), false, {});
    if (!text)
        return session.fail(text.error());
    session.out() << *text;
    return 0;
}

} // namespace Stepwise::Cli
