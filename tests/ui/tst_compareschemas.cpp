// Database ▸ Compare Schemas… (issue 16), offscreen: two SQLite files made here compared through
// the dialog's own Compare button — the tree of differences grouped by object with destructive
// changes marked, the SQL, the summary — a .sql file that does not run named at file:line, two
// equal schemas, and the menu action preselecting the connected database as FROM.
#include "tests/common/uitestsupport.h"

#include "ui/connections/profilestore.h"
#include "ui/database/databaseconnection.h"
#include "ui/dialogs/compareschemasdialog.h"
#include "ui/editor/scripteditor.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Stepwise::Ui::CompareSchemasDialog;

class tst_CompareSchemas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void treeOfDifferencesWithSql();
    void sqlFileErrorNamesLine();
    void equalSchemas();
    void menuActionPreselectsConnection();

private:
    QString makeDatabase(const QString &file, const QStringList &statements);
    static QStringList childTexts(const QTreeWidgetItem *item, int column = 0);
    static QStringList topLevelTexts(const QTreeWidget *tree);

    QTemporaryDir m_dir;
    QString m_from;
    QString m_to;
};

QString tst_CompareSchemas::makeDatabase(const QString &file, const QStringList &statements)
{
    const QString path = m_dir.filePath(file);
    return Stepwise::Test::execSqlite(path, statements) ? u"sqlite:///"_s + path : QString();
}

QStringList tst_CompareSchemas::childTexts(const QTreeWidgetItem *item, int column)
{
    QStringList texts;
    for (int i = 0; i < item->childCount(); ++i)
        texts << item->child(i)->text(column);
    return texts;
}

QStringList tst_CompareSchemas::topLevelTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(0);
    return texts;
}

void tst_CompareSchemas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Stepwise::Test::isolateSettings(m_dir);
    // FROM → TO: a table dropped, columns added (one a possible rename), a type narrowed, an
    // index swapped, a table and a view created, a trigger (not compared).
    m_from = makeDatabase(u"from.db"_s, {
        u"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, nick_name TEXT)"_s,
        u"CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id), total REAL)"_s,
        u"CREATE TABLE old_notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
        u"CREATE INDEX orders_total_idx ON orders (total)"_s,
    });
    m_to = makeDatabase(u"to.db"_s, {
        u"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, nickname TEXT, email TEXT)"_s,
        u"CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(id), "
        u"total INTEGER, note TEXT)"_s,
        u"CREATE INDEX orders_person_idx ON orders (person_id)"_s,
        u"CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE)"_s,
        u"CREATE VIEW people_names AS SELECT name FROM people"_s,
        u"CREATE TRIGGER people_touch AFTER UPDATE ON people BEGIN SELECT 1; END"_s,
    });
    QVERIFY(!m_from.isEmpty());
    QVERIFY(!m_to.isEmpty());
}

void tst_CompareSchemas::treeOfDifferencesWithSql()
{
    CompareSchemasDialog dialog(nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setSources(m_from, m_to);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"compare"_s), Qt::LeftButton);
    QVERIFY2(dialog.hasResult(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.findChild<QLabel *>(u"error"_s)->isHidden());

    // Grouped by object, by name; each group's changes in the order they run; then what the
    // comparison does not cover.
    auto *tree = dialog.findChild<QTreeWidget *>(u"differences"_s);
    QVERIFY(tree);
    QCOMPARE(topLevelTexts(tree),
             (QStringList{u"old_notes"_s, u"orders"_s, u"people"_s, u"people_names"_s, u"tags"_s,
                          u"Not compared"_s}));
    QCOMPARE(tree->topLevelItem(0)->text(1), u"table"_s);
    QCOMPARE(tree->topLevelItem(3)->text(1), u"view"_s);
    QCOMPARE(childTexts(tree->topLevelItem(0)), QStringList{u"drop table old_notes"_s});
    QCOMPARE(childTexts(tree->topLevelItem(1)),
             (QStringList{u"drop index orders_total_idx on orders"_s, u"add column orders.note"_s,
                          u"alter column orders.total (type REAL → INTEGER)"_s,
                          u"create index orders_person_idx on orders"_s}));
    QCOMPARE(childTexts(tree->topLevelItem(2)),
             (QStringList{u"drop column people.nick_name"_s, u"add column people.nickname"_s,
                          u"add column people.email"_s}));
    QCOMPARE(childTexts(tree->topLevelItem(3)), QStringList{u"create view people_names"_s});
    QCOMPARE(childTexts(tree->topLevelItem(4)), QStringList{u"create table tags"_s});
    QCOMPARE(childTexts(tree->topLevelItem(5)), QStringList{u"trigger people.people_touch"_s});
    QVERIFY(tree->topLevelItem(0)->isExpanded());

    // Destructive: marked in the note column, bold red; the rename warning says so.
    QTreeWidgetItem *dropTable = tree->topLevelItem(0)->child(0);
    QCOMPARE(dropTable->text(1), u"destructive"_s);
    QVERIFY(dropTable->font(0).bold());
    QTreeWidgetItem *addNote = tree->topLevelItem(1)->child(1);
    QVERIFY(addNote->text(1).isEmpty());
    QVERIFY(!addNote->font(0).bold());
    QVERIFY(dropTable->foreground(0).color() != addNote->foreground(0).color());
    QTreeWidgetItem *narrowed = tree->topLevelItem(1)->child(2);
    QCOMPARE(narrowed->text(1), u"destructive"_s);
    QTreeWidgetItem *dropColumn = tree->topLevelItem(2)->child(0);
    QCOMPARE(dropColumn->text(1), u"destructive: possible rename of nick_name to nickname"_s);
    QCOMPARE(dropColumn->toolTip(0), u"possible rename of nick_name to nickname"_s);
    QTreeWidgetItem *addColumn = tree->topLevelItem(2)->child(1);
    QCOMPARE(addColumn->text(1), u"possible rename of nick_name to nickname"_s);
    QVERIFY(!addColumn->font(0).bold());

    QCOMPARE(dialog.summaryText(), u"10 changes, 3 destructive (1 not compared)"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(), dialog.summaryText());

    // The SQL of `stepwise diff`: SQLite's rebuild runs outside a transaction.
    const QString sql = dialog.sqlText();
    QVERIFY2(sql.startsWith(u"-- Runs outside a transaction"_s), qPrintable(sql));
    QVERIFY(sql.contains(u"-- not compared: trigger people.people_touch"_s));
    QVERIFY2(sql.contains(u"\nDROP TABLE old_notes;\n"_s), qPrintable(sql));
    QVERIFY(sql.contains(u"CREATE INDEX orders_person_idx ON orders (person_id);"_s));
    QVERIFY(sql.contains(u"CREATE VIEW people_names AS SELECT name FROM people;"_s));
    QVERIFY(sql.contains(u"CREATE TABLE tags ("_s));
    QVERIFY(sql.contains(u"    email TEXT,\n"_s));
    QCOMPARE(sql.count(u"ALTER TABLE _stepwise_new_orders RENAME TO orders;"_s), 1);
    auto *editor = dialog.findChild<QWidget *>(u"sql"_s)->findChild<Stepwise::Ui::ScriptEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), sql);
    QVERIFY(editor->isReadOnly());

    // Choosing a change moves the SQL to its statement.
    tree->setCurrentItem(dropTable);
    const qsizetype at = sql.indexOf(u"-- DESTRUCTIVE: drop table old_notes"_s);
    QVERIFY(at > 0);
    QCOMPARE(editor->currentLine(), int(QStringView(sql).left(at).count(u'\n')) + 1);
    tree->setCurrentItem(tree->topLevelItem(3)->child(0));
    QCOMPARE(editor->currentLine(),
             int(QStringView(sql).left(sql.indexOf(u"CREATE VIEW people_names"_s)).count(u'\n')) + 1);

    // STEPWISE_SCREENSHOT_DIR=dir keeps a picture of the dialog for the docs.
    if (const QString shots = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        // Tall enough for the whole tree.
        dialog.resize(1100, 800);
        QCoreApplication::processEvents();
        dialog.findChild<QSplitter *>(u"splitter"_s)->setSizes({340, 300});
        tree->setCurrentItem(dropTable);
        QCoreApplication::processEvents();
        tree->scrollToTop();
        QVERIFY(dialog.grab().save(shots + u"/compare-schemas.png"_s));
    }

    // Swapped: the way back (the dropped table made again, no longer destructive).
    dialog.swapSources();
    QVERIFY(dialog.compare());
    QCOMPARE(tree->topLevelItem(0)->text(0), u"old_notes"_s);
    QCOMPARE(childTexts(tree->topLevelItem(0)), QStringList{u"create table old_notes"_s});
    QVERIFY(tree->topLevelItem(0)->child(0)->text(1).isEmpty());
}

void tst_CompareSchemas::sqlFileErrorNamesLine()
{
    const QString path = m_dir.filePath(u"broken.sql"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE people (id INTEGER PRIMARY KEY);\n\nCREATE TABEL oops (id INTEGER);\n");
    file.close();

    CompareSchemasDialog dialog(nullptr, nullptr);
    dialog.setSources(m_from, path);
    auto *to = dialog.findChild<QComboBox *>(u"to"_s);
    QVERIFY(to->currentText().startsWith(u"broken.sql"_s));
    QVERIFY(!dialog.compare());
    QVERIFY(!dialog.hasResult());
    auto *error = dialog.findChild<QLabel *>(u"error"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"broken.sql:3"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"TABEL"_s), qPrintable(error->text()));
    QCOMPARE(dialog.errorText(), error->text());
    QCOMPARE(dialog.findChild<QTreeWidget *>(u"differences"_s)->topLevelItemCount(), 0);
    QVERIFY(dialog.sqlText().isEmpty());

    // Fixed, the same file compares (and the error goes away).
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, nick_name TEXT);\n");
    file.close();
    QVERIFY2(dialog.compare(), qPrintable(dialog.errorText()));
    QVERIFY(error->isHidden());
    QCOMPARE(topLevelTexts(dialog.findChild<QTreeWidget *>(u"differences"_s)),
             (QStringList{u"old_notes"_s, u"orders"_s}));

    // A database that is not there: said, not crashed.
    dialog.setSources(u"postgresql://nobody@127.0.0.1:1/none"_s, path);
    QVERIFY(!dialog.compare());
    QVERIFY2(dialog.errorText().contains(u"FROM"_s), qPrintable(dialog.errorText()));
}

void tst_CompareSchemas::equalSchemas()
{
    CompareSchemasDialog dialog(nullptr, nullptr);
    dialog.setSources(m_from, m_from);
    QVERIFY2(dialog.compare(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.summaryText(), u"No differences: the two schemas are the same"_s);
    QCOMPARE(dialog.findChild<QTreeWidget *>(u"differences"_s)->topLevelItemCount(), 0);
    QVERIFY(dialog.sqlText().contains(u"-- No differences"_s));
    QVERIFY(!dialog.sqlText().contains(u"DROP"_s));

    // Nothing chosen: asked for, not compared.
    CompareSchemasDialog empty(nullptr, nullptr);
    QVERIFY(!empty.compare());
    QVERIFY(empty.errorText().contains(u"FROM"_s));
}

void tst_CompareSchemas::menuActionPreselectsConnection()
{
    Stepwise::Ui::MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QVERIFY(window.connectToUrl(m_to));
    QTRY_VERIFY_WITH_TIMEOUT(window.database()->isConnected(), 10000);
    QAction *action = window.findChild<QAction *>(u"actionCompareSchemas"_s);
    QVERIFY(action);
    QMenu *databaseMenu = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            databaseMenu = menu->menu();
    }
    QVERIFY(databaseMenu);
    QCOMPARE(databaseMenu->title(), u"&Database"_s);

    const QString connected = window.database()->profile().name;
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<CompareSchemasDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        auto *from = dialog->findChild<QComboBox *>(u"from"_s);
        QVERIFY(from->currentText().startsWith(connected));
        QCOMPARE(dialog->findChild<QComboBox *>(u"to"_s)->currentIndex(), -1);
        // The connected database against a saved copy of its URL: the same schema.
        const int connectedIndex = from->currentIndex();
        dialog->setSources({}, m_to);
        from->setCurrentIndex(connectedIndex);
        QVERIFY(from->currentText().startsWith(connected));
        QVERIFY2(dialog->compare(), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->summaryText(), u"No differences: the two schemas are the same (1 not compared)"_s);
        checked = true;
    });
    action->trigger();
    QVERIFY(checked);
}

QTEST_MAIN(tst_CompareSchemas)
#include "tst_compareschemas.moc"
