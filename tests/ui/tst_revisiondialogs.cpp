// ui/dialogs: New revision and Merge heads write files the core loads back with the expected
// parents, and refuse what the core would refuse, with the reason visible in the dialog.

#include "ui/dialogs/mergeheadsdialog.h"
#include "ui/dialogs/newrevisiondialog.h"

#include "tests/common/uitestsupport.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Stepwise::Ui::MergeHeadsDialog;
using Stepwise::Ui::NewRevisionDialog;

namespace {

struct Loaded
{
    Stepwise::Core::Project project;
    Stepwise::Core::RevisionGraph graph;
};

Loaded load(const QString &dir)
{
    Loaded l;
    auto project = Stepwise::Core::loadProject(dir);
    if (!project.ok())
        return l;
    l.project = *project;
    Stepwise::Core::ErrorList errors;
    l.graph = Stepwise::Core::RevisionGraph::build(l.project.revisions, &errors);
    return l;
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// The reason shown to the user (the dialog is not on screen: ask whether it is hidden).
QString shownProblem(QDialog &dialog)
{
    auto *label = dialog.findChild<QLabel *>(u"problem"_s);
    return label && !label->isHidden() ? label->text() : QString();
}

void setField(QDialog &dialog, const QString &name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(name);
    QVERIFY(edit);
    edit->setText(text);
}

void saveScreenshot(QDialog &dialog, const QString &name)
{
    const QString out = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(out).filePath(name)));
    dialog.hide();
}

} // namespace

class TestRevisionDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newRevisionOnHead();
    void newRevisionOnSelectedWithLabelAndDependency();
    void newRevisionRefusesInvalidInput();
    void mergeHeads();
    void mergeRefusesFewerThanTwo();
    void opensWithFocusInTheFirstInput();

private:
    QString freshDemo();
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    int m_copies = 0;
};

void TestRevisionDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Stepwise::Test::isolateSettings(m_settings);
    QVERIFY(m_dir.isValid());
}

QString TestRevisionDialogs::freshDemo()
{
    const QString to = m_dir.filePath(u"demo%1"_s.arg(++m_copies));
    Stepwise::Test::copyTree(Stepwise::Test::sourceDir() + u"/resources/demo"_s, to);
    return to;
}

void TestRevisionDialogs::newRevisionOnHead()
{
    const QString dir = freshDemo();
    const Loaded before = load(dir);
    QCOMPARE(before.graph.heads().size(), 1);
    const QString head = before.graph.id(before.graph.heads().first());

    NewRevisionDialog dialog(before.project, before.graph);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"parents"_s)->text(), head);
    QVERIFY(!okButton(dialog)->isEnabled()); // no message yet
    setField(dialog, u"message"_s, u"Add coupons"_s);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(okButton(dialog)->isEnabled());
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(dialog.writtenPath()));
    QVERIFY(dialog.writtenPath().endsWith(u"_add_coupons.sql"_s));

    const Loaded after = load(dir);
    QVERIFY(after.project.errors.isEmpty());
    const int i = after.graph.indexOf(dialog.candidate().id);
    QVERIFY(i >= 0);
    QCOMPARE(after.graph.revision(i).parents, QStringList{head});
    QCOMPARE(after.graph.revision(i).message, u"Add coupons"_s);
    QCOMPARE(after.graph.heads(), QList<int>{i});
}

void TestRevisionDialogs::newRevisionOnSelectedWithLabelAndDependency()
{
    const QString dir = freshDemo();
    const Loaded before = load(dir);
    NewRevisionDialog dialog(before.project, before.graph, u"4d9a6f1c3e04"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"parents"_s)->text(), u"4d9a6f1c3e04"_s);
    setField(dialog, u"message"_s, u"Shipping zones"_s);
    setField(dialog, u"branchLabel"_s, u"shipping"_s);
    setField(dialog, u"dependsOn"_s, u"billing"_s);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Loaded after = load(dir);
    const int i = after.graph.indexOf(dialog.candidate().id);
    QVERIFY(i >= 0);
    QCOMPARE(after.graph.revision(i).parents, QStringList{u"4d9a6f1c3e04"_s});
    QCOMPARE(after.graph.revision(i).branchLabels, QStringList{u"shipping"_s});
    QCOMPARE(after.graph.revision(i).dependsOn, QStringList{u"billing"_s});
    QCOMPARE(after.graph.heads().size(), 2); // a branch from a non-head
}

void TestRevisionDialogs::newRevisionRefusesInvalidInput()
{
    const QString dir = freshDemo();
    const Loaded before = load(dir);
    NewRevisionDialog dialog(before.project, before.graph);
    QVERIFY(shownProblem(dialog).contains(u"message"_s));

    setField(dialog, u"message"_s, u"Duplicate label"_s);
    setField(dialog, u"branchLabel"_s, u"billing"_s);
    QVERIFY2(shownProblem(dialog).contains(u"billing"_s), qPrintable(shownProblem(dialog)));
    QVERIFY(!okButton(dialog)->isEnabled());

    setField(dialog, u"branchLabel"_s, QString());
    setField(dialog, u"parents"_s, u"nosuchparent"_s);
    QVERIFY2(shownProblem(dialog).contains(u"nosuchparent"_s), qPrintable(shownProblem(dialog)));
    QVERIFY(!okButton(dialog)->isEnabled());

    setField(dialog, u"parents"_s, u"a05f2a7c9e10"_s);
    setField(dialog, u"dependsOn"_s, u"nosuchdep"_s);
    QVERIFY2(shownProblem(dialog).contains(u"nosuchdep"_s), qPrintable(shownProblem(dialog)));

    // Refused even when accept() is called directly: nothing is written.
    const int files = int(QDir(dir + u"/versions"_s).entryList(QDir::Files).size());
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.writtenPath().isEmpty());
    QCOMPARE(int(QDir(dir + u"/versions"_s).entryList(QDir::Files).size()), files);

    setField(dialog, u"dependsOn"_s, QString());
    QVERIFY(shownProblem(dialog).isEmpty());
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestRevisionDialogs::mergeHeads()
{
    const QString dir = freshDemo();
    Loaded before = load(dir);
    {
        NewRevisionDialog branch(before.project, before.graph, u"4d9a6f1c3e04"_s);
        setField(branch, u"message"_s, u"Side branch"_s);
        okButton(branch)->click();
        QCOMPARE(branch.result(), int(QDialog::Accepted));
    }
    before = load(dir);
    QCOMPARE(before.graph.heads().size(), 2);
    const QStringList heads = before.graph.ids(before.graph.heads());

    {
        // With two heads and nothing selected, the parent is asked for, not guessed.
        NewRevisionDialog unguessed(before.project, before.graph);
        setField(unguessed, u"message"_s, u"Where does this go"_s);
        QVERIFY(unguessed.findChild<QLineEdit *>(u"parents"_s)->text().isEmpty());
        QVERIFY2(shownProblem(unguessed).contains(u"several heads"_s), qPrintable(shownProblem(unguessed)));
        QVERIFY(!okButton(unguessed)->isEnabled());
    }
    MergeHeadsDialog dialog(before.project, before.graph);
    QCOMPARE(dialog.checkedHeads(), heads);
    QCOMPARE(dialog.findChild<QListWidget *>(u"heads"_s)->count(), 2);
    setField(dialog, u"message"_s, u"Merge side branch"_s);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Loaded after = load(dir);
    QVERIFY(after.project.errors.isEmpty());
    {
        // Looked at, not compared: the dialogs as a user sees them (one head unchecked).
        MergeHeadsDialog shown(after.project, before.graph);
        NewRevisionDialog newRevision(after.project, after.graph);
        setField(newRevision, u"message"_s, u"Add coupons"_s);
        setField(newRevision, u"branchLabel"_s, u"billing"_s);
        shown.setChecked(heads.first(), false);
        saveScreenshot(shown, u"merge-heads.png"_s);
        saveScreenshot(newRevision, u"new-revision.png"_s);
    }
    const int m = after.graph.indexOf(dialog.candidate().id);
    QVERIFY(m >= 0);
    QCOMPARE(after.graph.revision(m).parents, heads);
    QCOMPARE(after.graph.heads(), QList<int>{m});
}

void TestRevisionDialogs::mergeRefusesFewerThanTwo()
{
    const QString dir = freshDemo();
    const Loaded loaded = load(dir);
    MergeHeadsDialog dialog(loaded.project, loaded.graph); // the demo has one head
    QCOMPARE(dialog.checkedHeads().size(), 1);
    QVERIFY(shownProblem(dialog).contains(u"two"_s));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.accept();
    QVERIFY(dialog.writtenPath().isEmpty());
}

// Typing right away goes into the first input: a space once pressed the focused Cancel button
// and the dialog closed with nothing created. Enter presses the creating button, not Cancel.
void TestRevisionDialogs::opensWithFocusInTheFirstInput()
{
    const QString dir = freshDemo();
    const Loaded loaded = load(dir);
    NewRevisionDialog dialog(loaded.project, loaded.graph);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *message = dialog.findChild<QLineEdit *>(u"message"_s);
    QCOMPARE(dialog.focusWidget(), message);
    QTest::keyClicks(dialog.focusWidget(), u"Add coupons"_s);
    QVERIFY(dialog.isVisible());
    QCOMPARE(message->text(), u"Add coupons"_s);
    QVERIFY(okButton(dialog)->isDefault());
    auto *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(!cancel->isDefault());
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(dialog.writtenPath()));

    MergeHeadsDialog merge(loaded.project, loaded.graph);
    merge.show();
    QVERIFY(QTest::qWaitForWindowExposed(&merge));
    QVERIFY(merge.focusWidget());
    QVERIFY(!qobject_cast<QAbstractButton *>(merge.focusWidget()));
}

QTEST_MAIN(TestRevisionDialogs)
#include "tst_revisiondialogs.moc"
