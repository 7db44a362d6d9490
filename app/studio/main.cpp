// stepwise-studio: the Stepwise GUI.
#include "core/base/version.h"
#include "ui/editor/editorsettingsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentprojects.h"
#include "ui/mainwindow/studiopalette.h"
#include "ui/mainwindow/studiostartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
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

// --lang CODE (or --lang=CODE) before QApplication parses anything: the translators must be in
// place before the options' descriptions are translated.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

bool installTranslator(QApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, u"_"_s, directory) && QApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

// The language: --lang, else Preferences → Language (QSettings ui/language), else the system's.
// Qt's and QScintilla's own catalogues where installed, then Stepwise's: the Studio's strings
// (stepwise_*.qm) and the core's messages (stepwise_core_*.qm), embedded under :/i18n. English,
// and a language without a catalogue, gets the English plural forms ("1 step", "2 steps").
// The project a path names: a folder, or the stepwise.ini / alembic.ini in it. Flask-Migrate
// keeps alembic.ini in migrations/, and its project is the folder above.
QString projectFolderOf(const QString &path)
{
    const QFileInfo given(path);
    if (given.isDir())
        return given.absoluteFilePath();
    const QDir dir = given.absoluteDir();
    if (dir.dirName() == u"migrations"_s && !dir.exists(u"stepwise.ini"_s)) {
        QDir parent = dir;
        if (parent.cdUp() && !parent.exists(u"alembic.ini"_s) && !parent.exists(u"stepwise.ini"_s))
            return parent.absolutePath();
    }
    return dir.absolutePath();
}

void installTranslators(QApplication &app, const QString &language)
{
    // An unknown code counts as no choice.
    const bool chosen = !language.isEmpty() && QLocale(language).language() != QLocale::C;
    const QLocale locale = chosen ? QLocale(language) : QLocale::system();
    // A chosen language brings its number and date formats, unless the system speaks it already.
    if (chosen && locale.language() != QLocale::system().language())
        QLocale::setDefault(locale);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    installTranslator(app, locale, u"qtbase"_s, qtTranslations);
    installTranslator(app, locale, u"qscintilla"_s, qtTranslations);
    const QLocale english(QLocale::English);
    for (const QString &catalogue : { u"stepwise"_s, u"stepwise_core"_s }) {
        if (!installTranslator(app, locale, catalogue, u":/i18n"_s))
            installTranslator(app, english, catalogue, u":/i18n"_s);
    }
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
    // Wayland matches the window to its desktop entry (and icon) by this name.
    QGuiApplication::setDesktopFileName(u"org.stepwise.Studio"_s);
    const QString language = languageArgument(argc, argv);
    installTranslators(app, language.isEmpty() ? Stepwise::Ui::EditorSettingsDialog::savedLanguage() : language);

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
    const QCommandLineOption langOption(u"lang"_s,
        QApplication::translate("studio", "Use the language <code> (en, de, fr) instead of the chosen one."),
        u"code"_s);
    parser.addOptions({ projectOption, urlOption, connectionOption, selectOption, screenshotOption,
                        sizeOption, paletteOption, fitOption, langOption });
    // What a file manager passes (the .desktop entry's %f): a project folder or its ini file.
    parser.addPositionalArgument(u"project"_s,
        QApplication::translate("studio", "A project folder, or its stepwise.ini or alembic.ini."),
        u"[project]"_s);
    parser.process(app);

    Stepwise::Ui::StartupOptions options;
    options.project = parser.value(projectOption);
    if (options.project.isEmpty() && !parser.positionalArguments().isEmpty())
        options.project = projectFolderOf(parser.positionalArguments().constFirst());
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
