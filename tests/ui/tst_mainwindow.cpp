// The main window comes up offscreen with the application's name, icon and About dialog.
#include "tests/common/uitestsupport.h"

#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"
#include "ui/connections/connectionsdock.h"
#include "ui/database/databaseconnection.h"
#include "ui/editor/editorsettingsdialog.h"
#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/mainwindow/studiopalette.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/mainwindow/graphactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/studiostartup.h"
#include "ui/output/outputdock.h"
#include "ui/project/revisionmodel.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSplitter>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QAction>
#include <QTest>
#include <QTextBrowser>
#include <QHeaderView>
#include <QTimer>
#include <QTreeWidget>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openScriptTakesHalfTheCentre();
    void toolbarKeepsRunActions();
    void tableNamesFitAt1024();
    void paletteFromTheViewMenu();
    void initTestCase();
    void createsWindow();
    void aboutListsDrivers();
    void opensDemoProject();
    void opensAlembicProject();
    void refusesNonProject();
    void statesFollowDatabase();
    void screenshotMode();
    void screenshotFailsWithReason();
    void windowStateRestored();
    void newProject();
    void errorsLinkToFileAndLine();
    void selectionSharedWithGraph();
    void editRevisionFromGraph();
    void unsavedChangesProtected_data();
    void unsavedChangesProtected();
    void preferencesReachOpenEditors_data();
    void preferencesReachOpenEditors();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Stepwise::Test::isolateSettings(m_dir);
    QApplication::setApplicationDisplayName(u"Stepwise Studio"_s);
}

void tst_MainWindow::createsWindow()
{
    Stepwise::Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(u"Stepwise Studio"_s));
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(window.menuBar()->actions().size() >= 2);
}

void tst_MainWindow::aboutListsDrivers()
{
    QVERIFY(QSqlDatabase::drivers().contains(u"QSQLITE"_s));
    Stepwise::Ui::MainWindow window;
    QString text;
    QTimer::singleShot(0, &window, [&] {
        auto *box = window.findChild<QMessageBox *>(u"aboutBox"_s);
        QVERIFY(box);
        text = box->informativeText();
        box->accept();
    });
    window.showAbout();
    QVERIFY2(text.contains(u"QSQLITE"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
}

void tst_MainWindow::opensDemoProject()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.setAutoConnect(false);
    QSignalSpy changed(&window, &Stepwise::Ui::MainWindow::projectChanged);
    QVERIFY(window.openProject(demo));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(window.revisionModel()->rowCount(), 10);
    // The graph is the centre and shows every revision.
    QCOMPARE(window.centralWidget()->findChild<Stepwise::Ui::RevisionGraphPanel *>(), window.graphPanel());
    QCOMPARE(window.graphView()->graphScene()->count(), 10);
    QVERIFY(window.windowTitle().startsWith(u"demo — "_s));
    QVERIFY(window.selectRevision(u"5e0b"_s)); // a unique prefix
    QCOMPARE(window.selectionModel()->currentIndex().data(Stepwise::Ui::RevisionModel::IdRole).toString(),
             u"5e0b7a2d4f05"_s);
    QVERIFY(!window.selectRevision(u"zzzz"_s));
    QVERIFY(window.outputDock()->plainText().contains(u"10 revisions"_s));
}

// At 1280×800 and 1024×700 an opened script gets at least half the centre (the graph's tool
// row folds into two rows instead of holding the editor to a strip); a moved split is kept.
void tst_MainWindow::openScriptTakesHalfTheCentre()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        QSettings().remove(u"centre/graphShare"_s);
        Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
        window.setAutoConnect(false);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(demo));
        window.openFile(demo + u"/versions/5e0b7a2d4f05_create_invoices.sql"_s);
        QSplitter *centre = window.centreSplitter();
        QTRY_VERIFY(centre->sizes().value(1) > 0);
        QTest::qWait(20); // the second share, once the splitter laid the new pane out
        const QList<int> sizes = centre->sizes();
        QVERIFY2(sizes.at(1) >= sizes.at(0),
                 qPrintable(u"%1x%2: graph %3, editor %4"_s.arg(size.width()).arg(size.height())
                                .arg(sizes.at(0)).arg(sizes.at(1))));
        if (const QString out = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !out.isEmpty())
            QVERIFY(window.grab().save(out + u"/studio-editor-%1.png"_s.arg(size.width())));
        // The user gives the graph 45 %: the next script opens with that split.
        const int total = sizes.at(0) + sizes.at(1);
        const int graph = total * 45 / 100;
        centre->setSizes({graph, total - graph});
        Q_EMIT centre->splitterMoved(graph, 1);
        window.editorTabs()->closeAll();
        QTRY_VERIFY(!window.editorTabs()->isVisible());
        window.openFile(demo + u"/versions/6f1c8b3e5a06_invoice_totals_trigger.sql"_s);
        QTest::qWait(20);
        const int expected = qMax(graph, window.graphPanel()->minimumWidth()); // never below its least
        QVERIFY2(qAbs(centre->sizes().at(0) - expected) <= 4,
                 qPrintable(u"graph %1, expected %2"_s.arg(centre->sizes().at(0)).arg(expected)));
    }
}

// At 1024 px the run actions stay on the tool bar with their text (#14, 9: Downgrade One Step
// went into the overflow menu); the project and connection buttons fold to icons first, and
// show their text again when there is room.
void tst_MainWindow::toolbarKeepsRunActions()
{
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.setAutoConnect(false);
    auto *toolbar = window.findChild<QToolBar *>(u"mainToolbar"_s);
    QVERIFY(toolbar);
    const auto button = [&](QAction *a) { return qobject_cast<QToolButton *>(toolbar->widgetForAction(a)); };
    QAction *open = window.findChild<QAction *>(u"actionOpenProject"_s);
    QVERIFY(open);
    for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        for (QAction *run : {window.graphActions()->upgradeHeads(), window.graphActions()->downgradeOne()}) {
            QToolButton *b = button(run);
            QVERIFY(b);
            QVERIFY2(b->isVisible() && toolbar->rect().contains(b->geometry()),
                     qPrintable(u"%1 at %2 px"_s.arg(run->text()).arg(size.width())));
            QCOMPARE(b->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        }
        QCOMPARE(button(open)->toolButtonStyle(),
                 size.width() < 1200 ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
        QVERIFY(!button(open)->toolTip().isEmpty());
    }
}

// At 1024×700 the Connections dock shows whole table names, also with a table expanded whose
// column details are long (#14, 9: names showed as "ord…"): the details give way, not the names.
void tst_MainWindow::tableNamesFitAt1024()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    QCOMPARE(Stepwise::Test::upgrade(demo, u"sqlite:///demo.db"_s, u"4d9a6f1c3e04"_s), QString());
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy updated(&window, &Stepwise::Ui::MainWindow::statusUpdated);
    QVERIFY(window.openProject(demo));
    QVERIFY(updated.wait(10000));
    QTRY_VERIFY(!window.isBusy());
    QTreeWidget *tree = window.connectionsDock()->tree();
    QTreeWidgetItem *profile = tree->topLevelItem(0);
    QVERIFY(profile);
    profile->setExpanded(true);
    const auto child = [](QTreeWidgetItem *parent, const QString &text) -> QTreeWidgetItem * {
        for (int i = 0; i < parent->childCount(); ++i)
            if (parent->child(i)->text(0) == text)
                return parent->child(i);
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(child(profile, u"order_items"_s), 10000);
    QTreeWidgetItem *orders = child(profile, u"orders"_s);
    orders->setExpanded(true);
    QTRY_VERIFY_WITH_TIMEOUT(child(orders, u"customer_id"_s), 10000);
    QCoreApplication::processEvents();
    const QFontMetrics metrics(tree->font());
    const QModelIndex profileIndex = tree->model()->index(0, 0);
    for (int i = 0; i < profile->childCount(); ++i) {
        const QModelIndex table = tree->model()->index(i, 0, profileIndex);
        const QRect cell = tree->visualRect(table); // column 0, after the indentation
        const QString name = table.data().toString();
        const int needed = metrics.horizontalAdvance(name) + tree->iconSize().width();
        QVERIFY2(cell.width() >= needed,
                 qPrintable(u"%1: %2 px for %3 px"_s.arg(name).arg(cell.width()).arg(needed)));
    }
    if (const QString out = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !out.isEmpty())
        QVERIFY(window.grab().save(out + u"/studio-connections-1024.png"_s));
}

// View → Palette switches light/dark/system without a restart and remembers the choice.
void tst_MainWindow::paletteFromTheViewMenu()
{
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    const QColor original = QApplication::palette().color(QPalette::Window);
    auto *dark = window.findChild<QAction *>(u"actionPalette_dark"_s);
    auto *light = window.findChild<QAction *>(u"actionPalette_light"_s);
    auto *system = window.findChild<QAction *>(u"actionPalette_system"_s);
    QVERIFY(dark && light && system);
    QVERIFY(system->isChecked());
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(Stepwise::Ui::savedPaletteName(), u"dark"_s);
    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    system->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), original);
    QCOMPARE(Stepwise::Ui::savedPaletteName(), u"system"_s);
}

void tst_MainWindow::opensAlembicProject()
{
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.setAutoConnect(false);
    QVERIFY(window.openProject(Stepwise::Test::sourceDir() + u"/tests/data/ui/alembic_shop"_s));
    QCOMPARE(window.revisionModel()->rowCount(), 4);
    QVERIFY(window.outputDock()->plainText().contains(u"Alembic"_s));
    // A search typed in one project does not carry over into the next; a reload keeps it, and
    // keeps the graph's zoom (a saved script reloads the project).
    window.graphPanel()->searchField()->setText(u"audit"_s);
    window.graphView()->setZoom(2.5);
    window.reloadProject();
    QCOMPARE(window.graphPanel()->searchField()->text(), u"audit"_s);
    QCOMPARE(window.graphView()->zoom(), 2.5);
    // Flask-Migrate's layout, opened from the project folder holding migrations/.
    QVERIFY(window.openProject(Stepwise::Test::sourceDir() + u"/tests/data/repository/flask"_s));
    QVERIFY(window.revisionModel()->rowCount() > 0);
    QVERIFY(window.graphPanel()->searchField()->text().isEmpty());
}

void tst_MainWindow::refusesNonProject()
{
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QVERIFY(!window.openProject(m_dir.path()));
    QVERIFY(!window.lastError().isEmpty());
    QCOMPARE(window.revisionModel()->rowCount(), 0);
}

void tst_MainWindow::statesFollowDatabase()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    QCOMPARE(Stepwise::Test::upgrade(demo, u"sqlite:///demo.db"_s, u"3c8f5e0b2d03"_s), QString());
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.show();
    QSignalSpy updated(&window, &Stepwise::Ui::MainWindow::statusUpdated);
    QVERIFY(window.openProject(demo)); // the SQLite default URL connects by itself
    QVERIFY(updated.wait(10000));
    QTRY_VERIFY(!window.isBusy());
    const auto *model = window.revisionModel();
    QCOMPARE(model->count(Stepwise::Ui::RevisionModel::State::Applied), 2);
    QCOMPARE(model->count(Stepwise::Ui::RevisionModel::State::Current), 1);
    QCOMPARE(model->count(Stepwise::Ui::RevisionModel::State::Pending), 7);
    QCOMPARE(Stepwise::Ui::RevisionModel::State(
                 model->indexOf(u"3c8f5e0b2d03"_s).data(Stepwise::Ui::RevisionModel::StateRole).toInt()),
             Stepwise::Ui::RevisionModel::State::Current);
    auto *summary = window.statusBar()->findChild<QLabel *>(u"statusSummary"_s);
    QVERIFY(summary);
    QCOMPARE(summary->text(), u"7 pending · 1 head · 4 pending on branch billing"_s);
    QVERIFY(window.windowTitle().contains(u"demo.db"_s));

    // Migrate further behind the window's back, then re-read: the states follow.
    QCOMPARE(Stepwise::Test::upgrade(demo, u"sqlite:///demo.db"_s, u"heads"_s), QString());
    window.refreshStatus();
    QVERIFY(updated.wait(10000));
    QCOMPARE(model->count(Stepwise::Ui::RevisionModel::State::Pending), 0);
    QVERIFY(summary->text().startsWith(u"up to date"_s));

    window.database()->disconnectFromDatabase();
    QCOMPARE(model->count(Stepwise::Ui::RevisionModel::State::Unknown), 10);
    QVERIFY(!window.windowTitle().contains(u"demo.db"_s));
}

void tst_MainWindow::screenshotMode()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    QCOMPARE(Stepwise::Test::upgrade(demo, u"sqlite:///demo.db"_s, u"4d9a6f1c3e04"_s), QString());
    Stepwise::Ui::StartupOptions options;
    options.project = demo;
    options.url = u"sqlite:///demo.db"_s;
    options.select = u"4d9a"_s;
    options.screenshot = dir.filePath(u"shot.png"_s);
    options.size = QSize(1000, 640);
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QCOMPARE(Stepwise::Ui::takeScreenshot(window, options), 0);
    const QImage image(options.screenshot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1000, 640));
    QCOMPARE(window.revisionModel()->count(Stepwise::Ui::RevisionModel::State::Current), 1);
    QCOMPARE(window.selectionModel()->currentIndex().data(Stepwise::Ui::RevisionModel::IdRole).toString(),
             u"4d9a6f1c3e04"_s);
}

void tst_MainWindow::screenshotFailsWithReason()
{
    Stepwise::Ui::StartupOptions options;
    options.project = m_dir.filePath(u"no-such-project"_s);
    options.screenshot = m_dir.filePath(u"never.png"_s);
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QCOMPARE(Stepwise::Ui::takeScreenshot(window, options), 1);
    QVERIFY(!QFile::exists(options.screenshot));
}

void tst_MainWindow::windowStateRestored()
{
    QByteArray state;
    {
        Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
        window.show();
        window.outputDock()->hide();
        state = window.saveState();
        window.close();
    }
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.restoreWindowState();
    window.show();
    QVERIFY(window.outputDock()->isHidden());
    QCOMPARE(window.saveState(), state);
}

void tst_MainWindow::newProject()
{
    QTemporaryDir dir;
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QVERIFY2(window.createProject(dir.path(), u"postgresql"_s), qPrintable(window.lastError()));
    QVERIFY(QFile::exists(dir.filePath(u"stepwise.ini"_s)));
    QCOMPARE(window.revisionModel()->rowCount(), 0);
    QVERIFY(window.windowTitle().contains(QFileInfo(dir.path()).fileName()));
    QVERIFY(!window.createProject(dir.path(), u"postgresql"_s)); // refuses an existing project
}

void tst_MainWindow::errorsLinkToFileAndLine()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    QFile broken(demo + u"/versions/ff00000000ff_broken.sql"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("-- revision: ff00000000ff\n-- parents: nosuchparent\n\n-- migrate:up\nSELECT 1;\n");
    broken.close();
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.setAutoConnect(false);
    QVERIFY(window.openProject(demo));
    auto *view = window.outputDock()->findChild<QTextBrowser *>(u"outputView"_s);
    QVERIFY(view);
    const QString html = view->toHtml();
    QVERIFY2(html.contains(u"ff00000000ff_broken.sql?line=2"_s) || html.contains(u"ff00000000ff_broken.sql%3Fline"_s)
                 || html.contains(u"line=2"_s), qPrintable(window.outputDock()->plainText()));
    QSignalSpy open(window.outputDock(), &Stepwise::Ui::OutputDock::openFileRequested);
    const QUrl link = QUrl::fromLocalFile(demo + u"/versions/ff00000000ff_broken.sql"_s);
    QUrl withLine = link;
    withLine.setQuery(u"line=2"_s);
    Q_EMIT view->anchorClicked(withLine);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), link.path());
    QCOMPARE(open.first().at(1).toInt(), 2);
}

void tst_MainWindow::selectionSharedWithGraph()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.setAutoConnect(false);
    QVERIFY(window.openProject(demo));
    // Details panel (the shared selection model) → graph.
    QVERIFY(window.selectRevision(u"7a2d"_s));
    QCOMPARE(window.graphView()->selectedRevision(), u"7a2d9c4f6b07"_s);
    // Graph → the shared selection model.
    window.graphView()->setSelectedRevision(u"3c8f5e0b2d03"_s);
    QCOMPARE(window.selectionModel()->currentIndex().data(Stepwise::Ui::RevisionModel::IdRole).toString(),
             u"3c8f5e0b2d03"_s);
    window.selectionModel()->clear();
    window.selectionModel()->setCurrentIndex(window.revisionModel()->indexOf(u"1f3a9c2b7d01"_s),
                                             QItemSelectionModel::ClearAndSelect);
    QCOMPARE(window.graphView()->selectedRevision(), u"1f3a9c2b7d01"_s);
}

// Open a revision from the graph (double click / Enter), edit its message header, save: the
// project reloads and the graph shows the new message, the selection kept.
void tst_MainWindow::editRevisionFromGraph()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.setAutoConnect(false);
    window.show();
    QVERIFY(window.openProject(demo));
    Stepwise::Ui::EditorTabs *tabs = window.editorTabs();
    QVERIFY(!tabs->isVisible());
    QVERIFY(window.selectRevision(u"5e0b7a2d4f05"_s));
    Q_EMIT window.graphView()->revisionActivated(u"5e0b7a2d4f05"_s);
    QVERIFY(tabs->isVisible());
    Stepwise::Ui::ScriptEditor *editor = tabs->currentEditor();
    QVERIFY(editor);
    QVERIFY(editor->filePath().endsWith(u"5e0b7a2d4f05_create_invoices.sql"_s));
    QVERIFY(editor->text().contains(u"-- message: Create invoices\n"_s));
    QCOMPARE(editor->replaceAll(u"message: Create invoices"_s, u"message: Create invoices and credit notes"_s,
                                true), 1);
    QVERIFY(editor->isModified());
    QSignalSpy saved(tabs, &Stepwise::Ui::EditorTabs::fileSaved);
    QVERIFY(tabs->saveCurrent());
    QCOMPARE(saved.size(), 1);
    const QString message = u"Create invoices and credit notes"_s;
    QTRY_COMPARE(window.revisionModel()->indexOf(u"5e0b7a2d4f05"_s)
                     .data(Stepwise::Ui::RevisionModel::MessageRole).toString(), message);
    const auto *scene = window.graphView()->graphScene();
    QCOMPARE(scene->graph()->revision(scene->indexOf(u"5e0b7a2d4f05"_s)).message, message);
    QCOMPARE(window.graphView()->selectedRevision(), u"5e0b7a2d4f05"_s);
    QVERIFY(!editor->isModified());

    // Graph and tabs follow each other: a second script's tab selects its node, selecting the
    // first node brings its tab back.
    window.openFile(demo + u"/versions/1f3a9c2b7d01_create_customers.sql"_s, 1);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(window.graphView()->selectedRevision(), u"1f3a9c2b7d01"_s);
    window.graphView()->setSelectedRevision(u"5e0b7a2d4f05"_s);
    QCOMPARE(tabs->currentEditor(), editor);
}

void tst_MainWindow::unsavedChangesProtected_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("cancel keeps the project") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard closes it") << int(QMessageBox::Discard) << true;
}

// Closing the project (or the window) with a modified script asks first.
void tst_MainWindow::unsavedChangesProtected()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.setAutoConnect(false);
    window.show();
    QVERIFY(window.openProject(demo));
    window.openFile(demo + u"/versions/1f3a9c2b7d01_create_customers.sql"_s, 3);
    Stepwise::Ui::ScriptEditor *editor = window.editorTabs()->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->replaceAll(u"DROP TABLE customers;"_s, u"DROP TABLE customers; -- a note"_s, true), 1);
    QVERIFY(editor->isModified());
    bool asked = false;
    const auto answerBox = [&] {
        auto *box = window.findChild<QMessageBox *>(u"unsavedChangesBox"_s);
        QVERIFY(box);
        asked = true;
        box->button(QMessageBox::StandardButton(answer))->click();
    };
    QTimer::singleShot(0, &window, answerBox);
    window.closeProject();
    QVERIFY(asked);
    QCOMPARE(window.revisionModel()->rowCount() == 0, closes);
    QCOMPARE(window.editorTabs()->count() == 0, closes);
    if (!closes) { // the window refuses to close as well
        asked = false;
        QTimer::singleShot(0, &window, answerBox);
        QVERIFY(!window.close());
        QVERIFY(asked);
        QVERIFY(window.isVisible());
    }
    const QString file = demo + u"/versions/1f3a9c2b7d01_create_customers.sql"_s;
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("-- a note")); // never saved
}

void tst_MainWindow::preferencesReachOpenEditors_data()
{
    QTest::addColumn<bool>("accept");
    QTest::addColumn<int>("expectedTabWidth");
    QTest::newRow("OK applies the new tab width") << true << 7;
    QTest::newRow("Cancel changes nothing") << false << 4;
}

// Edit → Preferences… opens the editor settings; OK reaches the editors already open.
void tst_MainWindow::preferencesReachOpenEditors()
{
    QFETCH(bool, accept);
    QFETCH(int, expectedTabWidth);
    Stepwise::Ui::EditorSettings defaults = Stepwise::Ui::EditorSettings::load();
    defaults.tabWidth = 4;
    defaults.save();
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    window.setAutoConnect(false);
    window.show();
    QVERIFY(window.openProject(demo));
    window.openFile(demo + u"/versions/1f3a9c2b7d01_create_customers.sql"_s, 1);
    Stepwise::Ui::ScriptEditor *editor = window.editorTabs()->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->settings().tabWidth, 4);

    auto *action = window.findChild<QAction *>(u"actionPreferences"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    QCOMPARE(menus.at(1)->menu()->actions().value(0), action); // Edit, right after File

    bool shown = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<Stepwise::Ui::EditorSettingsDialog *>(u"editorSettingsDialog"_s);
        QVERIFY(dialog);
        shown = true;
        auto *tabWidth = dialog->findChild<QSpinBox *>(u"tabWidth"_s);
        QVERIFY(tabWidth);
        tabWidth->setValue(7);
        accept ? dialog->accept() : dialog->reject();
    });
    action->trigger();
    QVERIFY(shown);
    QCOMPARE(editor->settings().tabWidth, expectedTabWidth);
    QCOMPARE(Stepwise::Ui::EditorSettings::load().tabWidth, expectedTabWidth);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
