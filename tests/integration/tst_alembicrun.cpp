// Alembic and Flask-Migrate projects moved by `stepwise` through their own Alembic (issue 15):
// on SQLite, PostgreSQL and MariaDB, every run ends with the same alembic_version rows and the
// same tables as Debian's `alembic` / `flask db` alone produce from the same start; a revision
// that raises fails its step at its line with nothing recorded for it; a Flask app whose
// DATABASE_URL names another database is refused before anything is touched.
#include "tests/common/enginesupport.h"
#include "tests/common/testsupport.h"

#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Stepwise::Test::TestDatabase;

namespace {

const QString python = u"/usr/bin/python3"_s; // Debian's, with python3-alembic and Flask

// The URL as SQLAlchemy takes it (MySQL/MariaDB through PyMySQL, which Debian ships).
QString sqlalchemyUrl(const QString &url)
{
    if (url.startsWith(u"mysql://"_s) || url.startsWith(u"mariadb://"_s))
        return u"mysql+pymysql://"_s + url.section(u"://"_s, 1);
    return url;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

// Debian's own tools, for the reference side: `python3 -m alembic` / `python3 -m flask`.
Run runPython(const QStringList &arguments, const QString &dir, const QHash<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(python, arguments);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

// The database's state as both tools leave it: heads rows and tables (Stepwise's history aside).
struct State
{
    QStringList heads;
    QStringList tables;
    bool operator==(const State &o) const { return heads == o.heads && tables == o.tables; }
};

State stateOf(const TestDatabase &db)
{
    State s;
    QSqlDatabase c = Stepwise::Test::connect(db, u"state"_s);
    s.tables = Stepwise::Test::userTables(c, {u"stepwise_history"_s});
    if (s.tables.contains(u"alembic_version"_s))
        s.heads = Stepwise::Test::column(c, u"SELECT version_num FROM alembic_version"_s);
    s.heads.sort();
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"state"_s);
    return s;
}

QStringList historyStatuses(const TestDatabase &db)
{
    QSqlDatabase c = Stepwise::Test::connect(db, u"history"_s);
    const QStringList rows = Stepwise::Test::column(c, u"SELECT status FROM stepwise_history ORDER BY id"_s);
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"history"_s);
    return rows;
}

// Two fresh databases of one dialect, dropped with the pair: ours for Stepwise, the other for
// Alembic or `flask db` alone (or for the app to point at).
struct DatabasePair
{
    DatabasePair(const QString &dialect, const QString &dir)
        : ours(Stepwise::Test::createDatabase(dialect, dir, &error))
    {
        if (ours)
            other = Stepwise::Test::createDatabase(dialect, dir, &error);
    }
    ~DatabasePair()
    {
        for (const std::optional<TestDatabase> *db : {&ours, &other}) {
            if (*db)
                Stepwise::Test::dropDatabase(**db);
        }
    }
    DatabasePair(const DatabasePair &) = delete;
    DatabasePair &operator=(const DatabasePair &) = delete;
    bool ok() const { return ours && other; }

    QString error;
    std::optional<TestDatabase> ours, other;
};

QString describe(const State &s)
{
    return u"heads (%1), %2 tables"_s.arg(s.heads.join(u", "_s)).arg(s.tables.size());
}

// A Flask-SQLAlchemy app with two models, its database from DATABASE_URL.
QString flaskAppSource()
{
    return uR"(import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrate import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)
migrate = Migrate(app, db)


class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False, unique=True)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    author_id = db.Column(db.Integer, db.ForeignKey("author.id"), nullable=False)
)"_s;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

// The folder `app` with flaskAppSource() as app.py and a .flaskenv naming it.
bool writeFlaskApp(const QString &app)
{
    return QDir().mkpath(app) && writeFile(app + u"/app.py"_s, flaskAppSource())
        && writeFile(app + u"/.flaskenv"_s, u"FLASK_APP=app.py\n"_s);
}

} // namespace

class tst_AlembicRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsAlembic_data() { Stepwise::Test::addDialectColumn(); Stepwise::Test::addDialectRows(); }
    void sameAsAlembic();
    void failingRevision_data() { Stepwise::Test::addDialectColumn(); Stepwise::Test::addDialectRows(); }
    void failingRevision();
    void halfAppliedRevision_data() { Stepwise::Test::addDialectColumn(); Stepwise::Test::addDialectRows(); }
    void halfAppliedRevision();
    void flaskMigrateApp_data() { Stepwise::Test::addDialectColumn(); Stepwise::Test::addDialectRows(); }
    void flaskMigrateApp();
    void plainAlembicProject_data() { Stepwise::Test::addDialectColumn(); Stepwise::Test::addDialectRows(); }
    void plainAlembicProject();
    void offlineSqlSameAsAlembic_data() { Stepwise::Test::addDialectColumn(); Stepwise::Test::addDialectRows(); }
    void offlineSqlSameAsAlembic();
    void offlineSqlNeedsALiveConnection();
    void killedMidRun_data();
    void killedMidRun();
    void connectionProfileEnvironment_data() { Stepwise::Test::addDialectColumn(); Stepwise::Test::addDialectRows(); }
    void connectionProfileEnvironment();
    void alembicTooOld();
    void sqliteRunLock();

private:
    // A generated Alembic project (bench/generate_repo.py's synthetic shape) in m_dir/name.
    QString alembicProject(const QString &name, int revisions)
    {
        const QString generated = Stepwise::Test::generateProject(m_dir.filePath(name), u"synthetic"_s, revisions);
        return generated.isEmpty() ? QString() : generated + u"/alembic"_s;
    }

    QTemporaryDir m_dir;
};

void tst_AlembicRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI must name the stepwise binary");
    const Run alembic = runPython({u"-c"_s, u"import alembic, flask_migrate, flask_sqlalchemy"_s}, m_dir.path());
    QVERIFY2(alembic.exitCode == 0,
             qPrintable(u"Debian's python3-alembic and python3-flask-migrate are needed "
                        "(scripts/install-deps): "_s + alembic.output));
}

// A generated project with branches and merges: upgrade heads, downgrade -1, downgrade base,
// upgrade to a revision on a branch, upgrade heads, stamp a branch revision, stamp heads —
// Stepwise on one database, Alembic on another, the same state after each.
void tst_AlembicRun::sameAsAlembic()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString project = alembicProject(u"same-"_s + dialect, 60);
    QVERIFY(!project.isEmpty());
    const DatabasePair pair(dialect, m_dir.path());
    QVERIFY2(pair.ok(), qPrintable(pair.error));
    const auto &ours = pair.ours, &theirs = pair.other;

    const auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    // A revision on a side branch: one with a sibling (its parent has two children).
    QString branchRevision;
    const auto &graph = loaded->graph;
    for (int i = 0; i < graph.size() && branchRevision.isEmpty(); ++i) {
        if (graph.children(i).size() > 1)
            branchRevision = graph.id(graph.children(i).last());
    }
    QVERIFY2(!branchRevision.isEmpty(), "the generated project has a branch");

    const QList<QStringList> steps = {{u"upgrade"_s, u"heads"_s}, {u"downgrade"_s, u"-1"_s},
                                      {u"downgrade"_s, u"base"_s}, {u"upgrade"_s, branchRevision},
                                      {u"upgrade"_s, u"heads"_s}, {u"stamp"_s, branchRevision},
                                      {u"stamp"_s, u"heads"_s}};
    int applied = 0;
    for (const QStringList &step : steps) {
        const auto r = Stepwise::Test::runCli(QStringList{u"--project"_s, project, u"--url"_s, ours->url,
                                                          u"--python"_s, python, u"-q"_s} + step);
        QVERIFY2(r.exitCode == 0, qPrintable(step.join(u' ') + u": "_s + r.out + r.err));
        const Run ref = runPython({u"-m"_s, u"alembic"_s, u"-x"_s, u"url="_s + sqlalchemyUrl(theirs->url),
                                   step.at(0), step.at(1) == u"heads"_s ? u"heads"_s : step.at(1)},
                                  project);
        QVERIFY2(ref.exitCode == 0, qPrintable(step.join(u' ') + u" (alembic): "_s + ref.output));
        const State a = stateOf(*ours), b = stateOf(*theirs);
        QVERIFY2(a == b, qPrintable(step.join(u' ') + u": stepwise " + describe(a) + u", alembic " + describe(b)));
        applied = int(historyStatuses(*ours).size());
        if (&step == &steps.first()) {
            QCOMPARE(applied, graph.size());
            // The driver's rows (written on the DBAPI cursor): each revision once, going up,
            // with its file's checksum and the run's timestamp.
            QSqlDatabase c = Stepwise::Test::connect(*ours, u"rows"_s);
            QSqlQuery q(u"SELECT revision, direction, checksum, started_at, duration_ms, status "
                        "FROM stepwise_history ORDER BY id"_s, c);
            QSet<QString> seen;
            while (q.next()) {
                const QString revision = q.value(0).toString();
                const int at = graph.indexOf(revision);
                QVERIFY2(at >= 0 && !seen.contains(revision), qPrintable(revision));
                seen.insert(revision);
                QCOMPARE(q.value(1).toString(), u"up"_s);
                QCOMPARE(q.value(2).toString(), graph.revision(at).up.checksum);
                QVERIFY2(q.value(3).toDateTime().isValid(), qPrintable(q.value(3).toString()));
                QVERIFY(q.value(4).toLongLong() >= 0);
                QCOMPARE(q.value(5).toString(), u"ok"_s);
            }
            QCOMPARE(int(seen.size()), graph.size());
            q = QSqlQuery();
            c.close();
            c = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"rows"_s);
        }
    }
    // Every step of every run is in the history, all ok.
    const QStringList history = historyStatuses(*ours);
    QCOMPARE(int(history.size()), applied);
    QVERIFY(history.size() > 60);
    QCOMPARE(history.count(u"ok"_s), history.size());
}

// A revision that raises: its step fails at its line, the database's words are shown, nothing
// is recorded for it as applied, and a second run stops at the same place.
void tst_AlembicRun::failingRevision()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString project = alembicProject(u"fail-"_s + dialect, 8);
    QVERIFY(!project.isEmpty());
    int line = 0;
    const QString file = Stepwise::Test::breakAlembicRevision(project, 5, &line);
    QVERIFY(!file.isEmpty());
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto drop = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const QStringList base{u"--project"_s, project, u"--url"_s, db->url, u"--python"_s, python};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto r = Stepwise::Test::runCli(base + QStringList{u"upgrade"_s, u"heads"_s});
        QCOMPARE(r.exitCode, 1);
        const QString where = u"migrations/versions/"_s + QFileInfo(file).fileName() + u':' + QString::number(line);
        QVERIFY2(r.out.contains(where), qPrintable(where + u"\n"_s + r.out));
        QVERIFY2(r.out.contains(u"nowhere"_s), qPrintable(r.out));
        const State s = stateOf(*db);
        QCOMPARE(s.heads.size(), 1);
        QVERIFY(!s.tables.contains(u"t_00005"_s));
        QVERIFY(s.tables.contains(u"t_00004"_s));
    }
    const QStringList history = historyStatuses(*db);
    QCOMPARE(history.count(u"failed"_s), 2);
    QCOMPARE(history.count(u"ok"_s), 4);
}

// Where Alembic cannot render offline, `--sql` prints the script as far as it goes, then says
// which revision (file:line) or that env.py needs a live connection, and lists the steps left
// as comments; the command fails (exit 1) so a pipeline never takes a partial script for the
// whole.
void tst_AlembicRun::offlineSqlNeedsALiveConnection()
{
    const QString project = alembicProject(u"live"_s, 5);
    QVERIFY(!project.isEmpty());
    const QDir versions(project + u"/migrations/versions"_s);
    const QStringList files = versions.entryList({u"*_create_table_t_00003.py"_s});
    QCOMPARE(files.size(), 1);
    const QString file = versions.filePath(files.first());
    const QString reads = u"    count = op.get_bind().execute(sa.text(\"SELECT count(*) FROM t_00002\")).scalar()\n"_s;
    QVERIFY(Stepwise::Test::replaceInFile(file, u"def upgrade() -> None:\n"_s, u"def upgrade() -> None:\n"_s + reads));
    const QString text = Stepwise::Test::readFile(file);
    const int line = int(text.left(text.indexOf(u"op.get_bind()"_s)).count(u'\n')) + 1;
    const QStringList sql{u"--project"_s, project, u"--url"_s, u"sqlite:///"_s + m_dir.filePath(u"live.db"_s),
                          u"--python"_s, python, u"upgrade"_s, u"heads"_s, u"--sql"_s};
    auto r = Stepwise::Test::runCli(sql);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"CREATE TABLE t_00002"_s) && !r.out.contains(u"CREATE TABLE t_00003"_s), qPrintable(r.out));
    const QString where = u"migrations/versions/"_s + files.first() + u':' + QString::number(line);
    QVERIFY2(r.out.contains(u"cannot be rendered offline"_s) && r.out.contains(where), qPrintable(where + u'\n' + r.out));
    QVERIFY2(r.out.contains(u"-- Running upgrade "_s) && r.out.contains(u"-- It runs only against a live connection"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"FAILED: The SQL is incomplete"_s), qPrintable(r.out)); // Alembic's words, on stdout
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"live.db"_s)) || QFileInfo(m_dir.filePath(u"live.db"_s)).size() == 0);

    // An env.py without an offline mode: nothing rendered, the whole plan as comments.
    QVERIFY(Stepwise::Test::replaceInFile(file, reads, QString()));
    QVERIFY(Stepwise::Test::replaceInFile(project + u"/migrations/env.py"_s,
                                          u"def run_migrations_offline() -> None:\n"_s,
                                          u"def run_migrations_offline() -> None:\n"
                                          "    raise RuntimeError(\"this project runs online only\")\n"_s));
    r = Stepwise::Test::runCli(sql);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"-- env.py cannot render offline SQL (RuntimeError: this project runs online only)"_s),
             qPrintable(r.out));
    QCOMPARE(r.out.count(u"-- Running upgrade "_s), 5);
    QVERIFY(!r.out.contains(u"CREATE TABLE"_s));
}

// A revision that fails after two statements. SQLite and PostgreSQL roll the whole step back
// (the driver makes pysqlite's DDL transactional): nothing of it stays, and a re-run simply
// tries again. MariaDB commits each DDL statement: the two stay, the failure says so, the
// history row records them, and the next run refuses — a Python revision cannot resume half
// way — until the user finishes the step by hand and stamps it.
void tst_AlembicRun::halfAppliedRevision()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString project = alembicProject(u"half-"_s + dialect, 8);
    QVERIFY(!project.isEmpty());
    const QDir versions(project + u"/migrations/versions"_s);
    const QStringList files = versions.entryList({u"*_create_table_t_00005.py"_s});
    QCOMPARE(files.size(), 1);
    const QString file = versions.filePath(files.first());
    const QString id = files.first().section(u'_', 0, 0);
    const QString failing = u"    op.execute(\"INSERT INTO nowhere VALUES (1)\")\n"_s;
    const QString index = u"    op.execute(\"CREATE INDEX ix_t_00005_name ON t_00005 (name)\")\n"_s;
    QVERIFY(Stepwise::Test::replaceInFile(file, index, index + failing));
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto drop = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const QStringList base{u"--project"_s, project, u"--url"_s, db->url, u"--python"_s, python};
    const bool transactional = dialect != u"mariadb"_s;

    auto r = Stepwise::Test::runCli(base + QStringList{u"upgrade"_s, u"heads"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"nowhere"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"2 statement(s) of the revision ran before the failure and stayed applied"_s) == !transactional,
             qPrintable(r.out));
    QCOMPARE(stateOf(*db).tables.contains(u"t_00005"_s), !transactional);
    QVERIFY(stateOf(*db).tables.contains(u"t_00004"_s));
    QSqlDatabase c = Stepwise::Test::connect(*db, u"half"_s);
    QCOMPARE(Stepwise::Test::column(c, u"SELECT statements_done FROM stepwise_history WHERE status = 'failed'"_s),
             QStringList{transactional ? u"0"_s : u"2"_s});

    r = Stepwise::Test::runCli(base + QStringList{u"upgrade"_s, u"heads"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.contains(u"cannot be resumed half way"_s), !transactional);
    QCOMPARE(r.out.contains(u"stepwise stamp"_s), !transactional);

    QVERIFY(Stepwise::Test::replaceInFile(file, failing, QString()));
    if (!transactional) { // what the user does: finish the step by hand, record it
        QSqlQuery q(c);
        QVERIFY2(q.exec(u"INSERT INTO t_00005 (id, name) VALUES (1, 'by hand')"_s), qPrintable(q.lastError().text()));
        r = Stepwise::Test::runCli(base + QStringList{u"stamp"_s, id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"half"_s);
    r = Stepwise::Test::runCli(base + QStringList{u"upgrade"_s, u"heads"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(stateOf(*db).tables.size(), 9); // eight tables and alembic_version
}

// A Flask-Migrate app created here: `flask db init` and `migrate` (Debian's Flask-Migrate),
// then `stepwise upgrade heads` / `downgrade base` against one database and `flask db
// upgrade` against another give the same state; with DATABASE_URL naming another database
// than the selected one, Stepwise refuses and touches neither.
void tst_AlembicRun::flaskMigrateApp()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString app = m_dir.filePath(u"flask-"_s + dialect);
    QVERIFY(writeFlaskApp(app));
    const DatabasePair pair(dialect, m_dir.path());
    QVERIFY2(pair.ok(), qPrintable(pair.error));
    const auto &ours = pair.ours, &theirs = pair.other;
    const QHash<QString, QString> theirEnv{{u"FLASK_APP"_s, u"app.py"_s},
                                           {u"DATABASE_URL"_s, sqlalchemyUrl(theirs->url)}};
    Run r = runPython({u"-m"_s, u"flask"_s, u"db"_s, u"init"_s}, app, theirEnv);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    const QStringList base{u"--project"_s, app, u"--url"_s, ours->url, u"--python"_s, python};
    const QDir versions(app + u"/migrations/versions"_s);

    // DATABASE_URL names their database, the user selected ours: refused, neither touched —
    // for autogenerate (no file written) as for a run (no table created).
    const auto refused = [&](const QStringList &command) {
        qputenv("DATABASE_URL", sqlalchemyUrl(theirs->url).toUtf8());
        const auto attempt = Stepwise::Test::runCli(base + command);
        qputenv("DATABASE_URL", sqlalchemyUrl(ours->url).toUtf8());
        return attempt.exitCode == 2 && attempt.out.contains(u"env.py connects to"_s)
            && attempt.out.contains(u"nothing was run"_s);
    };
    auto unset = qScopeGuard([] { qunsetenv("DATABASE_URL"); });
    QVERIFY(refused({u"revision"_s, u"--autogenerate"_s, u"-m"_s, u"x"_s}));
    QCOMPARE(versions.entryList({u"*.py"_s}), QStringList());

    // Autogenerate through Stepwise: the app's models against our (empty) database.
    auto cli = Stepwise::Test::runCli(base + QStringList{u"revision"_s, u"--autogenerate"_s, u"-m"_s,
                                                         u"authors and books"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    QVERIFY2(cli.out.startsWith(u"Generating "_s), qPrintable(cli.out));
    const QStringList written = versions.entryList({u"*.py"_s});
    QCOMPARE(written.size(), 1);
    const QString first = written.first().section(u'_', 0, 0);
    const QString script = Stepwise::Test::readFile(versions.filePath(written.first()));
    QVERIFY(refused({u"upgrade"_s, u"heads"_s}));
    // Ours holds only the empty alembic_version autogenerate made (as `flask db migrate` does).
    QCOMPARE(stateOf(*ours).tables, QStringList{u"alembic_version"_s});
    QCOMPARE(stateOf(*ours).heads, QStringList());
    QVERIFY(!stateOf(*theirs).tables.contains(u"author"_s));
    QVERIFY2(script.contains(u"op.create_table('author'"_s) && script.contains(u"op.create_table('book'"_s),
             qPrintable(script));
    for (const QString &command : {u"upgrade"_s, u"downgrade"_s, u"upgrade"_s}) {
        const QString target = command == u"upgrade"_s ? u"heads"_s : u"base"_s;
        cli = Stepwise::Test::runCli(base + QStringList{command, target});
        QVERIFY2(cli.exitCode == 0, qPrintable(command + u": "_s + cli.out + cli.err));
        r = runPython({u"-m"_s, u"flask"_s, u"db"_s, command, target == u"heads"_s ? u"heads"_s : u"base"_s},
                      app, theirEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        const State a = stateOf(*ours), b = stateOf(*theirs);
        QVERIFY2(a == b, qPrintable(command + u": stepwise " + describe(a) + u", flask db " + describe(b)));
    }
    QVERIFY(stateOf(*ours).tables.contains(u"book"_s));
    QCOMPARE(historyStatuses(*ours).size(), 3);

    // A branch and a merge written by Alembic's own commands through Stepwise, then run.
    for (const QStringList &command : {QStringList{u"revision"_s, u"-m"_s, u"second"_s},
                                       QStringList{u"revision"_s, u"-m"_s, u"side"_s, u"--head"_s, first,
                                                   u"--splice"_s},
                                       QStringList{u"heads"_s},
                                       QStringList{u"merge"_s, u"heads"_s, u"-m"_s, u"join"_s}}) {
        cli = Stepwise::Test::runCli(base + command);
        QVERIFY2(cli.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + cli.out + cli.err));
        if (command.first() == u"heads"_s)
            QCOMPARE(cli.out.count(u"(head)"_s), 2);
    }
    QCOMPARE(versions.entryList({u"*.py"_s}).size(), 4);
    cli = Stepwise::Test::runCli(base + QStringList{u"upgrade"_s, u"heads"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    r = runPython({u"-m"_s, u"flask"_s, u"db"_s, u"upgrade"_s, u"heads"_s}, app, theirEnv);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QCOMPARE(stateOf(*ours), stateOf(*theirs));
    QCOMPARE(stateOf(*ours).heads.size(), 1);

    // The other verbs, each against `flask db` on their database from the same start.
    const QStringList side = versions.entryList({u"*_side.py"_s});
    QCOMPARE(side.size(), 1);
    const QString sideRevision = side.first().section(u'_', 0, 0);
    for (const QStringList &command : {QStringList{u"downgrade"_s, u"base"_s},
                                       QStringList{u"upgrade"_s, sideRevision},
                                       QStringList{u"downgrade"_s, u"-1"_s},
                                       QStringList{u"stamp"_s, u"heads"_s}}) {
        cli = Stepwise::Test::runCli(base + command);
        QVERIFY2(cli.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + cli.out + cli.err));
        // `flask db downgrade` goes one step down by default (click would read -1 as an option).
        r = runPython(QStringList{u"-m"_s, u"flask"_s, u"db"_s}
                          + (command.at(1) == u"-1"_s ? command.mid(0, 1) : command),
                      app, theirEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        const State a = stateOf(*ours), b = stateOf(*theirs);
        QVERIFY2(a == b, qPrintable(command.join(u' ') + u": stepwise " + describe(a) + u", flask db " + describe(b)));
        if (command.first() == u"upgrade"_s)
            QCOMPARE(a.heads, QStringList{sideRevision});
        if (command.at(1) == u"-1"_s)
            QCOMPARE(a.heads, QStringList{first});
    }
}

// A plain Alembic project made as its users make one: `alembic init`, SQLAlchemy models, env.py
// pointed at them. Stepwise autogenerates the first revision, adds one on top, a branch from
// the first (--splice) and a merge — all through the project's own Alembic — then moves the
// database through upgrade heads, downgrade -1, downgrade base, upgrade to the branch
// revision, upgrade heads and stamp, with `alembic` on a copy of the project against another
// database giving the same state after each.
void tst_AlembicRun::plainAlembicProject()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString project = m_dir.filePath(u"plain-"_s + dialect);
    QVERIFY(QDir().mkpath(project));
    Run r = runPython({u"-m"_s, u"alembic"_s, u"init"_s, u"migrations"_s}, project);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY(writeFile(project + u"/models.py"_s, uR"(import sqlalchemy as sa

metadata = sa.MetaData()

author = sa.Table(
    "author", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(80), nullable=False, unique=True),
)

book = sa.Table(
    "book", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("author_id", sa.Integer, sa.ForeignKey("author.id"), nullable=False),
)
)"_s));
    QVERIFY(Stepwise::Test::replaceInFile(project + u"/migrations/env.py"_s, u"target_metadata = None\n"_s,
                                          u"from models import metadata as target_metadata\n"_s));
    const DatabasePair pair(dialect, m_dir.path());
    QVERIFY2(pair.ok(), qPrintable(pair.error));
    const auto &ours = pair.ours, &theirs = pair.other;
    const QStringList base{u"--project"_s, project, u"--url"_s, ours->url, u"--python"_s, python};
    const QDir versions(project + u"/migrations/versions"_s);

    auto cli = Stepwise::Test::runCli(base + QStringList{u"revision"_s, u"--autogenerate"_s, u"-m"_s, u"authors and books"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    QCOMPARE(versions.entryList({u"*.py"_s}).size(), 1);
    const QString first = versions.entryList({u"*.py"_s}).first().section(u'_', 0, 0);
    const QString script = Stepwise::Test::readFile(versions.filePath(versions.entryList({u"*.py"_s}).first()));
    QVERIFY2(script.contains(u"op.create_table('author'"_s) && script.contains(u"op.create_table('book'"_s),
             qPrintable(script));
    QString side;
    for (const QStringList &command : {QStringList{u"revision"_s, u"-m"_s, u"second"_s},
                                       QStringList{u"revision"_s, u"-m"_s, u"side"_s, u"--head"_s, first,
                                                   u"--splice"_s, u"--rev-id"_s, u"5ide00000001"_s},
                                       QStringList{u"merge"_s, u"heads"_s, u"-m"_s, u"join"_s}}) {
        cli = Stepwise::Test::runCli(base + command);
        QVERIFY2(cli.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + cli.out + cli.err));
    }
    QCOMPARE(versions.entryList({u"*.py"_s}).size(), 4);
    side = u"5ide00000001"_s;
    // The revisions on top write something each, so every step shows in the schema.
    for (const QString &name : versions.entryList({u"*_second.py"_s, u"*_side.py"_s})) {
        const QString table = name.section(u'_', 1).section(u'.', 0, 0);
        QVERIFY(Stepwise::Test::replaceInFile(versions.filePath(name), u"def upgrade() -> None:\n    pass\n"_s,
            u"def upgrade() -> None:\n    op.create_table('t_%1', sa.Column('id', sa.Integer, primary_key=True))\n"_s.arg(table)));
        QVERIFY(Stepwise::Test::replaceInFile(versions.filePath(name), u"def downgrade() -> None:\n    pass\n"_s,
            u"def downgrade() -> None:\n    op.drop_table('t_%1')\n"_s.arg(table)));
    }

    // Alembic's side: a copy of the project whose alembic.ini names their database.
    const QString copy = m_dir.filePath(u"plain-theirs-"_s + dialect);
    QVERIFY(QDir().mkpath(copy + u"/migrations/versions"_s));
    for (const QString &f : {u"alembic.ini"_s, u"models.py"_s, u"migrations/env.py"_s, u"migrations/script.py.mako"_s})
        QVERIFY(QFile::copy(project + u'/' + f, copy + u'/' + f));
    for (const QString &f : versions.entryList({u"*.py"_s}))
        QVERIFY(QFile::copy(versions.filePath(f), copy + u"/migrations/versions/"_s + f));
    QVERIFY(Stepwise::Test::replaceInFile(copy + u"/alembic.ini"_s, u"sqlalchemy.url = driver://user:pass@localhost/dbname"_s,
                                          u"sqlalchemy.url = "_s + sqlalchemyUrl(theirs->url).replace(u"%"_s, u"%%"_s)));
    // At the merge, -1 has no single answer: both refuse ("Ambiguous walk"), nothing moves.
    const QList<QStringList> steps{{u"upgrade"_s, u"heads"_s}, {u"downgrade"_s, u"-1"_s},
                                   {u"downgrade"_s, u"base"_s}, {u"upgrade"_s, side},
                                   {u"downgrade"_s, u"-1"_s}, {u"upgrade"_s, u"heads"_s},
                                   {u"stamp"_s, first}, {u"stamp"_s, u"heads"_s}};
    for (int i = 0; i < steps.size(); ++i) {
        const QStringList &step = steps.at(i);
        const bool ambiguous = i == 1;
        cli = Stepwise::Test::runCli(base + step);
        QVERIFY2((cli.exitCode == 0) != ambiguous, qPrintable(step.join(u' ') + u": "_s + cli.out + cli.err));
        r = runPython(QStringList{u"-m"_s, u"alembic"_s} + step, copy);
        QVERIFY2((r.exitCode == 0) != ambiguous, qPrintable(step.join(u' ') + u": "_s + r.output));
        if (ambiguous)
            QVERIFY(cli.out.contains(u"Ambiguous walk"_s) && r.output.contains(u"Ambiguous walk"_s));
        const State a = stateOf(*ours), b = stateOf(*theirs);
        QVERIFY2(a == b, qPrintable(step.join(u' ') + u": stepwise "_s + describe(a) + u", alembic "_s + describe(b)));
    }
    QVERIFY(stateOf(*ours).tables.contains(u"t_side"_s) && stateOf(*ours).tables.contains(u"book"_s));
    QCOMPARE(stateOf(*ours).heads.size(), 1);
}

// `upgrade A:B --sql` and `downgrade B:A --sql` print what `alembic … --sql` prints, byte for
// byte: Alembic's own offline mode renders the Python revisions.
void tst_AlembicRun::offlineSqlSameAsAlembic()
{
    QFETCH(QString, dialect);
    const QString project = alembicProject(u"sql-"_s + dialect, 30);
    QVERIFY(!project.isEmpty());
    const auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    const QString middle = loaded->graph.id(Stepwise::Test::revisionCreating(loaded->graph, 12));
    // Offline mode connects to nothing: a URL names the dialect.
    const QString url = dialect == u"sqlite"_s ? u"sqlite:///"_s + m_dir.filePath(u"offline.db"_s)
        : dialect == u"postgresql"_s ? u"postgresql://user@127.0.0.1:1/offline"_s
                                     : u"mysql://user@127.0.0.1:1/offline"_s;
    for (const QStringList &step : {QStringList{u"upgrade"_s, u"base:"_s + middle},
                                    QStringList{u"upgrade"_s, middle + u":heads"_s},
                                    QStringList{u"downgrade"_s, middle + u":base"_s}}) {
        const auto ours = Stepwise::Test::runCli(QStringList{u"--project"_s, project, u"--url"_s, url,
                                                             u"--python"_s, python, u"-q"_s}
                                                 + step + QStringList{u"--sql"_s});
        QVERIFY2(ours.exitCode == 0, qPrintable(step.join(u' ') + u": "_s + ours.out + ours.err));
        QProcess p;
        p.setWorkingDirectory(project);
        p.start(python, {u"-m"_s, u"alembic"_s, u"-x"_s, u"url="_s + sqlalchemyUrl(url), step.at(0),
                         step.at(1), u"--sql"_s});
        QVERIFY(p.waitForFinished(120000));
        const QString theirs = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY(theirs.contains(u"-- Running "_s));
        QCOMPARE(ours.out, theirs);
    }
}

void tst_AlembicRun::killedMidRun_data()
{
    // MariaDB has no transactional DDL: a kill there may leave a revision half-applied, as with
    // alembic itself (native projects record and resume such steps; tst_clireliability).
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows({u"sqlite"_s, u"postgresql"_s});
}

// kill -9 of stepwise at moments spread over a run: once its driver has gone too,
// alembic_version matches the schema exactly (each revision commits with its version row),
// the history holds only ok rows, and a re-run completes.
void tst_AlembicRun::killedMidRun()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString project = alembicProject(u"kill-"_s + dialect, 60);
    QVERIFY(!project.isEmpty());
    const auto loaded = Stepwise::Test::loadProject(project);
    QVERIFY(loaded);
    QString error;
    const auto db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto drop = qScopeGuard([&] { Stepwise::Test::dropDatabase(*db); });
    const QStringList upgrade{u"--project"_s, project, u"--url"_s, db->url, u"--python"_s, python,
                              u"-q"_s, u"upgrade"_s, u"heads"_s};
    const auto driverGone = [&] { // the orphaned driver ends at its next word to stepwise
        for (int i = 0; i < 300; ++i) {
            QProcess pgrep;
            pgrep.start(u"pgrep"_s, {u"-f"_s, project + u"/alembic.ini"_s});
            pgrep.waitForFinished();
            if (pgrep.exitCode() != 0)
                return true;
            QTest::qWait(100);
        }
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(Stepwise::Test::runCli(upgrade).exitCode, 0);
    const qint64 fullMs = qMax<qint64>(clock.elapsed(), 300);
    QVERIFY(Stepwise::Test::runCli({u"--project"_s, project, u"--url"_s, db->url, u"--python"_s, python,
                                    u"-q"_s, u"downgrade"_s, u"base"_s}).exitCode == 0);
    int partial = 0;
    for (int k = 1; k <= 4; ++k) {
        QProcess p;
        p.start(Stepwise::Test::cliPath(), upgrade);
        QVERIFY(p.waitForStarted());
        if (!p.waitForFinished(int(fullMs * k / 5))) {
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished());
        }
        QVERIFY(driverGone());
        QSqlDatabase c = Stepwise::Test::connect(*db, u"kill"_s);
        const QStringList rows = Stepwise::Test::column(c, u"SELECT version_num FROM alembic_version"_s);
        const QStringList tables = Stepwise::Test::userTables(c);
        const QStringList statuses = Stepwise::Test::column(c, u"SELECT DISTINCT status FROM stepwise_history"_s);
        c.close();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"kill"_s);
        QVERIFY2(tables == Stepwise::Test::expectedTables(loaded->graph, rows),
                 qPrintable(u"kill at %1 ms: rows %2 but %3 tables"_s.arg(fullMs * k / 5).arg(rows.join(u','))
                                .arg(tables.size())));
        QVERIFY2(statuses.isEmpty() || statuses == QStringList{u"ok"_s}, qPrintable(statuses.join(u',')));
        if (!tables.isEmpty() && tables.size() < 60)
            ++partial;
    }
    QVERIFY2(partial > 0, "at least one kill stopped a run half way");
    QCOMPARE(Stepwise::Test::runCli(upgrade).exitCode, 0);
    QSqlDatabase c = Stepwise::Test::connect(*db, u"kill"_s);
    QCOMPARE(Stepwise::Test::userTables(c).size(), 60);
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"kill"_s);
}

// A saved connection profile carries the variables the app reads (DATABASE_URL={url}, the
// password filled in by Stepwise, never stored): with the shell's DATABASE_URL naming another
// database, `--connection` still autogenerates against and migrates the profile's database.
// -v names the Alembic that ran.
void tst_AlembicRun::connectionProfileEnvironment()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    const QString app = m_dir.filePath(u"profile-"_s + dialect);
    QVERIFY(writeFlaskApp(app));
    const DatabasePair pair(dialect, m_dir.path());
    QVERIFY2(pair.ok(), qPrintable(pair.error));
    const auto &ours = pair.ours, &elsewhere = pair.other;
    const Run init = runPython({u"-m"_s, u"flask"_s, u"db"_s, u"init"_s}, app,
                               {{u"FLASK_APP"_s, u"app.py"_s}, {u"DATABASE_URL"_s, sqlalchemyUrl(elsewhere->url)}});
    QVERIFY2(init.exitCode == 0, qPrintable(init.output));

    const auto url = Stepwise::Core::ConnectionUrl::parse(ours->url);
    QVERIFY(url);
    Stepwise::Core::ConnectionProfile profile = Stepwise::Core::ConnectionProfiles::fromUrl(*url);
    profile.name = u"app database"_s;
    // {url} as SQLAlchemy reads it; MySQL through PyMySQL, spelled out with {password}.
    profile.environment = {{u"DATABASE_URL"_s, dialect == u"mariadb"_s
        ? u"mysql+pymysql://%1:{password}@%2:%3/%4"_s.arg(url->userName(), url->host())
              .arg(url->effectivePort()).arg(url->database())
        : u"{url}"_s}};
    const QString config = m_dir.filePath(u"config-"_s + dialect);
    QVERIFY(QDir().mkpath(config));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    Stepwise::Core::ConnectionProfiles::write(*Stepwise::Core::ConnectionProfiles::studioSettings(), {profile});
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    qputenv("STEPWISE_PASSWORD", ours->password.toUtf8()); // as the keychain would give it
    qputenv("DATABASE_URL", sqlalchemyUrl(elsewhere->url).toUtf8());
    auto restore = qScopeGuard([] {
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("STEPWISE_PASSWORD");
        qunsetenv("DATABASE_URL");
    });
    const QStringList base{u"--project"_s, app, u"--connection"_s, profile.name, u"--python"_s, python};
    auto cli = Stepwise::Test::runCli(base + QStringList{u"revision"_s, u"--autogenerate"_s, u"-m"_s, u"models"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    cli = Stepwise::Test::runCli(base + QStringList{u"-v"_s, u"upgrade"_s, u"heads"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    QVERIFY2(cli.err.contains(u"Running the revisions with Alembic 1."_s)
                 && cli.err.contains(u"Flask-Migrate"_s) && cli.err.contains(python),
             qPrintable(cli.err));
    QVERIFY(stateOf(*ours).tables.contains(u"book"_s));
    QCOMPARE(stateOf(*ours).heads.size(), 1);
    QCOMPARE(stateOf(*elsewhere).tables, QStringList());
    QVERIFY2(ours->password.isEmpty() || !QString(cli.out + cli.err).contains(ours->password),
             "the password is never printed");
}

// Alembic older than 1.5 (a stand-in package on PYTHONPATH): refused before anything is
// touched, naming the version found and the one needed.
void tst_AlembicRun::alembicTooOld()
{
    const QString project = alembicProject(u"old"_s, 3);
    QVERIFY(!project.isEmpty());
    const QString fake = m_dir.filePath(u"old-alembic/alembic"_s);
    QVERIFY(QDir().mkpath(fake));
    QVERIFY(writeFile(fake + u"/__init__.py"_s, u"__version__ = \"1.4.3\"\n"_s));
    const QString file = m_dir.filePath(u"old.db"_s);
    qputenv("PYTHONPATH", QFileInfo(fake).absolutePath().toUtf8());
    auto restore = qScopeGuard([] { qunsetenv("PYTHONPATH"); });
    const auto cli = Stepwise::Test::runCli({u"--project"_s, project, u"--url"_s, u"sqlite:///"_s + file,
                                             u"--python"_s, python, u"upgrade"_s, u"heads"_s});
    QCOMPARE(cli.exitCode, 2);
    const QString said = cli.out + cli.err;
    QVERIFY2(said.contains(u"Alembic 1.4.3 is too old"_s) && said.contains(u"1.5 or newer"_s), qPrintable(said));
    QVERIFY2(!QFileInfo::exists(file) || QFileInfo(file).size() == 0, "nothing touched");
}

// SQLite: an Alembic run holds <file>-stepwise.lock (Stepwise's own write lock would block the
// driver's connection). Another run waits, says for whom, and times out with exit 3; once the
// holder is gone it runs. A lock left by a killed run is taken over (killedMidRun).
void tst_AlembicRun::sqliteRunLock()
{
    const QString project = alembicProject(u"lock"_s, 4);
    QVERIFY(!project.isEmpty());
    const QString file = m_dir.filePath(u"lock.db"_s);
    const QStringList upgrade{u"--project"_s, project, u"--url"_s, u"sqlite:///"_s + file,
                              u"--python"_s, python, u"--lock-timeout"_s, u"1"_s, u"upgrade"_s, u"heads"_s};
    {
        QLockFile holder(file + u"-stepwise.lock"_s);
        QVERIFY(holder.tryLock(0));
        const auto cli = Stepwise::Test::runCli(upgrade);
        QCOMPARE(cli.exitCode, 3);
        const QString said = cli.out + cli.err;
        QVERIFY2(said.contains(u"Timed out after 1 s waiting for the migration lock held by another "
                               "run on this database file"_s)
                     && said.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(said));
    }
    const auto cli = Stepwise::Test::runCli(upgrade);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    QVERIFY(!QFileInfo::exists(file + u"-stepwise.lock"_s));
}

QTEST_MAIN(tst_AlembicRun)
#include "tst_alembicrun.moc"
