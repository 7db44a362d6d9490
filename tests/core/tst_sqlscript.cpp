// SqlScript's lossless segment view and editor lookups, and StatementStream's promises: the same
// statements as SqlScript, memory bounded by one statement, early stop, read errors.
#include "core/sql/sqlscript.h"
#include "core/sql/statementstream.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

QString kindName(SqlSegment::Kind kind)
{
    switch (kind) {
    case SqlSegment::Kind::Statement:
        return u"S"_s;
    case SqlSegment::Kind::Directive:
        return u"D"_s;
    case SqlSegment::Kind::Separator:
        break;
    }
    return u"-"_s;
}

// "K:text" per segment, K being S (statement), D (directive) or - (separator).
QStringList describe(const QString &script, const QList<SqlSegment> &segments)
{
    QStringList result;
    for (const SqlSegment &s : segments)
        result << kindName(s.kind) + u':' + script.mid(s.offset, s.length);
    return result;
}

QByteArray manyStatements(int count, int bodyLength)
{
    QByteArray script;
    for (int i = 0; i < count; ++i)
        script += "INSERT INTO t VALUES (" + QByteArray::number(i) + ", '"
            + QByteArray(bodyLength, 'x') + "');\n";
    return script;
}

} // namespace

class tst_SqlScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segments_data();
    void segments();
    void statementAtLine_data();
    void statementAtLine();
    void streamMemory_data();
    void streamMemory();
    void streamStopsWhenAsked();
    void streamReadError();
};

void tst_SqlScript::segments_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("segments");

    QTest::newRow("blanks, terminators, comments")
        << int(SqlSyntax::Generic) << u"  SELECT 1 ;\n-- c\nSELECT 2;\n-- end\n"_s
        << QStringList { u"-:  "_s, u"S:SELECT 1"_s, u"-: ;"_s, u"-:\n"_s, u"S:-- c\nSELECT 2"_s,
               u"-:;"_s, u"-:\n-- end\n"_s };
    QTest::newRow("DELIMITER lines are directives")
        << int(SqlSyntax::MySQL) << u"DELIMITER //\nSELECT 1; //\nDELIMITER ;\n"_s
        << QStringList { u"D:DELIMITER //"_s, u"-:\n"_s, u"S:SELECT 1;"_s, u"-: //"_s, u"-:\n"_s,
               u"D:DELIMITER ;"_s, u"-:\n"_s };
    QTest::newRow("byte-order mark") << int(SqlSyntax::SQLite) << u"\uFEFFSELECT 1"_s
                                     << QStringList { u"-:\uFEFF"_s, u"S:SELECT 1"_s };
}

void tst_SqlScript::segments()
{
    QFETCH(int, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, segments);

    const Result<SqlScript> result = SqlScript::split(script, SqlSyntax(dialect));
    QVERIFY(result.ok());
    QCOMPARE(describe(script, result->segments()), segments);
    QCOMPARE(result->dialect(), SqlSyntax(dialect));
}

void tst_SqlScript::statementAtLine_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("index");

    // Lines 5..: "SELECT 1;" (5), blank (6), "CREATE TABLE t (" (7) .. ");" (9), "SELECT 3; SELECT
    // 4;" (10)
    QTest::newRow("before the section") << 4 << -1;
    QTest::newRow("first statement") << 5 << 0;
    QTest::newRow("blank line between") << 6 << -1;
    QTest::newRow("first line of a multi-line statement") << 7 << 1;
    QTest::newRow("inside it") << 8 << 1;
    QTest::newRow("its last line") << 9 << 1;
    QTest::newRow("two on one line: the first") << 10 << 2;
    QTest::newRow("after the end") << 11 << -1;
}

void tst_SqlScript::statementAtLine()
{
    QFETCH(int, line);
    QFETCH(int, index);

    const Result<SqlScript> script =
        SqlScript::split(u"SELECT 1;\n\nCREATE TABLE t (\n  id INT\n);\nSELECT 3; SELECT 4;\n"_s,
            SqlSyntax::PostgreSQL, u"versions/x.sql"_s, 5);
    QVERIFY(script.ok());
    QCOMPARE(script->statements().size(), 4);
    QCOMPARE(script->file(), u"versions/x.sql"_s);
    QCOMPARE(script->statementAtLine(line), qsizetype(index));
}

void tst_SqlScript::streamMemory_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("bodyLength");
    QTest::addColumn<int>("chunk");

    QTest::newRow("many small statements") << 20000 << 40 << 4096;
    QTest::newRow("statements longer than a chunk") << 200 << 20000 << 4096;
    QTest::newRow("one-byte chunks") << 300 << 10 << 1;
}

// The stream holds at most about one statement and one chunk, whatever the script's length
// (quality.md M3), and delivers exactly what SqlScript finds.
void tst_SqlScript::streamMemory()
{
    QFETCH(int, count);
    QFETCH(int, bodyLength);
    QFETCH(int, chunk);

    QByteArray script = manyStatements(count, bodyLength);
    const qsizetype longest = manyStatements(1, bodyLength).size() + 16;
    const Result<SqlScript> whole = SqlScript::splitUtf8(script, SqlSyntax::MySQL, u"m.sql"_s, 3);
    QVERIFY(whole.ok());
    QCOMPARE(whole->statements().size(), count);

    QBuffer buffer(&script);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    StatementStream stream(SqlSyntax::MySQL, u"m.sql"_s, 3);
    stream.setChunkSize(chunk);
    qsizetype index = 0;
    bool same = true;
    const Result<qsizetype> run = stream.run(&buffer, [&](const SqlStatement &s) {
        same = same && s == whole->statements().at(index++);
        return true;
    });
    QVERIFY(run.ok());
    QCOMPARE(*run, qsizetype(count));
    QVERIFY(same);
    // Capacity may double once past what is needed: allow 2x (one statement + one chunk).
    QVERIFY2(stream.peakBufferSize() <= 2 * (longest + chunk) + 64,
        qPrintable(
            u"peak %1 for statements of %2 bytes in a %3-byte script"_s.arg(stream.peakBufferSize())
                .arg(longest)
                .arg(script.size())));
    QVERIFY(stream.peakBufferSize() * 10 < script.size());
}

void tst_SqlScript::streamStopsWhenAsked()
{
    QByteArray script = manyStatements(100, 5);
    QBuffer buffer(&script);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    StatementStream stream(SqlSyntax::SQLite);
    stream.setChunkSize(64);
    QStringList seen;
    const Result<qsizetype> run = stream.run(&buffer, [&](const SqlStatement &s) {
        seen << s.text;
        return seen.size() < 3;
    });
    QVERIFY(run.ok());
    QCOMPARE(*run, 3);
    QCOMPARE(seen.last(), u"INSERT INTO t VALUES (2, 'xxxxx')"_s);
    QVERIFY(!buffer.atEnd()); // it did not read the rest
}

void tst_SqlScript::streamReadError()
{
    QBuffer closed; // never opened: every read fails
    StatementStream stream(SqlSyntax::PostgreSQL, u"dump.sql"_s);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
    const Result<qsizetype> run = stream.run(&closed, [](const SqlStatement &) { return true; });
    QVERIFY(!run.ok());
    QCOMPARE(run.error().code(), ErrorCode::Io);
    QCOMPARE(run.error().file(), u"dump.sql"_s);
}

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_sqlscript.moc"
