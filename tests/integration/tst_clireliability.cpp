// R1 and R2 of quality.md at a count CTest can afford; tests/stress/ runs them at full count
// through the environment variables read below.
//   R1  kill -9 at random moments during `stepwise upgrade heads` of 200 revisions (SQLite,
//       PostgreSQL): after each kill the heads table matches the schema exactly, and a re-run
//       completes.                         STEPWISE_R1_KILLS (default 5), STEPWISE_R1_REVISIONS (200)
//       On MariaDB (no transactional DDL) the same kills may leave one step half-applied: it
//       must be recorded exactly and resumable (killRecordsHalfSteps, 100 revisions by default).
//   R2  concurrent `stepwise upgrade heads` against one database (each dialect): every revision
//       applied once, one `ok` history row each, waiting runs say so and exit 0.
//                                          STEPWISE_R2_RUNS (4), STEPWISE_R2_ROUNDS (1), STEPWISE_R2_REVISIONS (60)
#include "tests/common/enginesupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QStringList headsRows(const QSqlDatabase &db)
{
    return Stepwise::Test::column(db, u"SELECT version_num FROM stepwise_version"_s);
}

QStringList graphHeads(const Stepwise::Core::RevisionGraph &g)
{
    QStringList heads = g.ids(g.heads());
    heads.sort();
    return heads;
}

} // namespace

class tst_CliReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killAtRandomMoments_data();
    void killAtRandomMoments();
    void killRecordsHalfSteps();
    void concurrentRuns_data();
    void concurrentRuns();

private:
    QTemporaryDir m_dir;
};

void tst_CliReliability::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI must name the stepwise binary");
}

void tst_CliReliability::killAtRandomMoments_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows({u"sqlite"_s, u"postgresql"_s});
}

void tst_CliReliability::killAtRandomMoments()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const int kills = envInt("STEPWISE_R1_KILLS", 5);
    const int revisions = envInt("STEPWISE_R1_REVISIONS", 200);
    const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"r1-"_s + dialect),
                                                          u"synthetic"_s, revisions);
    QVERIFY(!generated.isEmpty());
    const QString project = generated + u"/native"_s;
    QVERIFY(Stepwise::Test::setProjectDialect(project, dialect));
    const auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const QStringList upgrade{u"upgrade"_s, u"heads"_s, u"-q"_s, u"--project"_s, project, u"--url"_s, db->url};
    const QStringList reset{u"downgrade"_s, u"base"_s, u"-q"_s, u"--project"_s, project, u"--url"_s, db->url};

    // One whole run first: kills are spread over its duration (start-up included).
    QElapsedTimer clock;
    clock.start();
    const auto full = Stepwise::Test::runCli(upgrade);
    QVERIFY2(full.exitCode == 0, qPrintable(full.out + full.err));
    const qint64 fullMs = qMax<qint64>(clock.elapsed(), 200);
    QVERIFY(Stepwise::Test::runCli(reset).exitCode == 0);

    QSqlDatabase conn = Stepwise::Test::connect(*db, u"r1"_s);
    QRandomGenerator rng(quint32(qEnvironmentVariableIntValue("STEPWISE_R1_SEED")) + 1);
    int partial = 0;
    for (int k = 0; k < kills; ++k) {
        QProcess p;
        p.start(Stepwise::Test::cliPath(), upgrade);
        QVERIFY(p.waitForStarted());
        const int delay = int(rng.bounded(quint32(fullMs)));
        const bool finished = p.waitForFinished(delay);
        if (!finished) {
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished());
        }
        const QStringList rows = headsRows(conn);
        const QStringList tables = Stepwise::Test::userTables(conn);
        QVERIFY2(tables == Stepwise::Test::expectedTables(loaded->graph, rows),
                 qPrintable(u"kill %1 after %2 ms: rows %3 but %4 tables"_s.arg(k).arg(delay).arg(
                     rows.join(u','))
                                .arg(tables.size())));
        // Every committed step has its ok history row, and no other kind of row exists.
        const QStringList statuses = Stepwise::Test::column(conn, u"SELECT DISTINCT status FROM stepwise_history"_s);
        QVERIFY2(statuses.isEmpty() || statuses == QStringList{u"ok"_s}, qPrintable(statuses.join(u',')));
        if (!tables.isEmpty() && tables.size() < revisions)
            ++partial;
        // Every third kill (and whenever a run got to the end): a re-run completes from where
        // the kill left it; then the next kills start from an empty database again.
        if (k % 3 == 2 || tables.size() == revisions) {
            const auto completed = Stepwise::Test::runCli(upgrade);
            QVERIFY2(completed.exitCode == 0, qPrintable(completed.out + completed.err));
            QCOMPARE(headsRows(conn), graphHeads(loaded->graph));
            QCOMPARE(Stepwise::Test::userTables(conn).size(), revisions);
            const auto emptied = Stepwise::Test::runCli(reset);
            QVERIFY2(emptied.exitCode == 0, qPrintable(emptied.out + emptied.err));
            QVERIFY(Stepwise::Test::userTables(conn).isEmpty());
        }
    }
    // A re-run completes.
    const auto rerun = Stepwise::Test::runCli(upgrade);
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.out + rerun.err));
    QCOMPARE(headsRows(conn), graphHeads(loaded->graph));
    QCOMPARE(Stepwise::Test::userTables(conn).size(), revisions);
    qInfo("%d kills, %d left a partial upgrade (full run %lld ms)", kills, partial, fullMs);
    conn.close();
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"r1"_s);
}

// R1's kills where DDL is not transactional (MariaDB): a kill may leave one step half-applied,
// and then it must be recorded exactly — one `running` history row for the next revision,
// whose count says which of its statements (CREATE TABLE, CREATE INDEX, INSERT) stay applied;
// its DML never survives without the row being finished — and a plain re-run refuses while
// `upgrade --resume` completes it, running each statement once.
void tst_CliReliability::killRecordsHalfSteps()
{
    const QString dialect = u"mariadb"_s;
    ENGINE_REQUIRE_DIALECT(dialect);
    const int kills = envInt("STEPWISE_R1_KILLS", 5);
    const int revisions = envInt("STEPWISE_R1_REVISIONS", 100);
    const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"r1-"_s + dialect),
                                                          u"synthetic"_s, revisions);
    QVERIFY(!generated.isEmpty());
    const QString project = generated + u"/native"_s;
    QVERIFY(Stepwise::Test::setProjectDialect(project, dialect));
    const auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const QStringList upgrade{u"upgrade"_s, u"heads"_s, u"-q"_s, u"--project"_s, project, u"--url"_s, db->url};
    const QStringList resume = upgrade + QStringList{u"--resume"_s};
    const QStringList reset{u"downgrade"_s, u"base"_s, u"-q"_s, u"--project"_s, project, u"--url"_s, db->url};
    QElapsedTimer clock;
    clock.start();
    const auto full = Stepwise::Test::runCli(upgrade);
    QVERIFY2(full.exitCode == 0, qPrintable(full.out + full.err));
    const qint64 fullMs = qMax<qint64>(clock.elapsed(), 200);
    QVERIFY(Stepwise::Test::runCli(reset).exitCode == 0);

    QSqlDatabase conn = Stepwise::Test::connect(*db, u"r1my"_s);
    QRandomGenerator rng(quint32(qEnvironmentVariableIntValue("STEPWISE_R1_SEED")) + 7);
    int halfSteps = 0;
    for (int k = 0; k < kills; ++k) {
        QProcess p;
        p.start(Stepwise::Test::cliPath(), upgrade);
        QVERIFY(p.waitForStarted());
        const int delay = int(rng.bounded(quint32(fullMs)));
        if (!p.waitForFinished(delay)) {
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished());
        }
        const QStringList rows = headsRows(conn);
        QStringList tables = Stepwise::Test::userTables(conn);
        const QStringList expected = Stepwise::Test::expectedTables(loaded->graph, rows);
        const QStringList open = Stepwise::Test::column(
            conn, u"SELECT CONCAT(revision, ' ', status, ' ', statements_done) FROM stepwise_history h "
                  "WHERE status <> 'ok' AND NOT EXISTS (SELECT 1 FROM stepwise_history o "
                  "WHERE o.revision = h.revision AND o.status = 'ok' AND o.id > h.id)"_s);
        const QString where = u"kill %1 after %2 ms: rows %3, unfinished %4"_s.arg(k).arg(delay).arg(
            rows.join(u','), open.join(u'|'));
        if (open.isEmpty()) {
            QVERIFY2(tables == expected, qPrintable(where));
        } else {
            ++halfSteps;
            QVERIFY2(open.size() == 1 && open.first().section(u' ', 1, 1) == u"running"_s, qPrintable(where));
            const int r = loaded->graph.indexOf(open.first().section(u' ', 0, 0));
            QVERIFY2(r >= 0, qPrintable(where));
            const QString table = loaded->graph.revision(r).message.section(u' ', 2);
            const int done = open.first().section(u' ', 2, 2).toInt();
            QVERIFY2(done >= 1 && done <= 2, qPrintable(where)); // the INSERT is never counted alone
            QStringList withStep = expected;
            withStep << table;
            withStep.sort();
            QVERIFY2(tables == withStep, qPrintable(where + u": tables "_s + tables.join(u',')));
            QCOMPARE(Stepwise::Test::column(conn, u"SELECT COUNT(*) FROM "_s + table), QStringList{u"0"_s});
            const auto refused = Stepwise::Test::runCli(upgrade);
            QVERIFY2(refused.exitCode == 1 && refused.out.contains(u"--resume"_s),
                     qPrintable(refused.out + refused.err));
            const auto resumed = Stepwise::Test::runCli(resume);
            QVERIFY2(resumed.exitCode == 0, qPrintable(where + u": "_s + resumed.out + resumed.err));
            QCOMPARE(Stepwise::Test::column(conn, u"SELECT COUNT(*) FROM "_s + table), QStringList{u"1"_s});
            QCOMPARE(headsRows(conn), graphHeads(loaded->graph));
        }
        // Start again from an empty database every third kill, or when nothing is left to do.
        if (k % 3 == 2 || headsRows(conn) == graphHeads(loaded->graph)) {
            const auto emptied = Stepwise::Test::runCli(reset);
            QVERIFY2(emptied.exitCode == 0, qPrintable(emptied.out + emptied.err));
        }
    }
    const auto rerun = Stepwise::Test::runCli(upgrade);
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.out + rerun.err));
    QCOMPARE(headsRows(conn), graphHeads(loaded->graph));
    QCOMPARE(Stepwise::Test::userTables(conn).size(), revisions);
    qInfo("%d kills, %d left a half-applied step (full run %lld ms)", kills, halfSteps, fullMs);
    conn.close();
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"r1my"_s);
}

void tst_CliReliability::concurrentRuns_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows();
}

void tst_CliReliability::concurrentRuns()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const int runs = envInt("STEPWISE_R2_RUNS", 4);
    const int rounds = envInt("STEPWISE_R2_ROUNDS", 1);
    const int revisions = envInt("STEPWISE_R2_REVISIONS", 60);
    const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"r2-"_s + dialect),
                                                          u"synthetic"_s, revisions);
    QVERIFY(!generated.isEmpty());
    const QString project = generated + u"/native"_s;
    QVERIFY(Stepwise::Test::setProjectDialect(project, dialect));
    const auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    int waitsReported = 0;
    for (int round = 0; round < rounds; ++round) {
        QString error;
        const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
        QVERIFY2(db, qPrintable(error));
        auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < runs; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(Stepwise::Test::cliPath(), {u"upgrade"_s, u"heads"_s, u"--project"_s, project,
                                                            u"--url"_s, db->url});
        }
        int stepsRun = 0;
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(300000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(out + err));
            stepsRun += int(err.count(u"Running upgrade"_s));
            if (err.contains(u"Waiting for the migration lock"_s))
                ++waitsReported;
        }
        // Every step ran in exactly one of the processes.
        QCOMPARE(stepsRun, revisions);
        QSqlDatabase conn = Stepwise::Test::connect(*db, u"r2"_s);
        QCOMPARE(headsRows(conn), graphHeads(loaded->graph));
        QCOMPARE(Stepwise::Test::userTables(conn).size(), revisions);
        const QStringList history = Stepwise::Test::column(conn, u"SELECT revision, direction, status FROM stepwise_history"_s);
        QCOMPARE(history.size(), revisions);
        QStringList distinct = history;
        distinct.removeDuplicates();
        QCOMPARE(distinct.size(), revisions);
        for (const QString &row : history)
            QVERIFY2(row.endsWith(u" up ok"_s), qPrintable(row));
        conn.close();
        conn = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"r2"_s);
    }
    // The runs that had to wait said so (at least one of them waits in every round).
    QVERIFY2(waitsReported >= rounds, qPrintable(u"%1 waits reported in %2 rounds"_s.arg(waitsReported).arg(rounds)));
}

QTEST_GUILESS_MAIN(tst_CliReliability)
#include "tst_clireliability.moc"
