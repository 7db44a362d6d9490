// ui/editor: EditorTabs offscreen — one tab per file, "*" titles, save and close protection,
// failure markers, dialect/settings for every tab, and changes made to the files on disk.

#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"

#include "tests/common/uitestsupport.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Stepwise::Ui::EditorTabs;
using Stepwise::Ui::ScriptEditor;

namespace {

using Stepwise::Test::answerNextMessageBox;
using Stepwise::Test::readFile;

QString revision(const QString &id, const QString &message)
{
    return u"-- revision: %1\n-- parents: 1a2b3c4d5e6f\n-- message: %2\n\n-- migrate:up\n"
           "CREATE TABLE t_%1 (id INTEGER);\n\n-- migrate:down\nDROP TABLE t_%1;\n"_s.arg(
               id, message);
}

bool writeInPlace(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

// As most editors save: a new file renamed over the old one.
bool writeAtomically(const QString &path, const QString &text)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0 && f.commit();
}



// Answers the next unsaved-changes boxes in order, one per box as each is shown.
void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttons]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible() || box->property("answered").toBool())
            return;
        box->setProperty("answered", true);
        box->button(buttons.takeFirst())->click();
        if (buttons.isEmpty())
            timer->deleteLater();
    });
    timer->start();
}

QPushButton *barButton(EditorTabs &tabs, const QString &path, const QString &name)
{
    ScriptEditor *editor = tabs.editorFor(path);
    return editor ? editor->parentWidget()->findChild<QPushButton *>(name) : nullptr;
}

} // namespace

class TestEditorTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void openFocusesExistingTab_data();
    void openFocusesExistingTab();
    void unreadableFileReported();
    void modifiedTitleAndSave();
    void closeTabAsks_data();
    void closeTabAsks();
    void maybeCloseAll();
    void showFailure();
    void dialectAndSettingsForAllTabs();
    void diskChangeReloadsUnmodified_data();
    void diskChangeReloadsUnmodified();
    void diskChangeOnModifiedAsks();
    void ownSaveDoesNotPrompt();

private:
    QString file(const QString &name, const QString &text);
    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEditorTabs::initTestCase()
{
    Stepwise::Test::isolateSettings(m_settings);
}

void TestEditorTabs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestEditorTabs::file(const QString &name, const QString &text)
{
    const QString path = m_dir->filePath(name);
    return writeInPlace(path, text) ? path : QString();
}

void TestEditorTabs::openFocusesExistingTab_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("same path") << u"a.sql"_s;
    QTest::newRow("with ..") << u"sub/../a.sql"_s;
    QTest::newRow("with ./") << u"./a.sql"_s;
}

void TestEditorTabs::openFocusesExistingTab()
{
    QFETCH(QString, spelling);
    QDir(m_dir->path()).mkpath(u"sub"_s);
    const QString a = file(u"a.sql"_s, revision(u"aaaaaaaaaaaa"_s, u"A"_s));
    const QString b = file(u"b.sql"_s, revision(u"bbbbbbbbbbbb"_s, u"B"_s));
    EditorTabs tabs;
    QSignalSpy current(&tabs, &EditorTabs::currentFileChanged);
    ScriptEditor *ea = tabs.openFile(a);
    QVERIFY(ea);
    ScriptEditor *eb = tabs.openFile(b, 3);
    QVERIFY(eb && eb != ea);
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(tabs.currentEditor(), eb);
    QCOMPARE(eb->currentLine(), 3);
    QCOMPARE(current.last().first().toString(), QFileInfo(b).canonicalFilePath());

    QCOMPARE(tabs.openFile(m_dir->filePath(spelling), 6), ea);
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(tabs.currentEditor(), ea);
    QCOMPARE(ea->currentLine(), 6);
    QCOMPARE(tabs.editorFor(m_dir->filePath(spelling)), ea);
    QCOMPARE(tabs.editorFor(b), eb);
    QCOMPARE(tabs.editorFor(m_dir->filePath(u"c.sql"_s)), nullptr);
    QCOMPARE(current.last().first().toString(), QFileInfo(a).canonicalFilePath());
    QCOMPARE(tabs.tabText(0), u"a.sql"_s);
}

void TestEditorTabs::unreadableFileReported()
{
    EditorTabs tabs;
    QSignalSpy messages(&tabs, &EditorTabs::message);
    QCOMPARE(tabs.openFile(m_dir->filePath(u"missing.sql"_s)), nullptr);
    QCOMPARE(tabs.count(), 0);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().at(0).toString().contains(u"missing.sql"_s));
    QCOMPARE(messages.first().at(1).toBool(), true);
    // A folder is not a script either.
    QCOMPARE(tabs.openFile(m_dir->path()), nullptr);
    QCOMPARE(messages.size(), 2);
}

void TestEditorTabs::modifiedTitleAndSave()
{
    const QString a = file(u"a.sql"_s, revision(u"aaaaaaaaaaaa"_s, u"A"_s));
    EditorTabs tabs;
    tabs.resize(600, 400);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QSignalSpy saved(&tabs, &EditorTabs::fileSaved);
    ScriptEditor *editor = tabs.openFile(a, 3);
    QVERIFY(editor);
    auto *view = editor->findChild<QAbstractScrollArea *>();
    QTest::keyClick(view, Qt::Key_End);
    QTest::keyClicks(view, u" (edited)"_s);
    QCOMPARE(tabs.tabText(0), u"a.sql*"_s);

    QTest::keySequence(view, QKeySequence::Save); // Ctrl+S
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), QFileInfo(a).canonicalFilePath());
    QCOMPARE(tabs.tabText(0), u"a.sql"_s);
    QVERIFY(readFile(a).contains(u"-- message: A (edited)\n"_s));

    QTest::keySequence(view, QKeySequence(u"Ctrl+W"_s)); // unmodified: closes without asking
    QCOMPARE(tabs.count(), 0);
}

void TestEditorTabs::closeTabAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("written");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << false;
    QTest::newRow("discard") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("save") << int(QMessageBox::Save) << true << true;
}

void TestEditorTabs::closeTabAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, closed);
    QFETCH(bool, written);
    const QString original = revision(u"aaaaaaaaaaaa"_s, u"A"_s);
    const QString a = file(u"a.sql"_s, original);
    EditorTabs tabs;
    ScriptEditor *editor = tabs.openFile(a);
    editor->setText(original + u"-- more\n"_s);
    QCOMPARE(tabs.tabText(0), u"a.sql*"_s);
    answerNextMessageBox(QMessageBox::StandardButton(answer));
    Q_EMIT tabs.tabCloseRequested(0); // the tab's close button
    QCOMPARE(tabs.count(), closed ? 0 : 1);
    QCOMPARE(readFile(a), written ? original + u"-- more\n"_s : original);
}

void TestEditorTabs::maybeCloseAll()
{
    const QString a = file(u"a.sql"_s, revision(u"aaaaaaaaaaaa"_s, u"A"_s));
    const QString b = file(u"b.sql"_s, revision(u"bbbbbbbbbbbb"_s, u"B"_s));
    const QString c = file(u"c.sql"_s, revision(u"cccccccccccc"_s, u"C"_s));
    EditorTabs tabs;
    tabs.openFile(a)->setText(u"mine a"_s);
    tabs.openFile(b);
    tabs.openFile(c)->setText(u"mine c"_s);

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!tabs.maybeCloseAll(nullptr));
    QCOMPARE(tabs.count(), 3);
    QCOMPARE(tabs.currentIndex(), 0); // the tab asked about is shown

    answerMessageBoxes({ QMessageBox::Save, QMessageBox::Discard });
    QVERIFY(tabs.maybeCloseAll(nullptr));
    QCOMPARE(tabs.count(), 0);
    QCOMPARE(readFile(a), u"mine a"_s);
    QVERIFY(readFile(c).startsWith(u"-- revision: cccccccccccc"_s));

    tabs.openFile(a)->setText(u"dropped"_s);
    tabs.closeAll(); // no questions
    QCOMPARE(tabs.count(), 0);
    QCOMPARE(readFile(a), u"mine a"_s);
}

void TestEditorTabs::showFailure()
{
    const QString a = file(u"a.sql"_s, revision(u"aaaaaaaaaaaa"_s, u"A"_s));
    const QString b = file(u"b.sql"_s, revision(u"bbbbbbbbbbbb"_s, u"B"_s));
    EditorTabs tabs;
    tabs.openFile(a);
    ScriptEditor *editor = tabs.showFailure(b, 6, u"no such table: t_x"_s);
    QVERIFY(editor);
    QCOMPARE(tabs.currentEditor(), editor);
    QCOMPARE(editor->failureLine(), 6);
    QCOMPARE(editor->currentLine(), 6);
    QVERIFY(editor->annotation(6).contains(u"no such table: t_x"_s));
    // Again on the open tab: the marker moves.
    QCOMPARE(tabs.showFailure(b, 9, u"other"_s), editor);
    QCOMPARE(editor->failureLine(), 9);
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(tabs.showFailure(m_dir->filePath(u"gone.sql"_s), 1, u"x"_s), nullptr);
}

void TestEditorTabs::dialectAndSettingsForAllTabs()
{
    using Stepwise::Core::SqlSyntax;
    const QString a = file(u"a.sql"_s, revision(u"aaaaaaaaaaaa"_s, u"A"_s));
    const QString b = file(u"b.sql"_s, revision(u"bbbbbbbbbbbb"_s, u"B"_s));
    EditorTabs tabs;
    ScriptEditor *ea = tabs.openFile(a);
    QCOMPARE(ea->dialect(), SqlSyntax::Generic);
    tabs.setDialect(SqlSyntax::PostgreSQL);
    Stepwise::Ui::EditorSettings settings = ea->settings();
    settings.tabWidth = 7;
    settings.wrap = true;
    tabs.applySettings(settings);
    QCOMPARE(ea->dialect(), SqlSyntax::PostgreSQL);
    QCOMPARE(ea->settings().tabWidth, 7);
    ScriptEditor *eb = tabs.openFile(b);
    QCOMPARE(eb->dialect(), SqlSyntax::PostgreSQL);
    QCOMPARE(eb->settings().tabWidth, 7);
    QVERIFY(eb->settings().wrap);
}

void TestEditorTabs::diskChangeReloadsUnmodified_data()
{
    QTest::addColumn<bool>("atomic");
    QTest::newRow("in place") << false;
    QTest::newRow("renamed over") << true;
}

void TestEditorTabs::diskChangeReloadsUnmodified()
{
    QFETCH(bool, atomic);
    auto write = atomic ? writeAtomically : writeInPlace;
    const QString a = file(u"a.sql"_s, revision(u"aaaaaaaaaaaa"_s, u"A"_s));
    EditorTabs tabs;
    ScriptEditor *editor = tabs.openFile(a, 6);
    QVERIFY(write(a, revision(u"aaaaaaaaaaaa"_s, u"first change"_s)));
    QTRY_VERIFY(editor->text().contains(u"first change"_s));
    QVERIFY(!editor->isModified());
    QVERIFY(!tabs.hasExternalChangePrompt(a));
    QCOMPARE(editor->currentLine(), 6);
    // Still watched after the first change (a rename drops the watch).
    QVERIFY(write(a, revision(u"aaaaaaaaaaaa"_s, u"second change"_s)));
    QTRY_VERIFY(editor->text().contains(u"second change"_s));
    QCOMPARE(editor->currentLine(), 6);
}

void TestEditorTabs::diskChangeOnModifiedAsks()
{
    const QString a = file(u"a.sql"_s, revision(u"aaaaaaaaaaaa"_s, u"A"_s));
    EditorTabs tabs;
    ScriptEditor *editor = tabs.openFile(a);
    editor->setText(u"mine"_s);
    QVERIFY(writeAtomically(a, u"theirs 1"_s));
    QTRY_VERIFY(tabs.hasExternalChangePrompt(a));
    QCOMPARE(editor->text(), u"mine"_s);

    // Keep mine: the bar goes, the edits stay, the next save overwrites theirs.
    barButton(tabs, a, u"keepMineButton"_s)->click();
    QVERIFY(!tabs.hasExternalChangePrompt(a));
    QCOMPARE(editor->text(), u"mine"_s);
    QVERIFY(editor->isModified());

    // A further change asks again; Reload takes theirs.
    QVERIFY(writeInPlace(a, u"theirs 2"_s));
    QTRY_VERIFY(tabs.hasExternalChangePrompt(a));
    QPushButton *reload = barButton(tabs, a, u"reloadButton"_s);
    QVERIFY(reload && !reload->isHidden());
    reload->click();
    QVERIFY(!tabs.hasExternalChangePrompt(a));
    QCOMPARE(editor->text(), u"theirs 2"_s);
    QVERIFY(!editor->isModified());
}

void TestEditorTabs::ownSaveDoesNotPrompt()
{
    const QString a = file(u"a.sql"_s, revision(u"aaaaaaaaaaaa"_s, u"A"_s));
    EditorTabs tabs;
    QSignalSpy messages(&tabs, &EditorTabs::message);
    ScriptEditor *editor = tabs.openFile(a);
    for (int i = 0; i < 3; ++i) {
        editor->setText(u"mine %1"_s.arg(i));
        QVERIFY(tabs.saveCurrent());
        editor->setText(u"mine %1, unsaved"_s.arg(i)); // modified while the watcher reports
        QTest::qWait(200);
        QVERIFY(!tabs.hasExternalChangePrompt(a));
        QCOMPARE(editor->text(), u"mine %1, unsaved"_s.arg(i));
    }
    // And the file is still watched after our saves.
    editor->setModified(false);
    QVERIFY(writeInPlace(a, u"theirs"_s));
    QTRY_COMPARE(editor->text(), u"theirs"_s);
    for (const QList<QVariant> &m : std::as_const(messages))
        QVERIFY2(!m.at(1).toBool(), qPrintable(m.at(0).toString()));
}

QTEST_MAIN(TestEditorTabs)
#include "tst_editortabs.moc"
