// translations/ (issue 20): every catalogue is complete and up to date with the sources — lupdate,
// run as translations/README.md says, neither adds nor drops a message — its .qm loads and gives
// the .ts's translations, Studio offers exactly the languages that have catalogues, and the
// Preferences dialog stores the chosen one.

#include "core/base/tr.h"
#include "ui/editor/editorsettingsdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/common/testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using Stepwise::Ui::EditorSettingsDialog;

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // of <translation>: "", "unfinished", "obsolete" or "vanished"
    QString translation;
    QStringList forms; // <numerusform>s

    // What identifies a message for lupdate and QTranslator.
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    // One line, shortened.
    QString display() const
    {
        QString text = source;
        text.replace(u'\n', u"⏎"_s);
        if (text.size() > 100)
            text = text.first(100) + u'…';
        return u"%1: \"%2\"%3"_s.arg(context, text, comment.isEmpty() ? QString() : u" (%1)"_s.arg(comment));
    }
    bool finished() const { return type.isEmpty(); }
};

struct Catalogue
{
    QString language; // the TS element's language attribute
    QList<Message> messages;
    QString error;
};

Catalogue readTs(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = u"cannot read %1"_s.arg(path);
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS"_s) {
            catalogue.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"context"_s) {
            context.clear();
        } else if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            message.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                catalogue.messages << message;
                continue;
            }
            // <numerusform>s up to </translation>.
            while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                    message.forms << xml.readElementText();
            }
            catalogue.messages << message;
        }
    }
    if (xml.hasError())
        catalogue.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QString lupdateProgram()
{
    return QStringLiteral(STEPWISE_LUPDATE);
}

QString translationsDir()
{
    return Stepwise::Test::sourceDir() + u"/translations"_s;
}

// stepwise_core_de.ts → core and CLI sources; stepwise_de.ts → Studio's; English: plurals only.
struct TsKind
{
    QString language;
    QStringList sourceDirs;
    bool pluralOnly = false;
};

std::optional<TsKind> kindOf(const QString &fileName)
{
    static const QRegularExpression pattern(u"^stepwise_(core_)?([a-z]{2,3}(?:_[A-Z]{2})?)\\.ts$"_s);
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    TsKind kind;
    kind.language = match.captured(2);
    kind.sourceDirs = match.capturedLength(1) > 0 ? QStringList{ u"core"_s, u"app/cli"_s }
                                                  : QStringList{ u"ui"_s, u"app/studio"_s };
    kind.pluralOnly = kind.language == u"en"_s;
    return kind;
}

QStringList tsFiles()
{
    return QDir(translationsDir()).entryList({ u"*.ts"_s }, QDir::Files, QDir::Name);
}

QStringList firstOf(const QStringList &lines, qsizetype count = 20)
{
    QStringList out;
    for (const QString &line : lines.first(std::min(count, lines.size())))
        out << u"    "_s + line;
    if (lines.size() > count)
        out << u"    … and %1 more"_s.arg(lines.size() - count);
    return out;
}

// QVERIFY2 cuts long messages: the full list goes to the log first.
bool report(const QStringList &problems)
{
    for (const QString &line : problems)
        qWarning().noquote() << line;
    return problems.isEmpty();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogues();
    void upToDate_data();
    void upToDate();
    void finished_data();
    void finished();
    void qmTranslates_data();
    void qmTranslates();
    void englishPlurals();
    void runtimeContexts_data();
    void runtimeContexts();
    void studioLanguages();
    void preferencesLanguage();
    void studioHelpInLanguage_data();
    void studioHelpInLanguage();

private:
    void addTsRows();
    QTemporaryDir m_settings;
};

void TestTranslations::initTestCase()
{
    Stepwise::Test::isolateSettings(m_settings);
    QVERIFY2(QFileInfo(lupdateProgram()).isExecutable(), qPrintable(lupdateProgram()));
}

void TestTranslations::addTsRows()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &name : tsFiles())
        QTest::newRow(qPrintable(name)) << name;
}

// Every .ts in translations/ is one of ours, in pairs: a Studio and a core catalogue per language.
void TestTranslations::catalogues()
{
    const QStringList files = tsFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const auto kind = kindOf(name);
        QVERIFY2(kind, qPrintable(u"%1: not stepwise_LANG.ts or stepwise_core_LANG.ts"_s.arg(name)));
        const QString pair = name.startsWith(u"stepwise_core_"_s) ? u"stepwise_%1.ts"_s.arg(kind->language)
                                                                   : u"stepwise_core_%1.ts"_s.arg(kind->language);
        QVERIFY2(files.contains(pair), qPrintable(u"%1 has no %2"_s.arg(name, pair)));
        const Catalogue catalogue = readTs(translationsDir() + u'/' + name);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY2(catalogue.language.startsWith(kind->language),
                 qPrintable(u"%1: language=\"%2\""_s.arg(name, catalogue.language)));
    }
}

void TestTranslations::upToDate_data()
{
    addTsRows();
}

// lupdate on the sources, into a copy of the .ts: no message it adds (a tr() string the catalogue
// lacks), none it drops (one the sources no longer have).
void TestTranslations::upToDate()
{
    QFETCH(QString, fileName);
    const auto kind = kindOf(fileName);
    QVERIFY(kind);
    const QString committed = translationsDir() + u'/' + fileName;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(fileName);
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments{ u"-silent"_s, u"-no-obsolete"_s };
    if (kind->pluralOnly)
        arguments << u"-pluralonly"_s;
    // -I .: the headers, for the contexts as the code has them (Stepwise::Ui::MainWindow).
    arguments << u"-locations"_s << u"none"_s << u"-I"_s << u"."_s << kind->sourceDirs << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.setWorkingDirectory(Stepwise::Test::sourceDir());
    lupdate.start(lupdateProgram(), arguments);
    QVERIFY2(lupdate.waitForFinished(120'000),
             qPrintable(u"lupdate %1 did not finish"_s.arg(arguments.join(u' '))));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));

    const Catalogue before = readTs(committed);
    const Catalogue after = readTs(copy);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QHash<QString, Message> had;
    for (const Message &m : before.messages)
        had.insert(m.key(), m);
    QHash<QString, Message> has;
    for (const Message &m : after.messages)
        has.insert(m.key(), m);
    QStringList added;
    QStringList numerusChanged;
    for (const Message &m : after.messages) {
        if (!had.contains(m.key()))
            added << m.display();
        else if (had.value(m.key()).numerus != m.numerus)
            numerusChanged << m.display();
    }
    QStringList dropped;
    for (const Message &m : before.messages) {
        if (!has.contains(m.key()))
            dropped << m.display();
    }
    const QString command = u"lupdate %1 (in %2)"_s.arg(arguments.join(u' ').replace(copy, committed),
                                                        Stepwise::Test::sourceDir());
    QStringList problems;
    if (!added.isEmpty())
        problems << u"%1 message(s) in the sources but not in %2:"_s.arg(added.size()).arg(fileName)
                 << firstOf(added);
    if (!dropped.isEmpty())
        problems << u"%1 message(s) in %2 but no longer in the sources:"_s.arg(dropped.size()).arg(fileName)
                 << firstOf(dropped);
    if (!numerusChanged.isEmpty())
        problems << u"%1 message(s) changed between plain and plural:"_s.arg(numerusChanged.size())
                 << firstOf(numerusChanged);
    if (!problems.isEmpty())
        problems << u"Refresh with: %1"_s.arg(command);
    QVERIFY2(report(problems), qPrintable(problems.value(0)));
}

void TestTranslations::finished_data()
{
    addTsRows();
}

// Every message translated: none unfinished, obsolete or vanished, no empty translation.
void TestTranslations::finished()
{
    QFETCH(QString, fileName);
    const Catalogue catalogue = readTs(translationsDir() + u'/' + fileName);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QStringList unfinished;
    QStringList stale;
    QStringList empty;
    for (const Message &m : catalogue.messages) {
        if (m.type == u"unfinished"_s)
            unfinished << m.display();
        else if (!m.type.isEmpty())
            stale << u"%1 [%2]"_s.arg(m.display(), m.type);
        else if (m.numerus ? (m.forms.isEmpty() || m.forms.contains(QString())) : m.translation.isEmpty())
            empty << m.display();
    }
    QStringList problems;
    if (!unfinished.isEmpty())
        problems << u"%1 of %2 message(s) unfinished in %3:"_s.arg(unfinished.size())
                        .arg(catalogue.messages.size()).arg(fileName)
                 << firstOf(unfinished);
    if (!stale.isEmpty())
        problems << u"%1 obsolete or vanished message(s):"_s.arg(stale.size()) << firstOf(stale);
    if (!empty.isEmpty())
        problems << u"%1 message(s) marked finished with an empty translation:"_s.arg(empty.size())
                 << firstOf(empty);
    QVERIFY2(report(problems), qPrintable(problems.value(0)));
}

void TestTranslations::qmTranslates_data()
{
    addTsRows();
}

// The .qm built from each .ts (the ones stepwise-studio embeds) loads and gives the .ts's
// translation of every finished message, plural forms included.
void TestTranslations::qmTranslates()
{
    QFETCH(QString, fileName);
    const QString qm = QStringLiteral(STEPWISE_QM_DIR) + u'/' + QFileInfo(fileName).completeBaseName() + u".qm"_s;
    QVERIFY2(QFileInfo::exists(qm), qPrintable(u"%1 was not built: add its language to "
                                               "app/studio/CMakeLists.txt"_s.arg(qm)));
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    const Catalogue catalogue = readTs(translationsDir() + u'/' + fileName);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    int checked = 0;
    int differing = 0;
    QStringList wrong;
    for (const Message &m : catalogue.messages) {
        if (!m.finished())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (!m.numerus) {
            const QString got = translator.translate(context.constData(), source.constData(), disambiguation);
            if (got != m.translation)
                wrong << u"%1 → \"%2\", the .ts says \"%3\""_s.arg(m.display(), got, m.translation);
            differing += m.translation != m.source;
        } else {
            // One of 1 and the next form for 2: so in English, German, French and most others.
            for (const int n : { 1, 2 }) {
                const QString expected = m.forms.value(std::min<qsizetype>(n - 1, m.forms.size() - 1));
                const QString got = translator.translate(context.constData(), source.constData(), disambiguation, n);
                if (got != expected)
                    wrong << u"%1 for %2 → \"%3\", the .ts says \"%4\""_s.arg(m.display()).arg(n).arg(got, expected);
                differing += expected != m.source;
            }
        }
        ++checked;
    }
    QVERIFY2(report(firstOf(wrong)), qPrintable(wrong.value(0)));
    if (checked == 0)
        QSKIP("no finished message to check yet (see finished())");
    // A catalogue that only repeats its sources translates nothing.
    QVERIFY2(differing > 0, qPrintable(u"%1: every translation equals its source"_s.arg(fileName)));
    qDebug("%s: %d finished message(s) translate as the .ts says", qPrintable(fileName), checked);
}

// English: the plural forms read right instead of "(s)", where the code asks for them.
void TestTranslations::englishPlurals()
{
    QTranslator core;
    QVERIFY(core.load(QStringLiteral(STEPWISE_QM_DIR) + u"/stepwise_core_en.qm"_s));
    QTranslator studio;
    QVERIFY(studio.load(QStringLiteral(STEPWISE_QM_DIR) + u"/stepwise_en.qm"_s));
    QCoreApplication::installTranslator(&core);
    QCoreApplication::installTranslator(&studio);
    const auto uninstall = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&studio);
        QCoreApplication::removeTranslator(&core);
    });
    // The CLI's context.
    QCOMPARE(QCoreApplication::translate("cli", "%n problem(s) found in the project", nullptr, 2),
             u"2 problems found in the project"_s);
    QCOMPARE(QCoreApplication::translate("cli", "%n revision(s) checked: ", nullptr, 1), u"1 revision checked: "_s);
    QCOMPARE(QCoreApplication::translate("cli", "%n error(s), ", nullptr, 0), u"0 errors, "_s);
    // The core's (Tr translates in the context "Stepwise").
    QCOMPARE(Stepwise::Core::Tr::tr("%1 row(s)", nullptr, 1).arg(1), u"1 row"_s);
    QCOMPARE(Stepwise::Core::Tr::tr("%1 row(s) fail the check", nullptr, 3).arg(3), u"3 rows fail the check"_s);
    // Studio's, in a class's context.
    QCOMPARE(QCoreApplication::translate(Stepwise::Ui::MainWindow::staticMetaObject.className(), "&File"),
             u"&File"_s);
    QCOMPARE(QCoreApplication::translate("Stepwise::Ui::RunController", "Run finished: %n step(s) applied.", nullptr, 1),
             u"Run finished: 1 step applied."_s);
}

void TestTranslations::runtimeContexts_data()
{
    QTest::addColumn<QString>("language");
    for (const auto &language : EditorSettingsDialog::languages()) {
        if (!language.code.isEmpty() && language.code != u"en"_s)
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

// The catalogues answer where the code asks: a widget's tr() asks in its class's full name
// (Stepwise::Ui::MainWindow), the core's Tr::tr() in "Stepwise". A .ts made without lupdate's
// -I . files them elsewhere, and nothing shows translated.
void TestTranslations::runtimeContexts()
{
    QFETCH(QString, language);
    QTranslator studio;
    QTranslator core;
    QVERIFY(studio.load(QStringLiteral(STEPWISE_QM_DIR) + u"/stepwise_%1.qm"_s.arg(language)));
    QVERIFY(core.load(QStringLiteral(STEPWISE_QM_DIR) + u"/stepwise_core_%1.qm"_s.arg(language)));
    QCoreApplication::installTranslator(&core);
    QCoreApplication::installTranslator(&studio);
    const auto uninstall = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&studio);
        QCoreApplication::removeTranslator(&core);
    });
    // The translation the .ts holds for source in context, or why there is none.
    const auto expected = [](const QString &fileName, const QString &context, const QString &source,
                             QString *why) -> QString {
        const Catalogue catalogue = readTs(translationsDir() + u'/' + fileName);
        QStringList elsewhere;
        for (const Message &m : catalogue.messages) {
            if (m.source != source)
                continue;
            if (m.context == context && m.finished())
                return m.translation;
            elsewhere << (m.context + (m.finished() ? QString() : u" (" + m.type + u')'));
        }
        *why = u"%1: \"%2\" is not translated in the context %3 the code asks in; it is in: %4. "
               "Refresh the .ts with lupdate's -I . (translations/README.md)"_s
                   .arg(fileName, source, context, elsewhere.join(u", "_s));
        return {};
    };
    QString why;
    const QString file = expected(u"stepwise_%1.ts"_s.arg(language),
                                  QString::fromLatin1(Stepwise::Ui::MainWindow::staticMetaObject.className()),
                                  u"&File"_s, &why);
    QVERIFY2(!file.isEmpty(), qPrintable(why));
    {
        Stepwise::Ui::MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), file);
    }
    const QString coreSource = u"unterminated comment: the /* opened here is never closed"_s;
    const QString coreText = expected(u"stepwise_core_%1.ts"_s.arg(language), u"Stepwise"_s, coreSource, &why);
    QVERIFY2(!coreText.isEmpty(), qPrintable(why));
    QCOMPARE(Stepwise::Core::Tr::tr("unterminated comment: the /* opened here is never closed"), coreText);
}

// Preferences → Language offers the system's and exactly the languages with catalogues.
void TestTranslations::studioLanguages()
{
    QStringList offered;
    const auto languages = EditorSettingsDialog::languages();
    QVERIFY(!languages.isEmpty());
    QCOMPARE(languages.first().code, QString());
    for (const auto &language : languages.mid(1)) {
        QVERIFY2(!language.name.isEmpty(), qPrintable(language.code));
        offered << language.code;
    }
    QStringList available;
    for (const QString &name : tsFiles()) {
        if (const auto kind = kindOf(name); kind && !name.startsWith(u"stepwise_core_"_s))
            available << kind->language;
    }
    offered.sort();
    available.sort();
    QCOMPARE(offered, available);
}

// The dialog stores the choice in ui/language; "System default" removes it.
void TestTranslations::preferencesLanguage()
{
    QSettings().remove(u"ui/language"_s);
    QCOMPARE(EditorSettingsDialog::savedLanguage(), QString());
    const auto choose = [](const QString &code, bool ok) {
        QTimer::singleShot(0, [code, ok] {
            auto *dialog = qobject_cast<EditorSettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *combo = dialog->findChild<QComboBox *>(u"language"_s);
            QVERIFY(combo);
            const int index = combo->findData(code);
            QVERIFY(index >= 0);
            combo->setCurrentIndex(index);
            ok ? dialog->accept() : dialog->reject();
        });
        EditorSettingsDialog::edit(nullptr);
    };
    choose(u"de"_s, true);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
    QCOMPARE(EditorSettingsDialog::savedLanguage(), u"de"_s);
    {
        EditorSettingsDialog dialog;
        QCOMPARE(dialog.findChild<QComboBox *>(u"language"_s)->currentData().toString(), u"de"_s);
    }
    choose(u"fr"_s, false);
    QCOMPARE(EditorSettingsDialog::savedLanguage(), u"de"_s);
    choose(QString(), true);
    QVERIFY(!QSettings().contains(u"ui/language"_s));
}

void TestTranslations::studioHelpInLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const auto &language : EditorSettingsDialog::languages()) {
        if (!language.code.isEmpty() && language.code != u"en"_s)
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

// stepwise-studio --lang CODE --help: the options in that language, from the embedded catalogue.
void TestTranslations::studioHelpInLanguage()
{
    QFETCH(QString, language);
    const Catalogue catalogue = readTs(translationsDir() + u"/stepwise_%1.ts"_s.arg(language));
    const auto it = std::find_if(catalogue.messages.cbegin(), catalogue.messages.cend(), [](const Message &m) {
        return m.context == u"studio"_s && m.source == u"Open the project in <dir>."_s;
    });
    QVERIFY(it != catalogue.messages.cend());
    if (!it->finished())
        QSKIP("not translated yet");
    QTemporaryDir home;
    QProcess studio;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    studio.setProcessEnvironment(env);
    studio.start(QStringLiteral(STEPWISE_STUDIO), { u"--lang"_s, language, u"--help"_s });
    QVERIFY(studio.waitForFinished(60'000));
    // QCommandLineParser wraps long descriptions.
    const QString help = QString::fromUtf8(studio.readAllStandardOutput()).simplified();
    QVERIFY2(help.contains(it->translation.simplified()), qPrintable(help));
    QVERIFY2(!help.contains(it->source), qPrintable(help));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
