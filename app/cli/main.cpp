// stepwise: the command line on the same core as Stepwise Studio.
#include "cliapp.h"
#include "clidocs.h"
#include "cliparser.h"

#include "core/base/version.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Loading a big project makes tens of thousands of small allocations: let the heap grow in
    // large steps instead of one brk() per 128 KiB.
    mallopt(M_TOP_PAD, 16 << 20);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"stepwise"_s);
    QCoreApplication::setApplicationVersion(Stepwise::Core::toolVersion());
    QCoreApplication::setOrganizationName(u"Stepwise"_s);
    // English plural forms ("1 revision checked: 1 error") instead of "(s)"; the text stays English.
    QTranslator plurals;
    if (plurals.load(u":/i18n/stepwise_core_en.qm"_s))
        QCoreApplication::installTranslator(&plurals);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const Stepwise::Cli::ParseResult parsed = Stepwise::Cli::parseCommandLine(args);
    if (parsed.showVersion) {
        QTextStream(stdout) << "stepwise " << Stepwise::Core::toolVersion() << '\n';
        return 0;
    }
    if (parsed.showManPage) {
        QTextStream(stdout) << Stepwise::Cli::manPage();
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
