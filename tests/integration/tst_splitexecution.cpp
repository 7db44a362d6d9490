// Split statements run for real: a script whose bodies are full of `;` (SQLite trigger,
// PL/pgSQL function in a dollar quote and a BEGIN ATOMIC function, MariaDB procedure under
// DELIMITER) is split, executed one
// statement at a time through the Qt driver Stepwise uses, then the object is called and its
// result checked. If the splitter cut a body, the server would refuse it or compute wrong.
#include "core/sql/sqlscript.h"
#include "tests/common/testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::Server;

namespace {

enum Target { SQLiteFile, PostgreSQLServer, MariaDBServer };

const QString sqliteScript =
    uR"(CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL);
CREATE TABLE audit (account INTEGER, delta INTEGER, note TEXT);
CREATE TABLE counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO counters VALUES ('updates', 0);
-- Every change is audited; the body holds two statements.
CREATE TRIGGER accounts_audit AFTER UPDATE ON accounts
BEGIN
  INSERT INTO audit VALUES (NEW.id, NEW.balance - OLD.balance, 'changed; by [trigger]');
  UPDATE counters SET n = CASE WHEN n >= 0 THEN n + 1 END WHERE name = 'updates';
END;
INSERT INTO accounts VALUES (1, 100);
)"_s;

const QString postgresScript = uR"(DROP FUNCTION IF EXISTS stepwise_split_fib(integer);
/* A function whose body is a dollar quote holding ; and a $$ string,
   /* with a nested comment */ before it. */
CREATE FUNCTION stepwise_split_fib(n integer) RETURNS text AS $body$
DECLARE
  a integer := 0;
  b integer := 1;
  t integer;
BEGIN
  FOR i IN 1..n LOOP
    t := a + b; a := b; b := t;
  END LOOP;
  RETURN a || E'\';' || '$$';
END;
$body$ LANGUAGE plpgsql;
COMMENT ON FUNCTION stepwise_split_fib(integer) IS E'Fibonacci; it\'s fast';
DROP FUNCTION IF EXISTS stepwise_split_sign(integer);
-- A SQL-standard body (PostgreSQL 14+): BEGIN ATOMIC ... END holds ; and a CASE ... END.
CREATE FUNCTION stepwise_split_sign(x integer) RETURNS text LANGUAGE SQL
BEGIN ATOMIC
  SELECT CASE WHEN x < 0 THEN 'negative;' ELSE 'positive;' END;
END;
)"_s;

const QString mariadbScript = uR"(DROP PROCEDURE IF EXISTS stepwise_split_fill;
DROP TABLE IF EXISTS stepwise_split_numbers;
CREATE TABLE stepwise_split_numbers (n INT NOT NULL, label VARCHAR(40));
DELIMITER //
CREATE PROCEDURE stepwise_split_fill(IN upto INT)
BEGIN
  DECLARE i INT DEFAULT 1;
  WHILE i <= upto DO
    INSERT INTO stepwise_split_numbers VALUES (i, 'n; \'quoted\' `x`');
    SET i = i + 1;
  END WHILE;
END //
DELIMITER ;
# The call comes from the test itself.
)"_s;

} // namespace

class tst_SplitExecution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void execute_data();
    void execute();

private:
    void runScript(QSqlDatabase db, const SqlScript &script, const QString &call,
        const QString &check, const QString &expected, const QString &cleanup);
};

void tst_SplitExecution::execute_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("statements"); // how many the splitter must find
    QTest::addColumn<QString>("call"); // runs the object the script created
    QTest::addColumn<QString>("check"); // one value to compare
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("cleanup");

    QTest::newRow("sqlite trigger")
        << int(SQLiteFile) << u"sqlite"_s << sqliteScript << 6
        << u"UPDATE accounts SET balance = 130 WHERE id = 1"_s
        << u"SELECT (SELECT group_concat(delta || ':' || note) FROM audit) || '/' || (SELECT n FROM counters)"_s
        << u"30:changed; by [trigger]/1"_s << QString();
    QTest::newRow("postgresql plpgsql function")
        << int(PostgreSQLServer) << u"postgresql"_s << postgresScript << 5 << QString()
        << u"SELECT stepwise_split_fib(20) || ' ' || obj_description('stepwise_split_fib(integer)'::regprocedure) || ' ' || stepwise_split_sign(-4)"_s
        << u"6765';$$ Fibonacci; it's fast negative;"_s
        << u"DROP FUNCTION stepwise_split_fib(integer); DROP FUNCTION stepwise_split_sign(integer)"_s;
    QTest::newRow("mariadb procedure under DELIMITER")
        << int(MariaDBServer) << u"mysql"_s << mariadbScript << 4
        << u"CALL stepwise_split_fill(10)"_s
        << u"SELECT CONCAT(SUM(n), '/', MAX(label)) FROM stepwise_split_numbers"_s
        << u"55/n; 'quoted' `x`"_s
        << u"DROP PROCEDURE stepwise_split_fill; DROP TABLE stepwise_split_numbers"_s;
}

void tst_SplitExecution::execute()
{
    QFETCH(int, target);
    QFETCH(QString, dialect);
    QFETCH(QString, script);
    QFETCH(int, statements);
    QFETCH(QString, call);
    QFETCH(QString, check);
    QFETCH(QString, expected);
    QFETCH(QString, cleanup);

    // The section starts on line 8 of its file, as after a revision header.
    const Result<SqlScript> split =
        SqlScript::split(script, sqlSyntaxFromName(dialect), u"versions/split.sql"_s, 8);
    QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.error().toString()));
    QCOMPARE(split->statements().size(), statements);
    QCOMPARE(split->statements().first().startLine, 8);

    const QString connection = u"split-"_s + dialect;
    if (target == SQLiteFile) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(dir.filePath(u"split.db"_s));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            runScript(db, *split, call, check, expected, cleanup);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return;
    }
    {
        const Server server = target == PostgreSQLServer ? Server::PostgreSQL : Server::MySQL;
        STEPWISE_REQUIRE_SERVER(server, db, connection);
        runScript(db, *split, call, check, expected, cleanup);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void tst_SplitExecution::runScript(QSqlDatabase db, const SqlScript &script, const QString &call,
    const QString &check, const QString &expected, const QString &cleanup)
{
    for (const SqlStatement &statement : script.statements()) {
        QSqlQuery q(db);
        // On failure say where, as the engine will: file:line and the server's words.
        QVERIFY2(q.exec(statement.text),
            qPrintable(u"%1:%2: %3"_s.arg(script.file())
                           .arg(statement.startLine)
                           .arg(q.lastError().text())));
    }
    if (!call.isEmpty()) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(call), qPrintable(q.lastError().text()));
    }
    QSqlQuery q(db);
    QVERIFY2(q.exec(check), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const QString value = q.value(0).toString();
    q.finish();
    for (const QString &sql : cleanup.split(u"; "_s, Qt::SkipEmptyParts)) {
        QSqlQuery drop(db);
        QVERIFY2(drop.exec(sql), qPrintable(drop.lastError().text()));
    }
    QCOMPARE(value, expected);
}

QTEST_GUILESS_MAIN(tst_SplitExecution)
#include "tst_splitexecution.moc"
