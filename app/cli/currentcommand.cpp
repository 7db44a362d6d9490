// stepwise current: the revisions in the database's version table.
#include "cliconnection.h"
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/graph/alembicformat.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

int runCurrent(CliContext &session)
{
    const CommandLine &line = session.line();
    if (!line.arguments.isEmpty())
        return session.usageError(
            QCoreApplication::translate("cli", "'current' takes no arguments"));
    const auto loaded = session.load();
    if (!loaded)
        return session.exitCode();
    QStringList rows;
    QString display;
    if (const std::optional<int> code = CliConnection(session).readRows(*loaded, &rows, &display))
        return *code;
    if (session.json()) {
        session.out() << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"heads"_s, toJson(rows)}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
        return 0;
    }
    const Result<QString> text =
        AlembicFormat::current(loaded->graph, rows, session.verbose(), display);
    if (!text)
        return session.fail(text.error());
    session.out() << *text;
    return 0;
}

} // namespace Stepwise::Cli
