// stepwise: the command line on the same core as Stepwise Studio.
#include "base/version.h"

#include <QCommandLineParser>
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Stepwise — database migrations with Alembic's semantics.\n\n"
        "Commands:\n"
        "  init DIR          create a new project\n"
        "  revision -m MSG   create a new revision file\n"
        "  merge REVS -m MSG create a merge revision\n"
        "  upgrade [TARGET]  apply revisions up to TARGET (default: heads)\n"
        "  downgrade TARGET  revert revisions down to TARGET\n"
        "  stamp TARGET...   set the database's version without running revisions\n"
        "  current           show the database's current revision(s)\n"
        "  heads, branches   show heads / branch points\n"
        "  history           list revisions\n"
        "  show REV          show one revision\n"
        "  check             compare applied revisions with the files (drift)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "The command to run."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }
    QTextStream(stderr) << QCoreApplication::translate("cli", "stepwise: unknown command '%1'")
                               .arg(args.first())
                        << u'\n';
    return 2;
}
