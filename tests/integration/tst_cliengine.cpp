// `stepwise upgrade/downgrade/stamp` as a process on SQLite, PostgreSQL and MariaDB: exit
// codes (0 ok, 1 migration failure, 2 usage/config/repository, 3 lock timeout), bad input
// answered with a message naming what and where, the offline script run by the database's
// own client giving what the online run gives, and R6 (no password in anything Stepwise
// writes; a version table named `we"ird; name`).
#include "tests/common/enginesupport.h"
#include "tests/common/testsupport.h"

#include "core/db/dialect.h"
#include "core/engine/databaselock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::runCli;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QString revisionFile(const QString &id, const QString &parents, const QString &up, const QString &down)
{
    return u"-- revision: %1\n-- parents: %2\n-- message: %1\n\n-- migrate:up\n%3\n%4"_s.arg(
        id, parents, up, down.isNull() ? QString() : u"\n-- migrate:down\n"_s + down + u'\n');
}

// x1 (irreversible: no down section) ← x2 ← x3 (fails when `failing`).
QString smallProject(const QString &dir, const QString &dialect, bool failing,
                     const QString &extraIni = {})
{
    QDir().mkpath(dir + u"/versions"_s);
    Stepwise::Test::setProjectDialect(dir, dialect, extraIni);
    writeFile(dir + u"/versions/x1.sql"_s,
              revisionFile(u"x00000000001"_s, {}, u"CREATE TABLE x_one (id INTEGER PRIMARY KEY);"_s, {}));
    writeFile(dir + u"/versions/x2.sql"_s,
              revisionFile(u"x00000000002"_s, u"x00000000001"_s,
                           u"CREATE TABLE x_two (id INTEGER PRIMARY KEY);"_s, u"DROP TABLE x_two;"_s));
    if (failing)
        writeFile(dir + u"/versions/x3.sql"_s,
                  revisionFile(u"x00000000003"_s, u"x00000000002"_s,
                               u"INSERT INTO x_nowhere VALUES (1);"_s, u"SELECT 1;"_s));
    return dir;
}

// Runs an offline script with the dialect's own command-line client.
bool runClient(const Stepwise::Test::TestDatabase &db, const QString &scriptPath, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(scriptPath);
    if (db.dialect == u"sqlite"_s) {
        p.start(u"sqlite3"_s, {u"-bail"_s, db.name});
    } else if (db.dialect == u"postgresql"_s) {
        p.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, db.url});
    } else {
        const QUrl url(db.url);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MYSQL_PWD"_s, url.password());
        p.setProcessEnvironment(env);
        p.start(u"mariadb"_s, {u"-h"_s, url.host(), u"-P"_s, QString::number(url.port()), u"-u"_s,
                               url.userName(), db.name});
    }
    const bool finished = p.waitForFinished(300000);
    *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList headsRows(const QSqlDatabase &db, const QString &dialect, const QString &table = u"stepwise_version"_s)
{
    return Stepwise::Test::column(db, u"SELECT version_num FROM "_s + Stepwise::Test::quoted(dialect, table));
}

QStringList historyRows(const QSqlDatabase &db)
{
    return Stepwise::Test::column(db, u"SELECT revision, direction, status FROM stepwise_history"_s);
}

} // namespace

class tst_CliEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void badInput_data();
    void badInput();
    void offlineMatchesOnline_data();
    void offlineMatchesOnline();
    void secrets_data();
    void secrets();

private:
    QTemporaryDir m_dir;
};

void tst_CliEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI must name the stepwise binary");
}

void tst_CliEngine::exitCodes_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("exitCode");
    for (const QString &d : {u"sqlite"_s, u"postgresql"_s, u"mariadb"_s}) {
        const auto row = [&](const QString &situation, int code) {
            QTest::newRow(qPrintable(d + u'-' + situation)) << d << situation << code;
        };
        row(u"ok"_s, 0);
        row(u"migration-failure"_s, 1);
        row(u"bad-target"_s, 2);
        row(u"irreversible-downgrade"_s, 2);
        row(u"empty-down-downgrade"_s, 2);
        row(u"empty-down-allowed"_s, 0);
        row(u"alembic-project-no-python"_s, 2);
        row(u"lock-timeout"_s, 3);
    }
}

void tst_CliEngine::exitCodes()
{
    QFETCH(QString, dialect);
    QFETCH(QString, situation);
    QFETCH(int, exitCode);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString project = smallProject(m_dir.filePath(u"codes-"_s + QString::fromUtf8(QTest::currentDataTag())), dialect,
                                         situation == u"migration-failure"_s);
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const QStringList base{u"--project"_s, project, u"--url"_s, db->url};
    QStringList expectedRows;
    Stepwise::Test::CliResult r;
    if (situation == u"ok"_s) {
        r = runCli(QStringList{u"upgrade"_s, u"heads"_s} + base);
        expectedRows = {u"x00000000002"_s};
    } else if (situation == u"migration-failure"_s) {
        r = runCli(QStringList{u"upgrade"_s, u"heads"_s} + base);
        expectedRows = {u"x00000000002"_s};
        QVERIFY2(r.out.contains(u"versions/x3.sql:6"_s), qPrintable(r.out));
    } else if (situation == u"bad-target"_s) {
        r = runCli(QStringList{u"upgrade"_s, u"nosuchrevision"_s} + base);
    } else if (situation == u"irreversible-downgrade"_s) {
        QCOMPARE(runCli(QStringList{u"upgrade"_s, u"heads"_s} + base).exitCode, 0);
        r = runCli(QStringList{u"downgrade"_s, u"base"_s} + base);
        expectedRows = {u"x00000000002"_s}; // stopped before running anything
        QVERIFY2(r.out.contains(u"irreversible"_s), qPrintable(r.out));
    } else if (situation.startsWith(u"empty-down"_s)) {
        // x2's down section holds only a comment: it undoes nothing of its up section.
        QVERIFY(Stepwise::Test::replaceInFile(project + u"/versions/x2.sql"_s, u"DROP TABLE x_two;"_s,
                                              u"-- nothing to undo"_s));
        QCOMPARE(runCli(QStringList{u"upgrade"_s, u"heads"_s} + base).exitCode, 0);
        const bool allowed = situation == u"empty-down-allowed"_s;
        r = runCli(QStringList{u"downgrade"_s, u"x00000000001"_s} + base
                   + (allowed ? QStringList{u"--allow-empty-down"_s} : QStringList()));
        expectedRows = {allowed ? u"x00000000001"_s : u"x00000000002"_s};
        if (!allowed) { // named, with where its down section is and how to go on
            QVERIFY2(r.out.contains(u"versions/x2.sql:8: Revision x00000000002 has an empty down section"_s),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(u"--allow-empty-down"_s), qPrintable(r.out));
        }
    } else if (situation == u"alembic-project-no-python"_s) {
        // Python revisions need a Python: a missing one is named, and nothing is touched.
        const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"alembic-"_s + dialect),
                                                              u"synthetic"_s, 5);
        QVERIFY(!generated.isEmpty());
        r = runCli({u"upgrade"_s, u"heads"_s, u"--project"_s, generated + u"/alembic"_s, u"--url"_s, db->url,
                    u"--python"_s, u"/nonexistent/python3"_s});
        QVERIFY2(r.out.contains(u"/nonexistent/python3"_s), qPrintable(r.out));
    } else {
        // Another connection holds the migration lock (SQLite: the write lock).
        QSqlDatabase holder = Stepwise::Test::connect(*db, u"lock-holder"_s);
        {
            std::unique_ptr<DatabaseLock> lock;
            QSqlQuery q(holder);
            if (dialect == u"sqlite"_s) {
                QVERIFY(q.exec(u"CREATE TABLE lock_holder (id INTEGER)"_s));
                QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            } else {
                lock = std::make_unique<DatabaseLock>(holder, *Dialect::forScheme(dialect),
                                                      TableName{{}, u"stepwise_version"_s});
                QVERIFY(lock->acquire(std::chrono::milliseconds(1000)));
            }
            r = runCli(QStringList{u"upgrade"_s, u"heads"_s, u"--lock-timeout"_s, u"1"_s} + base);
            if (dialect == u"sqlite"_s)
                QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"lock-holder"_s);
        if (dialect != u"sqlite"_s)
            QVERIFY2(r.out.contains(u"Timed out after 1 s waiting for the migration lock"_s), qPrintable(r.out));
    }
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(u"exit %1, expected %2\nstdout: %3\nstderr: %4"_s.arg(r.exitCode).arg(exitCode).arg(r.out, r.err)));
    QSqlDatabase conn = Stepwise::Test::connect(*db, u"check"_s);
    if (exitCode == 2 || exitCode == 3) {
        if (situation != u"irreversible-downgrade"_s && situation != u"empty-down-downgrade"_s) {
            // Refused before any database work: no table created, no row written.
            QCOMPARE(Stepwise::Test::userTables(conn, {u"lock_holder"_s}), QStringList{});
        }
    }
    if (!expectedRows.isEmpty())
        QCOMPARE(headsRows(conn, dialect), expectedRows);
    conn.close();
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void tst_CliEngine::badInput_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // exact; %1 is the project folder
    QTest::addColumn<QString>("err"); // exact
    const auto row = [](const char *situation, int code, const QString &out,
                        const QString &err = {}) {
        QTest::newRow(situation) << QString::fromLatin1(situation) << code << out << err;
    };
    // Both files, each with the line of its id (Alembic only warns, naming neither).
    row("duplicate-id", 2,
        u"FAILED: versions/x2_copy.sql:1: Revision x00000000002 is present more than once; "
        u"also declared in versions/x2.sql:1\n"_s);
    row("duplicate-id-alembic", 2,
        u"FAILED: migrations/versions/a2_copy.py:5: Revision a00000000001 is present more than "
        u"once; also declared in migrations/versions/a1_first.py:5\n"_s);
    // Skipped before: the graph was computed without the file.
    row("dangling-symlink", 2,
        u"FAILED: versions/x3.sql: cannot read: a symbolic link to %1/gone.sql, which does not exist\n"_s);
    // Root reads a file without read permission (the tests run as root): a named pipe stands in
    // for an entry that cannot be read; unreadable-file runs only for other users.
    row("named-pipe", 2, u"FAILED: versions/x3.sql: cannot read: a named pipe, not a regular file\n"_s);
    row("unreadable-file", 2,
        u"FAILED: 2 problems found in the project\n"_s,
        u"error: versions/x2.sql: cannot read: Permission denied\n"
        u"error: versions/x3.sql:2: Revision x00000000002 referenced from x00000000003 is not present\n"_s);
    // Alembic's line, then the candidates it hides.
    row("ambiguous-prefix", 2,
        u"FAILED: Can't locate revision identified by 'x0000'\n"
        u"  Multiple revisions start with 'x0000': 'x00000000001', 'x00000000002', 'x00000000003'\n"_s);
    row("history-range-no-colon", 2,
        u"FAILED: History range requires [start]:[end], [start]:, or :[end]\n"
        u"  History range 'x00000000001' has no ':'\n"_s);
    row("history-range-two-colons", 2,
        u"FAILED: History range requires [start]:[end], [start]:, or :[end]\n"
        u"  History range 'x00000000001:x00000000002:' has more than one ':'\n"_s);
    // SQLite opens any file; the error comes from opening, naming the file: a URL naming a file
    // that is no database is bad input (exit 2), unlike a server that fails (exit 1).
    row("sqlite-not-a-database", 2,
        u"FAILED: Cannot read the database file %1/notes.db: file is not a database\n"
        u"  file is not a database\n"_s);
}

void tst_CliEngine::badInput()
{
    QFETCH(QString, situation);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const QString project = smallProject(m_dir.filePath(u"bad-"_s + situation), u"sqlite"_s, true);
    const QString versions = project + u"/versions"_s;
    QString error;
    const auto db = Stepwise::Test::createDatabase(u"sqlite"_s, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    QStringList args{u"upgrade"_s, u"heads"_s, u"-q"_s, u"--project"_s, project, u"--url"_s, db->url};
    if (situation == u"duplicate-id"_s) {
        QVERIFY(QFile::copy(versions + u"/x2.sql"_s, versions + u"/x2_copy.sql"_s));
    } else if (situation == u"duplicate-id-alembic"_s) {
        const QString alembic = m_dir.filePath(u"bad-alembic"_s);
        QDir().mkpath(alembic + u"/migrations/versions"_s);
        QVERIFY(writeFile(alembic + u"/alembic.ini"_s, u"[alembic]\nscript_location = migrations\n"_s));
        const QString text = u"\"\"\"first\n\nRevision ID: a00000000001\n\"\"\"\nrevision = 'a00000000001'\n"
                             u"down_revision = None\n"_s;
        QVERIFY(writeFile(alembic + u"/migrations/versions/a1_first.py"_s, text));
        QVERIFY(writeFile(alembic + u"/migrations/versions/a2_copy.py"_s, text));
        args = QStringList{u"heads"_s, u"-q"_s, u"--project"_s, alembic};
    } else if (situation == u"dangling-symlink"_s || situation == u"named-pipe"_s) {
#ifdef Q_OS_UNIX
        QVERIFY(QFile::remove(versions + u"/x3.sql"_s));
        const QByteArray entry = QFile::encodeName(versions + u"/x3.sql"_s);
        if (situation == u"named-pipe"_s)
            QVERIFY(::mkfifo(entry.constData(), 0644) == 0);
        else
            QVERIFY(::symlink(QFile::encodeName(project + u"/gone.sql"_s).constData(),
                              entry.constData()) == 0);
#else
        QSKIP("symbolic links and named pipes: Unix only");
#endif
    } else if (situation == u"unreadable-file"_s) {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("running as root: a file without read permission is still readable");
#endif
        QVERIFY(QFile::setPermissions(versions + u"/x2.sql"_s, QFileDevice::WriteOwner));
    } else if (situation == u"ambiguous-prefix"_s) {
        args[1] = u"x0000"_s;
    } else if (situation.startsWith(u"history-range"_s)) {
        const QString range = situation.endsWith(u"no-colon"_s) ? u"x00000000001"_s
                                                                : u"x00000000001:x00000000002:"_s;
        args = QStringList{u"history"_s, u"-q"_s, u"-r"_s, range, u"--project"_s, project};
    } else {
        QVERIFY(writeFile(project + u"/notes.db"_s, u"name,price\nmug,12\n"_s.repeated(40)));
        args.last() = u"sqlite:///"_s + project + u"/notes.db"_s;
    }
    const Stepwise::Test::CliResult r = runCli(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1, expected %2\nstdout: %3\nstderr: %4"_s
                                                    .arg(r.exitCode).arg(exitCode).arg(r.out, r.err)));
    QCOMPARE(r.out, out.contains(u"%1"_s) ? out.arg(project) : out);
    QCOMPARE(r.err, err);
    // Refused before any database work: no table, no row.
    QSqlDatabase conn = Stepwise::Test::connect(*db, u"bad-input"_s);
    QCOMPARE(Stepwise::Test::userTables(conn), QStringList{});
    conn.close();
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bad-input"_s);
    if (situation == u"sqlite-not-a-database"_s) { // and the file is left as it was
        QFile notes(project + u"/notes.db"_s);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), u"name,price\nmug,12\n"_s.repeated(40).toUtf8());
    }
}

void tst_CliEngine::offlineMatchesOnline_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows();
}

// 120 revisions with two merges: `upgrade heads --sql` run by sqlite3 / psql / mariadb gives
// the same tables, columns, indexes, heads rows and history rows as the online run.
void tst_CliEngine::offlineMatchesOnline()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"offline-"_s + dialect),
                                                          u"synthetic"_s, 120);
    QVERIFY(!generated.isEmpty());
    const QString project = generated + u"/native"_s;
    QVERIFY(Stepwise::Test::setProjectDialect(project, dialect));
    QString error;
    const auto online = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(online, qPrintable(error));
    auto dropOnline = qScopeGuard([&] { Stepwise::Test::dropDatabase(*online); });
    const auto offline = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(offline, qPrintable(error));
    auto dropOffline = qScopeGuard([&] { Stepwise::Test::dropDatabase(*offline); });

    const auto up = runCli({u"upgrade"_s, u"heads"_s, u"-q"_s, u"--project"_s, project, u"--url"_s, online->url});
    QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
    const auto sql = runCli({u"upgrade"_s, u"heads"_s, u"--sql"_s, u"-q"_s, u"--project"_s, project,
                             u"--url"_s, offline->url});
    QVERIFY2(sql.exitCode == 0, qPrintable(sql.out + sql.err));
    const QString scriptPath = m_dir.filePath(u"offline-"_s + dialect + u".sql"_s);
    QVERIFY(writeFile(scriptPath, sql.out));
    QString clientOutput;
    QVERIFY2(runClient(*offline, scriptPath, &clientOutput), qPrintable(clientOutput));

    QSqlDatabase a = Stepwise::Test::connect(*online, u"online"_s);
    QSqlDatabase b = Stepwise::Test::connect(*offline, u"offline"_s);
    const QStringList catalogA = Stepwise::Test::catalog(a);
    QCOMPARE(Stepwise::Test::userTables(a).size(), 120);
    QVERIFY(catalogA.size() >= 120 * 3); // two columns and an index per table at least
    QCOMPARE(Stepwise::Test::catalog(b), catalogA);
    QCOMPARE(headsRows(b, dialect), headsRows(a, dialect));
    QCOMPARE(historyRows(b), historyRows(a));
    QCOMPARE(historyRows(a).size(), 120);
    a.close();
    b.close();
    a = b = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"online"_s);
    QSqlDatabase::removeDatabase(u"offline"_s);
}

void tst_CliEngine::secrets_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows();
}

// R6: the password appears in no output, no file under the project, no history row; a
// version table named `we"ird; name` works through upgrade, current, stamp and --sql.
void tst_CliEngine::secrets()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString weird = u"we\"ird; name"_s;
    const QString project = smallProject(m_dir.filePath(u"secrets-"_s + dialect), dialect, true,
                                         u"version_table = we\"ird; name\n"_s);
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto cleanup = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const QStringList base{u"--project"_s, project, u"--url"_s, db->url};
    QString everything;
    const auto run = [&](const QStringList &args) {
        const auto r = runCli(args + base);
        everything += r.out + r.err;
        return r;
    };
    QCOMPARE(run({u"upgrade"_s, u"x00000000002"_s}).exitCode, 0);
    QCOMPARE(run({u"upgrade"_s, u"heads"_s}).exitCode, 1); // x3 fails: error text recorded
    QCOMPARE(run({u"current"_s, u"-v"_s}).exitCode, 0);
    QCOMPARE(run({u"stamp"_s, u"x00000000001"_s}).exitCode, 0);
    QCOMPARE(run({u"upgrade"_s, u"heads"_s, u"--sql"_s}).exitCode, 0);
    QCOMPARE(run({u"upgrade"_s, u"heads"_s, u"--json"_s}).exitCode, 1);
    QVERIFY2(everything.contains(u"x_nowhere"_s), qPrintable(everything));
    // A wrong password in the URL: the error must not repeat it.
    if (dialect != u"sqlite"_s) {
        QUrl wrong(db->url);
        wrong.setPassword(u"Wr0ngPassw0rd-x"_s);
        const auto r = runCli({u"upgrade"_s, u"heads"_s, u"--project"_s, project, u"--url"_s, wrong.toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!QString(r.out + r.err).contains(u"Wr0ngPassw0rd-x"_s), qPrintable(r.out + r.err));
        everything += r.out + r.err;
    }

    QSqlDatabase conn = Stepwise::Test::connect(*db, u"secrets"_s);
    QCOMPARE(headsRows(conn, dialect, weird), QStringList{u"x00000000001"_s});
    const QStringList history = Stepwise::Test::column(
        conn, u"SELECT revision, status, error, os_user, tool_version FROM stepwise_history"_s);
    QVERIFY(history.size() >= 4);
    QVERIFY2(history.join(u'\n').contains(u"x_nowhere"_s), qPrintable(history.join(u'\n')));
    conn.close();
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"secrets"_s);
    if (db->password.isEmpty())
        return;
    QVERIFY2(!everything.contains(db->password), "the password appeared in Stepwise's output");
    QVERIFY2(!history.join(u'\n').contains(db->password), "the password is in the history table");
    QDirIterator it(project, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(db->password.toUtf8()), qPrintable(it.filePath()));
        ++files;
    }
    QVERIFY(files >= 4);
}

QTEST_GUILESS_MAIN(tst_CliEngine)
#include "tst_cliengine.moc"
