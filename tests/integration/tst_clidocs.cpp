// The CLI's documentation through the real binary: --help and the man page (--man) name every
// command and option the shell completion knows (all three come from app/cli/clidefinitions),
// the man page is warning-free troff, and packaging/completion/stepwise.bash completes commands,
// a command's options, a project's revisions and Stepwise Studio's saved connections.
#include "tests/common/enginesupport.h"
#include "tests/common/profilefixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::cliPath;
using Stepwise::Test::runCli;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

QString revision(const QString &id, const QString &parent, const QString &labels = {})
{
    QString text = u"-- revision: %1\n-- parents: %2\n-- message: %1\n"_s.arg(id, parent);
    if (!labels.isEmpty())
        text += u"-- branch_labels: "_s + labels + u'\n';
    return text + u"\n-- migrate:up\nSELECT 1;\n\n-- migrate:down\nSELECT 1;\n"_s;
}

// "--rev-range" as the man page writes it: \-\-rev\-range.
QString roffOption(const QString &option)
{
    return QString(option).replace(u"-"_s, u"\\-"_s);
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class tst_CliDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndManNameEveryCommandAndOption();
    void commandHelpDescribesItsOptions();
    void helpFitsEightyColumns();
    void hiddenThingsStayHidden();
    void manPageHasItsSections();
    void manPagesAreCleanTroff_data();
    void manPagesAreCleanTroff();
    void completion_data();
    void completion();
    void completesFolders();

private:
    // The words the completion offers for `words` (the last one under the cursor).
    QStringList complete(const QStringList &words, const QString &workingDir = {});
    QStringList commands();
    QStringList optionsOf(const QString &command);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_config;
    QString m_man;
};

void tst_CliDocs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(cliPath()), "STEPWISE_CLI must name the stepwise binary");

    // A project made by `stepwise init`, with two revisions, the second with a branch label.
    m_project = m_dir.filePath(u"project"_s);
    const auto init = runCli({ u"init"_s, m_project });
    QVERIFY2(init.exitCode == 0, qPrintable(init.out + init.err));
    QVERIFY(writeFile(m_project + u"/versions/a1.sql"_s, revision(u"a1b2c3d4e5f6"_s, {})));
    QVERIFY(writeFile(m_project + u"/versions/b2.sql"_s,
        revision(u"b7c8d9e0f1a2"_s, u"a1b2c3d4e5f6"_s, u"billing"_s)));

    // Studio's saved connections, written with the core's format where the CLI reads them.
    m_config = m_dir.filePath(u"config"_s);
    QVERIFY(QDir().mkpath(m_config));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config);
    const std::unique_ptr<QSettings> settings = ConnectionProfiles::studioSettings();
    QCOMPARE(settings->fileName(), m_config + u"/Stepwise/stepwise-studio.conf"_s);
    ConnectionProfiles::write(*settings, Stepwise::Test::sampleProfiles());
    settings->sync();

    const auto man = runCli({ u"--man"_s });
    QCOMPARE(man.exitCode, 0);
    QVERIFY(man.err.isEmpty());
    m_man = man.out;
}

QStringList tst_CliDocs::complete(const QStringList &words, const QString &workingDir)
{
    const QString script =
        qEnvironmentVariable("STEPWISE_SOURCE_DIR") + u"/packaging/completion/stepwise.bash"_s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, QFileInfo(cliPath()).absolutePath() + u':' + env.value(u"PATH"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_config);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDir.isEmpty() ? m_dir.path() : workingDir);
    // COMP_WORDS and COMP_CWORD as bash sets them, then the function `complete -F` names.
    p.start(u"bash"_s,
        QStringList { u"-c"_s,
            u"source \"$1\" || exit 9; shift; COMP_WORDS=(\"$@\"); "
            "COMP_CWORD=$(($# - 1)); _stepwise; printf '%s\\n' \"${COMPREPLY[@]}\""_s,
            u"bash"_s, script }
            + words);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return { u"<timed out>"_s };
    }
    if (p.exitCode() != 0)
        return {
            u"<exit %1: %2>"_s.arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()))
        };
    QStringList out = lines(QString::fromUtf8(p.readAllStandardOutput()));
    out.sort();
    return out;
}

QStringList tst_CliDocs::commands()
{
    return complete({ u"stepwise"_s, QString() });
}

QStringList tst_CliDocs::optionsOf(const QString &command)
{
    return command.isEmpty() ? complete({ u"stepwise"_s, u"--"_s })
                             : complete({ u"stepwise"_s, command, u"--"_s });
}

void tst_CliDocs::helpAndManNameEveryCommandAndOption()
{
    const auto help = runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(u"Usage: stepwise [--project DIR]"_s));
    const QStringList names = commands();
    QVERIFY2(names.size() >= 14, qPrintable(names.join(u' ')));
    QStringList options = optionsOf({});
    QVERIFY2(options.contains(u"--project"_s), qPrintable(options.join(u' ')));
    for (const QString &command : names) {
        QVERIFY2(help.out.contains(u"\n  "_s + command + u' '), qPrintable(command));
        QVERIFY2(m_man.contains(u".TP\n\\fB"_s + command + u"\\fR"_s), qPrintable(command));
        options += optionsOf(command);
    }
    options.removeDuplicates();
    QVERIFY2(options.size() >= 30, qPrintable(options.join(u' ')));
    for (const QString &option : std::as_const(options)) {
        QVERIFY2(m_man.contains(u"\\fB"_s + roffOption(option) + u"\\fR"_s),
            qPrintable(option + u" is not described in the man page"_s));
        // In --help by name, or by its short name in a synopsis ("history [-r RANGE] [-v] [-i]").
        const QRegularExpression shortName(
            u"\\\\fB\\\\-(\\w)\\\\fR, \\\\fB"_s + QRegularExpression::escape(roffOption(option)));
        const QString letter = shortName.match(m_man).captured(1);
        const QRegularExpression shortForm(u"[[ ]-"_s + letter + u"[] ]"_s);
        QVERIFY2(help.out.contains(option) || (!letter.isEmpty() && help.out.contains(shortForm)),
            qPrintable(option + u" is not in --help"_s));
    }
}

void tst_CliDocs::commandHelpDescribesItsOptions()
{
    for (const QString &command : commands()) {
        const auto help = runCli({ command, u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"\n  "_s + command + u' '), qPrintable(help.out));
        for (const QString &line : lines(help.out).mid(1))
            QVERIFY2(line.size() <= 80, qPrintable(line));
        for (const QString &option : optionsOf(command)) {
            // Each option at the start of a line, as an entry of the lists.
            const QRegularExpression entry(
                u"\\n  (-\\w, )?"_s + QRegularExpression::escape(option) + u"[ \\n]"_s);
            QVERIFY2(help.out.contains(entry), qPrintable(command + u": "_s + option));
        }
    }
    const auto upgrade = runCli({ u"upgrade"_s, u"--help"_s });
    QVERIFY(upgrade.out.contains(u"Options of upgrade:\n  --sql "_s));
    QVERIFY(!upgrade.out.contains(u"--message"_s));
}

void tst_CliDocs::helpFitsEightyColumns()
{
    const auto help = runCli({ u"--help"_s });
    // The wrapped text, that is: the usage line is as long as the global options make it.
    for (const QString &line : lines(help.out).mid(1))
        QVERIFY2(line.size() <= 80, qPrintable(line));
    QVERIFY(help.out.contains(
        u"  init DIR [--dialect D]       create a new project (stepwise.ini, versions/)\n"_s));
    QVERIFY(help.out.contains(u"  -q, --quiet       only errors\n"_s));
    QVERIFY(help.out.simplified().endsWith(u"4 refused by a safety check."_s));
}

void tst_CliDocs::hiddenThingsStayHidden()
{
    const auto help = runCli({ u"--help"_s });
    for (const QString &hidden : { u"--man"_s, u"__complete"_s, u"--rows"_s, u"  plan "_s })
        QVERIFY2(
            !help.out.contains(hidden) && !m_man.contains(roffOption(hidden)), qPrintable(hidden));
    QVERIFY(!commands().contains(u"__complete"_s));
    QVERIFY(!optionsOf({}).contains(u"--man"_s));
}

void tst_CliDocs::manPageHasItsSections()
{
    for (const QString &section :
        { u".SH NAME\nstepwise \\- "_s, u".SH SYNOPSIS"_s, u".SH DESCRIPTION"_s, u".SH COMMANDS"_s,
            u".SH OPTIONS"_s, u".SH \"EXIT STATUS\""_s, u".SH ENVIRONMENT"_s, u".SH FILES"_s,
            u".SH \"SEE ALSO\"\n.BR stepwise\\-studio (1)"_s })
        QVERIFY2(m_man.contains(section), qPrintable(section));
    for (int code = 0; code <= 4; ++code)
        QVERIFY(m_man.contains(u".TP\n.B %1\n"_s.arg(code)));
    for (const QString &name : { u"STEPWISE_PASSWORD"_s, u"STEPWISE_PYTHON"_s,
             u"STEPWISE_NO_CACHE"_s, u"STEPWISE_ALEMBIC_DRIVER"_s, u"VIRTUAL_ENV"_s })
        QVERIFY2(m_man.contains(u".TP\n\\fB"_s + name), qPrintable(name));
    for (const QString &file : { u"stepwise.ini"_s, u"alembic.ini"_s })
        QVERIFY2(m_man.contains(u".TP\n\\fI"_s + file), qPrintable(file));
    QVERIFY2(!m_man.contains(QRegularExpression(u"[^\\x01-\\x7e\\n]"_s)), "non-ASCII in troff");
}

void tst_CliDocs::manPagesAreCleanTroff_data()
{
    QTest::addColumn<QString>("file");
    const QString generated = m_dir.filePath(u"stepwise.1"_s);
    QVERIFY(writeFile(generated, m_man));
    QTest::newRow("stepwise.1") << generated;
    QTest::newRow("stepwise-studio.1")
        << qEnvironmentVariable("STEPWISE_SOURCE_DIR") + u"/packaging/man/stepwise-studio.1"_s;
}

void tst_CliDocs::manPagesAreCleanTroff()
{
    QFETCH(QString, file);
    // groff-base (scripts/install-deps): what man(1) formats pages with.
    const QString groff = QStandardPaths::findExecutable(u"groff"_s);
    QVERIFY2(!groff.isEmpty(), "groff is not installed (scripts/install-deps)");
    QProcess p;
    p.start(groff, { u"-ww"_s, u"-man"_s, u"-Tutf8"_s, u"-rLL=80n"_s, file });
    QVERIFY(p.waitForFinished(60000));
    const QString warnings = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0 && warnings.isEmpty(), qPrintable(warnings));
    const QString rendered = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(rendered.contains(u"User Commands"_s), "not rendered");
}

void tst_CliDocs::completion_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected"); // sorted; "…" at the end: these among others
    const QString project = m_project;
    QTest::newRow("command") << QStringList { u"stepwise"_s, u"up"_s }
                             << QStringList { u"upgrade"_s };
    QTest::newRow("command after a global option") << QStringList { u"stepwise"_s, u"--project"_s,
        project, u"hi"_s } << QStringList { u"history"_s };
    QTest::newRow("options of upgrade")
        << QStringList { u"stepwise"_s, u"upgrade"_s, u"--"_s }
        << QStringList { u"--allow"_s, u"--lock-timeout"_s, u"--project"_s, u"--resume"_s,
               u"--sql"_s, u"--statement-timeout"_s, u"…"_s };
    QTest::newRow("options by prefix") << QStringList { u"stepwise"_s, u"-m"_s, u"msg"_s,
        u"revision"_s, u"--h"_s } << QStringList { u"--head"_s, u"--help"_s };
    QTest::newRow("global options without a command")
        << QStringList { u"stepwise"_s, u"--c"_s } << QStringList { u"--connection"_s };
    const QStringList revisions = { u"a1b2c3d4e5f6"_s, u"b7c8d9e0f1a2"_s, u"base"_s, u"billing"_s,
        u"billing@head"_s, u"head"_s, u"heads"_s };
    QTest::newRow("upgrade's target") << QStringList { u"stepwise"_s, u"--project"_s, project,
        u"upgrade"_s, QString() } << revisions;
    QTest::newRow("--project=DIR, bash-split")
        << QStringList { u"stepwise"_s, u"--project"_s, u"="_s, project, u"show"_s, u"b"_s }
        << QStringList { u"b7c8d9e0f1a2"_s, u"base"_s, u"billing"_s, u"billing@head"_s };
    QTest::newRow("--head's value") << QStringList { u"stepwise"_s, u"revision"_s, u"--project"_s,
        project, u"--head"_s, u"a"_s }
                                    << QStringList { u"a1b2c3d4e5f6"_s };
    QTest::newRow("no revisions outside a project") << QStringList { u"stepwise"_s, u"--project"_s,
        m_dir.filePath(u"config"_s), u"upgrade"_s, QString() }
                                                    << QStringList();
    QTest::newRow("connections") << QStringList { u"stepwise"_s, u"--connection"_s, QString() }
                                 << QStringList { u"Local"_s,
                                        u"Maria\\,\\ with\\ =\\ and\\ spaces"_s, u"Production"_s };
    QTest::newRow("connection by prefix, after the command") << QStringList { u"stepwise"_s,
        u"current"_s, u"--connection"_s, u"="_s, u"P"_s } << QStringList { u"Production"_s };
    QTest::newRow("nothing after -m")
        << QStringList { u"stepwise"_s, u"merge"_s, u"-m"_s, QString() } << QStringList();
}

void tst_CliDocs::completion()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    const QStringList got = complete(words);
    if (!expected.isEmpty() && expected.last() == u"…"_s) {
        for (const QString &word : expected.mid(0, expected.size() - 1))
            QVERIFY2(got.contains(word), qPrintable(word + u" not in: "_s + got.join(u' ')));
        QVERIFY2(!got.contains(u"--message"_s), qPrintable(got.join(u' ')));
    } else {
        QCOMPARE(got, expected);
    }
}

void tst_CliDocs::completesFolders()
{
    const QString work = m_dir.filePath(u"work"_s);
    QVERIFY(QDir().mkpath(work + u"/somewhere"_s));
    QVERIFY(writeFile(work + u"/somefile"_s, u"x"_s));
    QCOMPARE(
        complete({ u"stepwise"_s, u"--project"_s, u"so"_s }, work), QStringList { u"somewhere"_s });
    QCOMPARE(complete({ u"stepwise"_s, u"init"_s, u"so"_s }, work), QStringList { u"somewhere"_s });
    QCOMPARE(complete({ u"stepwise"_s, u"--python"_s, u"so"_s }, work),
        (QStringList { u"somefile"_s, u"somewhere"_s }));
}

QTEST_GUILESS_MAIN(tst_CliDocs)
#include "tst_clidocs.moc"
