// The engine in process (MigrationSession over Runner) on SQLite, PostgreSQL and MariaDB:
// upgrade / downgrade / stamp across a branch point and a merge with the heads rows the
// planner computed, a statement failing mid-section (atomic rollback, or R3's recorded
// failure with --resume and stamp), and CREATE INDEX CONCURRENTLY under the migration lock.
#include "tests/common/enginesupport.h"

#include "core/db/connectionurl.h"
#include "core/engine/migrationsession.h"
#include "core/engine/runobserver.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::TestDatabase;

namespace {

using Stepwise::Test::expectedTables;


QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

QString revisionFile(const QString &id, const QString &parents, const QString &up, const QString &down,
                     const QString &options = {})
{
    return u"-- revision: %1\n-- parents: %2\n-- message: %1\n\n-- migrate:up%5\n%3\n\n-- migrate:down%5\n%4\n"_s
        .arg(id, parents, up, down, options);
}

// Checks, from a second connection, that the migration lock is held while a step runs.
class LockProbe : public RunObserver
{
public:
    explicit LockProbe(QSqlDatabase probe) : m_probe(std::move(probe)) { }
    void stepStarted(int index, const PlanStep &) override
    {
        QSqlQuery q(m_probe);
        if (q.exec(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                   "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"_s)
            && q.next())
            m_locksSeen << q.value(0).toInt();
        else
            m_locksSeen << -1;
        Q_UNUSED(index);
    }
    QList<int> m_locksSeen;

private:
    QSqlDatabase m_probe;
};

} // namespace

class tst_Engine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stepping_data();
    void stepping();
    void failureMidSection_data();
    void failureMidSection();
    void recordedCounts_data();
    void recordedCounts();
    void concurrentIndexUnderLock();

private:
    QTemporaryDir m_dir;
};

void tst_Engine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Engine::stepping_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows();
}

// 60 revisions: t_00046 is a branch point (side t_00047 → t_00048, main t_00049), t_00050
// merges them, then a line to t_00060.
void tst_Engine::stepping()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString projectDir = Stepwise::Test::generateProject(m_dir.filePath(u"step-"_s + dialect),
                                                           u"synthetic"_s, 60);
    QVERIFY(!projectDir.isEmpty());
    QVERIFY(Stepwise::Test::setProjectDialect(projectDir + u"/native"_s, dialect));
    auto loaded = Stepwise::Test::loadProject(projectDir + u"/native"_s);
    QVERIFY(loaded);
    const RevisionGraph &g = loaded->graph;
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const Result<ConnectionUrl> url = ConnectionUrl::parse(db->url);
    QVERIFY2(url, qPrintable(url ? QString() : url.error().toString()));

    struct Command
    {
        Planner::Command command;
        QStringList targets;
        bool schemaFollowsRows; // false after a stamp that moved the rows away from the schema
    };
    const auto id = [&](int created) { return g.id(Stepwise::Test::revisionCreating(g, created)); };
    const QList<Command> commands = {
        {Planner::Command::Upgrade, {id(47)}, true},            // through the branch point, side branch
        {Planner::Command::Upgrade, {id(49)}, true},            // the main side: a second head row
        {Planner::Command::Upgrade, {u"heads"_s}, true},        // the merge and the line above it
        {Planner::Command::Downgrade, {id(49)}, true},          // unmerge: two rows again
        {Planner::Command::Stamp, {id(30)}, false},             // rows only
        {Planner::Command::Stamp, {id(48), id(49)}, true},      // and back
        {Planner::Command::Downgrade, {id(45)}, true},          // both branches away
        {Planner::Command::Upgrade, {u"+1"_s}, true},
        {Planner::Command::Downgrade, {u"base"_s}, true},
    };
    int okRows = 0;
    {
        auto session = MigrationSession::open(*url, loaded->project.config, g);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        QSqlDatabase conn = (*session)->database();
        for (const Command &c : commands) {
            const QString label = c.targets.join(u' ');
            const Result<QStringList> before = (*session)->readHeads();
            QVERIFY(before);
            const Result<Plan> expected = Planner::plan(g, *before, c.command, c.targets);
            QVERIFY2(expected, qPrintable(label));
            const Result<MigrationSession::Outcome> outcome =
                (*session)->run(c.command, c.targets, MigrationSession::Options{});
            QVERIFY2(outcome, qPrintable(label + u": "_s + (outcome ? QString() : outcome.error().toString())));
            okRows += int(outcome->report.steps.size());
            const Result<QStringList> after = (*session)->readHeads();
            QVERIFY(after);
            QCOMPARE(asSet(*after), asSet(expected->rowsAfter));
            QCOMPARE(asSet(outcome->report.rowsAfter), asSet(expected->rowsAfter));
            if (c.schemaFollowsRows)
                QCOMPARE(Stepwise::Test::userTables(conn), expectedTables(g, *after));
        }
        QVERIFY(Stepwise::Test::userTables(conn).isEmpty());
        const Result<QList<HistoryEntry>> history = (*session)->store().readHistory();
        QVERIFY(history);
        int ok = 0;
        for (const HistoryEntry &e : *history)
            ok += e.status == HistoryStatus::Ok ? 1 : 0;
        QCOMPARE(ok, okRows);
        QCOMPARE(int(history->size()), okRows);
    }
}

void tst_Engine::failureMidSection_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("resolution");
    for (const QString &d : {u"sqlite"_s, u"postgresql"_s, u"mariadb"_s}) {
        for (const QString &r : {u"resume"_s, u"stamp"_s})
            QTest::newRow(qPrintable(d + u'-' + r)) << d << r;
    }
}

// r2 runs CREATE TABLE f_two, then a statement that fails, then CREATE TABLE f_three.
void tst_Engine::failureMidSection()
{
    QFETCH(QString, dialect);
    QFETCH(QString, resolution);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString project = m_dir.filePath(u"fail-"_s + dialect + u'-' + resolution);
    QVERIFY(QDir().mkpath(project + u"/versions"_s));
    QVERIFY(Stepwise::Test::setProjectDialect(project, dialect));
    const QString r1 = u"f0000000001a"_s, r2 = u"f0000000002b"_s;
    QVERIFY(writeFile(project + u"/versions/f1.sql"_s,
                      revisionFile(r1, {}, u"CREATE TABLE f_one (id INTEGER PRIMARY KEY);"_s,
                                   u"DROP TABLE f_one;"_s)));
    const QString r2Path = project + u"/versions/f2.sql"_s;
    const auto writeR2 = [&](const QString &middle) {
        return writeFile(r2Path, revisionFile(r2, r1,
                                              u"CREATE TABLE f_two (id INTEGER PRIMARY KEY);\n"_s + middle
                                                  + u"\nCREATE TABLE f_three (id INTEGER PRIMARY KEY);"_s,
                                              u"DROP TABLE f_three;\nDROP TABLE f_two;"_s));
    };
    QVERIFY(writeR2(u"INSERT INTO f_missing VALUES (1);"_s));

    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const Result<ConnectionUrl> url = ConnectionUrl::parse(db->url);
    QVERIFY(url);
    const bool atomic = dialect != u"mariadb"_s;
    {
        auto loaded = Stepwise::Test::loadProject(project);
        QVERIFY(loaded);
        auto session = MigrationSession::open(*url, loaded->project.config, loaded->graph);
        QVERIFY(session);
        QSqlDatabase conn = (*session)->database();
        const auto failed = (*session)->run(Planner::Command::Upgrade, {u"heads"_s}, {});
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), ErrorCode::Database);
        QCOMPARE(failed.error().file(), u"versions/f2.sql"_s);
        QCOMPARE(failed.error().line(), 7); // the INSERT's line in f2.sql
        QCOMPARE(*(*session)->readHeads(), QStringList{r1});
        QCOMPARE(Stepwise::Test::userTables(conn),
                 (atomic ? QStringList{u"f_one"_s} : QStringList{u"f_one"_s, u"f_two"_s}));
        const auto history = (*session)->store().readHistory();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        const HistoryEntry &last = history->last();
        QCOMPARE(last.revision, r2);
        QCOMPARE(last.status, HistoryStatus::Failed);
        QCOMPARE(last.statementsDone, atomic ? 0 : 1);
        QVERIFY(last.error.contains(u"f_missing"_s));

        // Unchanged file: SQLite/PostgreSQL try again (and fail the same way, nothing kept);
        // MariaDB refuses before running anything, saying how to resolve.
        const auto again = (*session)->run(Planner::Command::Upgrade, {u"heads"_s}, {});
        QVERIFY(!again);
        if (!atomic) {
            QVERIFY2(again.error().message().contains(u"--resume"_s), qPrintable(again.error().message()));
            QVERIFY(again.error().message().contains(u"stepwise stamp"_s));
            QCOMPARE((*session)->store().readHistory()->size(), 2); // refused: nothing written
        }
        QCOMPARE(Stepwise::Test::userTables(conn),
                 (atomic ? QStringList{u"f_one"_s} : QStringList{u"f_one"_s, u"f_two"_s}));
    }

    QVERIFY(writeR2(u"INSERT INTO f_two VALUES (7);"_s));
    auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    auto session = MigrationSession::open(*url, loaded->project.config, loaded->graph);
    QVERIFY(session);
    QSqlDatabase conn = (*session)->database();
    if (resolution == u"stamp"_s) {
        // The user finished the step by hand (here: nothing more than MariaDB already has,
        // or nothing at all) and records it.
        const auto stamped = (*session)->run(Planner::Command::Stamp, {r2}, {});
        QVERIFY2(stamped, qPrintable(stamped ? QString() : stamped.error().toString()));
        QCOMPARE(*(*session)->readHeads(), QStringList{r2});
        const auto noop = (*session)->run(Planner::Command::Upgrade, {u"heads"_s}, {});
        QVERIFY2(noop, qPrintable(noop ? QString() : noop.error().toString()));
        QVERIFY(noop->report.steps.isEmpty());
        return;
    }
    MigrationSession::Options resume;
    resume.resume = true;
    const auto resumed = (*session)->run(Planner::Command::Upgrade, {u"heads"_s}, resume);
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().toString()));
    QCOMPARE(*(*session)->readHeads(), QStringList{r2});
    QCOMPARE(Stepwise::Test::userTables(conn), (QStringList{u"f_one"_s, u"f_three"_s, u"f_two"_s}));
    // Resumed at the second statement: CREATE TABLE f_two was not run again (it would fail).
    QCOMPARE(Stepwise::Test::column(conn, u"SELECT id FROM f_two"_s), QStringList{u"7"_s});
    const auto history = (*session)->store().readHistory();
    QVERIFY(history);
    QCOMPARE(history->last().status, HistoryStatus::Ok);
    QCOMPARE(history->last().revision, r2);
    QCOMPARE(history->last().statementsDone, 3);
    const auto unresolved = (*session)->store().unresolvedStep();
    QVERIFY(unresolved && !unresolved->has_value());
}

void tst_Engine::recordedCounts_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("up");
    QTest::addColumn<int>("statementsDone"); // in the failed row where DDL is not transactional
    QTest::addColumn<QStringList>("rows");    // of c_one after the failure (MariaDB)
    for (const QString &d : {u"sqlite"_s, u"postgresql"_s, u"mariadb"_s}) {
        const auto row = [&](const char *name, const QString &up, int done, const QStringList &rows) {
            QTest::newRow(qPrintable(d + u'-' + QLatin1String(name))) << d << up << done << rows;
        };
        // DML before a failing DDL statement: the DML stays, and is counted.
        row("dml-then-failing-ddl",
            u"CREATE TABLE c_one (id INTEGER PRIMARY KEY);\nINSERT INTO c_one VALUES (1);\n"
            "/* twice */ CREATE TABLE c_one (id INTEGER PRIMARY KEY);"_s,
            2, {u"1"_s});
        // DML after DDL, then a failing DML statement: the first DML is dropped with the
        // failure's rollback and not counted (a resume runs it again, once).
        row("ddl-dml-failing-dml",
            u"CREATE TABLE c_one (id INTEGER PRIMARY KEY);\nINSERT INTO c_one VALUES (1);\n"
            "INSERT INTO c_nowhere VALUES (2);"_s,
            1, {});
        // A statement that is neither DDL nor DML in between (SET @variable: MySQL syntax).
        if (d == u"mariadb"_s)
            row("ddl-set-failing-ddl",
                u"CREATE TABLE c_one (id INTEGER PRIMARY KEY);\nSET @stepwise_test = 1;\n"
                "-- comment first\nALTER TABLE c_nowhere ADD COLUMN x INTEGER;"_s,
                2, {});
    }
}

// How many statements a failed step records where DDL is not transactional (MariaDB: autocommit
// off, progress carried by each DDL's implicit commit): exactly the statements that stay applied,
// so `upgrade --resume` runs each statement once. Elsewhere the step leaves nothing.
void tst_Engine::recordedCounts()
{
    QFETCH(QString, dialect);
    QFETCH(QString, up);
    QFETCH(int, statementsDone);
    QFETCH(QStringList, rows);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString project = m_dir.filePath(u"counts-"_s + QString::fromUtf8(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(project + u"/versions"_s));
    QVERIFY(Stepwise::Test::setProjectDialect(project, dialect));
    const QString r1 = u"c0000000001a"_s;
    QVERIFY(writeFile(project + u"/versions/c1.sql"_s, revisionFile(r1, {}, up, u"DROP TABLE c_one;"_s)));
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const Result<ConnectionUrl> url = ConnectionUrl::parse(db->url);
    QVERIFY(url);
    auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    auto session = MigrationSession::open(*url, loaded->project.config, loaded->graph);
    QVERIFY(session);
    QSqlDatabase conn = (*session)->database();
    const auto failed = (*session)->run(Planner::Command::Upgrade, {u"heads"_s}, {});
    QVERIFY(!failed);
    QCOMPARE(*(*session)->readHeads(), QStringList());
    const auto history = (*session)->store().readHistory();
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->last().status, HistoryStatus::Failed);
    if (dialect != u"mariadb"_s) {
        QCOMPARE(history->last().statementsDone, 0);
        QVERIFY(Stepwise::Test::userTables(conn).isEmpty());
        return;
    }
    QCOMPARE(history->last().statementsDone, statementsDone);
    QCOMPARE(Stepwise::Test::column(conn, u"SELECT id FROM c_one ORDER BY id"_s), rows);
    QVERIFY(Stepwise::Test::column(conn, u"SELECT @@autocommit"_s) == QStringList{u"1"_s});
    const auto unresolved = (*session)->store().unresolvedStep();
    QVERIFY(unresolved && unresolved->has_value());
}

// transaction:false lets CREATE INDEX CONCURRENTLY run (it refuses a transaction block),
// and the migration lock (a session-level advisory lock) is held while it does.
void tst_Engine::concurrentIndexUnderLock()
{
    ENGINE_REQUIRE_DIALECT(u"postgresql"_s);
    const QString project = m_dir.filePath(u"concurrently"_s);
    QVERIFY(QDir().mkpath(project + u"/versions"_s));
    QVERIFY(Stepwise::Test::setProjectDialect(project, u"postgresql"_s));
    const QString r1 = u"c0000000001a"_s, r2 = u"c0000000002b"_s;
    QVERIFY(writeFile(project + u"/versions/c1.sql"_s,
                      revisionFile(r1, {}, u"CREATE TABLE ci_t (id INTEGER, name TEXT);\n"
                                           "INSERT INTO ci_t SELECT g, 'n' || g FROM generate_series(1, 1000) g;"_s,
                                   u"DROP TABLE ci_t;"_s)));
    QVERIFY(writeFile(project + u"/versions/c2.sql"_s,
                      revisionFile(r2, r1, u"CREATE INDEX CONCURRENTLY ix_ci_name ON ci_t (name);"_s,
                                   u"DROP INDEX CONCURRENTLY ix_ci_name;"_s, u" transaction:false"_s)));
    auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    QString error;
    const auto db = Stepwise::Test::createDatabase(u"postgresql"_s, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const Result<ConnectionUrl> url = ConnectionUrl::parse(db->url);
    QVERIFY(url);
    {
        QSqlDatabase probeDb = Stepwise::Test::connect(*db, u"lock-probe"_s);
        QVERIFY(probeDb.isOpen());
        LockProbe probe(probeDb);
        auto session = MigrationSession::open(*url, loaded->project.config, loaded->graph);
        QVERIFY(session);
        const auto outcome = (*session)->run(Planner::Command::Upgrade, {u"heads"_s}, {}, {}, &probe);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QCOMPARE(probe.m_locksSeen, (QList<int>{1, 1}));
        QCOMPARE(*(*session)->readHeads(), QStringList{r2});
        QCOMPARE(Stepwise::Test::column(probeDb, u"SELECT i.indisvalid::text FROM pg_index i JOIN pg_class c "
                                             "ON c.oid = i.indexrelid WHERE c.relname = 'ix_ci_name'"_s),
                 QStringList{u"true"_s});
        const auto history = (*session)->store().readHistory();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().status, HistoryStatus::Ok);
        QCOMPARE(history->last().statementsDone, 1);

        const auto down = (*session)->run(Planner::Command::Downgrade, {u"-1"_s}, {}, {}, &probe);
        QVERIFY2(down, qPrintable(down ? QString() : down.error().toString()));
        QVERIFY(Stepwise::Test::column(probeDb, u"SELECT indexname FROM pg_indexes WHERE indexname = 'ix_ci_name'"_s)
                    .isEmpty());
        QCOMPARE(*(*session)->readHeads(), QStringList{r1});
        // After the run the lock is released.
        QCOMPARE(Stepwise::Test::column(probeDb, u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"_s),
                 QStringList{u"0"_s});
        probeDb.close();
    }
    QSqlDatabase::removeDatabase(u"lock-probe"_s);
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
