#include "cliapp.h"
#include "commands.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

using namespace Qt::StringLiterals;

namespace Stepwise::Cli {

CliApp::CliApp(CommandLine line)
    : m_session(std::move(line))
{
}

int CliApp::run()
{
    using Command = int (*)(CliContext &);
    static const QList<std::pair<QString, Command>> commands = {
        {u"init"_s, &runInit},         {u"revision"_s, &runRevision},
        {u"merge"_s, &runMerge},       {u"heads"_s, &runHeads},
        {u"branches"_s, &runBranches}, {u"history"_s, &runHistory},
        {u"show"_s, &runShow},         {u"plan"_s, &runPlan},
        {u"upgrade"_s, &runUpgrade},   {u"downgrade"_s, &runDowngrade},
        {u"stamp"_s, &runStamp},       {u"current"_s, &runCurrent},
        {u"check"_s, &runCheck},       {u"diff"_s, &runDiff}, {u"lint"_s, &runLint},
    };
    const CommandLine &line = m_session.line();
    if (line.command.isEmpty())
        return m_session.usageError(QCoreApplication::translate("cli", "a command is required"));
    if (line.isSet(u"url"_s) && line.isSet(u"connection"_s))
        return m_session.usageError(
            QCoreApplication::translate("cli", "--url and --connection cannot be used together"));
    for (const auto &[name, command] : commands) {
        if (name == line.command) {
            const int code = command(m_session);
            m_session.out().flush();
            m_session.err().flush();
            return code;
        }
    }
    return m_session.usageError(
        QCoreApplication::translate("cli", "unknown command '%1'").arg(line.command));
}

} // namespace Stepwise::Cli
