// Studio runs an Alembic project's Python revisions through its own Alembic (issue 15): a
// generated project with branches on SQLite, *Upgrade to Here* on a branch revision — the
// confirmation lists Alembic's steps, the run completes through the driver, the nodes take
// their states and the history records each step. Debian's python3-alembic runs the driver.
// With STEPWISE_SCREENSHOT_DIR set, writes studio-alembic-run.png and
// run-confirmation-alembic.png.
#include "runflowfixture.h"

#include "tests/common/enginesupport.h"

using namespace Stepwise::Test;

class tst_AlembicStudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeToABranchRevision();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void tst_AlembicStudio::initTestCase()
{
    QVERIFY(m_settings.isValid() && m_dir.isValid());
    Stepwise::Test::isolateSettings(m_settings);
    qputenv("STEPWISE_PYTHON", "/usr/bin/python3");
    qputenv("STEPWISE_ALEMBIC_DRIVER",
            (Stepwise::Test::sourceDir() + u"/python/stepwise_alembic_driver.py"_s).toUtf8());
}

void tst_AlembicStudio::upgradeToABranchRevision()
{
    const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"gen"_s), u"synthetic"_s, 60);
    QVERIFY(!generated.isEmpty());
    const QString project = generated + u"/alembic"_s; // sqlalchemy.url = sqlite:///db.sqlite
    MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.resize(1280, 800);
    window.show();
    QSignalSpy updated(&window, &MainWindow::statusUpdated);
    QVERIFY(window.openProject(project));
    QVERIFY(updated.wait(10000));
    QTRY_VERIFY(!window.isBusy());
    QVERIFY(window.database()->isConnected());
    const auto &graph = *window.revisionModel()->project().graph;
    QString target; // the tip of the first side branch
    for (int i = 0; i < graph.size() && target.isEmpty(); ++i) {
        if (graph.children(i).size() > 1) {
            int r = graph.children(i).last();
            while (graph.children(r).size() == 1 && graph.parents(graph.children(r).first()).size() == 1)
                r = graph.children(r).first();
            target = graph.id(r);
        }
    }
    QVERIFY(!target.isEmpty());

    QList<RunPlanPreview> confirmed;
    RunController *run = window.runController();
    run->setConfirmHandler([&](const RunPlanPreview &plan) {
        confirmed << plan;
        return true;
    });
    QList<RunFailure> failures;
    run->setFailureHandler([&](const RunFailure &f) { failures << f; });
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(triggerMenu(window, target, RevisionGraphView::Action::Upgrade));
    QCOMPARE(confirmed.size(), 1);
    const RunPlanPreview &plan = confirmed.first();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY2(plan.sql.contains(u"-- Running upgrade  -> "_s), qPrintable(plan.sql));
    QVERIFY(plan.sql.contains(target));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(),
             qPrintable(failures.isEmpty() ? QString() : failures.first().message));
    QTRY_VERIFY(!window.isBusy());
    QCOMPARE(nodeState(window, target), State::Current);
    for (const RunPlanPreview::Step &step : plan.steps) {
        if (step.revision != target)
            QCOMPARE(nodeState(window, step.revision), State::Applied);
    }
    QCOMPARE(window.revisionModel()->databaseStatus().heads, QStringList{target});
    QCOMPARE(window.revisionModel()->databaseStatus().history.size(), plan.steps.size());

    if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(window.selectRevision(target));
        QTest::qWait(50); // the history chart rebuilds on a queued call
        QVERIFY(window.grab().save(dir + u"/studio-alembic-run.png"_s));
        Stepwise::Ui::RunConfirmDialog dialog(Stepwise::Ui::RunConfirmDialog::Mode::Confirm);
        dialog.setPlan(plan, Stepwise::Core::SqlSyntax::SQLite);
        dialog.resize(900, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/run-confirmation-alembic.png"_s));
    }
}

QTEST_MAIN(tst_AlembicStudio)
#include "tst_alembicstudio.moc"
