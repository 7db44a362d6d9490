// ui/editor: the safety rules' findings in ScriptEditor as one types (issue 19) — underlines
// and margin icons by severity, the tooltip with the rule's explanation and safe alternative,
// suppression, the typing pause, no rules over Python revisions; and the screenshot.

#include "ui/editor/scripteditor.h"
#include "ui/mainwindow/studiopalette.h"

#include "tests/common/uitestsupport.h"

#include "core/lint/lintrule.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Stepwise::Core::LintFinding;
using Stepwise::Core::LintSeverity;
using Stepwise::Core::SqlSyntax;
using Stepwise::Ui::ScriptEditor;

namespace {

// Line 6 creates a table (nothing to say), line 7 drops a column (SW102, an error).
const QString dropColumn = u"-- revision: 4b7e1d2c9a10\n"
                           "-- parents: 3f2a9c1b7d4e\n"
                           "-- message: Drop the users' e-mail column\n"
                           "\n"
                           "-- migrate:up\n"
                           "CREATE TABLE audit_log (id BIGINT PRIMARY KEY, note TEXT);\n"
                           "ALTER TABLE users DROP COLUMN email;\n"
                           "\n"
                           "-- migrate:down\n"
                           "ALTER TABLE users ADD COLUMN email TEXT;\n"
                           "DROP TABLE audit_log;\n"_s;

const QString dropStatement = u"ALTER TABLE users DROP COLUMN email;"_s;

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

QList<LintFinding> withCode(const QList<LintFinding> &findings, const QString &code)
{
    QList<LintFinding> out;
    for (const LintFinding &f : findings) {
        if (f.code == code)
            out << f;
    }
    return out;
}

QAbstractScrollArea *textView(ScriptEditor &editor)
{
    return editor.findChild<QAbstractScrollArea *>();
}

// Hovers the text view at `point` as the platform does (a QHelpEvent).
void hover(ScriptEditor &editor, QPoint point)
{
    QWidget *viewport = textView(editor)->viewport();
    QHelpEvent event(QEvent::ToolTip, point, viewport->mapToGlobal(point));
    QApplication::sendEvent(viewport, &event);
}

// The tooltip window, when one is shown.
QWidget *shownToolTip()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace

class TestScriptEditorLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dropColumnUnderlinedAndMarked();
    void toolTipExplainsAndOffersTheSafeWay();
    void suppressionRemovesTheUnderline();
    void typingRelintsAfterThePause();
    void nonAsciiColumns();
    void splitErrorClearsFindings();
    void projectLockTimeoutWeighed();
    void pythonRevisionNotLinted();
    void previewNotLinted();
    void screenshot();

private:
    QString file(const QString &name, const QString &text);
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void TestScriptEditorLint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Stepwise::Test::isolateSettings(m_settings);
    QVERIFY(m_dir.isValid());
}

QString TestScriptEditorLint::file(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, text))
        return {};
    return path;
}

void TestScriptEditorLint::dropColumnUnderlinedAndMarked()
{
    ScriptEditor editor;
    editor.setDialect(SqlSyntax::PostgreSQL);
    QVERIFY(editor.open(file(u"4b7e1d2c9a10_drop_email.sql"_s, dropColumn)));
    editor.lintNow();
    const QList<LintFinding> sw102 = withCode(editor.lintFindings(), u"SW102"_s);
    QCOMPARE(sw102.size(), 1);
    const LintFinding &f = sw102.first();
    QCOMPARE(f.severity, LintSeverity::Error);
    QVERIFY(!f.suppressed);
    QCOMPARE(f.line, 7);
    // The underline covers the finding's span, the error's colour wins where others overlap.
    QCOMPARE(editor.lintUnderline(7, f.column), std::optional(LintSeverity::Error));
    QCOMPARE(editor.lintUnderline(f.endLine, f.endColumn - 1), std::optional(LintSeverity::Error));
    const int drop = int(dropStatement.indexOf(u"DROP COLUMN"_s)) + 1;
    QCOMPARE(editor.lintUnderline(7, drop), std::optional(LintSeverity::Error));
    // Nothing under the new table's statement, nor in the header.
    for (int column = 1; column <= 20; ++column)
        QCOMPARE(editor.lintUnderline(6, column), std::nullopt);
    QCOMPARE(editor.lintUnderline(3, 5), std::nullopt);
    // The margin: the error's icon on line 7 only among the up section's lines.
    QCOMPARE(editor.lintMarker(7), std::optional(LintSeverity::Error));
    QCOMPARE(editor.lintMarker(6), std::nullopt);
    QCOMPARE(editor.lintMarker(5), std::nullopt);
    // The existing problem marks are not the findings'.
    QVERIFY(!editor.hasProblemIndicator(7));
    QVERIFY(editor.problems().isEmpty());
}

void TestScriptEditorLint::toolTipExplainsAndOffersTheSafeWay()
{
    ScriptEditor editor;
    editor.setDialect(SqlSyntax::PostgreSQL);
    QVERIFY(editor.open(file(u"4b7e1d2c9a10_drop_email.sql"_s, dropColumn)));
    const LintFinding f = withCode(editor.lintFindings(), u"SW102"_s).value(0);
    QCOMPARE(f.code, u"SW102"_s);
    const Stepwise::Core::LintRule *rule = Stepwise::Core::findLintRule(u"SW102");
    QVERIFY(rule);

    const QString tip = editor.lintToolTip(7, f.column);
    QVERIFY2(tip.contains(u"SW102 error:"_s), qPrintable(tip));
    QVERIFY(tip.contains(f.message.toHtmlEscaped()));
    QVERIFY(tip.contains(rule->translatedExplanation().toHtmlEscaped()));
    QVERIFY(tip.contains(u"<b>Safer:</b> "_s + rule->translatedSafeAlternative().toHtmlEscaped()));
    QVERIFY(Qt::mightBeRichText(tip));
    // The margin icon's tooltip: the findings starting on the line, the error first.
    const QString margin = editor.lintToolTip(7);
    QVERIFY(margin.contains(u"SW102"_s));
    QVERIFY(margin.indexOf(u"SW102"_s) < margin.indexOf(u"SW209"_s) || !margin.contains(u"SW209"_s));
    QVERIFY(editor.lintToolTip(6, 3).isEmpty());
    QVERIFY(editor.lintToolTip(6).isEmpty());

    // Hovering: over the underline, then over the margin icon, then over plain text.
    editor.resize(900, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int drop = int(dropStatement.indexOf(u"DROP COLUMN"_s)) + 3;
    const QPoint onDrop = editor.pointFromLineColumn(7, drop) + QPoint(2, 6);
    hover(editor, onDrop);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), editor.lintToolTip(7, drop));
    QVERIFY(QToolTip::text().contains(rule->translatedExplanation().toHtmlEscaped()));
    hover(editor, QPoint(5, onDrop.y())); // the margins: line numbers, then the icons
    QTRY_COMPARE(QToolTip::text(), margin);
    hover(editor, editor.pointFromLineColumn(6, 3) + QPoint(2, 6));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestScriptEditorLint::suppressionRemovesTheUnderline()
{
    ScriptEditor editor;
    editor.setDialect(SqlSyntax::PostgreSQL);
    QVERIFY(editor.open(file(u"4b7e1d2c9a10_drop_email.sql"_s, dropColumn)));
    QCOMPARE(editor.lintUnderline(7, 20), std::optional(LintSeverity::Error));
    // A "-- stepwise:ignore" line typed above the statement, through the editor's own edits.
    QVERIFY(editor.findNext(dropStatement, true));
    QVERIFY(editor.replaceSelection(u"-- stepwise:ignore SW102 e-mail moved to contacts in 2.3\n"_s
                                    + dropStatement));
    QSignalSpy changed(&editor, &ScriptEditor::lintFindingsChanged);
    QTRY_VERIFY(changed.count() > 0);
    const QList<LintFinding> sw102 = withCode(editor.lintFindings(), u"SW102"_s);
    QCOMPARE(sw102.size(), 1);
    QVERIFY(sw102.first().suppressed);
    QCOMPARE(sw102.first().suppressionReason, u"e-mail moved to contacts in 2.3"_s);
    QCOMPARE(sw102.first().line, 8);
    // No error left on the statement: no red underline, no error icon, no tooltip for it.
    const int drop = int(dropStatement.indexOf(u"DROP COLUMN"_s)) + 1;
    QVERIFY(editor.lintUnderline(8, drop) != std::optional(LintSeverity::Error));
    QVERIFY(editor.lintMarker(8) != std::optional(LintSeverity::Error));
    QVERIFY(!editor.lintToolTip(8).contains(u"SW102"_s));
    QCOMPARE(editor.lintMarker(7), std::nullopt); // the comment itself is fine
}

void TestScriptEditorLint::typingRelintsAfterThePause()
{
    ScriptEditor editor;
    editor.setDialect(SqlSyntax::PostgreSQL);
    QString clean = dropColumn;
    clean.replace(dropStatement + u'\n', QString());
    QVERIFY(editor.open(file(u"4b7e1d2c9a10_audit_log.sql"_s, clean)));
    QVERIFY(withCode(editor.lintFindings(), u"SW104"_s).isEmpty());
    editor.resize(800, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // The blank line after CREATE TABLE: type a TRUNCATE there, key by key.
    editor.goToLine(7);
    QAbstractScrollArea *view = textView(editor);
    QSignalSpy changed(&editor, &ScriptEditor::lintFindingsChanged);
    QTest::keyClicks(view, u"TRUNCATE users;"_s);
    QTest::keyClick(view, Qt::Key_Escape); // a completion list the typing opened
    QCOMPARE(editor.text().split(u'\n').value(6), u"TRUNCATE users;"_s);
    // One batch of keystrokes, one check: none yet right after the typing…
    QCOMPARE(changed.count(), 0);
    QVERIFY(withCode(editor.lintFindings(), u"SW104"_s).isEmpty());
    // …then the finding, once the pause is over.
    QTRY_COMPARE(changed.count(), 1);
    const QList<LintFinding> sw104 = withCode(editor.lintFindings(), u"SW104"_s);
    QCOMPARE(sw104.size(), 1);
    QCOMPARE(sw104.first().line, 7);
    QCOMPARE(editor.lintUnderline(7, 1), std::optional(LintSeverity::Error));
    QCOMPARE(editor.lintMarker(7), std::optional(LintSeverity::Error));

    // Deleting the statement again takes the finding away.
    QVERIFY(editor.findNext(u"TRUNCATE users;"_s, true));
    QVERIFY(editor.replaceSelection(QString()));
    QTRY_VERIFY(withCode(editor.lintFindings(), u"SW104"_s).isEmpty());
    QCOMPARE(editor.lintUnderline(7, 1), std::nullopt);
    QCOMPARE(editor.lintMarker(7), std::nullopt);
}

// Columns are QChars, Scintilla's positions UTF-8 bytes: a statement after non-ASCII text on
// its line is underlined where it is.
void TestScriptEditorLint::nonAsciiColumns()
{
    ScriptEditor editor;
    editor.setDialect(SqlSyntax::PostgreSQL);
    QString text = dropColumn;
    const QString prefix = u"INSERT INTO notes (body) VALUES ('déjà vu — 🚀'); "_s;
    text.replace(dropStatement, prefix + dropStatement);
    QVERIFY(editor.open(file(u"4b7e1d2c9a10_drop_email.sql"_s, text)));
    const LintFinding f = withCode(editor.lintFindings(), u"SW102"_s).value(0);
    QCOMPARE(f.line, 7);
    QVERIFY(f.column > prefix.size());
    QCOMPARE(editor.lintUnderline(7, f.column), std::optional(LintSeverity::Error));
    QCOMPARE(editor.lintUnderline(7, f.endColumn - 1), std::optional(LintSeverity::Error));
    QVERIFY(editor.lintUnderline(7, f.column - 2) != std::optional(LintSeverity::Error));
    QVERIFY(editor.lintUnderline(7, f.endColumn) != std::optional(LintSeverity::Error));
    QVERIFY(editor.lintToolTip(7, f.column).contains(u"SW102"_s));
    QVERIFY(!editor.lintToolTip(7, 5).contains(u"SW102"_s));
}

// A section the splitter cannot split: the problem is marked, the findings go.
void TestScriptEditorLint::splitErrorClearsFindings()
{
    ScriptEditor editor;
    editor.setDialect(SqlSyntax::PostgreSQL);
    QVERIFY(editor.open(file(u"4b7e1d2c9a10_drop_email.sql"_s, dropColumn)));
    QVERIFY(!editor.lintFindings().isEmpty());
    QString broken = dropColumn;
    broken.replace(u"note TEXT);"_s, u"note TEXT DEFAULT $q$never closed);"_s);
    editor.setText(broken);
    editor.checkNow();
    QVERIFY(!editor.problems().isEmpty());
    QVERIFY(editor.lintFindings().isEmpty());
    QCOMPARE(editor.lintMarker(7), std::nullopt);
    QCOMPARE(editor.lintUnderline(7, 20), std::nullopt);
}

void TestScriptEditorLint::pythonRevisionNotLinted()
{
    const QString python = u"\"\"\"drop e-mail\"\"\"\nfrom alembic import op\n\nrevision = 'b2'\n"
                           "down_revision = 'a1'\n\n# -- migrate:up\n# ALTER TABLE users DROP COLUMN email;\n"
                           "def upgrade():\n    op.execute(\"ALTER TABLE users DROP COLUMN email\")\n"_s;
    ScriptEditor editor;
    editor.setDialect(SqlSyntax::PostgreSQL);
    QVERIFY(editor.open(file(u"4b7e1d2c9a10_drop_email.sql"_s, dropColumn)));
    QVERIFY(!editor.lintFindings().isEmpty());
    QVERIFY(editor.open(file(u"b2_drop_email.py"_s, python)));
    editor.lintNow();
    QVERIFY(editor.lintFindings().isEmpty());
    for (int line = 1; line <= 10; ++line)
        QCOMPARE(editor.lintMarker(line), std::nullopt);
    QCOMPARE(editor.lintUnderline(8, 10), std::nullopt);
}

// The read-only SQL preview (no revision checks) is not linted either.
void TestScriptEditorLint::previewNotLinted()
{
    ScriptEditor editor;
    editor.setReadOnly(true);
    editor.setRevisionChecks(false);
    editor.setDialect(SqlSyntax::PostgreSQL);
    editor.setText(dropColumn);
    editor.lintNow();
    QVERIFY(editor.lintFindings().isEmpty());
    QCOMPARE(editor.lintMarker(7), std::nullopt);
}

// docs/screenshots/editor-lint.png: an error, warnings and notices underlined, the margin
// icons, and the tooltip of the dropped column.
void TestScriptEditorLint::screenshot()
{
    const QString text = u"-- revision: 4b7e1d2c9a10\n"
                         "-- parents: 3f2a9c1b7d4e\n"
                         "-- message: Contacts replace the users' e-mail column\n"
                         "-- created: 2026-11-24T09:30:00Z\n"
                         "\n"
                         "-- migrate:up\n"
                         "CREATE TABLE contacts (\n"
                         "    id BIGINT PRIMARY KEY,\n"
                         "    user_id BIGINT NOT NULL REFERENCES users (id),\n"
                         "    email TEXT NOT NULL\n"
                         ");\n"
                         "INSERT INTO contacts (id, user_id, email)\n"
                         "    SELECT id, id, email FROM users WHERE email IS NOT NULL;\n"
                         "CREATE INDEX ix_orders_contact ON orders (contact_id);\n"
                         "ALTER TABLE users DROP COLUMN email;\n"
                         "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n"
                         "-- stepwise:ignore SW101 the import table was empty since 2.1\n"
                         "DROP TABLE legacy_import;\n"
                         "\n"
                         "-- migrate:down\n"
                         "ALTER TABLE users ADD COLUMN email TEXT;\n"
                         "DROP INDEX ix_orders_contact;\n"
                         "DROP TABLE contacts;\n"_s;
    ScriptEditor editor;
    editor.setPalette(Stepwise::Ui::lightPalette());
    editor.setDialect(SqlSyntax::PostgreSQL);
    QVERIFY(editor.open(file(u"4b7e1d2c9a10_contacts.sql"_s, text)));
    QCOMPARE(editor.lintMarker(15), std::optional(LintSeverity::Error));
    editor.resize(1000, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int drop = int(dropStatement.indexOf(u"email"_s)) + 2;
    hover(editor, editor.pointFromLineColumn(15, drop) + QPoint(2, 8));
    QTRY_VERIFY(shownToolTip());
    QWidget *tip = shownToolTip();
    QImage image = editor.grab().toImage();
    {
        QPainter painter(&image);
        painter.drawPixmap(tip->mapToGlobal(QPoint()) - editor.mapToGlobal(QPoint()), tip->grab());
    }
    QVERIFY(!image.isNull());
    const QString out = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(image.save(QDir(out).filePath(u"editor-lint.png"_s)));
    QToolTip::hideText();
}

// SW209 (no short lock_timeout) weighs the project's own lock timeout, as `stepwise lint` does:
// the engine's 30 s default leaves the notice, a project's 3 s takes it away.
void TestScriptEditorLint::projectLockTimeoutWeighed()
{
    ScriptEditor editor;
    editor.setDialect(SqlSyntax::PostgreSQL);
    QVERIFY(editor.open(file(u"5c8f2e3d0b21_lock.sql"_s, dropColumn)));
    editor.lintNow();
    QVERIFY(!withCode(editor.lintFindings(), u"SW209"_s).isEmpty()); // once per section
    editor.setLintLockTimeout(std::chrono::seconds(3));
    editor.lintNow();
    QCOMPARE(withCode(editor.lintFindings(), u"SW209"_s).size(), 0);
}

QTEST_MAIN(TestScriptEditorLint)
#include "tst_scripteditorlint.moc"
