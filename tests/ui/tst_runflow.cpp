// The run flow of Stepwise Studio (issue #8), offscreen on a scratch copy of the demo project
// on SQLite: Upgrade to here on the billing branch, Downgrade one step, a failing revision,
// cancelling between steps, the confirmation's plan and SQL, the actions' enablement, and
// nodes the database knows but the files lack. With STEPWISE_SCREENSHOT_DIR set,
// midRunScreenshot() and failingRevisionMarksNode() write the README's pictures of a run under
// way and of a failed run there.
#include "runflowfixture.h"

using namespace Stepwise::Test;

class tst_RunFlow : public RunFlowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void upgradeToHereOnBranch();
    void declinedConfirmationRunsNothing();
    void downgradeOneStep();
    void stampHere();
    void actionsEnabledWhereTheyMakeSense_data();
    void actionsEnabledWhereTheyMakeSense();
    void failingRevisionMarksNode();
    void cancelBetweenSteps();
    void closingDuringRunStopsBetweenSteps();
    void missingFileNodeShown();
    void previewShowsPlanWithoutRunning();
    void confirmationDialog();
    void midRunScreenshot();

};

void tst_RunFlow::initTestCase()
{
    initFixture();
}

void tst_RunFlow::init()
{
    startTest();
}

void tst_RunFlow::cleanup()
{
    endTest();
}

void tst_RunFlow::upgradeToHereOnBranch()
{
    openWindow();
    QCOMPARE(stateOf(*m_window, u"1f3a9c2b7d01"_s), State::Pending);
    RunController *run = m_window->runController();
    QSignalSpy steps(run, &RunController::stepFinished);
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(triggerMenu(*m_window, billingTip, RevisionGraphView::Action::Upgrade));
    QCOMPARE(m_confirmed.size(), 1);
    const RunPlanPreview &plan = m_confirmed.first();
    QCOMPARE(plan.path(), QStringList({ u"1f3a9c2b7d01"_s, u"2b7e4d9a1c02"_s, u"3c8f5e0b2d03"_s,
                                        u"4d9a6f1c3e04"_s, u"5e0b7a2d4f05"_s, billingTip }));
    QVERIFY(plan.sql.contains(u"CREATE TABLE invoices"_s));
    QVERIFY(plan.sql.contains(u"CREATE TRIGGER trg_order_items_total"_s));
    QVERIFY(!plan.sql.contains(u"loyalty_points"_s)); // the other branch stays out
    QVERIFY(run->isRunning());
    QVERIFY(run->statusWidget()->isVisibleTo(m_window.get()));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(steps.size(), 6);
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY(!run->statusWidget()->isVisibleTo(m_window.get()));
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ billingTip });
    QCOMPARE(stateOf(*m_window, billingTip), State::Current);
    QCOMPARE(nodeState(*m_window, billingTip), State::Current);
    QCOMPARE(nodeState(*m_window, u"5e0b7a2d4f05"_s), State::Applied);
    QCOMPARE(nodeState(*m_window, u"7a2d9c4f6b07"_s), State::Pending);
    QCOMPARE(nodeState(*m_window, u"9c4f1e6b8d09"_s), State::Pending);
    // The badge follows the database; the highlighted path is gone.
    const auto *scene = m_window->graphView()->graphScene();
    QCOMPARE(scene->badgesAt(scene->indexOf(billingTip)).size(), 1);
    QVERIFY(!scene->isHighlighted(scene->indexOf(billingTip)));
    // The editor's completion follows the schema the run created.
    QTRY_VERIFY(m_window->editorTabs()->schemaCompletions().value(u"invoices"_s).contains(u"number"_s));
}

void tst_RunFlow::declinedConfirmationRunsNothing()
{
    openWindow(u"3c8f5e0b2d03"_s);
    RunController *run = m_window->runController();
    bool asked = false;
    run->setConfirmHandler([&](const RunPlanPreview &plan) {
        asked = true;
        return plan.steps.isEmpty(); // false: declined
    });
    QVERIFY(!m_window->upgradeToHeads());
    QVERIFY(asked);
    QVERIFY(!run->isRunning());
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ u"3c8f5e0b2d03"_s });
    const auto *scene = m_window->graphView()->graphScene();
    QVERIFY(!scene->isHighlighted(scene->indexOf(u"9c4f1e6b8d09"_s)));
}

void tst_RunFlow::downgradeOneStep()
{
    openWindow(billingTip);
    QAction *down = m_window->graphActions()->downgradeOne();
    QVERIFY2(down->isEnabled(), qPrintable(down->toolTip()));
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    down->trigger();
    QCOMPARE(m_confirmed.size(), 1);
    QCOMPARE(m_confirmed.first().steps.size(), 1);
    QCOMPARE(m_confirmed.first().steps.first().direction, Stepwise::Core::PlanStep::Down);
    QVERIFY(m_confirmed.first().sql.contains(u"DROP TRIGGER trg_order_items_total"_s));
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ u"5e0b7a2d4f05"_s });
    QCOMPARE(nodeState(*m_window, billingTip), State::Pending);
    QCOMPARE(nodeState(*m_window, u"5e0b7a2d4f05"_s), State::Current);
}

// Stamp records the revision without running it: no table appears, the states follow.
void tst_RunFlow::stampHere()
{
    openWindow();
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    QVERIFY(triggerMenu(*m_window, u"3c8f5e0b2d03"_s, RevisionGraphView::Action::Stamp));
    QCOMPARE(m_confirmed.size(), 1);
    QCOMPARE(m_confirmed.first().steps.size(), 1);
    QCOMPARE(m_confirmed.first().steps.first().direction, Stepwise::Core::PlanStep::Stamp);
    QVERIFY(!m_confirmed.first().sql.contains(u"CREATE TABLE orders"_s));
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ u"3c8f5e0b2d03"_s });
    QVERIFY(!tableExists(m_dbFile, u"orders"_s));
    QCOMPARE(nodeState(*m_window, u"3c8f5e0b2d03"_s), State::Current);
    QCOMPARE(nodeState(*m_window, u"1f3a9c2b7d01"_s), State::Applied);
    QCOMPARE(nodeState(*m_window, u"4d9a6f1c3e04"_s), State::Pending);
}

void tst_RunFlow::actionsEnabledWhereTheyMakeSense_data()
{
    QTest::addColumn<QString>("revision");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reason");
    using A = RevisionGraphView::Action;
    // The database stands at the heads (9c4f); a05f has no down section.
    QTest::newRow("upgrade applied") << u"4d9a6f1c3e04"_s << int(A::Upgrade) << false << u"Already applied"_s;
    QTest::newRow("downgrade through irreversible") << u"7a2d9c4f6b07"_s << int(A::Downgrade) << false
                                                    << u"irreversible"_s;
    QTest::newRow("downgrade below merge") << u"8b3e0d5a7c08"_s << int(A::Downgrade) << true << u"Revert"_s;
    QTest::newRow("stamp current") << u"9c4f1e6b8d09"_s << int(A::Stamp) << false << u"already stamped"_s;
    QTest::newRow("open script") << u"1f3a9c2b7d01"_s << int(A::OpenScript) << true << QString();
    QTest::newRow("merge single head") << u"9c4f1e6b8d09"_s << int(A::MergeHeads) << false << u"only one head"_s;
}

void tst_RunFlow::actionsEnabledWhereTheyMakeSense()
{
    QFETCH(QString, revision);
    QFETCH(int, action);
    QFETCH(bool, enabled);
    QFETCH(QString, reason);
    openWindow(u"heads"_s);
    QVERIFY(m_window->selectRevision(revision));
    QAction *a = m_window->graphActions()->action(RevisionGraphView::Action(action));
    QVERIFY(a);
    QCOMPARE(a->isEnabled(), enabled);
    QVERIFY2(a->toolTip().contains(reason, Qt::CaseInsensitive), qPrintable(a->toolTip()));
    // At the heads there is nothing to upgrade; one step down is the merge's child.
    QVERIFY(!m_window->graphActions()->upgradeHeads()->isEnabled());
    QVERIFY(m_window->graphActions()->downgradeOne()->isEnabled());
}

void tst_RunFlow::failingRevisionMarksNode()
{
    const QString bad = u"ffee00000001"_s;
    QFile file(m_demo + u"/versions/ffee00000001_broken.sql"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-- revision: ffee00000001\n"
               "-- parents: 9c4f1e6b8d09\n"
               "-- message: Broken on purpose\n"
               "\n"
               "-- migrate:up\n"
               "CREATE TABLE scratch (id INTEGER);\n"
               "INSERT INTO no_such_table VALUES (1);\n"
               "\n"
               "-- migrate:down\n"
               "DROP TABLE scratch;\n");
    file.close();
    openWindow(u"9c4f1e6b8d09"_s);
    const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) { // the picture's size before the editor opens and takes its share
        m_window->resize(1600, 900);
        QTest::qWait(50);
    }
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    QVERIFY(triggerMenu(*m_window, bad, RevisionGraphView::Action::Upgrade));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(m_failures.size(), 1);
    const RunFailure &failure = m_failures.first();
    QCOMPARE(failure.revision, bad);
    QCOMPARE(failure.line, 7);
    QVERIFY(failure.path.endsWith(u"ffee00000001_broken.sql"_s));
    QVERIFY2(failure.message.contains(u"no_such_table"_s), qPrintable(failure.message));
    // The script is open at the failing statement, marked with the database's message.
    Stepwise::Ui::ScriptEditor *editor = m_window->editorTabs()->editorFor(failure.path);
    QVERIFY(editor);
    QVERIFY(m_window->editorTabs()->isVisible());
    QCOMPARE(editor->failureLine(), 7);
    if (!dir.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(dir + u"/studio-failure.png"_s));
    }
    // The node stays failed after the state is read again (the history records the failure).
    QCOMPARE(nodeState(*m_window, bad), State::Failed);
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ u"9c4f1e6b8d09"_s });
    QVERIFY(!tableExists(m_dbFile, u"scratch"_s));

    // Fixing the failing line makes the marker stale (it stays, worded as before the edit)...
    QVERIFY(!editor->isFailureStale());
    QVERIFY(editor->annotation(7).startsWith(u"Failed: "_s));
    editor->setText(editor->text().replace(u"INSERT INTO no_such_table VALUES (1);"_s,
                                           u"INSERT INTO scratch VALUES (1);"_s));
    QVERIFY(editor->isFailureStale());
    QCOMPARE(editor->failureLine(), 7);
    QVERIFY2(editor->annotation(7).contains(u"edited"_s), qPrintable(editor->annotation(7)));
    // ...and saved and run again successfully, the marker is gone.
    QString error;
    QVERIFY2(editor->save(&error), qPrintable(error));
    QTRY_VERIFY(!m_window->isBusy()); // the saved script reloaded the project
    m_failures.clear();
    finished.clear();
    QVERIFY(triggerMenu(*m_window, bad, RevisionGraphView::Action::Upgrade));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY(m_failures.isEmpty());
    QCOMPARE(editor->failureLine(), 0);
    QVERIFY(!editor->annotation(7).startsWith(u"Failed"_s));
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ bad });
}

void tst_RunFlow::cancelBetweenSteps()
{
    openWindow();
    RunController *run = m_window->runController();
    run->setPause(RunController::Pause::AfterEachStep);
    connect(run, &RunController::stepFinished, run, [run](int index) {
        if (index == 0)
            run->cancel();
        else
            run->resume();
    });
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(m_window->upgradeToHeads());
    QCOMPARE(m_confirmed.first().steps.size(), 10);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ u"1f3a9c2b7d01"_s });
    QVERIFY(!tableExists(m_dbFile, u"products"_s));
    QCOMPARE(nodeState(*m_window, u"1f3a9c2b7d01"_s), State::Current);
    QCOMPARE(m_window->revisionModel()->count(State::Pending), 9);
}

// Closing the window while a run goes on asks, stops the run after the current step, then closes.
void tst_RunFlow::closingDuringRunStopsBetweenSteps()
{
    openWindow();
    RunController *run = m_window->runController();
    run->setPause(RunController::Pause::AfterEachStep);
    bool asked = false;
    bool refused = false;
    connect(run, &RunController::stepFinished, run, [&](int index) {
        if (index != 0)
            return run->resume();
        QTimer::singleShot(0, run, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = true;
            box->button(QMessageBox::Yes)->click();
        });
        refused = !m_window->close(); // asks, then waits for the run to stop
    });
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(m_window->upgradeToHeads());
    QVERIFY(finished.wait(20000));
    QVERIFY(asked);
    QVERIFY(refused);
    QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ u"1f3a9c2b7d01"_s });
}

void tst_RunFlow::missingFileNodeShown()
{
    openWindow(u"heads"_s);
    m_window.reset();
    // The head's file goes away: the database still names it.
    QVERIFY(QFile::remove(m_demo + u"/versions/9c4f1e6b8d09_order_summary_view.sql"_s));
    openWindow();
    QCOMPARE(m_window->revisionModel()->count(State::Missing), 1);
    const auto *scene = m_window->graphView()->graphScene();
    QCOMPARE(scene->count(), 10); // nine files and the missing one
    QCOMPARE(nodeState(*m_window, u"9c4f1e6b8d09"_s), State::Missing);
    QVERIFY(m_window->selectRevision(u"9c4f1e6b8d09"_s));
    QCOMPARE(m_window->graphView()->selectedRevision(), u"9c4f1e6b8d09"_s);
    QAction *up = m_window->graphActions()->action(RevisionGraphView::Action::Upgrade);
    QVERIFY(!up->isEnabled());
    QVERIFY(up->toolTip().contains(u"no file"_s));
}

void tst_RunFlow::previewShowsPlanWithoutRunning()
{
    openWindow(u"4d9a6f1c3e04"_s);
    QVERIFY(m_window->selectRevision(u"6f1c"_s));
    QAction *preview = m_window->graphActions()->action(RevisionGraphView::Action::PreviewSql);
    QVERIFY2(preview->isEnabled(), qPrintable(preview->toolTip()));
    preview->trigger();
    auto *dialog = m_window->findChild<Stepwise::Ui::RunConfirmDialog *>(u"runConfirmDialog"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->runButton()); // preview only
    QCOMPARE(dialog->planView()->topLevelItemCount(), 2);
    QCOMPARE(dialog->planView()->topLevelItem(0)->text(2), u"5e0b7a2d4f05"_s);
    QVERIFY(dialog->sqlPreview()->sql().contains(u"CREATE TABLE invoices"_s));
    QVERIFY(m_confirmed.isEmpty());
    QVERIFY(!m_window->runController()->isRunning());
    dialog->close();
    QCOMPARE(databaseHeads(m_dbFile), QStringList{ u"4d9a6f1c3e04"_s });
}

// The real confirmation: the plan and the SQL, Run offered, Cancel the default; cancelled here.
void tst_RunFlow::confirmationDialog()
{
    openWindow();
    RunController *run = m_window->runController();
    run->setConfirmHandler({}); // the dialog, as a person sees it
    bool shown = false;
    QTimer::singleShot(0, run, [&] {
        auto *dialog = m_window->findChild<Stepwise::Ui::RunConfirmDialog *>(u"runConfirmDialog"_s);
        QVERIFY(dialog);
        shown = true;
        QVERIFY(dialog->runButton()->isEnabled());
        QCOMPARE(dialog->runButton()->text().remove(u'&'), u"Run 6 Steps"_s);
        QVERIFY(!dialog->runButton()->isDefault());
        QCOMPARE(dialog->planView()->topLevelItemCount(), 6);
        QCOMPARE(dialog->planView()->topLevelItem(5)->text(2), billingTip);
        QVERIFY(dialog->sqlPreview()->sql().contains(u"CREATE TABLE invoices"_s));
        const auto *scene = m_window->graphView()->graphScene();
        QVERIFY(scene->isHighlighted(scene->indexOf(u"5e0b7a2d4f05"_s)));
        if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->grab().save(dir + u"/run-confirmation.png"_s));
        }
        dialog->reject();
    });
    QVERIFY(!run->run(Stepwise::Core::Planner::Command::Upgrade, { billingTip }));
    QVERIFY(shown);
    QVERIFY(!run->isRunning());
    QVERIFY(databaseHeads(m_dbFile).isEmpty());
}

void tst_RunFlow::midRunScreenshot()
{
    const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set STEPWISE_SCREENSHOT_DIR to write the screenshot");
    openWindow(u"2b7e4d9a1c02"_s);
    m_window->resize(1280, 800);
    RunController *run = m_window->runController();
    run->setPause(RunController::Pause::BeforeEachStep);
    bool shot = false;
    connect(run, &RunController::stepStarted, run, [&](int index, int, const QString &) {
        if (index < 3) {
            run->resume();
            return;
        }
        QVERIFY(m_window->selectRevision(u"8b3e0d5a7c08"_s));
        QApplication::processEvents();
        shot = m_window->grab().save(dir + u"/studio-run.png"_s);
        run->cancel();
    });
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(m_window->upgradeToHeads());
    QVERIFY(finished.wait(20000));
    QVERIFY(shot);
}

QTEST_MAIN(tst_RunFlow)
#include "tst_runflow.moc"
