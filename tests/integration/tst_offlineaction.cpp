// core/engine: OfflineAction, the one renderer of an action's SQL. Every offline command of the
// CLI (`upgrade|downgrade|stamp … --sql`) is compared with the core use case byte for byte —
// the script on stdout, the "Running …" lines on stderr, and errors as `FAILED: …` — for each
// dialect, on the native demo project and (stamp, the one offline verb Alembic projects take)
// an Alembic project. Studio's preview calls the same use case (tst_sqlpreview).

#include "tests/common/enginesupport.h"
#include "tests/common/testsupport.h"

#include "core/db/dialect.h"
#include "core/engine/offlineaction.h"
#include "core/graph/alembicformat.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::sourceDir;

class tst_OfflineAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsCli_data();
    void sameAsCli();
    void fromTargetTexts();

private:
    Stepwise::Test::CliResult cli(const QString &project, const QStringList &arguments);
    QTemporaryDir m_work;
};

void tst_OfflineAction::initTestCase()
{
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI names the binary");
    QVERIFY(m_work.isValid());
}

// Run in a scratch folder, so sqlite:///x.db could never land in the sources.
Stepwise::Test::CliResult tst_OfflineAction::cli(const QString &project, const QStringList &arguments)
{
    return Stepwise::Test::runCli(QStringList{u"--project"_s, project} + arguments, m_work.path(), 60000);
}

void tst_OfflineAction::sameAsCli_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("arguments");

    const QString demo = u"resources/demo"_s;
    const QStringList urls{u"sqlite:///x.db"_s, u"postgresql://me@db.example/shop"_s,
                           u"mysql://me@db.example/shop"_s};
    const QList<QStringList> commands{
        {u"upgrade"_s, u"heads"_s},
        {u"upgrade"_s, u"3c8f5e0b2d03"_s},
        {u"upgrade"_s, u"3c8f5e0b2d03:heads"_s},
        {u"upgrade"_s, u"billing@head"_s},
        {u"upgrade"_s, u"nosuchrev"_s},                 // error
        {u"downgrade"_s, u"9c4f1e6b8d09:8b3e0d5a7c08"_s},
        {u"downgrade"_s, u"a05f2a7c9e10:base"_s},         // irreversible on the way: error
        {u"downgrade"_s, u"a:b:c"_s},                     // two colons: error
        {u"stamp"_s, u"heads"_s},
        {u"stamp"_s, u"4d9a6f1c3e04:9c4f1e6b8d09"_s},
        {u"stamp"_s, u"2b7e4d9a1c02:base"_s},
        {u"stamp"_s, u"1f3a9c2b7d01:3c8f5e0b2d03"_s, u"2b7e4d9a1c02:heads"_s}, // two FROMs: error
    };
    for (const QString &url : urls) {
        for (const QStringList &command : commands)
            QTest::addRow("demo %s %s", qPrintable(url.section(u':', 0, 0)),
                          qPrintable(command.join(u' ')))
                << demo << url << command;
    }
    const QString alembic = u"tests/data/ui/alembic_shop"_s;
    for (const QString &url : urls) {
        QTest::addRow("alembic %s stamp heads", qPrintable(url.section(u':', 0, 0)))
            << alembic << url << QStringList{u"stamp"_s, u"heads"_s};
        QTest::addRow("alembic %s stamp aa01:cc03", qPrintable(url.section(u':', 0, 0)))
            << alembic << url << QStringList{u"stamp"_s, u"aa01:cc03"_s};
    }
}

void tst_OfflineAction::sameAsCli()
{
    QFETCH(QString, project);
    QFETCH(QString, url);
    QFETCH(QStringList, arguments);
    const QString dir = sourceDir() + u'/' + project;

    const Stepwise::Test::CliResult expected = cli(dir, arguments + QStringList{u"--sql"_s, u"--url"_s, url});
    QVERIFY2(expected.exitCode >= 0, "the CLI did not finish");

    Result<Project> loaded = loadProject(dir, LoadOptions{false});
    QVERIFY(loaded.ok());
    ErrorList errors;
    const RevisionGraph graph = RevisionGraph::build(loaded->revisions, &errors);
    QVERIFY(errors.isEmpty());
    const Planner::Command command = arguments.first() == u"upgrade"_s ? Planner::Command::Upgrade
        : arguments.first() == u"downgrade"_s                          ? Planner::Command::Downgrade
                                                                        : Planner::Command::Stamp;
    const Result<OfflineAction> action =
        OfflineAction::fromTargetTexts(graph, command, arguments.mid(1));
    Result<OfflineAction::Script> script =
        action ? action->render(graph, loaded->config, *Dialect::forScheme(url.section(u':', 0, 0)))
               : Result<OfflineAction::Script>(action.error());
    if (!script) {
        QVERIFY2(expected.exitCode != 0, qPrintable(expected.out));
        QCOMPARE(expected.out, u"FAILED: "_s + script.error().toString() + u'\n');
        return;
    }
    QVERIFY2(expected.exitCode == 0, qPrintable(expected.out + expected.err));
    QVERIFY(!script->sql.isEmpty());
    QCOMPARE(script->sql, expected.out);
    QString running;
    for (const PlanStep &step : script->plan.steps)
        running += AlembicFormat::runningLine(graph, step) + u'\n';
    QCOMPARE(running, expected.err);
}

void tst_OfflineAction::fromTargetTexts()
{
    Result<Project> loaded = loadProject(sourceDir() + u"/resources/demo"_s, LoadOptions{false});
    QVERIFY(loaded.ok());
    const RevisionGraph graph = RevisionGraph::build(loaded->revisions, nullptr);
    // "from:to": the one FROM revision (a prefix resolves) becomes the start row.
    auto a = OfflineAction::fromTargetTexts(graph, Planner::Command::Upgrade, {u"3c8f:heads"_s});
    QVERIFY(a.ok());
    QCOMPARE(a->startRows(), QStringList{u"3c8f5e0b2d03"_s});
    QCOMPARE(a->targets(), QStringList{u"heads"_s});
    // "base:x" and plain targets start from a new database.
    a = OfflineAction::fromTargetTexts(graph, Planner::Command::Upgrade, {u"base:3c8f"_s});
    QVERIFY(a.ok());
    QVERIFY(a->startRows().isEmpty());
    a = OfflineAction::fromTargetTexts(graph, Planner::Command::Stamp, {u"heads"_s});
    QVERIFY(a.ok());
    QVERIFY(a->startRows().isEmpty());
    QCOMPARE(a->command(), Planner::Command::Stamp);
    // Alembic's texts for what offline mode cannot take.
    a = OfflineAction::fromTargetTexts(graph, Planner::Command::Stamp,
                                       {u"1f3a:3c8f"_s, u"2b7e:heads"_s});
    QVERIFY(!a.ok());
    QCOMPARE(a.error().message(),
             u"Stamp operation with --sql only supports a single starting revision at a time"_s);
    a = OfflineAction::fromTargetTexts(graph, Planner::Command::Upgrade, {u"nosuch:heads"_s});
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code(), ErrorCode::Target);
}

QTEST_GUILESS_MAIN(tst_OfflineAction)
#include "tst_offlineaction.moc"
