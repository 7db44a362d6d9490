// ui/editor: ScriptEditor offscreen — open/edit/save, problems at their lines, failure marker,
// folds, unsaved-changes protection, and the light/dark screenshots.

#include "editor/editorsettingspage.h"
#include "editor/scripteditor.h"
#include "mainwindow/studiopalette.h"

#include "uitestsupport.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Stepwise::Ui::ScriptEditor;

namespace {

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

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Clicks `button` of the message box maybeSave() opens, once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"unsavedChangesBox"_s);
        box->button(button)->click();
    });
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
    void foldsHeaderAndSections();
    void maybeSavePaths();
    void findAndReplace();
    void findBarShortcut();
    void settingsPage();
    void screenshots();

private:
    QString file(const QString &name, const QString &text);
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void TestScriptEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    StepwiseUiTest::isolateSettings(m_settings);
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
    editor.setDialect(Stepwise::Core::SqlDialect::PostgreSQL);
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

void TestScriptEditor::screenshots()
{
    const QString out = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    for (const QString &name : {u"light"_s, u"dark"_s}) {
        ScriptEditor editor;
        editor.setPalette(name == u"dark"_s ? Stepwise::Ui::darkPalette() : Stepwise::Ui::lightPalette());
        editor.setDialect(Stepwise::Core::SqlDialect::PostgreSQL);
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
}

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
