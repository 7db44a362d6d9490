// stepwise-studio: the Stepwise GUI.
#include "base/version.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"stepwise-studio"_s);
    QApplication::setApplicationDisplayName(u"Stepwise Studio"_s);
    QApplication::setApplicationVersion(Stepwise::Core::toolVersion());
    QApplication::setOrganizationName(u"Stepwise"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/stepwise.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("studio", "Stepwise Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(u"project"_s,
        QApplication::translate("studio", "Open the project in <dir>."), u"dir"_s);
    parser.addOption(projectOption);
    parser.process(app);

    Stepwise::Ui::MainWindow window;
    window.show();
    return app.exec();
}
