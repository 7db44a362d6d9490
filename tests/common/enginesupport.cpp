#include "tests/common/enginesupport.h"

#include "tests/common/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stepwise::Test {
namespace {

// The server's own database (from the environment's URL) is where CREATE/DROP DATABASE run.
QString adminConnectionName(Server server)
{
    return server == Server::PostgreSQL ? u"engine-admin-pg"_s : u"engine-admin-my"_s;
}

bool execAdmin(Server server, const QString &sql, QString *error)
{
    QString openError;
    bool ok = false;
    {
        QSqlDatabase admin = openServer(server, adminConnectionName(server), &openError);
        if (!admin.isOpen()) {
            if (error)
                *error = openError;
        } else {
            QSqlQuery q(admin);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(adminConnectionName(server));
    return ok;
}

} // namespace

void addDialectColumn()
{
    QTest::addColumn<QString>("dialect");
}

void addDialectRows(const QStringList &dialects)
{
    const QStringList all = dialects.isEmpty()
        ? QStringList{u"sqlite"_s, u"postgresql"_s, u"mariadb"_s}
        : dialects;
    for (const QString &d : all)
        QTest::newRow(qPrintable(d)) << d;
}

std::optional<Server> serverFor(const QString &dialect)
{
    if (dialect == u"postgresql"_s)
        return Server::PostgreSQL;
    if (dialect == u"mariadb"_s)
        return Server::MySQL;
    return std::nullopt;
}

std::optional<TestDatabase> createDatabase(const QString &dialect, const QString &dir, QString *error)
{
    TestDatabase db;
    db.dialect = dialect;
    const auto server = serverFor(dialect);
    if (!server) {
        db.name = QDir(dir).absoluteFilePath(u"engine-%1.db"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128).left(8)));
        db.url = u"sqlite:///"_s + db.name;
        return db;
    }
    // Lower case: MariaDB database names follow the file system, PostgreSQL folds unquoted.
    db.name = u"stepwise_eng_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
    if (!execAdmin(*server, u"CREATE DATABASE "_s + db.name, error))
        return std::nullopt;
    QUrl url(serverUrl(*server));
    db.password = url.password();
    url.setPath(u'/' + db.name);
    db.url = url.toString();
    return db;
}

void dropDatabase(const TestDatabase &db)
{
    const auto server = serverFor(db.dialect);
    if (!server) {
        QFile::remove(db.name);
        return;
    }
    // FORCE: a killed stepwise may leave a backend behind for a moment.
    const QString sql = *server == Server::PostgreSQL
        ? u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(db.name)
        : u"DROP DATABASE IF EXISTS %1"_s.arg(db.name);
    QString error;
    if (!execAdmin(*server, sql, &error))
        qWarning("cannot drop test database %s: %s", qPrintable(db.name), qPrintable(error));
}

QSqlDatabase connect(const TestDatabase &db, const QString &connection)
{
    const auto server = serverFor(db.dialect);
    QSqlDatabase c = QSqlDatabase::addDatabase(server ? driverName(*server) : u"QSQLITE"_s,
                                               connection);
    if (!server) {
        c.setDatabaseName(db.name);
        c.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
    } else {
        const QUrl url(db.url);
        c.setHostName(url.host());
        c.setPort(url.port());
        c.setUserName(url.userName());
        c.setPassword(url.password());
        c.setDatabaseName(db.name);
    }
    if (!c.open())
        qWarning("cannot open %s: %s", qPrintable(db.name), qPrintable(c.lastError().text()));
    return c;
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return values;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields << q.value(i).toString();
        values << fields.join(u' ');
    }
    values.sort();
    return values;
}

QStringList userTables(const QSqlDatabase &db, const QStringList &exclude)
{
    const QString driver = db.driverName();
    const QString sql = driver == u"QSQLITE"_s
        ? u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s
        : driver == u"QPSQL"_s
        ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"_s
        : u"SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"_s;
    QStringList names;
    const QStringList skip = exclude.isEmpty()
        ? QStringList{u"stepwise_version"_s, u"stepwise_history"_s, u"alembic_version"_s}
        : exclude;
    for (const QString &n : column(db, sql)) {
        if (!skip.contains(n, Qt::CaseInsensitive))
            names << n.toLower();
    }
    names.sort();
    return names;
}

QStringList catalog(const QSqlDatabase &db, const QStringList &exclude)
{
    const QString driver = db.driverName();
    QStringList lines;
    const QStringList tables = userTables(db, exclude);
    for (const QString &t : tables) {
        if (driver == u"QSQLITE"_s) {
            for (const QString &c : column(db, u"SELECT name || ' ' || type FROM pragma_table_info('%1')"_s.arg(t)))
                lines << t + u": "_s + c;
        }
    }
    if (driver == u"QPSQL"_s) {
        for (const QString &c : column(db, u"SELECT table_name || ': ' || column_name || ' ' || data_type "
                                           "|| ' ' || is_nullable FROM information_schema.columns "
                                           "WHERE table_schema = 'public'"_s))
            lines << c;
        lines << column(db, u"SELECT 'index ' || tablename || '.' || indexname FROM pg_indexes "
                            "WHERE schemaname = 'public'"_s);
    } else if (driver == u"QMYSQL"_s) {
        lines << column(db, u"SELECT CONCAT(table_name, ': ', column_name, ' ', column_type, ' ', "
                            "is_nullable) FROM information_schema.columns WHERE table_schema = DATABASE()"_s);
        lines << column(db, u"SELECT DISTINCT CONCAT('index ', table_name, '.', index_name) FROM "
                            "information_schema.statistics WHERE table_schema = DATABASE()"_s);
    } else {
        lines << column(db, u"SELECT 'index ' || tbl_name || '.' || name FROM sqlite_master "
                            "WHERE type = 'index'"_s);
    }
    // Keep only lines about user tables (the version tables' own rows are compared apart).
    QStringList kept;
    for (const QString &l : std::as_const(lines)) {
        const QString table = l.startsWith(u"index "_s) ? l.mid(6).section(u'.', 0, 0) : l.section(u':', 0, 0);
        if (tables.contains(table.toLower()))
            kept << l;
    }
    kept.sort();
    return kept;
}

QString quoted(const QString &dialect, const QString &identifier)
{
    if (dialect == u"mariadb"_s)
        return u'`' + QString(identifier).replace(u"`"_s, u"``"_s) + u'`';
    return u'"' + QString(identifier).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString generateProject(const QString &out, const QString &shape, int count, int seed)
{
    QStringList args{sourceDir() + u"/bench/generate_repo.py"_s, out, u"--shape"_s, shape};
    if (count > 0)
        args << u"--count"_s << QString::number(count);
    if (seed >= 0)
        args << u"--seed"_s << QString::number(seed);
    QProcess p;
    p.start(u"/usr/bin/python3"_s, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("generate_repo.py failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return out;
}

bool setProjectDialect(const QString &project, const QString &dialect, const QString &extraDatabaseIni)
{
    const QString splitter = dialect == u"mariadb"_s ? u"mysql"_s : dialect;
    QFile f(project + u"/stepwise.ini"_s);
    const QString ini = u"[repository]\nversions = versions\ndialect = %1\n\n[database]\n"
                        "transaction_per_migration = true\n%2"_s.arg(splitter, extraDatabaseIni);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(ini.toUtf8()) == ini.toUtf8().size();
}

std::unique_ptr<LoadedProject> loadProject(const QString &dir)
{
    using namespace Stepwise::Core;
    LoadOptions options;
    options.headersOnly = false;
    Result<Project> project = Stepwise::Core::loadProject(dir, options);
    if (!project) {
        qWarning("%s", qPrintable(project.error().toString()));
        return {};
    }
    auto loaded = std::make_unique<LoadedProject>();
    loaded->project = std::move(project).value();
    ErrorList errors = loaded->project.errors;
    loaded->graph = RevisionGraph::build(loaded->project.revisions, &errors);
    if (!errors.isEmpty()) {
        qWarning("%s", qPrintable(errors.first().toString()));
        return {};
    }
    return loaded;
}

int revisionCreating(const Core::RevisionGraph &g, int created)
{
    const QString table = u"t_%1"_s.arg(created, 5, 10, QChar(u'0'));
    for (int i = 0; i < g.size(); ++i) {
        if (g.revision(i).message.endsWith(table))
            return i;
    }
    return -1;
}

QString breakAlembicRevision(const QString &alembicProject, int created, int *line)
{
    const QString table = u"t_%1"_s.arg(created, 5, 10, QChar(u'0'));
    const QDir versions(alembicProject + u"/migrations/versions"_s);
    const QStringList files = versions.entryList({u"*_create_table_"_s + table + u".py"_s});
    if (files.size() != 1)
        return {};
    const QString path = versions.filePath(files.first());
    if (!replaceInFile(path, u"    op.execute(\"CREATE TABLE "_s + table,
                       u"    op.execute(\"INSERT INTO nowhere VALUES (1)\")\n    op.execute(\"CREATE TABLE "_s + table))
        return {};
    const QString text = readFile(path);
    *line = int(text.left(text.indexOf(u"nowhere"_s)).count(u'\n')) + 1;
    return path;
}

QStringList expectedTables(const Core::RevisionGraph &g, const QStringList &rows)
{
    QList<int> starts;
    for (const QString &r : rows)
        starts << g.indexOf(r);
    QStringList tables;
    if (!starts.isEmpty()) {
        for (int i : g.ancestors(starts))
            tables << g.revision(i).message.section(u' ', 2);
    }
    for (int i : std::as_const(starts))
        tables << g.revision(i).message.section(u' ', 2);
    tables.removeDuplicates();
    tables.sort();
    return tables;
}

QString cliPath()
{
    return qEnvironmentVariable("STEPWISE_CLI");
}

CliResult runCli(const QStringList &arguments, const QString &workingDir, int timeoutMs)
{
    CliResult result;
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(cliPath(), arguments);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        result.err = u"timed out or did not start: "_s + p.errorString();
        return result;
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    return result;
}

} // namespace Stepwise::Test
