#include "cliapp.h"
#include "clidefinitions.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace Stepwise::Cli {

CliApp::CliApp(CommandLine line)
    : m_session(std::move(line))
{
}

int CliApp::run()
{
    const CommandLine &line = m_session.line();
    if (line.command.isEmpty())
        return m_session.usageError(QCoreApplication::translate("cli", "a command is required"));
    if (line.isSet(u"url"_s) && line.isSet(u"connection"_s))
        return m_session.usageError(
            QCoreApplication::translate("cli", "--url and --connection cannot be used together"));
    if (const CommandSpec *command = findCommand(line.command)) {
        const int code = command->run(m_session);
        m_session.out().flush();
        m_session.err().flush();
        return code;
    }
    return m_session.usageError(
        QCoreApplication::translate("cli", "unknown command '%1'").arg(line.command));
}

} // namespace Stepwise::Cli
