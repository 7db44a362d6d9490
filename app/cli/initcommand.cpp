// stepwise init FOLDER [--dialect D]: a new project (stepwise.ini, versions/).
#include "clitr.h"
#include "clicontext.h"
#include "commands.h"

#include "core/repository/revisionwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
int runInit(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.arguments.size() != 1)
        return session.usageError(CliText::tr("'init' takes one folder"));
    const QString dir = QDir(line.arguments.first()).absolutePath();
    const QString dialect = line.isSet(u"dialect"_s) ? line.value(u"dialect"_s) : u"sqlite"_s;
    const Result<void> done = initProject(dir, dialect);
    if (!done)
        return session.fail(done.error());
    if (session.json())
        session.out() << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"project"_s, dir}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
    else if (!session.quiet())
        session.out() << CliText::tr("Created a Stepwise project in %1 (stepwise.ini, versions/).").arg(dir)
                      << '\n'
                      << CliText::tr("Set [database] url in stepwise.ini or pass --url, then: stepwise "
                            "revision -m \"first revision\"")
                      << '\n';
    return 0;
}

} // namespace Stepwise::Cli
