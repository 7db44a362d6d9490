// ui/editor: ScriptEditor offscreen — open/edit/save, problems at their lines, failure marker,
// folds, unsaved-changes protection, and the light/dark screenshots.

#include "ui/editor/editorsettingsdialog.h"
#include "ui/editor/editorsettingspage.h"
#include "ui/editor/scripteditor.h"
#include "ui/mainwindow/studiopalette.h"

#include "tests/common/uitestsupport.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using Stepwise::Ui::ScriptEditor;

namespace {

using Stepwise::Test::answerNextMessageBox;
using Stepwise::Test::readFile;

const QString sampleRevision = u"-- revision: 3f2a9c1b7d4e\n"
                               "-- parents: 1a2b3c4d5e6f\n"
                               "-- message: Add invoices table\n"
                               "\n"
                               "-- migrate:up\n"
                               "CREATE TABLE invoices (id BIGINT PRIMARY KEY);\n"
                               "CREATE INDEX ix_invoices_id ON invoices (id);\n"
                               "\n"
                               "-- migrate:down\n"
                               "DROP TABLE invoices;\n"_s;

const QString pgFunction = u"-- revision: 6f1c8b3e5a06\n"
                           "-- parents: 5e0b7a2d4f05\n"
                           "-- message: Invoice totals trigger\n"
                           "-- created: 2026-11-23T10:00:00Z\n"
                           "\n"
                           "-- migrate:up\n"
                           "CREATE OR REPLACE FUNCTION invoice_total(p_invoice BIGINT)\n"
                           "RETURNS NUMERIC(12, 2) LANGUAGE plpgsql AS $body$\n"
                           "DECLARE\n"
                           "    total NUMERIC(12, 2) := 0;\n"
                           "BEGIN\n"
                           "    -- 'paid' lines only; a semicolon inside stays in the body\n"
                           "    SELECT coalesce(sum(amount), 0) INTO total\n"
                           "      FROM invoice_lines WHERE invoice_id = p_invoice AND state = 'paid';\n"
                           "    RETURN total;\n"
                           "END;\n"
                           "$body$;\n"
                           "\n"
                           "-- migrate:down\n"
                           "DROP FUNCTION invoice_total(BIGINT);\n"_s;

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}



} // namespace

class TestScriptEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openEditSave();
    void reloadDiscards();
    void headerTypoAnnotated();
    void unterminatedDollarQuoteAtOpeningLine();
    void checksAreDebounced();
    void failureMarker();
    void alembicScriptNotCheckedAsSql();
    void pythonRevisionHighlightedAndChecked();
    void foldsHeaderAndSections();
    void maybeSavePaths();
    void findAndReplace();
    void findBarShortcut();
    void settingsPage();
    void settingsDialog_data();
    void settingsDialog();
    void completionsFor_data();
    void completionsFor();
    void completionWhileTyping();
    void completionRefreshedWithSchema();
    void screenshots();

private:
    QString file(const QString &name, const QString &text);
    void completionScreenshot(const QString &out);
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void TestScriptEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Stepwise::Test::isolateSettings(m_settings);
    QVERIFY(m_dir.isValid());
}

QString TestScriptEditor::file(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, text))
        return {};
    return path;
}

void TestScriptEditor::openEditSave()
{
    const QString path = file(u"3f2a9c1b7d4e_add_invoices_table.sql"_s, sampleRevision);
    ScriptEditor editor;
    QSignalSpy modified(&editor, &ScriptEditor::modificationChanged);
    QSignalSpy titles(&editor, &ScriptEditor::titleChanged);
    QString error;
    QVERIFY2(editor.open(path, &error), qPrintable(error));
    QCOMPARE(editor.text(), sampleRevision);
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.title(), u"3f2a9c1b7d4e_add_invoices_table.sql"_s);
    QVERIFY(editor.problems().isEmpty());
    modified.clear(); // loading passes through "modified" while the text is replaced
    titles.clear();

    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.goToLine(10);
    auto *view = editor.findChild<QAbstractScrollArea *>();
    QVERIFY(view);
    QTest::keyClick(view, Qt::Key_End);
    QTest::keyClicks(view, u" -- gone"_s);
    QVERIFY(editor.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    QCOMPARE(editor.title(), u"3f2a9c1b7d4e_add_invoices_table.sql*"_s);
    QVERIFY(!titles.isEmpty());
    QCOMPARE(titles.last().first().toString(), editor.title());

    QVERIFY2(editor.save(&error), qPrintable(error));
    QVERIFY(!editor.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
    const QString expected = QString(sampleRevision).replace(u"DROP TABLE invoices;"_s,
                                                             u"DROP TABLE invoices; -- gone"_s);
    QCOMPARE(readFile(path), expected);
}

void TestScriptEditor::reloadDiscards()
{
    const QString path = file(u"reload.sql"_s, sampleRevision);
    ScriptEditor editor;
    QVERIFY(editor.open(path));
    editor.setText(u"garbage"_s);
    QVERIFY(editor.isModified());
    QVERIFY(editor.reload());
    QCOMPARE(editor.text(), sampleRevision);
    QVERIFY(!editor.isModified());
    QString error;
    QVERIFY(!editor.open(m_dir.filePath(u"missing.sql"_s), &error));
    QVERIFY(error.contains(u"missing.sql"_s));
}

void TestScriptEditor::headerTypoAnnotated()
{
    ScriptEditor editor;
    QVERIFY(editor.open(file(u"typo.sql"_s, QString(sampleRevision).replace(u"-- parents:"_s, u"-- parnets:"_s))));
    // The unknown key is reported on its own line (2), not somewhere else.
    QVERIFY2(editor.annotation(2).contains(u"parnets"_s), qPrintable(editor.annotation(2)));
    QVERIFY(editor.hasProblemIndicator(2));
    QVERIFY(editor.annotation(3).isEmpty());
    QVERIFY(editor.annotation(6).isEmpty());
    bool sawMissingParents = false;
    for (const ScriptEditor::Problem &p : editor.problems())
        sawMissingParents |= p.error && p.message.contains(u"parents"_s);
    QVERIFY(sawMissingParents);
}

void TestScriptEditor::unterminatedDollarQuoteAtOpeningLine()
{
    ScriptEditor editor;
    editor.setDialect(Stepwise::Core::SqlSyntax::PostgreSQL);
    QString broken = pgFunction;
    broken.replace(u"$body$;\n"_s, u"\n"_s);
    QVERIFY(editor.open(file(u"6f1c8b3e5a06_invoice_totals_trigger.sql"_s, broken)));
    // The body opens with $body$ on line 8: the mark goes there, not at the end of the file.
    QVERIFY2(!editor.annotation(8).isEmpty(), qPrintable(editor.annotation(8)));
    QVERIFY(editor.hasProblemIndicator(8));
    QCOMPARE(editor.problems().size(), 1);
    QCOMPARE(editor.problems().first().line, 8);
    QVERIFY(editor.problems().first().error);

    // The same text is fine once the quote is closed.
    editor.setText(pgFunction);
    editor.checkNow();
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(editor.annotation(8).isEmpty());
    QVERIFY(!editor.hasProblemIndicator(8));
}

void TestScriptEditor::checksAreDebounced()
{
    ScriptEditor editor;
    QVERIFY(editor.open(file(u"debounce.sql"_s, sampleRevision)));
    QSignalSpy changed(&editor, &ScriptEditor::problemsChanged);
    editor.setText(QString(sampleRevision).replace(u"-- revision:"_s, u"-- Revision:"_s));
    QCOMPARE(changed.size(), 0); // not on every keystroke
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed.size(), 1);
    QVERIFY(editor.annotation(1).contains(u"lower case"_s));
}

void TestScriptEditor::failureMarker()
{
    ScriptEditor editor;
    QVERIFY(editor.open(file(u"failure.sql"_s, sampleRevision)));
    editor.setFailureMarker(7, u"no such table: invoices"_s);
    QCOMPARE(editor.failureLine(), 7);
    QVERIFY(editor.annotation(7).contains(u"no such table: invoices"_s));
    QCOMPARE(editor.currentLine(), 7);
    QVERIFY(editor.annotation(6).isEmpty());
    // A later check keeps the failure until it is cleared.
    editor.checkNow();
    QVERIFY(editor.annotation(7).contains(u"no such table"_s));
    editor.clearFailureMarker();
    QCOMPARE(editor.failureLine(), 0);
    QVERIFY(editor.annotation(7).isEmpty());
}

void TestScriptEditor::alembicScriptNotCheckedAsSql()
{
    const QString python = u"\"\"\"add invoices\n\nRevision ID: 3f2a9c1b7d4e\nRevises: 1a2b3c4d5e6f\n\"\"\"\n"
                           "from alembic import op\n\nrevision = '3f2a9c1b7d4e'\ndown_revision = '1a2b3c4d5e6f'\n\n"
                           "def upgrade():\n    op.execute(\"CREATE TABLE invoices (id INTEGER)\")\n"_s;
    ScriptEditor editor;
    QVERIFY(editor.open(file(u"3f2a9c1b7d4e_add_invoices.py"_s, python)));
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(editor.annotation(1).isEmpty());
    QVERIFY(!editor.isFoldPoint(1));
    // The same text as a .sql file is a revision with no header at all.
    QVERIFY(editor.open(file(u"3f2a9c1b7d4e_add_invoices.sql"_s, python)));
    QVERIFY(!editor.problems().isEmpty());
}

// A .py revision is highlighted as Python, and its header is checked as the graph reads it
// (issue 15): a revision without down_revision is marked at its line.
void TestScriptEditor::pythonRevisionHighlightedAndChecked()
{
    const QString good = u"\"\"\"add invoices\"\"\"\nfrom alembic import op\n\nrevision = 'a1'\n"
                         "down_revision = None\n\n\ndef upgrade():\n    pass\n"_s;
    ScriptEditor editor;
    QVERIFY(editor.open(file(u"a1_add_invoices.sql"_s, u"-- revision: a1\n-- parents:\n-- migrate:up\n"_s)));
    QCOMPARE(editor.languageName(), u"SQL"_s);
    QVERIFY(editor.open(file(u"a1_add_invoices.py"_s, good)));
    QCOMPARE(editor.languageName(), u"Python"_s);
    QVERIFY(editor.problems().isEmpty());
    QString broken = good;
    broken.replace(u"down_revision = None\n"_s, QString());
    QVERIFY(editor.open(file(u"a1_add_invoices.py"_s, broken)));
    QCOMPARE(editor.problems().size(), 1);
    QVERIFY2(editor.problems().first().message.contains(u"down_revision"_s),
             qPrintable(editor.problems().first().message));
    QVERIFY(editor.problems().first().error);
}

void TestScriptEditor::foldsHeaderAndSections()
{
    ScriptEditor editor;
    QVERIFY(editor.open(file(u"folds.sql"_s, sampleRevision)));
    QVERIFY(editor.isFoldPoint(1));
    QVERIFY(!editor.isFoldPoint(2));
    QVERIFY(editor.isFoldPoint(5));
    QVERIFY(!editor.isFoldPoint(6));
    QVERIFY(editor.isFoldPoint(9));
    editor.setFolded(5, true);
    QVERIFY(!editor.isLineVisible(6));
    QVERIFY(!editor.isLineVisible(7));
    QVERIFY(editor.isLineVisible(9));
    QVERIFY(editor.isLineVisible(10));
    editor.setFolded(5, false);
    QVERIFY(editor.isLineVisible(6));
}

void TestScriptEditor::maybeSavePaths()
{
    const QString path = file(u"maybe.sql"_s, sampleRevision);
    ScriptEditor editor;
    QVERIFY(editor.open(path));
    QVERIFY(editor.maybeSave(nullptr)); // unmodified: no question

    editor.setText(sampleRevision + u"-- cancelled\n"_s);
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!editor.maybeSave(nullptr));
    QVERIFY(editor.isModified());
    QCOMPARE(readFile(path), sampleRevision);

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(editor.maybeSave(nullptr));
    QCOMPARE(readFile(path), sampleRevision);

    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(editor.maybeSave(nullptr));
    QVERIFY(!editor.isModified());
    QCOMPARE(readFile(path), sampleRevision + u"-- cancelled\n"_s);
}

void TestScriptEditor::findAndReplace()
{
    ScriptEditor editor;
    editor.setText(sampleRevision);
    editor.goToLine(1);
    QVERIFY(editor.findNext(u"INVOICES"_s));
    QCOMPARE(editor.currentLine(), 3); // the message line
    QVERIFY(!editor.findNext(u"INVOICES"_s, true)); // case-sensitive: none
    QVERIFY(editor.findNext(u"invoices"_s));
    QCOMPARE(editor.currentLine(), 6);
    QVERIFY(editor.findNext(u"invoices"_s, false, true));
    QCOMPARE(editor.currentLine(), 3);
    QVERIFY(editor.replaceSelection(u"bills"_s));
    QVERIFY(editor.text().contains(u"-- message: Add bills table"_s));
    // A replacement containing the searched text is not replaced again.
    const int expected = int(editor.text().count(u"invoices"_s));
    QCOMPARE(editor.replaceAll(u"invoices"_s, u"invoices_v2"_s), expected);
    QCOMPARE(int(editor.text().count(u"invoices_v2"_s)), expected);
    QVERIFY(!editor.findNext(u"no such text"_s));
}

void TestScriptEditor::findBarShortcut()
{
    ScriptEditor editor;
    editor.setText(sampleRevision);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.activateWindow();
    editor.setFocus();
    auto *find = editor.findChild<QLineEdit *>(u"findText"_s);
    QVERIFY(find);
    QVERIFY(find->isHidden() || !find->isVisible());
    QTest::keySequence(editor.findChild<QAbstractScrollArea *>(), QKeySequence::Find);
    QTRY_VERIFY(find->isVisible());
    QVERIFY(!editor.findChild<QLineEdit *>(u"replaceText"_s)->isVisible());
    QTest::keySequence(editor.findChild<QAbstractScrollArea *>(), QKeySequence(u"Ctrl+H"_s));
    QTRY_VERIFY(editor.findChild<QLineEdit *>(u"replaceText"_s)->isVisible());
}

void TestScriptEditor::settingsPage()
{
    using Stepwise::Ui::EditorSettings;
    using Stepwise::Ui::EditorSettingsPage;
    const EditorSettings defaults = EditorSettings::load();
    QCOMPARE(defaults.tabWidth, 4);
    QVERIFY(!defaults.wrap);
    ScriptEditor editor;
    QCOMPARE(editor.settings().tabWidth, 4);

    EditorSettingsPage page;
    QCOMPARE(page.settings().tabWidth, 4);
    QSignalSpy changed(&page, &EditorSettingsPage::settingsChanged);
    connect(&page, &EditorSettingsPage::settingsChanged, &editor, &ScriptEditor::applySettings);
    page.findChild<QSpinBox *>(u"tabWidth"_s)->setValue(2);
    page.findChild<QSpinBox *>(u"fontSize"_s)->setValue(15);
    page.findChild<QCheckBox *>(u"wrap"_s)->setChecked(true);
    page.apply();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(editor.settings().tabWidth, 2);
    QVERIFY(editor.settings().wrap);
    QCOMPARE(editor.settings().font.pointSize(), 15);

    // Stored: the next editor and the next page start from them.
    const EditorSettings stored = EditorSettings::load();
    QCOMPARE(stored.tabWidth, 2);
    QVERIFY(stored.wrap);
    QCOMPARE(stored.font.pointSize(), 15);
    ScriptEditor next;
    QCOMPARE(next.settings().tabWidth, 2);
    QVERIFY(next.settings().wrap);
    QCOMPARE(EditorSettingsPage().settings().tabWidth, 2);
    defaults.save(); // leave the defaults for the screenshots
}

void TestScriptEditor::settingsDialog_data()
{
    QTest::addColumn<int>("tabWidth");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("changed");
    QTest::newRow("ok, changed") << 3 << true << true;
    QTest::newRow("ok, same") << 4 << true << false;
    QTest::newRow("cancelled") << 3 << false << false;
}

void TestScriptEditor::settingsDialog()
{
    using Stepwise::Ui::EditorSettings;
    using Stepwise::Ui::EditorSettingsDialog;
    QFETCH(int, tabWidth);
    QFETCH(bool, ok);
    QFETCH(bool, changed);
    const EditorSettings before = EditorSettings::load();
    QCOMPARE(before.tabWidth, 4);
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<EditorSettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(u"tabWidth"_s)->setValue(tabWidth);
        if (ok)
            dialog->accept();
        else
            dialog->reject();
    });
    const std::optional<EditorSettings> result = EditorSettingsDialog::edit(nullptr);
    QCOMPARE(result.has_value(), changed);
    QCOMPARE(EditorSettings::load().tabWidth, ok ? tabWidth : 4);
    if (result)
        QCOMPARE(result->tabWidth, tabWidth);
    before.save();
}

namespace {

QHash<QString, QStringList> shopSchema()
{
    return {{u"orders"_s, {u"id"_s, u"customer_id"_s, u"ordered_at"_s, u"total"_s}},
            {u"customers"_s, {u"id"_s, u"email"_s, u"created_at"_s}},
            {u"order_lines"_s, {u"order_id"_s, u"sku"_s, u"amount"_s}}};
}

} // namespace

void TestScriptEditor::completionsFor_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    QTest::newRow("keyword and tables") << u"SELECT * FROM ord"_s
                                        << QStringList{u"order"_s, u"orders"_s, u"order_lines"_s}
                                        << QStringList{u"customers"_s, u"ORDER"_s};
    QTest::newRow("lower case keyword") << u"sel"_s << QStringList{u"select"_s} << QStringList{u"SELECT"_s};
    QTest::newRow("capitals keyword") << u"SEL"_s << QStringList{u"SELECT"_s} << QStringList{u"select"_s};
    QTest::newRow("mixed case: as stored") << u"Sel"_s << QStringList{u"select"_s} << QStringList{};
    QTest::newRow("columns after table.") << u"SELECT orders."_s
                                          << QStringList{u"id"_s, u"customer_id"_s, u"ordered_at"_s, u"total"_s}
                                          << QStringList{u"email"_s, u"select"_s, u"orders"_s};
    QTest::newRow("column prefix, any case") << u"WHERE Orders.CUST"_s << QStringList{u"customer_id"_s}
                                             << QStringList{u"id"_s, u"total"_s};
    QTest::newRow("quoted table") << u"\"customers\".e"_s << QStringList{u"email"_s} << QStringList{u"id"_s};
    QTest::newRow("alias") << u"SELECT o.id FROM orders o JOIN customers AS c ON c.id = o.c"_s
                           << QStringList{u"customer_id"_s} << QStringList{u"created_at"_s, u"id"_s};
    QTest::newRow("alias with AS") << u"SELECT * FROM orders o JOIN customers AS c ON c."_s
                                   << QStringList{u"id"_s, u"email"_s, u"created_at"_s} << QStringList{u"total"_s};
    QTest::newRow("unknown table") << u"nosuch."_s << QStringList{} << QStringList{u"id"_s};
    QTest::newRow("dialect keyword") << u"LANGUAGE plp"_s << QStringList{u"plpgsql"_s} << QStringList{};
}

void TestScriptEditor::completionsFor()
{
    QFETCH(QString, before);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    ScriptEditor editor;
    editor.setDialect(Stepwise::Core::SqlSyntax::PostgreSQL);
    editor.setSchemaCompletions(shopSchema());
    const QStringList words = editor.completionsFor(before);
    for (const QString &w : expected)
        QVERIFY2(words.contains(w), qPrintable(w + u" not in "_s + words.join(u", "_s)));
    for (const QString &w : unexpected)
        QVERIFY2(!words.contains(w), qPrintable(w + u" in "_s + words.join(u", "_s)));
    if (expected.isEmpty())
        QVERIFY(words.isEmpty());
}

void TestScriptEditor::completionWhileTyping()
{
    ScriptEditor editor;
    editor.setSchemaCompletions(shopSchema());
    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *view = editor.findChild<QAbstractScrollArea *>();
    QTest::keyClicks(view, u"SELECT * FROM c"_s);
    QVERIFY(!editor.isCompletionListShown()); // one character is not enough
    QTest::keyClicks(view, u"u"_s);
    QVERIFY(editor.isCompletionListShown());
    QVERIFY(editor.shownCompletions().contains(u"customers"_s));
    QVERIFY(editor.shownCompletions().contains(u"current_date"_s));
    QTest::keyClicks(view, u"st"_s);
    QCOMPARE(editor.shownCompletions(), QStringList{u"customers"_s});
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(editor.text(), u"SELECT * FROM customers"_s);
    QVERIFY(!editor.isCompletionListShown());

    QTest::keyClicks(view, u" WHERE customers."_s); // the columns at once
    QVERIFY(editor.isCompletionListShown());
    QCOMPARE(editor.shownCompletions(), (QStringList{u"created_at"_s, u"email"_s, u"id"_s}));
    QTest::keyClicks(view, u"em"_s);
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(editor.text(), u"SELECT * FROM customers WHERE customers.email"_s);

    // Ctrl+Space asks at once, even for one character.
    QTest::keyClicks(view, u" a"_s);
    QVERIFY(!editor.isCompletionListShown());
    QTest::keySequence(view, QKeySequence(u"Ctrl+Space"_s));
    QVERIFY(editor.isCompletionListShown());
    QVERIFY(editor.shownCompletions().contains(u"and"_s));
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!editor.isCompletionListShown());

    // A read-only view offers nothing.
    editor.setReadOnly(true);
    editor.showCompletions();
    QVERIFY(!editor.isCompletionListShown());
}

void TestScriptEditor::completionRefreshedWithSchema()
{
    ScriptEditor editor;
    QVERIFY(!editor.completionsFor(u"inv"_s).contains(u"invoices"_s));
    editor.setSchemaCompletions({{u"invoices"_s, {u"id"_s, u"due"_s}}}); // after a run
    QVERIFY(editor.completionsFor(u"inv"_s).contains(u"invoices"_s));
    QCOMPARE(editor.completionsFor(u"invoices.d"_s), QStringList{u"due"_s});
    editor.setSchemaCompletions({}); // disconnected
    QVERIFY(!editor.completionsFor(u"inv"_s).contains(u"invoices"_s));
    QVERIFY(editor.completionsFor(u"sel"_s).contains(u"select"_s));
}

void TestScriptEditor::screenshots()
{
    const QString out = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    for (const QString &name : {u"light"_s, u"dark"_s}) {
        ScriptEditor editor;
        editor.setPalette(name == u"dark"_s ? Stepwise::Ui::darkPalette() : Stepwise::Ui::lightPalette());
        editor.setDialect(Stepwise::Core::SqlSyntax::PostgreSQL);
        QVERIFY(editor.open(file(u"6f1c8b3e5a06_invoice_totals_trigger.sql"_s, pgFunction)));
        editor.setFailureMarker(13, u"relation \"invoice_lines\" does not exist"_s);
        editor.goToLine(10);
        editor.resize(760, 520);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QImage image = editor.grab().toImage();
        QVERIFY(!image.isNull());
        // Light and dark must really differ in the text area's background.
        const QColor paper = image.pixelColor(image.width() - 40, image.height() - 60);
        QCOMPARE(paper.lightnessF() < 0.5, name == u"dark"_s);
        if (!out.isEmpty())
            QVERIFY(image.save(QDir(out).filePath(u"editor-%1.png"_s.arg(name))));
    }
    completionScreenshot(out);
}

// The list is a popup window of its own: grab it and paint it where it sits over the editor.
void TestScriptEditor::completionScreenshot(const QString &out)
{
    ScriptEditor editor;
    editor.setPalette(Stepwise::Ui::lightPalette());
    editor.setDialect(Stepwise::Core::SqlSyntax::PostgreSQL);
    editor.setSchemaCompletions({{u"invoices"_s, {u"id"_s, u"customer_id"_s, u"issued_at"_s, u"due_at"_s, u"total"_s}},
                                 {u"invoice_lines"_s, {u"invoice_id"_s, u"sku"_s, u"amount"_s, u"state"_s}},
                                 {u"customers"_s, {u"id"_s, u"email"_s}}});
    QVERIFY(editor.open(file(u"7b2d9c4f6b08_overdue_invoices_view.sql"_s,
                             u"-- revision: 7b2d9c4f6b08\n-- parents: 6f1c8b3e5a06\n"
                             "-- message: Overdue invoices view\n\n-- migrate:up\n"
                             "CREATE VIEW overdue_invoices AS\n"
                             "SELECT i.id, i.customer_id, i.total\n"
                             "  FROM invoices i\n"
                             " WHERE i.\n"
                             "\n-- migrate:down\nDROP VIEW overdue_invoices;\n"_s)));
    editor.resize(760, 420);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.goToLine(9);
    auto *view = editor.findChild<QAbstractScrollArea *>();
    QTest::keyClick(view, Qt::Key_End);
    QTest::keySequence(view, QKeySequence(u"Ctrl+Space"_s));
    QTest::qWait(50);
    QCOMPARE(editor.shownCompletions(), (QStringList{u"customer_id"_s, u"due_at"_s, u"id"_s, u"issued_at"_s, u"total"_s}));
    QWidget *popup = nullptr;
    for (QWidget *w : QApplication::allWidgets()) {
        bool inEditor = false;
        for (QObject *o = w->parent(); o && !inEditor; o = o->parent())
            inEditor = o == &editor;
        if (inEditor && w->isWindow() && w->isVisible())
            popup = w;
    }
    QImage image = editor.grab().toImage();
    if (popup) {
        QPainter painter(&image);
        painter.drawPixmap(popup->mapToGlobal(QPoint()) - editor.mapToGlobal(QPoint()), popup->grab());
    }
    if (!out.isEmpty())
        QVERIFY(image.save(QDir(out).filePath(u"editor-completion.png"_s)));
    QVERIFY2(popup, "the completion popup was not found among the top-level widgets");
}

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
