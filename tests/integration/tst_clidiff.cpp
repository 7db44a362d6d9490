// `stepwise diff FROM TO` through the real binary: two databases of each dialect, the SQL it
// prints applied to FROM leaves nothing to say; neither side changed by the diff itself; .sql
// files through a shadow (a temporary SQLite file; on PostgreSQL the --shadow-url database,
// created and dropped); every bad input a clear message and exit 2.
#include "tests/common/enginesupport.h"
#include "tests/common/testsupport.h"

#include "core/sql/sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Stepwise::Test::TestDatabase;

namespace {

const QStringList fromSchema = {
    u"CREATE TABLE people (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL, age INTEGER)"_s,
    u"CREATE TABLE pets (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER, name VARCHAR(40))"_s,
    u"INSERT INTO people (id, name, age) VALUES (1, 'Ada', 36)"_s,
};
const QStringList toSchema = {
    u"CREATE TABLE people (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(80) NOT NULL, age INTEGER NOT NULL, "
    "email VARCHAR(80))"_s,
    u"CREATE INDEX ix_people_email ON people (email)"_s,
    u"CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, person_id INTEGER NOT NULL, "
    "CONSTRAINT fk_orders_person FOREIGN KEY (person_id) REFERENCES people (id))"_s,
    u"CREATE VIEW adults AS SELECT id, name FROM people WHERE age >= 18"_s,
};

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text() + u"\n"_s + sql;
            return false;
        }
    }
    return true;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

} // namespace

class tst_CliDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void databases_data()
    {
        Stepwise::Test::addDialectColumn();
        Stepwise::Test::addDialectRows();
    }
    void databases();
    void sqlFilesOnSqlite();
    void sqlFileOnPostgresThroughAShadow();
    void badInput();
    void shadowThatCannotBeMade();
    void autogenerateNativeRevision_data()
    {
        Stepwise::Test::addDialectColumn();
        Stepwise::Test::addDialectRows();
    }
    void autogenerateNativeRevision();
    void schemaDrift_data()
    {
        Stepwise::Test::addDialectColumn();
        Stepwise::Test::addDialectRows();
    }
    void schemaDrift();

private:
    QTemporaryDir m_dir;
};

// FROM and TO on one server: the printed SQL, applied to FROM, makes it TO; the diff itself
// changed neither.
void tst_CliDiff::databases()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    QString error;
    const auto from = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(from, qPrintable(error));
    auto dropFrom = qScopeGuard([&] { Stepwise::Test::dropDatabase(*from); });
    const auto to = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(to, qPrintable(error));
    auto dropTo = qScopeGuard([&] { Stepwise::Test::dropDatabase(*to); });
    QSqlDatabase a = Stepwise::Test::connect(*from, u"from"_s), b = Stepwise::Test::connect(*to, u"to"_s);
    auto close = qScopeGuard([&] {
        a.close();
        b.close();
        a = b = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"from"_s);
        QSqlDatabase::removeDatabase(u"to"_s);
    });
    QVERIFY2(execAll(a, fromSchema, &error), qPrintable(error));
    QVERIFY2(execAll(b, toSchema, &error), qPrintable(error));
    const QStringList catalogA = Stepwise::Test::catalog(a), catalogB = Stepwise::Test::catalog(b);

    auto r = Stepwise::Test::runCli({u"diff"_s, from->url, to->url, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"equal"_s).toBool(), false);
    QStringList changes;
    for (const QJsonValue &c : json.value(u"changes"_s).toArray())
        changes << c.toObject().value(u"change"_s).toString();
    const QString schema = dialect == u"postgresql"_s ? u"public."_s : QString(); // PostgreSQL qualifies
    for (const QString &change : {u"drop table %1pets"_s, u"create table %1orders"_s, u"add column %1people.email"_s,
                                  u"create view %1adults"_s})
        QVERIFY2(changes.contains(change.arg(schema)), qPrintable(change + u" in "_s + changes.join(u"; "_s)));
    // Nothing changed by the diff.
    QCOMPARE(Stepwise::Test::catalog(a), catalogA);
    QCOMPARE(Stepwise::Test::catalog(b), catalogB);

    // The SQL applied to FROM (as `psql -f` / `sqlite3` would run it): then there is nothing
    // left to say, and Ada is still there.
    const QString sqlSyntax = dialect == u"mariadb"_s ? u"mysql"_s : dialect;
    const auto script = Stepwise::Core::SqlScript::split(json.value(u"sql"_s).toString(),
                                                        Stepwise::Core::sqlSyntaxFromName(sqlSyntax));
    QVERIFY(script);
    QStringList statements;
    for (const auto &s : script->statements())
        statements << s.text;
    // age becomes NOT NULL: Ada has one. Every statement of the script runs.
    QVERIFY2(execAll(a, statements, &error), qPrintable(error));
    r = Stepwise::Test::runCli({u"diff"_s, from->url, to->url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, u"-- No differences: FROM and TO have the same schema.\n"_s);
    QCOMPARE(Stepwise::Test::column(a, u"SELECT name FROM people"_s), QStringList{u"Ada"_s});
}

void tst_CliDiff::sqlFilesOnSqlite()
{
    const QString a = m_dir.filePath(u"a.sql"_s), b = m_dir.filePath(u"b.sql"_s);
    QVERIFY(writeFile(a, fromSchema.mid(0, 2).join(u";\n"_s) + u";\n"_s));
    QVERIFY(writeFile(b, toSchema.join(u";\n"_s) + u";\n"_s));
    auto r = Stepwise::Test::runCli({u"diff"_s, a, b});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // SQLite cannot alter people's columns: a rebuild, run outside the revision's transaction.
    QVERIFY2(r.out.startsWith(u"-- Runs outside a transaction"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"-- rebuild of people (SQLite's ALTER TABLE cannot):\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"-- DESTRUCTIVE: drop table pets\nDROP TABLE pets;\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"INSERT INTO _stepwise_new_people (id, name, age) SELECT id, name, age FROM people;"_s),
             qPrintable(r.out));
    r = Stepwise::Test::runCli({u"diff"_s, b, b});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"-- No differences: FROM and TO have the same schema.\n"_s);
}

void tst_CliDiff::sqlFileOnPostgresThroughAShadow()
{
    ENGINE_REQUIRE_DIALECT(u"postgresql"_s);
    QString error;
    const auto to = Stepwise::Test::createDatabase(u"postgresql"_s, m_dir.path(), &error);
    QVERIFY2(to, qPrintable(error));
    auto dropTo = qScopeGuard([&] { Stepwise::Test::dropDatabase(*to); });
    QSqlDatabase b = Stepwise::Test::connect(*to, u"to"_s);
    QVERIFY2(execAll(b, toSchema, &error), qPrintable(error));
    const QString file = m_dir.filePath(u"pg.sql"_s);
    QVERIFY(writeFile(file, fromSchema.mid(0, 2).join(u";\n"_s) + u";\n"_s));

    auto r = Stepwise::Test::runCli({u"diff"_s, file, to->url});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(u"--shadow-url"_s), qPrintable(r.out));

    // The shadow: a database of its own name on the same server, made and dropped by the diff.
    const QString shadowName = to->name + u"_shadow"_s;
    const QString shadowUrl = to->url.left(to->url.lastIndexOf(u'/') + 1) + shadowName;
    r = Stepwise::Test::runCli({u"diff"_s, file, to->url, u"--shadow-url"_s, shadowUrl});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    for (const QString &sql : {u"CREATE TABLE public.orders"_s, u"DROP TABLE public.pets;"_s,
                               u"ALTER TABLE public.people ALTER COLUMN age SET NOT NULL;"_s,
                               u"FOREIGN KEY (person_id) REFERENCES public.people (id)"_s})
        QVERIFY2(r.out.contains(sql), qPrintable(sql + u" in:\n"_s + r.out));
    QCOMPARE(Stepwise::Test::column(b, u"SELECT datname FROM pg_database WHERE datname = '"_s + shadowName + u"'"_s),
             QStringList());
    b.close();
    b = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"to"_s);
}

void tst_CliDiff::badInput()
{
    const QString good = m_dir.filePath(u"good.sql"_s), bad = m_dir.filePath(u"bad.sql"_s);
    QVERIFY(writeFile(good, u"CREATE TABLE x (id INTEGER);\n"_s));
    QVERIFY(writeFile(bad, u"CREATE TABLE x (id INTEGER);\n\nCREATE TABLEE y (id INTEGER);\n"_s));
    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const QList<Case> cases = {
        {{u"diff"_s, good}, u"'diff' takes two schemas"_s},
        {{u"diff"_s, good, bad}, bad + u":3: Does not run on a shadow sqlite database: "_s},
        {{u"diff"_s, good, m_dir.filePath(u"missing.sql"_s)}, u"No such SQL file: "_s},
        {{u"diff"_s, u"sqlite:///"_s + m_dir.filePath(u"x.db"_s), u"postgresql://u@127.0.0.1:1/db"_s},
         u"FROM is a sqlite database and TO a postgresql one"_s},
        {{u"diff"_s, good, u"sqlite:///"_s + m_dir.filePath(u"nowhere/x.db"_s)}, u"Cannot connect to TO ("_s},
        {{u"diff"_s, good, good, u"--dialect"_s, u"oracle"_s}, u"Unknown dialect 'oracle'"_s},
    };
    for (const Case &c : cases) {
        const auto r = Stepwise::Test::runCli(c.arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(c.arguments.join(u' ') + u": "_s + r.out + r.err));
        QVERIFY2(QString(r.out + r.err).contains(c.message), qPrintable(c.message + u" in: "_s + r.out + r.err));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(u"nowhere/x.db"_s)));

    // Autogenerate refuses the same way, and writes no file.
    const QString project = m_dir.filePath(u"bad-autogen"_s);
    QCOMPARE(Stepwise::Test::runCli({u"init"_s, project, u"--dialect"_s, u"sqlite"_s}).exitCode, 0);
    const QList<Case> autogenerate = {
        {{u"revision"_s, u"--autogenerate"_s, u"-m"_s, u"x"_s}, u"needs --against REF"_s},
        {{u"revision"_s, u"-m"_s, u"x"_s, u"--against"_s, good}, u"--against names the schema"_s},
        {{u"revision"_s, u"--autogenerate"_s, u"-m"_s, u"x"_s, u"--against"_s, bad}, bad + u":3: "_s},
        {{u"revision"_s, u"--autogenerate"_s, u"-m"_s, u"x"_s, u"--against"_s, u"postgresql://u@127.0.0.1:1/db"_s},
         u"The project is written for sqlite and --against names a postgresql database"_s},
    };
    for (const Case &c : autogenerate) {
        const auto r = Stepwise::Test::runCli(QStringList{u"--project"_s, project} + c.arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(c.arguments.join(u' ') + u": "_s + r.out + r.err));
        QVERIFY2(QString(r.out + r.err).contains(c.message), qPrintable(c.message + u" in: "_s + r.out + r.err));
        QCOMPARE(QDir(project + u"/versions"_s).entryList({u"*.sql"_s}), QStringList());
    }
}

// A shadow on a server that cannot be reached (or where the database cannot be created): said,
// exit 2, nothing written.
void tst_CliDiff::shadowThatCannotBeMade()
{
    ENGINE_REQUIRE_DIALECT(u"postgresql"_s);
    QString error;
    const auto to = Stepwise::Test::createDatabase(u"postgresql"_s, m_dir.path(), &error);
    QVERIFY2(to, qPrintable(error));
    auto dropTo = qScopeGuard([&] { Stepwise::Test::dropDatabase(*to); });
    const QString file = m_dir.filePath(u"shadowless.sql"_s);
    QVERIFY(writeFile(file, u"CREATE TABLE x (id INTEGER);\n"_s));
    auto r = Stepwise::Test::runCli({u"diff"_s, file, to->url, u"--shadow-url"_s, u"postgresql://u@127.0.0.1:1/shadow"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(u"Cannot connect to the server of the shadow database"_s), qPrintable(r.out));
    // A user without CREATEDB: the privilege is named.
    QSqlDatabase b = Stepwise::Test::connect(*to, u"to"_s);
    const QString user = u"sw_nocreate_"_s + QString::number(QCoreApplication::applicationPid());
    QVERIFY2(execAll(b, {u"CREATE ROLE "_s + user + u" LOGIN PASSWORD 'pw' NOCREATEDB"_s}, &error), qPrintable(error));
    auto dropRole = qScopeGuard([&] {
        QSqlQuery(b).exec(u"DROP ROLE IF EXISTS "_s + user);
        b.close();
        b = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"to"_s);
    });
    QString shadowUrl = to->url;
    const qsizetype at = shadowUrl.indexOf(u'@');
    shadowUrl = u"postgresql://"_s + user + u":pw"_s + shadowUrl.mid(at);
    shadowUrl = shadowUrl.left(shadowUrl.lastIndexOf(u'/') + 1) + u"sw_never_made"_s;
    r = Stepwise::Test::runCli({u"diff"_s, file, to->url, u"--shadow-url"_s, shadowUrl});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(u"Cannot create the shadow database sw_never_made (the user needs the CREATEDB privilege)"_s),
             qPrintable(r.out));
}

// `revision --autogenerate --against REF` on a native project: the project's revisions run in
// the shadow (the project's database untouched), the new revision leads a fresh database to REF's
// schema and back; a second autogenerate finds nothing to write.
void tst_CliDiff::autogenerateNativeRevision()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    QString error;
    const auto reference = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(reference, qPrintable(error));
    auto dropReference = qScopeGuard([&] { Stepwise::Test::dropDatabase(*reference); });
    const auto target = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(target, qPrintable(error));
    auto dropTarget = qScopeGuard([&] { Stepwise::Test::dropDatabase(*target); });
    {
        QSqlDatabase ref = Stepwise::Test::connect(*reference, u"ref"_s);
        QVERIFY2(execAll(ref, fromSchema.mid(0, 2), &error), qPrintable(error));
        ref.close();
    }
    QSqlDatabase::removeDatabase(u"ref"_s);

    const QString project = m_dir.filePath(u"autogen-"_s + dialect);
    auto r = Stepwise::Test::runCli({u"init"_s, project, u"--dialect"_s,
                                     dialect == u"mariadb"_s ? u"mysql"_s : dialect});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QStringList base{u"--project"_s, project, u"--url"_s, target->url};
    QStringList shadow; // the server's shadow, made and dropped by each autogenerate
    if (dialect != u"sqlite"_s)
        shadow << u"--shadow-url"_s << target->url.left(target->url.lastIndexOf(u'/') + 1) + target->name + u"_sh"_s;
    const auto autogenerate = [&](const QString &message, const QString &against) {
        return Stepwise::Test::runCli(QStringList{u"revision"_s, u"--autogenerate"_s, u"-m"_s, message,
                                                  u"--against"_s, against}
                                      + base + shadow);
    };
    const QDir versions(project + u"/versions"_s);

    // First the schema of `fromSchema`, then `toSchema` on top.
    r = autogenerate(u"people"_s, reference->url);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(versions.entryList({u"*.sql"_s}).size(), 1);
    {
        QSqlDatabase t = Stepwise::Test::connect(*target, u"t"_s);
        QCOMPARE(Stepwise::Test::userTables(t), QStringList()); // the project's database untouched
        t.close();
    }
    QSqlDatabase::removeDatabase(u"t"_s);
    r = autogenerate(u"same"_s, reference->url);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, u"No changes in schema detected.\n"_s);
    QCOMPARE(versions.entryList({u"*.sql"_s}).size(), 1);

    const QString file = m_dir.filePath(u"to-"_s + dialect + u".sql"_s);
    QVERIFY(writeFile(file, toSchema.join(u";\n"_s) + u";\n"_s));
    r = autogenerate(u"orders"_s, file);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(versions.entryList({u"*.sql"_s}).size(), 2);

    // The project's revisions take a database to the file's schema, and back to nothing —
    // once the dropped table (SW101, an error-level safety finding) is allowed.
    r = Stepwise::Test::runCli(QStringList{u"upgrade"_s, u"heads"_s, u"-q"_s} + base);
    QVERIFY2(r.exitCode == 4 && r.out.contains(u"SW101"_s), qPrintable(r.out + r.err));
    r = Stepwise::Test::runCli(QStringList{u"upgrade"_s, u"heads"_s, u"-q"_s, u"--allow"_s, u"SW101"_s} + base);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = autogenerate(u"again"_s, file);
    QVERIFY2(r.exitCode == 0 && r.out == u"No changes in schema detected.\n"_s, qPrintable(r.out + r.err));
    {
        QSqlDatabase t = Stepwise::Test::connect(*target, u"t"_s);
        const QStringList tables = Stepwise::Test::userTables(t, {u"stepwise_version"_s, u"stepwise_history"_s});
        QVERIFY2(tables.contains(u"orders"_s) && tables.contains(u"people"_s) && !tables.contains(u"pets"_s),
                 qPrintable(tables.join(u", "_s)));
        t.close();
    }
    QSqlDatabase::removeDatabase(u"t"_s);
    r = Stepwise::Test::runCli(QStringList{u"downgrade"_s, u"base"_s, u"-q"_s} + base);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    {
        QSqlDatabase t = Stepwise::Test::connect(*target, u"t"_s);
        QCOMPARE(Stepwise::Test::userTables(t, {u"stepwise_version"_s, u"stepwise_history"_s}), QStringList());
        t.close();
        t = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(u"t"_s);
}

// `check --schema`: a database migrated by its revisions has no drift; an index and a column
// added by hand are drift (exit 1), with the SQL that repairs it, which then leaves none.
void tst_CliDiff::schemaDrift()
{
    QFETCH(QString, dialect);
    ENGINE_REQUIRE_DIALECT(dialect);
    QString error;
    const auto target = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(target, qPrintable(error));
    auto dropTarget = qScopeGuard([&] { Stepwise::Test::dropDatabase(*target); });
    const QString project = m_dir.filePath(u"drift-"_s + dialect);
    auto r = Stepwise::Test::runCli({u"init"_s, project, u"--dialect"_s,
                                     dialect == u"mariadb"_s ? u"mysql"_s : dialect});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QStringList base{u"--project"_s, project, u"--url"_s, target->url};
    QStringList shadow;
    if (dialect != u"sqlite"_s)
        shadow << u"--shadow-url"_s << target->url.left(target->url.lastIndexOf(u'/') + 1) + target->name + u"_sh"_s;
    const QString file = m_dir.filePath(u"drift-"_s + dialect + u".sql"_s);
    QVERIFY(writeFile(file, toSchema.join(u";\n"_s) + u";\n"_s));
    r = Stepwise::Test::runCli(QStringList{u"revision"_s, u"--autogenerate"_s, u"-m"_s, u"all"_s, u"--against"_s, file}
                               + base + shadow);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = Stepwise::Test::runCli(QStringList{u"upgrade"_s, u"heads"_s, u"-q"_s} + base);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QStringList check = QStringList{u"check"_s, u"--schema"_s} + base + shadow;
    r = Stepwise::Test::runCli(check);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"No schema drift"_s), qPrintable(r.out));

    QSqlDatabase t = Stepwise::Test::connect(*target, u"t"_s);
    QVERIFY2(execAll(t, {u"CREATE INDEX ix_hand ON people (name)"_s, u"ALTER TABLE orders ADD COLUMN note VARCHAR(20)"_s},
                     &error),
             qPrintable(error));
    r = Stepwise::Test::runCli(check + QStringList{u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"schema"_s).toObject();
    QCOMPARE(json.value(u"drifted"_s).toBool(), true);
    QStringList changes;
    for (const QJsonValue &c : json.value(u"changes"_s).toArray())
        changes << c.toObject().value(u"change"_s).toString();
    QCOMPARE(changes.size(), 2);
    QVERIFY2(changes.filter(u"drop index ix_hand on "_s).size() == 1, qPrintable(changes.join(u"; "_s)));
    QVERIFY2(changes.filter(u"orders.note"_s).size() == 1, qPrintable(changes.join(u"; "_s)));
    // The repair, run as a script, leaves no drift.
    const QString sqlSyntax = dialect == u"mariadb"_s ? u"mysql"_s : dialect;
    const auto repair = Stepwise::Core::SqlScript::split(json.value(u"repair"_s).toString(),
                                                        Stepwise::Core::sqlSyntaxFromName(sqlSyntax));
    QVERIFY(repair);
    QStringList statements;
    for (const auto &st : repair->statements())
        statements << st.text;
    QVERIFY2(execAll(t, statements, &error), qPrintable(error));
    t.close();
    t = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"t"_s);
    r = Stepwise::Test::runCli(check);
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"No schema drift"_s), qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(tst_CliDiff)
#include "tst_clidiff.moc"
