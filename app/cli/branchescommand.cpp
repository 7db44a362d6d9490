// stepwise branches: the graph's branch points and their children.
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/graph/alembicformat.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

int runBranches(CliContext &session)
{
    if (!session.line().arguments.isEmpty())
        return session.usageError(
            QCoreApplication::translate("cli", "'branches' takes no arguments"));
    const auto &loaded = session.loadUntilExit();
    if (!loaded)
        return session.exitCode();
    if (session.json()) {
        QJsonArray list;
        for (int b : loaded->graph.branchPoints()) {
            QJsonObject o = revisionJson(loaded->graph, b);
            o.insert(u"children"_s, toJson(loaded->graph.ids(loaded->graph.children(b))));
            list.append(o);
        }
        session.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    session.out() << AlembicFormat::branches(loaded->graph, session.verbose());
    return 0;
}

} // namespace Stepwise::Cli
