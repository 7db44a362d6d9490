// Where statements start and end, per dialect: every rule of the splitter is a row here.
#include "core/sql/sqlscript.h"
#include "core/sql/statementstream.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

const QStringList allDialects { u"generic"_s, u"sqlite"_s, u"postgresql"_s, u"mysql"_s };

SqlSyntax dialectNamed(const QString &name)
{
    bool ok = false;
    const SqlSyntax dialect = sqlSyntaxFromName(name, &ok);
    Q_ASSERT(ok);
    return dialect;
}

QStringList texts(const QList<SqlStatement> &statements)
{
    QStringList result;
    for (const SqlStatement &s : statements)
        result << s.text;
    return result;
}

QList<int> startLines(const QList<SqlStatement> &statements)
{
    QList<int> result;
    for (const SqlStatement &s : statements)
        result << s.startLine;
    return result;
}

// "startLine:startColumn-endLine" for each statement.
QStringList positions(const QList<SqlStatement> &statements)
{
    QStringList result;
    for (const SqlStatement &s : statements)
        result << u"%1:%2-%3"_s.arg(s.startLine).arg(s.startColumn).arg(s.endLine);
    return result;
}

// QVERIFY2 evaluates its message even when the check passes.
template <typename T> QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

Result<QList<SqlStatement>> streamed(
    const QByteArray &utf8, SqlSyntax dialect, qsizetype chunk, int firstLine = 1)
{
    QByteArray copy = utf8;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    StatementStream stream(dialect, u"s.sql"_s, firstLine);
    stream.setChunkSize(chunk);
    QList<SqlStatement> statements;
    const Result<qsizetype> run = stream.run(&buffer, [&](const SqlStatement &s) {
        statements << s;
        return true;
    });
    if (!run.ok())
        return run.error();
    return statements;
}

using L = QList<int>;
using S = QStringList;

// Rows of split_data(), by dialect: (dialect, script, statements, first lines).
void addCommonRows()
{
    // The common rules hold in every dialect.
    for (const QString &d : allDialects) {
        auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(d + u": "_s + QLatin1StringView(name)));
        };
        *row("two statements") << d << u"SELECT 1;\nSELECT 2;"_s
                               << S { u"SELECT 1"_s, u"SELECT 2"_s } << L { 1, 2 };
        *row("trailing statement without semicolon")
            << d << u"SELECT 1;\nSELECT 2\n"_s << S { u"SELECT 1"_s, u"SELECT 2"_s } << L { 1, 2 };
        *row("semicolon in string")
            << d << u"INSERT INTO t VALUES (';');\nSELECT 1;"_s
            << S { u"INSERT INTO t VALUES (';')"_s, u"SELECT 1"_s } << L { 1, 2 };
        *row("doubled single quote")
            << d << u"SELECT 'it''s; fine'; SELECT 2;"_s
            << S { u"SELECT 'it''s; fine'"_s, u"SELECT 2"_s } << L { 1, 1 };
        *row("semicolon in quoted identifier")
            << d << u"SELECT \"a;b\" FROM t; SELECT 2"_s
            << S { u"SELECT \"a;b\" FROM t"_s, u"SELECT 2"_s } << L { 1, 1 };
        *row("doubled double quote")
            << d << u"SELECT \"a\"\";b\" FROM t;SELECT 2"_s
            << S { u"SELECT \"a\"\";b\" FROM t"_s, u"SELECT 2"_s } << L { 1, 1 };
        *row("line comment hides semicolon")
            << d << u"SELECT 1 -- not; here\n;SELECT 2"_s
            << S { u"SELECT 1 -- not; here"_s, u"SELECT 2"_s } << L { 1, 2 };
        *row("block comment hides semicolon")
            << d << u"SELECT /* ; */ 1; SELECT 2;"_s << S { u"SELECT /* ; */ 1"_s, u"SELECT 2"_s }
            << L { 1, 1 };
        *row("empty statements dropped") << d << u";;SELECT 1;;\n ;\tSELECT 2;;"_s
                                         << S { u"SELECT 1"_s, u"SELECT 2"_s } << L { 1, 2 };
        *row("comment kept with the next statement")
            << d << u"SELECT 1;\n-- explain\nSELECT 2;"_s
            << S { u"SELECT 1"_s, u"-- explain\nSELECT 2"_s } << L { 1, 2 };
        *row("same-line comment goes to the next statement")
            << d << u"SELECT 1; -- one\nSELECT 2;"_s << S { u"SELECT 1"_s, u"-- one\nSELECT 2"_s }
            << L { 1, 1 };
        *row("trailing comment is no statement")
            << d << u"SELECT 1;\n-- the end\n"_s << S { u"SELECT 1"_s } << L { 1 };
        *row("comment-only statement dropped")
            << d << u"/* nothing */;\nSELECT 1;"_s << S { u"SELECT 1"_s } << L { 2 };
        *row("blanks only") << d << u"  \n\t\r\n"_s << S {} << L {};
        *row("empty input") << d << QString() << S {} << L {};
        *row("CRLF line ends") << d << u"SELECT 1;\r\nSELECT\r\n 2;\r\n"_s
                               << S { u"SELECT 1"_s, u"SELECT\r\n 2"_s } << L { 1, 2 };
        *row("multi-line statement")
            << d << u"CREATE TABLE t (\n  id INT\n);\nSELECT 1;"_s
            << S { u"CREATE TABLE t (\n  id INT\n)"_s, u"SELECT 1"_s } << L { 1, 4 };
        *row("minus and division are code") << d << u"SELECT 5-3; SELECT 6/3"_s
                                            << S { u"SELECT 5-3"_s, u"SELECT 6/3"_s } << L { 1, 1 };
        *row("non-ASCII text") << d << u"INSERT INTO t VALUES ('héllo; wörld');SELECT '日本';"_s
                               << S { u"INSERT INTO t VALUES ('héllo; wörld')"_s,
                                      u"SELECT '日本'"_s }
                               << L { 1, 1 };
        *row("byte-order mark") << d << u"\uFEFFSELECT 1;"_s << S { u"SELECT 1"_s } << L { 1 };
        *row("U+FEFF after the start is text")
            << d << u"SELECT 1;\uFEFF\uFEFFSELECT 2;"_s
            << S { u"SELECT 1"_s, u"\uFEFF\uFEFFSELECT 2"_s } << L { 1, 1 };
        *row("comment at end of input without newline")
            << d << u"SELECT 1 -- done"_s << S { u"SELECT 1 -- done"_s } << L { 1 };
    }
}

void addPostgresRows()
{
    // PostgreSQL.
    const QString pg = u"postgresql"_s;
    QTest::newRow("pg: nested comment")
        << pg << u"SELECT /* a /* b; */ c; */ 1; SELECT 2;"_s
        << S { u"SELECT /* a /* b; */ c; */ 1"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("pg: nested comment only")
        << pg << u"/* a /* b */ SELECT 1; */"_s << S {} << L {};
    QTest::newRow("generic: comments do not nest")
        << u"generic"_s << u"/* a /* b */ SELECT 1; */"_s
        << S { u"/* a /* b */ SELECT 1"_s, u"*/"_s } << L { 1, 1 };
    QTest::newRow("pg: E string with escaped quote")
        << pg << u"SELECT E'it\\'s; ok'; SELECT 2;"_s
        << S { u"SELECT E'it\\'s; ok'"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("pg: lower-case e string")
        << pg << u"SELECT e'a\\';b'; SELECT 2"_s << S { u"SELECT e'a\\';b'"_s, u"SELECT 2"_s }
        << L { 1, 1 };
    QTest::newRow("pg: backslash is literal in standard strings")
        << pg << u"SELECT 'a\\'; SELECT 2;"_s << S { u"SELECT 'a\\'"_s, u"SELECT 2"_s }
        << L { 1, 1 };
    QTest::newRow("pg: word ending in e is no E prefix")
        << pg << u"SELECT some'x\\'; SELECT 2"_s << S { u"SELECT some'x\\'"_s, u"SELECT 2"_s }
        << L { 1, 1 };
    QTest::newRow("pg: dollar-quoted function body")
        << pg
        << u"CREATE FUNCTION f(x int) RETURNS int AS $$\nBEGIN\n  RETURN x + 1;\nEND;\n$$ LANGUAGE plpgsql;\nSELECT f(1);"_s
        << S { u"CREATE FUNCTION f(x int) RETURNS int AS $$\nBEGIN\n  RETURN x + 1;\nEND;\n$$ LANGUAGE plpgsql"_s,
               u"SELECT f(1)"_s }
        << L { 1, 6 };
    QTest::newRow("pg: tagged dollar quote holding $$")
        << pg << u"DO $body$ BEGIN PERFORM '$$;'; END $body$;\nSELECT 2;"_s
        << S { u"DO $body$ BEGIN PERFORM '$$;'; END $body$"_s, u"SELECT 2"_s } << L { 1, 2 };
    QTest::newRow("pg: nested different tags")
        << pg << u"SELECT $a$ $b$ ; $b$ ; $a$; SELECT 2"_s
        << S { u"SELECT $a$ $b$ ; $b$ ; $a$"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("pg: dollar inside identifier")
        << pg << u"SELECT a$b$c; SELECT 2"_s << S { u"SELECT a$b$c"_s, u"SELECT 2"_s }
        << L { 1, 1 };
    QTest::newRow("pg: positional parameter")
        << pg << u"PREPARE p AS SELECT $1; SELECT 2;"_s
        << S { u"PREPARE p AS SELECT $1"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("pg: U& string")
        << pg << u"SELECT U&'d\\0061t\\+000061; x'; SELECT 2;"_s
        << S { u"SELECT U&'d\\0061t\\+000061; x'"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("pg: U& string, backslash does not escape the quote")
        << pg << u"SELECT U&'a''\\'; SELECT 2"_s << S { u"SELECT U&'a''\\'"_s, u"SELECT 2"_s }
        << L { 1, 1 };
    QTest::newRow("pg: SQLite-style trigger splits at each semicolon")
        << pg << u"CREATE TRIGGER t BEGIN SELECT 1; END;"_s
        << S { u"CREATE TRIGGER t BEGIN SELECT 1"_s, u"END"_s } << L { 1, 1 };

    QTest::newRow("pg: BEGIN ATOMIC body")
        << pg
        << u"CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE SQL\nBEGIN ATOMIC\n  SELECT a + b;\nEND;\nSELECT add(1, 2);"_s
        << S { u"CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE SQL\nBEGIN ATOMIC\n  SELECT a + b;\nEND"_s,
               u"SELECT add(1, 2)"_s }
        << L { 1, 5 };
    QTest::newRow("pg: OR REPLACE PROCEDURE with CASE ... END inside BEGIN ATOMIC")
        << pg
        << u"create or replace procedure p(x int) language sql begin atomic insert into t values (case when x > 0 then 1 end); delete from u; end; SELECT 1"_s
        << S { u"create or replace procedure p(x int) language sql begin atomic insert into t values (case when x > 0 then 1 end); delete from u; end"_s,
               u"SELECT 1"_s }
        << L { 1, 1 };
    QTest::newRow("pg: BEGIN transaction is no body")
        << pg << u"BEGIN;\nSELECT 1;\nEND;"_s << S { u"BEGIN"_s, u"SELECT 1"_s, u"END"_s }
        << L { 1, 2, 3 };
    QTest::newRow("pg: CREATE TABLE is no routine")
        << pg << u"CREATE TABLE begin_end (x int); SELECT 2"_s
        << S { u"CREATE TABLE begin_end (x int)"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("pg: semicolon inside parentheses")
        << pg
        << u"CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 1"_s
        << S { u"CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))"_s,
               u"SELECT 1"_s }
        << L { 1, 2 };
    QTest::newRow("pg: stray closing parenthesis")
        << pg << u"SELECT 1); SELECT (2)"_s << S { u"SELECT 1)"_s, u"SELECT (2)"_s } << L { 1, 1 };
    QTest::newRow("generic: parentheses do not hold semicolons")
        << u"generic"_s << u"SELECT (1; 2)"_s << S { u"SELECT (1"_s, u"2)"_s } << L { 1, 1 };
}

void addMySqlRows()
{
    // MySQL / MariaDB.
    const QString my = u"mysql"_s;
    QTest::newRow("my: backtick identifier")
        << my << u"SELECT `a;b` FROM t; SELECT 2"_s << S { u"SELECT `a;b` FROM t"_s, u"SELECT 2"_s }
        << L { 1, 1 };
    QTest::newRow("my: doubled backtick") << my << u"SELECT `a``;b`; SELECT 2"_s
                                          << S { u"SELECT `a``;b`"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("my: backslash escape in string")
        << my << u"SELECT 'it\\'s; ok'; SELECT 2"_s << S { u"SELECT 'it\\'s; ok'"_s, u"SELECT 2"_s }
        << L { 1, 1 };
    QTest::newRow("my: backslash escape in double quotes")
        << my << u"SELECT \"a\\\";b\"; SELECT 2"_s << S { u"SELECT \"a\\\";b\""_s, u"SELECT 2"_s }
        << L { 1, 1 };
    QTest::newRow("my: hash comment")
        << my << u"SELECT 1; # note; here\nSELECT 2;"_s
        << S { u"SELECT 1"_s, u"# note; here\nSELECT 2"_s } << L { 1, 1 };
    QTest::newRow("generic: hash is code") << u"generic"_s << u"SELECT 1 # 2; SELECT 3"_s
                                           << S { u"SELECT 1 # 2"_s, u"SELECT 3"_s } << L { 1, 1 };
    QTest::newRow("my: double dash needs a blank")
        << my << u"SELECT 1--1; SELECT 2"_s << S { u"SELECT 1--1"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("generic: double dash always comments")
        << u"generic"_s << u"SELECT 1--1; SELECT 2"_s << S { u"SELECT 1--1; SELECT 2"_s }
        << L { 1 };
    QTest::newRow("my: DELIMITER procedure")
        << my
        << u"DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND //\nDELIMITER ;\nCALL p();"_s
        << S { u"CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND"_s, u"CALL p()"_s }
        << L { 2, 8 };
    QTest::newRow("my: DELIMITER $$ trigger, lower case")
        << my
        << u"delimiter $$\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\nEND$$\ndelimiter ;\nSELECT 1;"_s
        << S { u"CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\nEND"_s,
               u"SELECT 1"_s }
        << L { 2, 7 };
    QTest::newRow("my: custom delimiter inside a string")
        << my << u"DELIMITER //\nSELECT '//'//"_s << S { u"SELECT '//'"_s } << L { 2 };
    QTest::newRow("my: several statements under one delimiter")
        << my << u"DELIMITER ;;\nSELECT 1;;\nSELECT 2;;\nDELIMITER ;\n"_s
        << S { u"SELECT 1"_s, u"SELECT 2"_s } << L { 2, 3 };
    QTest::newRow("my: DELIMITER after a statement is text")
        << my << u"SELECT 1 DELIMITER //;"_s << S { u"SELECT 1 DELIMITER //"_s } << L { 1 };
    QTest::newRow("my: DELIMITER with CRLF line ends")
        << my << u"DELIMITER $$\r\nSELECT 1;$$\r\nDELIMITER ;\r\nSELECT 2;\r\n"_s
        << S { u"SELECT 1;"_s, u"SELECT 2"_s } << L { 2, 4 };
    QTest::newRow("my: comment before DELIMITER")
        << my << u"-- switch\nDELIMITER //\nSELECT 1//"_s << S { u"SELECT 1"_s } << L { 3 };
    QTest::newRow("my: MariaDB executable comment")
        << my << u"/*M!100100 SET x = 1 */;"_s << S { u"/*M!100100 SET x = 1 */"_s } << L { 1 };
    QTest::newRow("my: executable comment is a statement")
        << my << u"/*!40101 SET NAMES utf8 */;\nSELECT 1;"_s
        << S { u"/*!40101 SET NAMES utf8 */"_s, u"SELECT 1"_s } << L { 1, 2 };
    QTest::newRow("pg: DELIMITER is not a command")
        << u"postgresql"_s << u"DELIMITER //\nSELECT 1;"_s << S { u"DELIMITER //\nSELECT 1"_s }
        << L { 1 };
}

void addSqliteRows()
{
    // SQLite.
    const QString lite = u"sqlite"_s;
    QTest::newRow("lite: trigger body")
        << lite
        << u"CREATE TRIGGER tr AFTER INSERT ON t\nBEGIN\n  UPDATE c SET n = n + 1;\n  INSERT INTO log VALUES ('x');\nEND;\nSELECT 1;"_s
        << S { u"CREATE TRIGGER tr AFTER INSERT ON t\nBEGIN\n  UPDATE c SET n = n + 1;\n  INSERT INTO log VALUES ('x');\nEND"_s,
               u"SELECT 1"_s }
        << L { 1, 6 };
    QTest::newRow("lite: temp trigger with CASE ... END")
        << lite
        << u"create temp trigger tr after insert on t begin update c set n = case when 1 then 2 end; end; SELECT 1;"_s
        << S { u"create temp trigger tr after insert on t begin update c set n = case when 1 then 2 end; end"_s,
               u"SELECT 1"_s }
        << L { 1, 1 };
    QTest::newRow("lite: comment between ; and END")
        << lite
        << u"CREATE TRIGGER tr AFTER DELETE ON t BEGIN DELETE FROM u; /* x */ END ; SELECT 1"_s
        << S { u"CREATE TRIGGER tr AFTER DELETE ON t BEGIN DELETE FROM u; /* x */ END"_s,
               u"SELECT 1"_s }
        << L { 1, 1 };
    QTest::newRow("lite: BEGIN ... END transaction")
        << lite << u"BEGIN;\nCREATE TABLE t(x);\nEND;"_s
        << S { u"BEGIN"_s, u"CREATE TABLE t(x)"_s, u"END"_s } << L { 1, 2, 3 };
    QTest::newRow("lite: quoted \"trigger\" is a name")
        << lite << u"CREATE TABLE \"trigger\" (x); SELECT 2;"_s
        << S { u"CREATE TABLE \"trigger\" (x)"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("lite: bracket identifier")
        << lite << u"SELECT [a;b] FROM t; SELECT 2"_s
        << S { u"SELECT [a;b] FROM t"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("lite: backtick identifier")
        << lite << u"SELECT `a;b` FROM t; SELECT 2"_s
        << S { u"SELECT `a;b` FROM t"_s, u"SELECT 2"_s } << L { 1, 1 };
    QTest::newRow("generic: bracket is code")
        << u"generic"_s << u"SELECT [a;b]"_s << S { u"SELECT [a"_s, u"b]"_s } << L { 1, 1 };
}

} // namespace

class tst_StatementSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void positions_data();
    void positions();
    void errors_data();
    void errors();
    void invalidUtf8_data();
    void invalidUtf8();
    void dialectNames_data();
    void dialectNames();
};

void tst_StatementSplitter::split_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QList<int>>("lines"); // 1-based first line of each statement

    addCommonRows();
    addPostgresRows();
    addMySqlRows();
    addSqliteRows();
}

void tst_StatementSplitter::split()
{
    QFETCH(QString, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QFETCH(QList<int>, lines);

    const SqlSyntax d = dialectNamed(dialect);
    const Result<SqlScript> result = SqlScript::split(script, d, u"s.sql"_s);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(texts(result->statements()), statements);
    QCOMPARE(startLines(result->statements()), lines);
    for (const SqlStatement &s : result->statements())
        QCOMPARE(script.mid(s.offset, s.length), s.text);

    // Lossless: the segments put back together are the input.
    QString rebuilt;
    qsizetype expectedOffset = 0;
    for (const SqlSegment &segment : result->segments()) {
        QCOMPARE(segment.offset, expectedOffset);
        QVERIFY(segment.length > 0);
        rebuilt += script.mid(segment.offset, segment.length);
        expectedOffset += segment.length;
    }
    QCOMPARE(rebuilt, script);

    // UTF-8 input, whole and streamed in small chunks, gives the same statements and lines.
    const QByteArray utf8 = script.toUtf8();
    const Result<SqlScript> bytes = SqlScript::splitUtf8(utf8, d, u"s.sql"_s);
    QVERIFY2(bytes.ok(), qPrintable(errorText(bytes)));
    QCOMPARE(texts(bytes->statements()), statements);
    QCOMPARE(startLines(bytes->statements()), lines);
    for (qsizetype chunk : { 1, 3, 4096 }) {
        const Result<QList<SqlStatement>> stream = streamed(utf8, d, chunk);
        QVERIFY2(stream.ok(), qPrintable(errorText(stream)));
        QCOMPARE(*stream, bytes->statements());
    }
}

void tst_StatementSplitter::positions_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<QStringList>("positions"); // startLine:startColumn-endLine

    QTest::newRow("section starting at line 10")
        << u"generic"_s << u"SELECT 1;\n  SELECT 2;"_s << 10
        << QStringList { u"10:1-10"_s, u"11:3-11"_s };
    QTest::newRow("multi-line statement after blank lines")
        << u"generic"_s << u"\n\nCREATE TABLE t (\n x INT\n);"_s << 5 << QStringList { u"7:1-9"_s };
    QTest::newRow("second statement on the same line")
        << u"sqlite"_s << u"SELECT 1; /* c */ SELECT 2;"_s << 1
        << QStringList { u"1:1-1"_s, u"1:11-1"_s };
    QTest::newRow("columns count QChars") << u"postgresql"_s << u"SELECT 'é'; SELECT 2;"_s << 1
                                          << QStringList { u"1:1-1"_s, u"1:13-1"_s };
    QTest::newRow("CRLF") << u"mysql"_s << u"SELECT 1;\r\n\r\n  SELECT\r\n2;"_s << 3
                          << QStringList { u"3:1-3"_s, u"5:3-6"_s };
    QTest::newRow("after DELIMITER lines")
        << u"mysql"_s << u"DELIMITER //\n SELECT 1;\nSELECT 2 //\nDELIMITER ;\nSELECT 3"_s << 1
        << QStringList { u"2:2-3"_s, u"5:1-5"_s };
    QTest::newRow("dollar body") << u"postgresql"_s << u"DO $$\nBEGIN\nEND\n$$;\n\nSELECT 1;"_s << 2
                                 << QStringList { u"2:1-5"_s, u"7:1-7"_s };
    QTest::newRow("trigger body") << u"sqlite"_s
                                  << u"CREATE TRIGGER t AFTER INSERT ON x BEGIN\n SELECT 1;\nEND;"_s
                                  << 1 << QStringList { u"1:1-3"_s };
}

void tst_StatementSplitter::positions()
{
    QFETCH(QString, dialect);
    QFETCH(QString, script);
    QFETCH(int, firstLine);
    QFETCH(QStringList, positions);

    const Result<SqlScript> result = SqlScript::split(script, dialectNamed(dialect), {}, firstLine);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(::positions(result->statements()), positions);
    QCOMPARE(result->firstLine(), firstLine);
    // Every statement is found again from any of its lines.
    for (qsizetype i = 0; i < result->statements().size(); ++i) {
        const SqlStatement &s = result->statements().at(i);
        for (int line = s.startLine; line <= s.endLine; ++line) {
            // A line shared with an earlier statement finds that one first.
            const qsizetype found = result->statementAtLine(line);
            QVERIFY(found == i
                || (line == s.startLine && found >= 0 && found < i
                    && result->statements().at(found).endLine == line));
        }
    }
    QCOMPARE(result->statementAtLine(firstLine - 1), -1);
}

void tst_StatementSplitter::errors_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>("line"); // where the construct opened
    QTest::addColumn<QString>("message"); // a fragment of the message

    QTest::newRow("unterminated string") << u"generic"_s << u"SELECT 1;\nSELECT 'abc;\nSELECT 2;"_s
                                         << 1 << 2 << u"unterminated string"_s;
    QTest::newRow("unterminated identifier")
        << u"sqlite"_s << u"SELECT \"abc"_s << 1 << 1 << u"unterminated quoted identifier"_s;
    for (const QString &d : allDialects) {
        QTest::newRow(qPrintable(d + u": unterminated comment"_s))
            << d << u"SELECT 1;\n\n/* open;\nSELECT 2;"_s << 1 << 3 << u"unterminated comment"_s;
        QTest::newRow(qPrintable(d + u": unterminated string, offset section"_s))
            << d << u"SELECT 1;\n'"_s << 20 << 21 << u"unterminated string"_s;
    }
    QTest::newRow("pg: unterminated nested comment")
        << u"postgresql"_s << u"/* a /* b */\nSELECT 1;"_s << 1 << 1 << u"unterminated comment"_s;
    QTest::newRow("pg: unterminated dollar quote")
        << u"postgresql"_s
        << u"\nCREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n  RETURN 1;\nEND $$;"_s << 1 << 2
        << u"$body$"_s;
    QTest::newRow("pg: unterminated E string")
        << u"postgresql"_s << u"SELECT E'\\';\nSELECT 2;"_s << 1 << 1 << u"unterminated string"_s;
    QTest::newRow("pg: meta-command")
        << u"postgresql"_s << u"SELECT 1;\n\\connect other\nSELECT 2;"_s << 1 << 2
        << u"\\connect"_s;
    QTest::newRow("pg: indented meta-command")
        << u"postgresql"_s << u"  \\set x 1"_s << 7 << 7 << u"\\set"_s;
    QTest::newRow("my: unterminated backtick") << u"mysql"_s << u"SELECT 1;\nSELECT `a;\n"_s << 1
                                               << 2 << u"unterminated quoted identifier"_s;
    QTest::newRow("my: backslash keeps the string open")
        << u"mysql"_s << u"SELECT 'abc\\';\nSELECT 2;"_s << 1 << 1 << u"unterminated string"_s;
    QTest::newRow("my: DELIMITER without argument")
        << u"mysql"_s << u"SELECT 1;\nDELIMITER\nSELECT 2;"_s << 1 << 2 << u"DELIMITER needs"_s;
    QTest::newRow("my: delimiter with a backslash")
        << u"mysql"_s << u"DELIMITER \\\\\nSELECT 1;"_s << 1 << 1 << u"backslash"_s;
    QTest::newRow("lite: unterminated bracket")
        << u"sqlite"_s << u"SELECT [abc;\n"_s << 1 << 1 << u"unterminated quoted identifier"_s;
}

void tst_StatementSplitter::errors()
{
    QFETCH(QString, dialect);
    QFETCH(QString, script);
    QFETCH(int, firstLine);
    QFETCH(int, line);
    QFETCH(QString, message);

    const SqlSyntax d = dialectNamed(dialect);
    const Result<SqlScript> result = SqlScript::split(script, d, u"versions/a.sql"_s, firstLine);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Sql);
    QCOMPARE(result.error().line(), line);
    QCOMPARE(result.error().file(), u"versions/a.sql"_s);
    QVERIFY2(result.error().message().contains(message), qPrintable(result.error().message()));
    QVERIFY(result.error().toString().startsWith(u"versions/a.sql:%1: "_s.arg(line)));

    // The same error, at the same line, from bytes and from a stream read a byte at a time.
    const Result<SqlScript> bytes = SqlScript::splitUtf8(script.toUtf8(), d, u"x.sql"_s, firstLine);
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().message(), result.error().message());
    QCOMPARE(bytes.error().line(), line);
    const Result<QList<SqlStatement>> stream = streamed(script.toUtf8(), d, 1, firstLine);
    QVERIFY(!stream.ok());
    QCOMPARE(stream.error().message(), result.error().message());
    QCOMPARE(stream.error().line(), line);
}

void tst_StatementSplitter::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("line");

    QTest::newRow("stray byte in a string") << QByteArray("SELECT 1;\nSELECT '\xff';") << 2;
    QTest::newRow("in a comment") << QByteArray("-- ok\n-- \xc3\n-- more\nSELECT 1;") << 2;
    QTest::newRow("overlong slash") << QByteArray("SELECT 1;\n\n\nSELECT '\xc0\xaf';") << 4;
    QTest::newRow("surrogate") << QByteArray("SELECT '\xed\xa0\x80';") << 1;
    QTest::newRow("above U+10FFFF") << QByteArray("SELECT 1;\nSELECT '\xf4\x90\x80\x80';") << 2;
    QTest::newRow("truncated at the end") << QByteArray("SELECT 1;\nSELECT 2; \xe6\x97") << 2;
}

void tst_StatementSplitter::invalidUtf8()
{
    QFETCH(QByteArray, script);
    QFETCH(int, line);

    for (const QString &d : allDialects) {
        const Result<SqlScript> result = SqlScript::splitUtf8(script, dialectNamed(d), u"a.sql"_s);
        QVERIFY(!result.ok());
        QVERIFY2(
            result.error().message().contains(u"UTF-8"_s), qPrintable(result.error().message()));
        QCOMPARE(result.error().line(), line);
        const Result<QList<SqlStatement>> stream = streamed(script, dialectNamed(d), 2);
        QVERIFY(!stream.ok());
        QCOMPARE(stream.error().line(), line);
    }
    // Valid multi-byte text next to it passes.
    const QByteArray good("SELECT '\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80';");
    QVERIFY(SqlScript::splitUtf8(good, SqlSyntax::Generic).ok());
}

void tst_StatementSplitter::dialectNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<bool>("known");

    QTest::newRow("sqlite") << u"sqlite"_s << int(SqlSyntax::SQLite) << true;
    QTest::newRow("postgresql") << u"postgresql"_s << int(SqlSyntax::PostgreSQL) << true;
    QTest::newRow("postgres") << u"Postgres"_s << int(SqlSyntax::PostgreSQL) << true;
    QTest::newRow("mysql") << u"mysql"_s << int(SqlSyntax::MySQL) << true;
    QTest::newRow("mariadb") << u"MariaDB"_s << int(SqlSyntax::MySQL) << true;
    QTest::newRow("generic") << u"generic"_s << int(SqlSyntax::Generic) << true;
    QTest::newRow("odbc") << u"odbc"_s << int(SqlSyntax::Generic) << true;
    QTest::newRow("unknown") << u"oracle"_s << int(SqlSyntax::Generic) << false;
}

void tst_StatementSplitter::dialectNames()
{
    QFETCH(QString, name);
    QFETCH(int, dialect);
    QFETCH(bool, known);

    bool ok = !known;
    QCOMPARE(int(sqlSyntaxFromName(name, &ok)), dialect);
    QCOMPARE(ok, known);
    if (known)
        QCOMPARE(int(sqlSyntaxFromName(sqlSyntaxName(SqlSyntax(dialect)))), dialect);
}

QTEST_GUILESS_MAIN(tst_StatementSplitter)
#include "tst_statementsplitter.moc"
