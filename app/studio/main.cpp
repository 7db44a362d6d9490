// stepwise-studio: the Stepwise GUI.
#include "core/base/version.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentprojects.h"
#include "ui/mainwindow/studiopalette.h"
#include "ui/mainwindow/studiostartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Screenshots render offscreen: choose the platform before QApplication exists.
void preferOffscreenForScreenshots(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0 && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"stepwise"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

// For bench/bench_studio (S8): with STEPWISE_STUDIO_EXIT_AFTER_PAINT set, print "painted" once
// the main window has painted for the first time, and quit.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "stepwise-studio: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"stepwise-studio"_s);
    QApplication::setApplicationDisplayName(u"Stepwise Studio"_s);
    QApplication::setApplicationVersion(Stepwise::Core::toolVersion());
    QApplication::setOrganizationName(u"Stepwise"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/stepwise.svg"_s));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("studio", "Stepwise Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(u"project"_s,
        QApplication::translate("studio", "Open the project in <dir>."), u"dir"_s);
    const QCommandLineOption urlOption(u"url"_s,
        QApplication::translate("studio", "Connect to the database at <url>."), u"url"_s);
    const QCommandLineOption connectionOption(u"connection"_s,
        QApplication::translate("studio", "Connect with the saved connection <name>."), u"name"_s);
    const QCommandLineOption selectOption(u"select"_s,
        QApplication::translate("studio", "Select the revision <rev> (an id or a unique prefix)."), u"rev"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QApplication::translate("studio", "Render the loaded window to <file.png> and exit."), u"file.png"_s);
    const QCommandLineOption sizeOption(u"size"_s,
        QApplication::translate("studio", "Window size for --screenshot, as WxH."), u"WxH"_s, u"1280x800"_s);
    const QCommandLineOption paletteOption(u"palette"_s,
        QApplication::translate("studio", "Use the light or dark palette instead of the system's."), u"light|dark"_s);
    const QCommandLineOption fitOption(u"fit"_s,
        QApplication::translate("studio", "With --screenshot: fit the whole graph in its view first."));
    parser.addOptions({ projectOption, urlOption, connectionOption, selectOption, screenshotOption,
                        sizeOption, paletteOption, fitOption });
    parser.process(app);

    Stepwise::Ui::StartupOptions options;
    options.project = parser.value(projectOption);
    options.url = parser.value(urlOption);
    options.connection = parser.value(connectionOption);
    options.select = parser.value(selectOption);
    options.screenshot = parser.value(screenshotOption);
    options.palette = parser.value(paletteOption);
    options.fit = parser.isSet(fitOption);
    if (!options.url.isEmpty() && !options.connection.isEmpty())
        return fail(QApplication::translate("studio", "--url and --connection exclude each other"));
    const auto size = QRegularExpression(u"^(\\d+)x(\\d+)$"_s).match(parser.value(sizeOption));
    if (!size.hasMatch())
        return fail(QApplication::translate("studio", "--size wants WxH, such as 1280x800"));
    options.size = QSize(size.captured(1).toInt(), size.captured(2).toInt());
    if (!options.palette.isEmpty() && !Stepwise::Ui::applyPalette(options.palette))
        return fail(QApplication::translate("studio", "--palette wants light or dark"));
    // Without --palette, the one chosen in View → Palette last time (screenshots stay neutral).
    if (options.palette.isEmpty() && options.screenshot.isEmpty()
        && Stepwise::Ui::savedPaletteName() != u"system"_s)
        Stepwise::Ui::applyPalette(Stepwise::Ui::savedPaletteName());

    Stepwise::Ui::MainWindow window;
    if (!options.screenshot.isEmpty())
        return Stepwise::Ui::takeScreenshot(window, options);

    window.restoreWindowState();
    // Without --project, reopen the project of the last session.
    if (options.project.isEmpty()) {
        const QStringList recent = QSettings().value(u"recentProjects"_s).toStringList();
        if (!recent.isEmpty() && QDir(recent.first()).exists())
            options.project = recent.first();
    }
    // The project is read before the first paint, so the first frame already shows it.
    QString error;
    if (!Stepwise::Ui::applyStartupOptions(window, options, &error))
        std::fprintf(stderr, "stepwise-studio: %s\n", qPrintable(error));
    if (qEnvironmentVariableIsSet("STEPWISE_STUDIO_EXIT_AFTER_PAINT"))
        window.installEventFilter(new FirstPaintReporter(&window));
    window.show();
    return app.exec();
}
