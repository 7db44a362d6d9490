// What runs is what the user sees (issue 14): another project's database runs nothing, drift
// and unsaved scripts are named before a run, and Downgrade One Step at a merge says which
// branches meet there. Offscreen, on a scratch copy of the demo project on SQLite. With
// STEPWISE_SCREENSHOT_DIR set, driftNamedBeforeTheRun() writes run-confirmation-drift.png.
#include "runflowfixture.h"

using namespace Stepwise::Test;

class tst_RunSafety : public RunFlowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initFixture(); }
private:
    // The demo at 4d9a6f1c3e04 with 2b7e4d9a1c02 edited after it was applied (Drifted).
    void openDrifted();
private Q_SLOTS:
    void init() { startTest(); }
    void cleanup() { endTest(); }
    void anotherProjectsDatabase();
    void driftNamedBeforeTheRun();
    void unsavedScriptsAtARun();
    void downgradeOneStepAtAMerge();
    void emptyDownNeedsConfirmation();
    void confirmationListsUnsavedAndDrifted();
    void destructiveStepNeedsConfirmation();
};

// Opening another project leaves the previous project's database; connected to it on purpose,
// the new project sees heads it does not have, shows them as nodes and runs nothing (#14, 2).
void tst_RunSafety::anotherProjectsDatabase()
{
    openWindow(u"heads"_s);
    QVERIFY(m_window->database()->isConnected());
    const QString other = m_dir->filePath(u"other"_s);
    QVERIFY(Stepwise::Test::copyTree(Stepwise::Test::sourceDir() + u"/tests/data/ui/server_shop"_s, other));
    QVERIFY(m_window->openProject(other)); // no default URL: connects to nothing
    QVERIFY(!m_window->database()->isConnected());
    QCOMPARE(m_window->database()->state(), Stepwise::Ui::DatabaseConnection::State::Disconnected);
    QCOMPARE(m_window->revisionModel()->count(State::Unknown), 4);
    QAction *toHead = m_window->graphActions()->upgradeHeads();
    QVERIFY(!toHead->isEnabled());

    QSignalSpy updated(m_window.get(), &MainWindow::statusUpdated);
    QVERIFY(m_window->connectToUrl(u"sqlite:///"_s + m_dbFile));
    QVERIFY(updated.wait(10000));
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(m_window->revisionModel()->missingIds(), QStringList{u"9c4f1e6b8d09"_s});
    QCOMPARE(nodeState(*m_window, u"9c4f1e6b8d09"_s), State::Missing);
    QVERIFY(!toHead->isEnabled());
    QVERIFY2(toHead->toolTip().contains(u"9c4f1e6b8d09"_s), qPrintable(toHead->toolTip()));
    QVERIFY(!m_window->graphActions()->downgradeOne()->isEnabled());
    QVERIFY(m_window->selectRevision(u"c1a000000002"_s));
    QAction *stamp = m_window->graphActions()->action(RevisionGraphView::Action::Stamp);
    QVERIFY(!stamp->isEnabled());
    QVERIFY(stamp->toolTip().contains(u"does not have"_s));
    // Asked anyway (Ctrl+U), the run is refused before anything is confirmed or written.
    QVERIFY(!m_window->upgradeToHeads());
    QVERIFY(m_confirmed.isEmpty() || !m_confirmed.last().ok());
    QCOMPARE(databaseHeads(m_dbFile), QStringList{u"9c4f1e6b8d09"_s});
}

void tst_RunSafety::openDrifted()
{
    openWindow(u"4d9a6f1c3e04"_s);
    QVERIFY(Stepwise::Test::replaceInFile(m_demo + u"/versions/2b7e4d9a1c02_create_products.sql"_s,
                                          u"-- migrate:up\n"_s,
                                          u"-- migrate:up\n-- edited after it was applied\n"_s));
    QSignalSpy updated(m_window.get(), &MainWindow::statusUpdated);
    m_window->reloadProject();
    QVERIFY(updated.wait(10000));
    QTRY_VERIFY(!m_window->isBusy());
}

// An applied revision edited since (Drifted) is named in the confirmation of a run above it.
void tst_RunSafety::driftNamedBeforeTheRun()
{
    openDrifted();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(nodeState(*m_window, u"2b7e4d9a1c02"_s), State::Drifted);
    QVERIFY(m_window->upgradeToHeads()); // the test handler confirms
    QVERIFY(!m_confirmed.isEmpty());
    const QStringList warnings = m_confirmed.first().warnings;
    QVERIFY2(warnings.join(u'\n').contains(u"Drifted: 2b7e4d9a1c02"_s), qPrintable(warnings.join(u'\n')));
    QCOMPARE(warnings.size(), 1);
    // The real dialog shows it above the plan.
    Stepwise::Ui::RunConfirmDialog dialog(Stepwise::Ui::RunConfirmDialog::Mode::Confirm);
    dialog.setPlan(m_confirmed.first(), Stepwise::Core::SqlSyntax::SQLite);
    auto *problem = dialog.findChild<QLabel *>(u"runProblem"_s);
    QVERIFY(problem && !problem->isHidden());
    QVERIFY(problem->text().contains(u"2b7e4d9a1c02"_s));
    if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.resize(900, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/run-confirmation-drift.png"_s));
    }
    QTRY_VERIFY(!m_window->isBusy());
}

// A pending revision edited in the editor but not saved (#14, 1): the run asks first; "Run the
// saved files" runs the file on disk and the confirmation says the edit is left out; "Save and
// run" saves, and the confirmed SQL holds the edit; Cancel runs nothing.
void tst_RunSafety::unsavedScriptsAtARun()
{
    openWindow(u"4d9a6f1c3e04"_s);
    const QString path = m_demo + u"/versions/5e0b7a2d4f05_create_invoices.sql"_s;
    m_window->openFile(path);
    Stepwise::Ui::ScriptEditor *editor = m_window->editorTabs()->editorFor(path);
    QVERIFY(editor);
    editor->setText(editor->text().replace(u"-- migrate:up\n"_s,
                                           u"-- migrate:up\nCREATE TABLE unsaved_extra (id INTEGER);\n"_s));
    QVERIFY(editor->isModified());
    RunController *run = m_window->runController();
    QStringList asked;
    auto answer = RunController::UnsavedChoice::Cancel;
    run->setUnsavedHandler([&](const QStringList &paths) {
        asked = paths;
        return answer;
    });
    // Cancel: nothing planned, nothing run.
    QVERIFY(triggerMenu(*m_window, u"5e0b7a2d4f05"_s, RevisionGraphView::Action::Upgrade));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().endsWith(u"5e0b7a2d4f05_create_invoices.sql"_s));
    QVERIFY(m_confirmed.isEmpty());
    QCOMPARE(databaseHeads(m_dbFile), QStringList{u"4d9a6f1c3e04"_s});

    // Run the saved files: the edit is named and left out of the SQL and of the run.
    answer = RunController::UnsavedChoice::RunSaved;
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(triggerMenu(*m_window, u"5e0b7a2d4f05"_s, RevisionGraphView::Action::Upgrade));
    QCOMPARE(m_confirmed.size(), 1);
    QVERIFY(!m_confirmed.last().sql.contains(u"unsaved_extra"_s));
    QVERIFY2(m_confirmed.last().warnings.join(u'\n').contains(u"5e0b7a2d4f05_create_invoices.sql"_s),
             qPrintable(m_confirmed.last().warnings.join(u'\n')));
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY(!tableExists(m_dbFile, u"unsaved_extra"_s));
    QVERIFY(editor->isModified()); // the edit is still there, unsaved

    // Save and run, on the next pending revision: the file is saved, the confirmed SQL holds
    // the edit, and the edit runs.
    const QString next = m_demo + u"/versions/6f1c8b3e5a06_invoice_totals_trigger.sql"_s;
    m_window->openFile(next);
    Stepwise::Ui::ScriptEditor *nextEditor = m_window->editorTabs()->editorFor(next);
    QVERIFY(nextEditor);
    nextEditor->setText(nextEditor->text().replace(
        u"-- migrate:up\n"_s, u"-- migrate:up\nCREATE TABLE saved_extra (id INTEGER);\n"_s));
    answer = RunController::UnsavedChoice::SaveAndRun;
    finished.clear();
    QVERIFY(triggerMenu(*m_window, u"6f1c8b3e5a06"_s, RevisionGraphView::Action::Upgrade));
    QCOMPARE(m_confirmed.size(), 2);
    QVERIFY(m_confirmed.last().sql.contains(u"CREATE TABLE saved_extra"_s));
    QVERIFY(!nextEditor->isModified());
    QVERIFY(!editor->isModified()); // every unsaved script was saved
    QVERIFY(Stepwise::Test::readFile(next).contains(u"saved_extra"_s));
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY(tableExists(m_dbFile, u"saved_extra"_s));
    QCOMPARE(databaseHeads(m_dbFile), QStringList{u"6f1c8b3e5a06"_s});
}

// At a merge, Downgrade One Step names the branches that meet there instead of "Ambiguous walk".
void tst_RunSafety::downgradeOneStepAtAMerge()
{
    openWindow(u"8b3e0d5a7c08"_s);
    QAction *one = m_window->graphActions()->downgradeOne();
    QVERIFY(!one->isEnabled());
    QVERIFY2(one->toolTip().contains(u"8b3e0d5a7c08 merges 6f1c8b3e5a06, a05f2a7c9e10"_s),
             qPrintable(one->toolTip()));
    QVERIFY(one->toolTip().contains(u"Downgrade to Here"_s));
    // The node's own action still goes down the chosen branch.
    QVERIFY(m_window->selectRevision(u"6f1c8b3e5a06"_s));
    QVERIFY(m_window->graphActions()->action(RevisionGraphView::Action::Downgrade)->isEnabled());
}

// A down section that undoes nothing (#14, 6): the graph marks the revision, the confirmation
// names it and Run waits for its check box; confirmed, the downgrade runs and the revision's
// table stays (what the empty section means).
void tst_RunSafety::emptyDownNeedsConfirmation()
{
    QVERIFY(Stepwise::Test::replaceInFile(m_demo + u"/versions/4d9a6f1c3e04_add_order_items.sql"_s,
                                          u"DROP TABLE order_items;"_s, u"-- keep the table"_s));
    openWindow(u"4d9a6f1c3e04"_s);
    const auto *scene = m_window->graphView()->graphScene();
    const int node = scene->indexOf(u"4d9a6f1c3e04"_s);
    QCOMPARE(scene->downMark(node), u"empty down"_s);
    QCOMPARE(scene->downMark(scene->indexOf(u"a05f2a7c9e10"_s)), u"irreversible"_s);
    QCOMPARE(scene->downMark(scene->indexOf(u"3c8f5e0b2d03"_s)), QString());
    QCOMPARE(scene->downMark(scene->indexOf(u"8b3e0d5a7c08"_s)), QString()); // a merge
    QVERIFY(m_window->graphView()->toolTipFor(node).contains(u"down section is empty"_s));

    QAction *one = m_window->graphActions()->downgradeOne();
    QVERIFY(one->isEnabled());
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    one->trigger();
    QCOMPARE(m_confirmed.size(), 1);
    const RunPlanPreview plan = m_confirmed.first();
    QCOMPARE(plan.emptyDowns, QStringList{u"4d9a6f1c3e04"_s});
    QVERIFY2(plan.warnings.join(u'\n').contains(u"Empty down section: 4d9a6f1c3e04"_s),
             qPrintable(plan.warnings.join(u'\n')));
    QVERIFY(plan.ok());
    QVERIFY(plan.sql.contains(u"3c8f5e0b2d03"_s)); // the version update that will run

    // The real dialog: Run only once the check box says yes.
    Stepwise::Ui::RunConfirmDialog dialog(Stepwise::Ui::RunConfirmDialog::Mode::Confirm);
    dialog.setPlan(plan, Stepwise::Core::SqlSyntax::SQLite);
    QCheckBox *confirm = dialog.emptyDownConfirmation();
    QVERIFY(!confirm->isHidden());
    QVERIFY(confirm->text().contains(u"4d9a6f1c3e04"_s));
    QVERIFY(!dialog.runButton()->isEnabled());
    confirm->setChecked(true);
    QVERIFY(dialog.runButton()->isEnabled());
    if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.resize(900, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/run-confirmation-empty-down.png"_s));
    }

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000); // may have finished behind the dialog
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(databaseHeads(m_dbFile), QStringList{u"3c8f5e0b2d03"_s});
    QVERIFY(tableExists(m_dbFile, u"order_items"_s));
}

// The confirmation of a run with a drifted revision below it and an open script left unsaved
// names both; the real dialog over the window, at 1024×700 and 1600×1000 in both palettes, is
// written to STEPWISE_SCREENSHOT_DIR as run-confirmation-<width>-<palette>.png when set.
void tst_RunSafety::confirmationListsUnsavedAndDrifted()
{
    openDrifted();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_demo + u"/versions/5e0b7a2d4f05_create_invoices.sql"_s;
    m_window->openFile(path);
    Stepwise::Ui::ScriptEditor *editor = m_window->editorTabs()->editorFor(path);
    QVERIFY(editor);
    editor->setText(editor->text().replace(u"-- migrate:up\n"_s,
                                           u"-- migrate:up\nCREATE TABLE unsaved_extra (id INTEGER);\n"_s));
    RunController *run = m_window->runController();
    run->setUnsavedHandler([](const QStringList &) { return RunController::UnsavedChoice::RunSaved; });
    run->setConfirmHandler([this](const RunPlanPreview &plan) {
        m_confirmed << plan;
        return false; // looked at, not run
    });
    QVERIFY(!m_window->upgradeToHeads());
    QCOMPARE(m_confirmed.size(), 1);
    const QString warnings = m_confirmed.first().warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"Drifted: 2b7e4d9a1c02"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"Unsaved changes in versions/5e0b7a2d4f05_create_invoices.sql"_s)
                 || warnings.contains(u"Unsaved changes in versions\\5e0b7a2d4f05_create_invoices.sql"_s),
             qPrintable(warnings));
    QCOMPARE(databaseHeads(m_dbFile), QStringList{u"4d9a6f1c3e04"_s});

    const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    for (const QString &palette : {u"light"_s, u"dark"_s}) {
        QVERIFY(Stepwise::Ui::applyPalette(palette));
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            m_window->resize(size);
            QCoreApplication::processEvents();
            Stepwise::Ui::RunConfirmDialog dialog(Stepwise::Ui::RunConfirmDialog::Mode::Confirm,
                                                  m_window.get());
            dialog.setPlan(m_confirmed.first(), Stepwise::Core::SqlSyntax::SQLite);
            dialog.resize(qMin(860, size.width() - 80), qMin(640, size.height() - 60));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QImage picture = m_window->grab().toImage();
            QPainter painter(&picture);
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 60)); // the window behind a modal dialog
            const QImage top = dialog.grab().toImage();
            painter.drawImage((picture.width() - top.width()) / 2, (picture.height() - top.height()) / 2, top);
            painter.end();
            QVERIFY(picture.save(dir + u"/run-confirmation-%1-%2.png"_s.arg(size.width()).arg(palette)));
        }
    }
    QVERIFY(Stepwise::Ui::applyPalette(u"light"_s));
}

// A pending revision that drops a column: the plan carries the safety finding (SW102, an error,
// first) with the table's live row count; the real dialog lists it with its explanation and
// keeps Run disabled until the explicit check box is ticked; the run then goes through. The
// dialog is written to STEPWISE_SCREENSHOT_DIR as run-confirmation-findings.png when set.
void tst_RunSafety::destructiveStepNeedsConfirmation()
{
    QVERIFY(Stepwise::Test::replaceInFile(m_demo + u"/versions/5e0b7a2d4f05_create_invoices.sql"_s,
                                          u"    issued_at TEXT\n);"_s,
                                          u"    issued_at TEXT\n);\nALTER TABLE order_items DROP COLUMN unit_price_cents;"_s));
    openWindow(u"4d9a6f1c3e04"_s);
    QSignalSpy finished(m_window->runController(), &RunController::finished);
    QVERIFY(m_window->runController()->run(Stepwise::Core::Planner::Command::Upgrade,
                                           { u"5e0b7a2d4f05"_s }));
    QCOMPARE(m_confirmed.size(), 1);
    const RunPlanPreview plan = m_confirmed.first();
    QVERIFY(!plan.findings.isEmpty());
    const Stepwise::Core::LintFinding &first = plan.findings.first();
    QCOMPARE(first.code, u"SW102"_s);
    QCOMPARE(first.severity, Stepwise::Core::LintSeverity::Error);
    QCOMPARE(first.revision, u"5e0b7a2d4f05"_s);
    QVERIFY2(first.live.rows >= 0, qPrintable(first.live.summary)); // counted on the database
    QCOMPARE(plan.blockingCodes, QStringList{u"SW102"_s});

    Stepwise::Ui::RunConfirmDialog dialog(Stepwise::Ui::RunConfirmDialog::Mode::Confirm);
    dialog.setPlan(plan, Stepwise::Core::SqlSyntax::SQLite);
    QTreeWidget *findings = dialog.findingsView();
    QVERIFY(!findings->parentWidget()->isHidden());
    QCOMPARE(findings->topLevelItem(0)->text(0), u"SW102"_s);
    QVERIFY(findings->topLevelItem(0)->text(1).contains(u"unit_price_cents"_s));
    QVERIFY(findings->topLevelItem(0)->toolTip(1).contains(first.explanation.toHtmlEscaped()));
    QCheckBox *confirm = dialog.findingsConfirmation();
    QVERIFY(!confirm->isHidden());
    QVERIFY(confirm->text().contains(u"SW102"_s));
    QVERIFY(!dialog.runButton()->isEnabled());
    confirm->setChecked(true);
    QVERIFY(dialog.runButton()->isEnabled());
    if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.resize(1000, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/run-confirmation-findings.png"_s));
    }

    // Confirmed: the engine runs it (with SW102 allowed for this run only).
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY2(m_failures.isEmpty(), m_failures.isEmpty() ? "" : qPrintable(m_failures.first().message));
    QCOMPARE(databaseHeads(m_dbFile), QStringList{u"5e0b7a2d4f05"_s});
}

QTEST_MAIN(tst_RunSafety)
#include "tst_runsafety.moc"
