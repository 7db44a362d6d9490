// stepwise: the command line on the same core as Stepwise Studio.
#include "cliapp.h"
#include "cliparser.h"

#include "base/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"stepwise"_s);
    QCoreApplication::setApplicationVersion(Stepwise::Core::toolVersion());
    QCoreApplication::setOrganizationName(u"Stepwise"_s);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const Stepwise::Cli::ParseResult parsed = Stepwise::Cli::parseCommandLine(args);
    if (parsed.showVersion) {
        QTextStream(stdout) << "stepwise " << Stepwise::Core::toolVersion() << '\n';
        return 0;
    }
    if (parsed.showHelp) {
        QTextStream(stdout) << Stepwise::Cli::helpText(parsed.line.command);
        return 0;
    }
    if (!parsed.error.isEmpty()) {
        QTextStream(stderr) << "stepwise: " << parsed.error << '\n'
                            << QCoreApplication::translate("cli",
                                                           "Try 'stepwise --help' for more information.")
                            << '\n';
        return 2;
    }
    Stepwise::Cli::CliApp cli(parsed.line);
    return cli.run();
}
