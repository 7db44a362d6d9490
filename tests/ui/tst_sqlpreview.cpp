// ui/preview: SqlPreview shows exactly what `stepwise … --sql` prints for the same action.

#include "ui/preview/sqlpreview.h"
#include "ui/preview/sqlpreviewdialog.h"

#include "tests/common/uitestsupport.h"

#include "core/db/dialect.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Stepwise::Core::Planner;
using Stepwise::Ui::SqlPreview;

class TestSqlPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeHeadsEqualsCli();
    void downgradeFromRowsEqualsCli();
    void errorShownInsteadOfSql();
    void saveAs();
    void copyAndScreenshot();
    void confirmationDialog();

private:
    QString cli(const QStringList &arguments);
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    Stepwise::Core::Project m_project;
    Stepwise::Core::RevisionGraph m_graph;
};

void TestSqlPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Stepwise::Test::isolateSettings(m_settings);
    QVERIFY(QFile::exists(QStringLiteral(STEPWISE_CLI)));
    // The sections are needed: the script holds the migrations' statements.
    auto loaded = Stepwise::Core::loadProject(Stepwise::Test::sourceDir() + u"/resources/demo"_s,
                                              Stepwise::Core::LoadOptions{false});
    QVERIFY(loaded.ok());
    m_project = *loaded;
    QVERIFY(m_project.errors.isEmpty());
    Stepwise::Core::ErrorList errors;
    m_graph = Stepwise::Core::RevisionGraph::build(m_project.revisions, &errors);
    QVERIFY(errors.isEmpty());
}

// stdout of the CLI, run in a scratch folder so sqlite:///x.db could never land in the sources.
QString TestSqlPreview::cli(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(STEPWISE_CLI),
                  QStringList{u"--project"_s, Stepwise::Test::sourceDir() + u"/resources/demo"_s,
                              u"--url"_s, u"sqlite:///x.db"_s} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestSqlPreview::upgradeHeadsEqualsCli()
{
    const QString expected = cli({u"upgrade"_s, u"heads"_s, u"--sql"_s});
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.contains(u"CREATE TABLE"_s));
    SqlPreview preview;
    QVERIFY(!preview.copyAction()->isEnabled());
    QVERIFY(preview.setAction(m_project.config, m_graph, {}, Planner::Command::Upgrade, {u"heads"_s},
                              *Stepwise::Core::Dialect::forScheme(u"sqlite"_s)));
    QCOMPARE(preview.sql(), expected);
    QVERIFY(preview.errorText().isEmpty());
    QVERIFY(preview.copyAction()->isEnabled());
    QVERIFY(preview.saveAsAction()->isEnabled());
}

void TestSqlPreview::downgradeFromRowsEqualsCli()
{
    // The CLI's FROM:TO form is how it gets start rows offline.
    const int head = m_graph.heads().first();
    const QString from = m_graph.id(head);
    const QString to = m_graph.id(m_graph.parents(head).first());
    const QString expected = cli({u"downgrade"_s, from + u':' + to, u"--sql"_s});
    QVERIFY(!expected.isEmpty());
    SqlPreview preview;
    QVERIFY(preview.setAction(m_project.config, m_graph, {from}, Planner::Command::Downgrade, {to},
                              *Stepwise::Core::Dialect::forScheme(u"sqlite"_s)));
    QCOMPARE(preview.sql(), expected);
}

void TestSqlPreview::errorShownInsteadOfSql()
{
    SqlPreview preview;
    QVERIFY(!preview.setAction(m_project.config, m_graph, {}, Planner::Command::Upgrade, {u"nosuchrev"_s},
                               *Stepwise::Core::Dialect::forScheme(u"sqlite"_s)));
    QVERIFY(preview.sql().isEmpty());
    QVERIFY(preview.errorText().contains(u"nosuchrev"_s));
    bool shown = false;
    for (const QLabel *label : preview.findChildren<QLabel *>())
        shown |= label->text().contains(u"nosuchrev"_s);
    QVERIFY(shown);
    // An irreversible revision on the way down is refused as the CLI refuses it.
    QVERIFY(!preview.setAction(m_project.config, m_graph, {u"a05f2a7c9e10"_s}, Planner::Command::Downgrade,
                               {u"base"_s}, *Stepwise::Core::Dialect::forScheme(u"sqlite"_s)));
    QVERIFY2(preview.errorText().contains(u"irreversible"_s), qPrintable(preview.errorText()));
    QVERIFY(!preview.copyAction()->isEnabled());
}

void TestSqlPreview::saveAs()
{
    SqlPreview preview;
    QVERIFY(preview.setAction(m_project.config, m_graph, {}, Planner::Command::Upgrade, {u"heads"_s},
                              *Stepwise::Core::Dialect::forScheme(u"sqlite"_s)));
    const QString path = m_dir.filePath(u"out.sql"_s);
    QString error;
    QVERIFY2(preview.saveTo(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), preview.sql());
}

void TestSqlPreview::copyAndScreenshot()
{
    SqlPreview preview;
    QVERIFY(preview.setAction(m_project.config, m_graph, {}, Planner::Command::Upgrade, {u"heads"_s},
                              *Stepwise::Core::Dialect::forScheme(u"sqlite"_s)));
    preview.copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), preview.sql());
    preview.resize(760, 520);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QImage image = preview.grab().toImage();
    QVERIFY(!image.isNull());
    if (const QString out = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !out.isEmpty())
        QVERIFY(image.save(QDir(out).filePath(u"sql-preview.png"_s)));
}

void TestSqlPreview::confirmationDialog()
{
    const auto &sqlite = *Stepwise::Core::Dialect::forScheme(u"sqlite"_s);
    Stepwise::Ui::SqlPreviewDialog dialog;
    QVERIFY(dialog.setAction(u"Upgrade x.db to heads"_s, m_project.config, m_graph, {},
                             Planner::Command::Upgrade, {u"heads"_s}, sqlite));
    QVERIFY(dialog.canRun());
    QCOMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(), u"Upgrade x.db to heads"_s);
    QVERIFY(dialog.preview()->sql().contains(u"CREATE TABLE"_s));
    QVERIFY(!dialog.setAction(u"Upgrade to nosuchrev"_s, m_project.config, m_graph, {},
                              Planner::Command::Upgrade, {u"nosuchrev"_s}, sqlite));
    QVERIFY(!dialog.canRun());
    QVERIFY(dialog.setAction(u"Upgrade x.db to heads"_s, m_project.config, m_graph, {},
                             Planner::Command::Upgrade, {u"heads"_s}, sqlite));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestSqlPreview)
#include "tst_sqlpreview.moc"
