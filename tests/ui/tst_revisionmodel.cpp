// RevisionModel: rows in history order from a real project, and states against a database
// migrated by the core engine (applied, current head, pending, drifted, unknown to the files).
#include "tests/common/uitestsupport.h"

#include "core/repository/projectloader.h"
#include "ui/database/databaseconnection.h"

#include "core/engine/migrationsession.h"
#include "ui/database/databaseworker.h"
#include "ui/project/projectsnapshot.h"
#include "ui/project/revisionmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Stepwise::Ui::RevisionModel;
using State = RevisionModel::State;

class tst_RevisionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarySaysDatabaseAndProjectHeads();
    void initTestCase();
    void demoRows();
    void alembicRows_data();
    void alembicRows();
    void statesMatchDatabase();
    void driftAndMissing();

private:
    Stepwise::Ui::DatabaseStatus readStatus(const QString &url, const Stepwise::Ui::ProjectSnapshot &s);
    QTemporaryDir m_dir;
};

void tst_RevisionModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Stepwise::Test::isolateSettings(m_dir);
}

void tst_RevisionModel::demoRows()
{
    const QString demo = Stepwise::Test::copyDemo(m_dir);
    const auto snapshot = Stepwise::Ui::loadProjectSnapshot(demo);
    QVERIFY2(snapshot.loaded, qPrintable(snapshot.errors.join(u'\n')));
    QVERIFY2(snapshot.errors.isEmpty(), qPrintable(snapshot.errors.join(u'\n')));
    RevisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(snapshot);
    QCOMPARE(model.rowCount(), 10);
    // History order: the head first, the base last, every revision after its descendants.
    QCOMPARE(model.index(0).data(RevisionModel::IdRole).toString(), u"9c4f1e6b8d09"_s);
    QCOMPARE(model.index(9).data(RevisionModel::IdRole).toString(), u"1f3a9c2b7d01"_s);
    QVERIFY(model.index(0).data(RevisionModel::HeadRole).toBool());
    const QModelIndex merge = model.indexOf(u"8b3e0d5a7c08"_s);
    QVERIFY(merge.data(RevisionModel::MergeRole).toBool());
    QCOMPARE(merge.data(RevisionModel::ParentsRole).toStringList().size(), 2);
    QCOMPARE(model.indexOf(u"5e0b7a2d4f05"_s).data(RevisionModel::BranchLabelsRole).toStringList(),
             QStringList { u"billing"_s });
    QCOMPARE(model.state(0), State::Unknown);
    QCOMPARE(model.statusSummary(), u"10 revisions · 1 head"_s);
}

void tst_RevisionModel::alembicRows_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QStringList>("order");
    const QString data = Stepwise::Test::sourceDir() + u"/tests/data"_s;
    QTest::newRow("alembic layout") << data + u"/ui/alembic_shop"_s
                                    << QStringList { u"dd04"_s, u"cc03"_s, u"bb02"_s, u"aa01"_s };
    QTest::newRow("flask-migrate layout") << data + u"/repository/flask"_s << QStringList();
}

void tst_RevisionModel::alembicRows()
{
    QFETCH(QString, project);
    QFETCH(QStringList, order);
    const auto snapshot = Stepwise::Ui::loadProjectSnapshot(project);
    QVERIFY2(snapshot.loaded, qPrintable(snapshot.errors.join(u'\n')));
    QCOMPARE(snapshot.config.kind, Stepwise::Core::ProjectConfig::Kind::Alembic);
    RevisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(snapshot);
    QVERIFY(model.rowCount() > 0);
    if (!order.isEmpty()) {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(RevisionModel::IdRole).toString();
        // dd04 first and aa01 last; the two branches in between in either order.
        QCOMPARE(ids.first(), order.first());
        QCOMPARE(ids.last(), order.last());
        QCOMPARE(ids.size(), order.size());
        QCOMPARE(model.indexOf(u"dd04"_s).data(RevisionModel::MessageRole).toString(),
                 u"merge email and audit"_s);
        QCOMPARE(model.indexOf(u"cc03"_s).data(RevisionModel::BranchLabelsRole).toStringList(),
                 QStringList { u"audit"_s });
        QCOMPARE(snapshot.config.versionTable, u"alembic_version"_s);
    }
}

Stepwise::Ui::DatabaseStatus tst_RevisionModel::readStatus(const QString &url,
                                                           const Stepwise::Ui::ProjectSnapshot &s)
{
    Stepwise::Ui::DatabaseConnection session;
    QString error;
    const auto profile = Stepwise::Test::profile(u"test"_s, u"QSQLITE"_s, {}, -1, url);
    QSignalSpy status(&session, &Stepwise::Ui::DatabaseConnection::statusChanged);
    QObject::connect(&session, &Stepwise::Ui::DatabaseConnection::stateChanged, &session, [&] {
        if (session.isConnected())
            session.refreshStatus(Stepwise::Core::versionTablesFor(s.config));
    });
    session.connectTo(profile, QString());
    if (!status.wait(10000))
        return {};
    return status.first().first().value<Stepwise::Ui::DatabaseStatus>();
}

// A database at one of two branch tips: one heads row, two heads in the graph; the status
// line names both counts instead of a "1 head" that contradicts the graph.
void tst_RevisionModel::summarySaysDatabaseAndProjectHeads()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"versions"_s)));
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
    };
    QVERIFY(write(u"stepwise.ini"_s, u"[repository]\nversions = versions\ndialect = sqlite\n"_s));
    const QString body = u"\n-- migrate:up\nSELECT 1;\n\n-- migrate:down\nSELECT 1;\n"_s;
    QVERIFY(write(u"versions/a1.sql"_s, u"-- revision: aa0000000001\n-- parents:\n-- message: a\n"_s + body));
    QVERIFY(write(u"versions/b2.sql"_s, u"-- revision: bb0000000002\n-- parents: aa0000000001\n-- message: b\n"_s + body));
    QVERIFY(write(u"versions/c3.sql"_s, u"-- revision: cc0000000003\n-- parents: aa0000000001\n-- message: c\n"_s + body));
    RevisionModel model;
    model.setProject(Stepwise::Ui::loadProjectSnapshot(dir.path()));
    QCOMPARE(model.project().heads.size(), 2);
    QCOMPARE(model.statusSummary(), u"3 revisions · 2 heads"_s); // not connected
    Stepwise::Ui::DatabaseStatus status;
    status.valid = true;
    status.heads = {u"bb0000000002"_s};
    model.setDatabaseStatus(status);
    QCOMPARE(model.statusSummary(), u"1 pending · 1 database head · 2 heads in the project"_s);
    status.heads = {u"bb0000000002"_s, u"cc0000000003"_s};
    model.setDatabaseStatus(status);
    QCOMPARE(model.statusSummary(), u"up to date · 2 heads"_s);
}

void tst_RevisionModel::statesMatchDatabase()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    const QString url = u"sqlite:///demo.db"_s;
    QCOMPARE(Stepwise::Test::upgrade(demo, url, u"a05f2a7c9e10"_s), QString());
    const auto snapshot = Stepwise::Ui::loadProjectSnapshot(demo);
    const auto status = readStatus(demo + u"/demo.db"_s, snapshot);
    QVERIFY2(status.valid, qPrintable(status.error));
    QCOMPARE(status.heads, QStringList { u"a05f2a7c9e10"_s });
    QCOMPARE(status.history.size(), 6);

    RevisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(snapshot);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDatabaseStatus(status);
    QVERIFY(!changed.isEmpty());
    const QHash<QString, State> expected {
        { u"1f3a9c2b7d01"_s, State::Applied }, { u"2b7e4d9a1c02"_s, State::Applied },
        { u"3c8f5e0b2d03"_s, State::Applied }, { u"4d9a6f1c3e04"_s, State::Applied },
        { u"7a2d9c4f6b07"_s, State::Applied }, { u"a05f2a7c9e10"_s, State::Current },
        { u"5e0b7a2d4f05"_s, State::Pending }, { u"6f1c8b3e5a06"_s, State::Pending },
        { u"8b3e0d5a7c08"_s, State::Pending }, { u"9c4f1e6b8d09"_s, State::Pending } };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QModelIndex index = model.indexOf(it.key());
        QVERIFY(index.isValid());
        QCOMPARE(State(index.data(RevisionModel::StateRole).toInt()), it.value());
    }
    QVERIFY(!model.indexOf(u"a05f2a7c9e10"_s).data(RevisionModel::LastStepRole).toString().isEmpty());
    QCOMPARE(model.statusSummary(), u"4 pending · 1 head · 4 pending on branch billing"_s);

    // Upgrading the rest: everything applied, up to date with the billing branch.
    QCOMPARE(Stepwise::Test::upgrade(demo, url, u"heads"_s), QString());
    model.setDatabaseStatus(readStatus(demo + u"/demo.db"_s, snapshot));
    QCOMPARE(model.count(State::Pending), 0);
    QCOMPARE(model.statusSummary(), u"up to date · 1 head · up to date with branch billing"_s);
}

void tst_RevisionModel::driftAndMissing()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    QCOMPARE(Stepwise::Test::upgrade(demo, u"sqlite:///demo.db"_s, u"heads"_s), QString());
    // Edit an applied revision's up section, and remove the head's file.
    QFile edited(demo + u"/versions/2b7e4d9a1c02_create_products.sql"_s);
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QByteArray text = edited.readAll();
    edited.close();
    text.replace("-- migrate:down", "INSERT INTO products (sku, title, price_cents) VALUES ('X', 'x', 1);\n\n-- migrate:down");
    QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(text);
    edited.close();
    QVERIFY(QFile::remove(demo + u"/versions/9c4f1e6b8d09_order_summary_view.sql"_s));

    const auto snapshot = Stepwise::Ui::loadProjectSnapshot(demo);
    QCOMPARE(snapshot.rows.size(), 9);
    RevisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(snapshot);
    model.setDatabaseStatus(readStatus(demo + u"/demo.db"_s, snapshot));
    QCOMPARE(model.rowCount(), 10);
    const QModelIndex missing = model.indexOf(u"9c4f1e6b8d09"_s);
    QCOMPARE(State(missing.data(RevisionModel::StateRole).toInt()), State::Missing);
    QCOMPARE(State(model.indexOf(u"2b7e4d9a1c02"_s).data(RevisionModel::StateRole).toInt()),
             State::Drifted);
    QCOMPARE(State(model.indexOf(u"8b3e0d5a7c08"_s).data(RevisionModel::StateRole).toInt()),
             State::Applied);
    QVERIFY(model.statusSummary().contains(u"1 drifted"_s));
    QVERIFY(model.statusSummary().contains(u"1 unknown to the files"_s));
    // Disconnecting drops the extra row again.
    model.clearDatabaseStatus();
    QCOMPARE(model.rowCount(), 9);
}

QTEST_MAIN(tst_RevisionModel)
#include "tst_revisionmodel.moc"
