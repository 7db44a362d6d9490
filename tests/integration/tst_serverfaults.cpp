// quality.md R8: faults in the server, not in Stepwise, while `stepwise upgrade heads` runs a
// small native project whose middle revision sleeps between two statements:
//   sessionLost       the session terminated (pg_terminate_backend) / killed (KILL), or the
//                     server restarted, while the step sleeps;
//   statementTimeout  the sleep cancelled by statement_timeout / max_statement_time, set by the
//                     command line, stepwise.ini or the connection profile (and which wins);
//   lockHolderKilled  kill -9 of the run holding the migration lock: the next run takes it;
//   lockTimeout       a step behind another session's long transaction fails after
//                     --lock-timeout, naming that session.
// After each: exit code, the failed revision named, the heads table matching the schema, the
// history recording the failed step, and a re-run completing. CTest runs each fault once;
// tests/stress/run-reliability r4 repeats each STEPWISE_R8_REPEATS times (20).
// Restarting needs the servers scripts/test-servers started (STEPWISE_SERVERS_DIR).
#include "tests/common/enginesupport.h"
#include "tests/common/testsupport.h"

#include "core/db/connectionprofiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Stepwise::Test::TestDatabase;

namespace {

const QString f1 = u"f00000000001"_s;
const QString f2 = u"f00000000002"_s;
const QString f3 = u"f00000000003"_s;
const QStringList allTables { u"f_four"_s, u"f_one"_s, u"f_three"_s, u"f_two"_s };

int repeats()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("STEPWISE_R8_REPEATS", &ok);
    return ok && value > 0 ? value : 1;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QString revisionFile(
    const QString &id, const QString &parent, const QString &up, const QString &down)
{
    return u"-- revision: %1\n-- parents: %2\n-- message: %1\n\n-- migrate:up\n%3\n\n-- migrate:down\n%4\n"_s
        .arg(id, parent, up, down);
}

// The statement that sleeps for fault_control.seconds, a table the test creates beside the
// project's (and leaves out of every comparison), so a re-run does not sleep again.
QString sleepSql(const QString &dialect)
{
    return dialect == u"postgresql"_s ? u"SELECT pg_sleep((SELECT seconds FROM fault_control));"_s
                                      : u"SELECT SLEEP((SELECT seconds FROM fault_control));"_s;
}

// A step that sleeps inside a DML statement: on MariaDB all of it stays pending, so a kill
// leaves nothing half-applied behind.
QString sleepingInsert(const QString &dialect)
{
    return dialect == u"postgresql"_s
        ? u"INSERT INTO f_one (id) SELECT 1 FROM pg_sleep((SELECT seconds FROM fault_control));"_s
        : u"INSERT INTO f_one (id) SELECT 1 + SLEEP((SELECT seconds FROM fault_control));"_s;
}

enum class Shape {
    SleepBetweenDdl, // f2: CREATE f_two; sleep; CREATE f_three
    SleepInDml, // f2: INSERT … sleep; CREATE f_two; CREATE f_three
    AlterLocked, // f2: ALTER TABLE f_one (and creates f_two, f_three)
};

// f1 (f_one) ← f2 (f_two, f_three; the fault) ← f3 (f_four).
QString faultProject(
    const QString &dir, const QString &dialect, Shape shape, const QString &ini = {})
{
    QDir().mkpath(dir + u"/versions"_s);
    if (!Stepwise::Test::setProjectDialect(dir, dialect, ini))
        return {};
    const QString two = u"CREATE TABLE f_two (id INTEGER PRIMARY KEY);"_s;
    const QString three = u"CREATE TABLE f_three (id INTEGER PRIMARY KEY);"_s;
    QString up;
    switch (shape) {
    case Shape::SleepBetweenDdl:
        up = two + u'\n' + sleepSql(dialect) + u'\n' + three;
        break;
    case Shape::SleepInDml:
        up = sleepingInsert(dialect) + u'\n' + two + u'\n' + three;
        break;
    case Shape::AlterLocked:
        up = u"ALTER TABLE f_one ADD COLUMN note VARCHAR(20);\n"_s + two + u'\n' + three;
        break;
    }
    const bool ok = writeFile(dir + u"/versions/f1.sql"_s,
                        revisionFile(f1, {}, u"CREATE TABLE f_one (id INTEGER PRIMARY KEY);"_s,
                            u"DROP TABLE f_one;"_s))
        && writeFile(dir + u"/versions/f2.sql"_s,
            revisionFile(f2, f1, up, u"DROP TABLE f_three;\nDROP TABLE f_two;"_s))
        && writeFile(dir + u"/versions/f3.sql"_s,
            revisionFile(f3, f2, u"CREATE TABLE f_four (id INTEGER PRIMARY KEY);"_s,
                u"DROP TABLE f_four;"_s));
    return ok ? dir : QString();
}

// A query on a connection of its own, opened for it: the servers restart under these tests.
QStringList query(const TestDatabase &db, const QString &sql)
{
    static int serial = 0;
    const QString name = u"faults-%1"_s.arg(++serial);
    QStringList rows;
    {
        QSqlDatabase c = Stepwise::Test::connect(db, name);
        rows = Stepwise::Test::column(c, sql);
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

bool setSleep(const TestDatabase &db, int seconds)
{
    query(db, u"UPDATE fault_control SET seconds = %1"_s.arg(seconds));
    return query(db, u"SELECT seconds FROM fault_control"_s)
        == QStringList { QString::number(seconds) };
}

QStringList tables(const TestDatabase &db)
{
    QStringList names;
    {
        QSqlDatabase c = Stepwise::Test::connect(db, u"faults-tables"_s);
        names = Stepwise::Test::userTables(
            c, { u"stepwise_version"_s, u"stepwise_history"_s, u"fault_control"_s });
        c.close();
    }
    QSqlDatabase::removeDatabase(u"faults-tables"_s);
    return names;
}

QStringList heads(const TestDatabase &db)
{
    return query(db, u"SELECT version_num FROM stepwise_version"_s);
}

// "revision direction status statements_done", oldest first.
QStringList history(const TestDatabase &db)
{
    QStringList rows;
    for (const QString &row : query(db,
             u"SELECT id, revision, direction, status, statements_done "
             "FROM stepwise_history"_s))
        rows << row;
    std::sort(rows.begin(), rows.end(), [](const QString &a, const QString &b) {
        return a.section(u' ', 0, 0).toLongLong() < b.section(u' ', 0, 0).toLongLong();
    });
    for (QString &row : rows)
        row = row.section(u' ', 1);
    return rows;
}

// The session of the test's database running the sleep, once it is visible (-1 after 30 s).
qint64 sleepingSession(const TestDatabase &db)
{
    const QString sql = db.dialect == u"postgresql"_s
        ? u"SELECT pid FROM pg_stat_activity WHERE datname = '%1' AND state = 'active' "
          "AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()"_s.arg(db.name)
        : u"SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '%1' "
          "AND INFO LIKE '%SLEEP(%' AND ID <> CONNECTION_ID()"_s.arg(db.name);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        const QStringList found = query(db, sql);
        if (found.size() == 1)
            return found.first().toLongLong();
        QThread::msleep(50);
    }
    return -1;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
    QString all() const { return out + err; }
};

Run finish(QProcess &p, const QElapsedTimer &clock, int timeoutMs = 120000)
{
    Run run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = u"timed out or did not start: "_s + p.errorString();
    } else if (p.exitStatus() == QProcess::NormalExit) {
        run.exitCode = p.exitCode();
    }
    run.ms = clock.elapsed();
    run.out += QString::fromUtf8(p.readAllStandardOutput());
    run.err += QString::fromUtf8(p.readAllStandardError());
    return run;
}

// Restarts the test server of `dialect` the way an operator would: PostgreSQL's pg_ctl restart
// in fast mode (sessions are terminated), MariaDB's mariadbd stopped with SIGTERM (a normal
// shutdown, which kills the connections) and started again with its own command line.
bool restartServer(const QString &dialect, QString *error)
{
    const QString dir = qEnvironmentVariable("STEPWISE_SERVERS_DIR");
    if (dialect == u"postgresql"_s) {
        QStringList versions =
            QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
            [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
        if (versions.isEmpty()) {
            *error = u"no PostgreSQL under /usr/lib/postgresql"_s;
            return false;
        }
        const QString pgCtl = u"/usr/lib/postgresql/%1/bin/pg_ctl"_s.arg(versions.last());
        const QString user = Stepwise::Test::readFile(dir + u"/postgres/user"_s).trimmed();
        const QStringList args { u"-D"_s, dir + u"/postgres/data"_s, u"-l"_s,
            dir + u"/postgres/server.log"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s,
            u"restart"_s };
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0)
            p.start(u"runuser"_s, QStringList { u"-u"_s, user, u"--"_s, pgCtl } + args);
        else
            p.start(pgCtl, args);
        const bool ok =
            p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            *error = u"pg_ctl restart: "_s + QString::fromUtf8(p.readAll());
        return ok;
    }
    const QString pidText = Stepwise::Test::readFile(dir + u"/mariadb/mysqld.pid"_s).trimmed();
    const pid_t pid = pid_t(pidText.toLongLong());
    QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
    if (pid <= 0 || !cmdline.open(QIODevice::ReadOnly)) {
        *error = u"no running mariadbd in "_s + dir;
        return false;
    }
    QList<QByteArray> parts = cmdline.readAll().split('\0');
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    ::kill(pid, SIGTERM);
    QElapsedTimer clock;
    clock.start();
    while (QFile::exists(u"/proc/%1"_s.arg(pid)) && clock.elapsed() < 60000)
        QThread::msleep(50);
    QProcess server;
    server.setProgram(QString::fromLocal8Bit(parts.takeFirst()));
    QStringList args;
    for (const QByteArray &a : std::as_const(parts))
        args << QString::fromLocal8Bit(a);
    server.setArguments(args);
    server.setStandardOutputFile(QProcess::nullDevice());
    server.setStandardErrorFile(QProcess::nullDevice());
    if (!server.startDetached()) {
        *error = u"cannot start mariadbd again"_s;
        return false;
    }
    while (clock.elapsed() < 90000) {
        QString openError;
        bool open = false;
        {
            QSqlDatabase c = Stepwise::Test::openServer(
                Stepwise::Test::Server::MySQL, u"faults-ping"_s, &openError);
            open = c.isOpen();
            c.close();
        }
        QSqlDatabase::removeDatabase(u"faults-ping"_s);
        if (open)
            return true;
        QThread::msleep(200);
    }
    *error = u"mariadbd did not come back"_s;
    return false;
}

} // namespace

class tst_ServerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionLost_data();
    void sessionLost();
    void statementTimeout_data();
    void statementTimeout();
    void lockHolderKilled_data();
    void lockHolderKilled();
    void lockTimeout_data();
    void lockTimeout();

private:
    // A fresh database holding fault_control: how long the project's sleep lasts.
    std::optional<TestDatabase> prepare(const QString &dialect, int sleepSeconds, QString *error);
    Run stepwise(const QStringList &arguments, const QString &project, const TestDatabase &db,
        const QString &connection = {});
    void start(QProcess &p, const QStringList &arguments, const QString &project,
        const TestDatabase &db, const QString &connection = {});
    QString writeProfile(const TestDatabase &db, const QString &statementTimeout);

    QTemporaryDir m_dir;
    int m_serial = 0;
};

void tst_ServerFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(
        QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI must name the stepwise binary");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
}

std::optional<TestDatabase> tst_ServerFaults::prepare(
    const QString &dialect, int sleepSeconds, QString *error)
{
    auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), error);
    if (!db)
        return db;
    query(*db, u"CREATE TABLE fault_control (seconds INTEGER)"_s);
    query(*db, u"INSERT INTO fault_control VALUES (%1)"_s.arg(sleepSeconds));
    if (query(*db, u"SELECT seconds FROM fault_control"_s)
        != QStringList { QString::number(sleepSeconds) }) {
        *error = u"cannot fill fault_control"_s;
        return std::nullopt;
    }
    return db;
}

void tst_ServerFaults::start(QProcess &p, const QStringList &arguments, const QString &project,
    const TestDatabase &db, const QString &connection)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"STEPWISE_PASSWORD"_s, db.password);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    const QStringList where = connection.isEmpty() ? QStringList { u"--url"_s, db.url }
                                                   : QStringList { u"--connection"_s, connection };
    p.start(Stepwise::Test::cliPath(), arguments + QStringList { u"--project"_s, project } + where);
}

Run tst_ServerFaults::stepwise(const QStringList &arguments, const QString &project,
    const TestDatabase &db, const QString &connection)
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    start(p, arguments, project, db, connection);
    return finish(p, clock);
}

// A profile for the test database in Studio's settings (the CLI reads them from
// XDG_CONFIG_HOME), with a statement timeout when given.
QString tst_ServerFaults::writeProfile(const TestDatabase &db, const QString &statementTimeout)
{
    using namespace Stepwise::Core;
    const QUrl url(db.url);
    ConnectionProfile profile;
    profile.name = u"faults-"_s + db.name;
    profile.driver = db.dialect == u"postgresql"_s ? u"QPSQL"_s : u"QMYSQL"_s;
    profile.host = url.host();
    profile.port = url.port();
    profile.database = db.name;
    profile.user = url.userName();
    if (!statementTimeout.isEmpty())
        profile.timeouts.statement =
            std::chrono::milliseconds(qint64(statementTimeout.toDouble() * 1000));
    const std::unique_ptr<QSettings> settings = ConnectionProfiles::studioSettings();
    ConnectionProfiles::write(*settings, { profile });
    return profile.name;
}

void tst_ServerFaults::sessionLost_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("fault");
    QTest::newRow("postgresql-terminated") << u"postgresql"_s << u"terminate"_s;
    QTest::newRow("postgresql-restarted") << u"postgresql"_s << u"restart"_s;
    QTest::newRow("mariadb-killed") << u"mariadb"_s << u"kill"_s;
    QTest::newRow("mariadb-restarted") << u"mariadb"_s << u"restart"_s;
}

// The step's connection dies under it. PostgreSQL rolls the step back; MariaDB keeps f_two
// (its CREATE TABLE committed) and the record says so. Either way the run reports the
// revision, the history has the failed step (written through a new connection, the old one
// being gone) and a re-run completes: on MariaDB with --resume after a plain re-run refuses.
void tst_ServerFaults::sessionLost()
{
    QFETCH(QString, dialect);
    QFETCH(QString, fault);
    ENGINE_REQUIRE_DIALECT(dialect);
    if (fault == u"restart"_s && qEnvironmentVariableIsEmpty("STEPWISE_SERVERS_DIR"))
        QSKIP("restarting needs the servers of scripts/test-servers (STEPWISE_SERVERS_DIR)");
    const bool mariadb = dialect == u"mariadb"_s;
    const QString project =
        faultProject(m_dir.filePath(u"lost-%1"_s.arg(++m_serial)), dialect, Shape::SleepBetweenDdl);
    QVERIFY(!project.isEmpty());
    for (int round = 0; round < repeats(); ++round) {
        QString error;
        const auto db = prepare(dialect, 60, &error);
        QVERIFY2(db, qPrintable(error));
        auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        start(p, { u"upgrade"_s, u"heads"_s }, project, *db);
        const qint64 session = sleepingSession(*db);
        QVERIFY2(session > 0,
            qPrintable(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())));
        const qint64 faultAt = clock.elapsed();
        if (fault == u"terminate"_s) {
            QCOMPARE(query(*db, u"SELECT pg_terminate_backend(%1)"_s.arg(session)),
                QStringList { u"true"_s });
        } else if (fault == u"kill"_s) {
            query(*db, u"KILL %1"_s.arg(session));
        } else {
            QVERIFY2(restartServer(dialect, &error), qPrintable(error));
        }
        const Run run = finish(p, clock);
        const QString where = u"round %1 (%2 after %3 ms, run ended at %4 ms): "_s.arg(round)
                                  .arg(fault)
                                  .arg(faultAt)
                                  .arg(run.ms)
            + run.all();
        QVERIFY2(run.exitCode == 1, qPrintable(where));
        QVERIFY2(run.out.contains(u"FAILED: versions/f2.sql:"_s)
                && run.out.contains(u"upgrade of revision %1 failed"_s.arg(f2)),
            qPrintable(where));
        QVERIFY2(run.err.contains(u"Running upgrade %1 -> %2"_s.arg(f1, f2)), qPrintable(where));
        if (round == 0)
            qInfo("%s: fault at %lld ms, run ended at %lld ms: %s", qPrintable(fault), faultAt,
                run.ms, qPrintable(run.out.trimmed()));
        // The heads table says f1 and the schema holds exactly what committed.
        QCOMPARE(heads(*db), QStringList { f1 });
        QCOMPARE(tables(*db),
            (mariadb ? QStringList { u"f_one"_s, u"f_two"_s } : QStringList { u"f_one"_s }));
        QCOMPARE(history(*db),
            (QStringList {
                f1 + u" up ok 1"_s, f2 + (mariadb ? u" up failed 1"_s : u" up failed 0"_s) }));
        // A re-run completes (MariaDB: the half-applied step is finished with --resume).
        QVERIFY(setSleep(*db, 0));
        if (mariadb) {
            const Run refused = stepwise({ u"upgrade"_s, u"heads"_s }, project, *db);
            QVERIFY2(refused.exitCode == 1 && refused.out.contains(u"--resume"_s),
                qPrintable(refused.all()));
        }
        const Run rerun = stepwise(mariadb ? QStringList { u"upgrade"_s, u"heads"_s, u"--resume"_s }
                                           : QStringList { u"upgrade"_s, u"heads"_s },
            project, *db);
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.all()));
        QCOMPARE(heads(*db), QStringList { f3 });
        QCOMPARE(tables(*db), allTables);
        QCOMPARE(history(*db).mid(2), (QStringList { f2 + u" up ok 3"_s, f3 + u" up ok 1"_s }));
    }
}

void tst_ServerFaults::statementTimeout_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("ini"); // stepwise.ini [database] lines
    QTest::addColumn<QString>("profileTimeout"); // run through a saved profile when set
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<bool>("cancelled");
    const QString timeout1 = u"statement_timeout = 1\n"_s;
    for (const QString &d : { u"postgresql"_s, u"mariadb"_s }) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(d + u'-' + QLatin1String(name)));
        };
        row("flag") << d << QString() << QString()
                    << QStringList { u"--statement-timeout"_s, u"1"_s } << true;
        row("ini") << d << timeout1 << QString() << QStringList() << true;
        if (d == u"postgresql"_s) {
            row("profile") << d << QString() << u"1"_s << QStringList() << true;
            // The more specific setting wins: the profile over the ini, the flag over both.
            row("profile-over-ini") << d << timeout1 << u"0"_s << QStringList() << false;
            row("flag-over-profile") << d << QString() << u"1"_s
                                     << QStringList { u"--statement-timeout"_s, u"0"_s } << false;
        }
    }
}

// The sleep (4 s) cancelled after 1 s. PostgreSQL's step rolls back whole; MariaDB keeps f_two.
void tst_ServerFaults::statementTimeout()
{
    QFETCH(QString, dialect);
    QFETCH(QString, ini);
    QFETCH(QString, profileTimeout);
    QFETCH(QStringList, flags);
    QFETCH(bool, cancelled);
    ENGINE_REQUIRE_DIALECT(dialect);
    const bool mariadb = dialect == u"mariadb"_s;
    const QString project = faultProject(
        m_dir.filePath(u"timeout-%1"_s.arg(++m_serial)), dialect, Shape::SleepBetweenDdl, ini);
    QVERIFY(!project.isEmpty());
    for (int round = 0; round < repeats(); ++round) {
        QString error;
        const auto db = prepare(dialect, 4, &error);
        QVERIFY2(db, qPrintable(error));
        auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
        const QString connection =
            profileTimeout.isEmpty() ? QString() : writeProfile(*db, profileTimeout);
        const Run run =
            stepwise(QStringList { u"upgrade"_s, u"heads"_s } + flags, project, *db, connection);
        if (!cancelled) {
            QVERIFY2(run.exitCode == 0 && run.ms >= 4000,
                qPrintable(u"%1 ms: "_s.arg(run.ms) + run.all()));
            QCOMPARE(heads(*db), QStringList { f3 });
            QCOMPARE(tables(*db), allTables);
            continue;
        }
        const QString where = u"round %1, %2 ms: "_s.arg(round).arg(run.ms) + run.all();
        QVERIFY2(run.exitCode == 1, qPrintable(where));
        QVERIFY2(run.ms < 3500, qPrintable(where)); // not the 4 s of the sleep
        QVERIFY2(run.out.contains(u"FAILED: versions/f2.sql:"_s)
                && run.out.contains(u"upgrade of revision %1 failed"_s.arg(f2)),
            qPrintable(where));
        QVERIFY2(
            run.out.contains(mariadb ? u"max_statement_time exceeded"_s : u"statement timeout"_s),
            qPrintable(where));
        if (round == 0)
            qInfo("%lld ms: %s", run.ms, qPrintable(run.out.trimmed()));
        QCOMPARE(heads(*db), QStringList { f1 });
        QCOMPARE(tables(*db),
            (mariadb ? QStringList { u"f_one"_s, u"f_two"_s } : QStringList { u"f_one"_s }));
        QCOMPARE(history(*db),
            (QStringList {
                f1 + u" up ok 1"_s, f2 + (mariadb ? u" up failed 1"_s : u" up failed 0"_s) }));
        // The command line lifts the timeout for the re-run, which then sleeps its 4 s and
        // completes.
        const Run rerun =
            stepwise(QStringList { u"upgrade"_s, u"heads"_s, u"--statement-timeout"_s, u"0"_s }
                    + (mariadb ? QStringList { u"--resume"_s } : QStringList()),
                project, *db, connection);
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.all()));
        QCOMPARE(heads(*db), QStringList { f3 });
        QCOMPARE(tables(*db), allTables);
    }
}

void tst_ServerFaults::lockHolderKilled_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows({ u"postgresql"_s, u"mariadb"_s });
}

// kill -9 of the run holding the migration lock, in the middle of a step: the server frees the
// lock with the dead session and rolls its step back, and the next run takes the lock and
// completes with no option and no repair. PostgreSQL notices the dead client within a second
// (client_connection_check_interval); MariaDB only once the sleeping statement ends, so its
// sleep is short.
void tst_ServerFaults::lockHolderKilled()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const bool mariadb = dialect == u"mariadb"_s;
    const int sleepSeconds = mariadb ? 6 : 60;
    const QString project =
        faultProject(m_dir.filePath(u"holder-%1"_s.arg(++m_serial)), dialect, Shape::SleepInDml);
    QVERIFY(!project.isEmpty());
    for (int round = 0; round < repeats(); ++round) {
        QString error;
        const auto db = prepare(dialect, sleepSeconds, &error);
        QVERIFY2(db, qPrintable(error));
        auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
        QProcess holder;
        QElapsedTimer clock;
        clock.start();
        start(holder, { u"upgrade"_s, u"heads"_s }, project, *db);
        const qint64 session = sleepingSession(*db);
        QVERIFY2(session > 0, qPrintable(QString::fromUtf8(holder.readAllStandardError())));
        // The sleeping session is the one holding the migration lock.
        const QString holderSql = mariadb
            ? u"SELECT IS_USED_LOCK('stepwise:%1.stepwise_version')"_s.arg(db->name)
            : u"SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = "
              "(SELECT oid FROM pg_database WHERE datname = current_database())"_s;
        QCOMPARE(query(*db, holderSql), QStringList { QString::number(session) });
        holder.kill(); // SIGKILL
        QVERIFY(holder.waitForFinished());
        QVERIFY(setSleep(*db, 0));
        const QStringList arguments { u"upgrade"_s, u"heads"_s, u"--lock-timeout"_s, u"120"_s };
        const Run next = stepwise(arguments, project, *db);
        const QString where = u"round %1, next run %2 ms: "_s.arg(round).arg(next.ms) + next.all();
        QVERIFY2(next.exitCode == 0, qPrintable(where));
        QVERIFY2(!next.all().contains(u"--resume"_s) && !next.all().contains(u"stamp"_s),
            qPrintable(where));
        // Well before the dead run's statement would have ended.
        QVERIFY2(next.ms < (mariadb ? 30000 : 20000), qPrintable(where));
        if (round == 0)
            qInfo("the next run finished after %lld ms%s", next.ms,
                next.err.contains(u"Waiting for the migration lock"_s) ? " (it reported the wait)"
                                                                       : "");
        QCOMPARE(heads(*db), QStringList { f3 });
        QCOMPARE(tables(*db), allTables);
        QCOMPARE(query(*db, u"SELECT COUNT(*) FROM f_one"_s),
            QStringList { u"1"_s }); // the step ran once
        QCOMPARE(history(*db),
            (QStringList { f1 + u" up ok 1"_s, f2 + u" up ok 3"_s, f3 + u" up ok 1"_s }));
    }
}

void tst_ServerFaults::lockTimeout_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows({ u"postgresql"_s, u"mariadb"_s });
}

// Another session's open transaction holds f_one (PostgreSQL: LOCK TABLE … ACCESS EXCLUSIVE;
// MariaDB: a transaction that read it, holding its metadata lock), and f2 alters f_one. With
// --lock-timeout 2 the run gives up after about 2 s instead of queueing behind it, exit 3 (the
// lock timeout code), naming the revision and the blocking session.
void tst_ServerFaults::lockTimeout()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const bool mariadb = dialect == u"mariadb"_s;
    const QString project =
        faultProject(m_dir.filePath(u"blocked-%1"_s.arg(++m_serial)), dialect, Shape::AlterLocked);
    QVERIFY(!project.isEmpty());
    for (int round = 0; round < repeats(); ++round) {
        QString error;
        const auto db = prepare(dialect, 0, &error);
        QVERIFY2(db, qPrintable(error));
        auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
        const Run first = stepwise({ u"upgrade"_s, f1 }, project, *db);
        QVERIFY2(first.exitCode == 0, qPrintable(first.all()));
        QString blockerId;
        {
            QSqlDatabase blocker = Stepwise::Test::connect(*db, u"faults-blocker"_s);
            QSqlQuery q(blocker);
            if (!mariadb)
                QVERIFY(q.exec(u"SET application_name = 'faults-blocker'"_s));
            QVERIFY(q.exec(mariadb ? u"SELECT CONNECTION_ID()"_s : u"SELECT pg_backend_pid()"_s)
                && q.next());
            blockerId = q.value(0).toString();
            QVERIFY(blocker.transaction());
            QVERIFY2(q.exec(mariadb ? u"SELECT COUNT(*) FROM f_one"_s
                                    : u"LOCK TABLE f_one IN ACCESS EXCLUSIVE MODE"_s),
                qPrintable(q.lastError().text()));
            q.finish();
            const Run run =
                stepwise({ u"upgrade"_s, u"heads"_s, u"--lock-timeout"_s, u"2"_s }, project, *db);
            const QString where = u"round %1, %2 ms: "_s.arg(round).arg(run.ms) + run.all();
            QVERIFY2(run.exitCode == 3, qPrintable(where));
            QVERIFY2(run.ms >= 1900 && run.ms < 10000, qPrintable(where)); // not the 30 s default
            QVERIFY2(run.out.contains(u"FAILED: versions/f2.sql:"_s)
                    && run.out.contains(u"upgrade of revision %1 failed"_s.arg(f2)),
                qPrintable(where));
            QVERIFY2(
                run.out.contains(u"lock held by session %1 ("_s.arg(blockerId)), qPrintable(where));
            // MariaDB shows no statement of an idle session; PostgreSQL its last one.
            QVERIFY2(
                run.out.contains(mariadb ? u"Sleep for"_s
                                         : u"application 'faults-blocker', idle in transaction"_s),
                qPrintable(where));
            QVERIFY2(run.out.contains(u"transaction open since"_s), qPrintable(where));
            if (round == 0)
                qInfo("%lld ms: %s", run.ms, qPrintable(run.out.trimmed()));
            QCOMPARE(heads(*db), QStringList { f1 });
            QCOMPARE(history(*db), (QStringList { f1 + u" up ok 1"_s, f2 + u" up failed 0"_s }));
            blocker.rollback();
            blocker.close();
        }
        QSqlDatabase::removeDatabase(u"faults-blocker"_s);
        QCOMPARE(tables(*db), QStringList { u"f_one"_s });
        const Run rerun =
            stepwise({ u"upgrade"_s, u"heads"_s, u"--lock-timeout"_s, u"2"_s }, project, *db);
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.all()));
        QCOMPARE(heads(*db), QStringList { f3 });
        QCOMPARE(tables(*db), allTables);
        QCOMPARE(
            query(*db,
                mariadb
                    ? u"SELECT COUNT(*) FROM information_schema.COLUMNS WHERE "
                      "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'f_one' AND COLUMN_NAME = 'note'"_s
                    : u"SELECT COUNT(*) FROM information_schema.columns WHERE "
                      "table_name = 'f_one' AND column_name = 'note'"_s),
            QStringList { u"1"_s });
    }
}

QTEST_GUILESS_MAIN(tst_ServerFaults)
#include "tst_serverfaults.moc"
