// The engine in process, without process start-up: loading + splitting the sections of a plan
// (StepScript::forPlan), rendering the offline script (OfflineRenderer, S3's core), and a
// whole `upgrade heads` into a new SQLite file (S4's core). Repositories come from
// bench/generate_repo.py (quality.md's synthetic shape).
// Run: build-*/bench/bench_engine [-median 5]; STEPWISE_SOURCE_DIR defaults to the source tree.
#include "core/db/connectionurl.h"
#include "core/engine/migrationsession.h"
#include "core/engine/offlinerenderer.h"
#include "core/engine/stepscript.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class bench_Engine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitPlan_data();
    void splitPlan();
    void renderOffline_data();
    void renderOffline();
    void upgradeSqliteFile();

private:
    struct Loaded
    {
        Project project;
        RevisionGraph graph;
    };
    const Loaded &repository(int count);

    QTemporaryDir m_dir;
    std::map<int, std::unique_ptr<Loaded>> m_repositories;
    int m_runs = 0;
};

void bench_Engine::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

const bench_Engine::Loaded &bench_Engine::repository(int count)
{
    auto &slot = m_repositories[count];
    if (slot)
        return *slot;
    const QString out = m_dir.filePath(u"synthetic-%1"_s.arg(count));
    const QString source = qEnvironmentVariable("STEPWISE_SOURCE_DIR", QStringLiteral(STEPWISE_BENCH_SOURCE_DIR));
    QProcess p;
    p.start(u"/usr/bin/python3"_s, {source + u"/bench/generate_repo.py"_s, out, u"--shape"_s,
                                    u"synthetic"_s, u"--count"_s, QString::number(count)});
    p.waitForFinished(300000);
    slot = std::make_unique<Loaded>();
    LoadOptions options;
    options.headersOnly = false;
    Result<Project> project = loadProject(out + u"/native"_s, options);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    slot->project = std::move(project).value();
    ErrorList errors;
    slot->graph = RevisionGraph::build(slot->project.revisions, &errors);
    return *slot;
}

void bench_Engine::splitPlan_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1k") << 1000;
    QTest::newRow("5k") << 5000;
}

void bench_Engine::splitPlan()
{
    QFETCH(int, count);
    const Loaded &r = repository(count);
    const Result<Plan> plan = Planner::plan(r.graph, {}, Planner::Command::Upgrade, {u"heads"_s});
    QVERIFY(plan);
    const Dialect &sqlite = *Dialect::forScheme(u"sqlite"_s);
    QBENCHMARK {
        const Result<QList<StepScript>> scripts = StepScript::forPlan(r.graph, *plan, sqlite);
        QCOMPARE(scripts->size(), count);
    }
}

void bench_Engine::renderOffline_data()
{
    splitPlan_data();
}

void bench_Engine::renderOffline()
{
    QFETCH(int, count);
    const Loaded &r = repository(count);
    const Result<Plan> plan = Planner::plan(r.graph, {}, Planner::Command::Upgrade, {u"heads"_s});
    QVERIFY(plan);
    const Dialect &pg = *Dialect::forScheme(u"postgresql"_s);
    QBENCHMARK {
        const Result<QString> sql = OfflineRenderer::render(r.graph, *plan, pg, VersionTables::native(), {},
                                                            OfflineRenderer::Options{});
        QVERIFY(sql && sql->size() > count * 100);
    }
}

void bench_Engine::upgradeSqliteFile()
{
    const Loaded &r = repository(1000);
    // QTest may call this function more than once (calibration, -median): every iteration
    // gets a file of its own.
    QBENCHMARK {
        const QString file = m_dir.filePath(u"upgrade-%1.db"_s.arg(m_runs++));
        const Result<ConnectionUrl> url = ConnectionUrl::parse(u"sqlite:///"_s + file);
        QVERIFY(url);
        auto session = MigrationSession::open(*url, r.project.config, r.graph);
        QVERIFY(session);
        const auto outcome = (*session)->run(Planner::Command::Upgrade, {u"heads"_s}, {});
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->plan.steps.size(), 1000);
        QCOMPARE(outcome->report.steps.size(), 1000);
    }
}

QTEST_GUILESS_MAIN(bench_Engine)
#include "bench_engine.moc"
