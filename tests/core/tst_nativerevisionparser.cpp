// NativeRevisionParser: every header form, section rule, error and warning of revision-format.md.
#include "core/repository/nativerevisionparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_NativeRevisionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header_data();
    void header();
    void sections();
    void sectionHoldsCode_data();
    void sectionHoldsCode();
    void checksum_data();
    void checksum();
    void headerOnly();
    void firstMarkerOffset();
    void created_data();
    void created();
    void manyUnknownKeys();
};

// "LINE: message" for each problem, so rows can name the line and a fragment of the message.
static QStringList describe(const ErrorList &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out.append(QString::number(e.line()) + u": "_s + e.message());
    return out;
}

// Each expected entry is "LINE: fragment"; the problem at the same index must start with the
// line and contain the fragment.
static bool matches(const QStringList &actual, const QStringList &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const qsizetype colon = expected[i].indexOf(u": "_s);
        if (!actual[i].startsWith(expected[i].first(colon + 2))
            || !actual[i].contains(expected[i].sliced(colon + 2)))
            return false;
    }
    return true;
}

static const QByteArray body =
    "\n-- migrate:up\nCREATE TABLE t (id INT);\n\n-- migrate:down\nDROP TABLE t;\n";

void tst_NativeRevisionParser::header_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("warnings");

    const QString file = u"versions/3f2a9c1b7d4e_add_invoices.sql"_s;
    const QByteArray full = "-- revision: 3f2a9c1b7d4e\n-- parents: 1a2b3c4d5e6f\n"
                            "-- message: Add invoices table\n-- created: 2026-11-23T10:00:00Z\n"
                            "-- branch_labels: billing\n-- depends_on: 9f8e7d6c5b4a\n";
    QTest::newRow("spec example") << full + body << file << u"3f2a9c1b7d4e"_s
                                  << QStringList { u"1a2b3c4d5e6f"_s } << u"Add invoices table"_s
                                  << QStringList { u"billing"_s }
                                  << QStringList { u"9f8e7d6c5b4a"_s } << QStringList()
                                  << QStringList();
    QByteArray crlf = "\xEF\xBB\xBF" + full + body;
    crlf.replace("\n", "\r\n");
    QTest::newRow("BOM and CRLF") << crlf << file << u"3f2a9c1b7d4e"_s
                                  << QStringList { u"1a2b3c4d5e6f"_s } << u"Add invoices table"_s
                                  << QStringList { u"billing"_s }
                                  << QStringList { u"9f8e7d6c5b4a"_s } << QStringList()
                                  << QStringList();
    QTest::newRow("blank lines inside the header, base")
        << QByteArray("-- revision: a1\n\n-- parents:\n\n-- message:   spaced out  \n" + body)
        << u"versions/a1_x.sql"_s << u"a1"_s << QStringList() << u"spaced out"_s << QStringList()
        << QStringList() << QStringList() << QStringList();
    QTest::newRow("three-parent merge, several labels")
        << QByteArray("-- revision: m\n-- parents: a, b ,c\n-- branch_labels: x,y\n"
                      "-- depends_on: d, lbl\n"
               + body)
        << u"v/m_merge.sql"_s << u"m"_s << QStringList { u"a"_s, u"b"_s, u"c"_s } << QString()
        << QStringList { u"x"_s, u"y"_s } << QStringList { u"d"_s, u"lbl"_s } << QStringList()
        << QStringList();
    QTest::newRow("file named by id only")
        << QByteArray("-- revision: a1\n-- parents:\n" + body) << u"a1.sql"_s << u"a1"_s
        << QStringList() << QString() << QStringList() << QStringList() << QStringList()
        << QStringList();
    QTest::newRow("unknown key kept, warned")
        << QByteArray("-- revision: a1\n-- parents:\n-- author: ann\n" + body) << u"a1_x.sql"_s
        << u"a1"_s << QStringList() << QString() << QStringList() << QStringList() << QStringList()
        << QStringList { u"3: unknown header 'author'"_s };
    QTest::newRow("file name disagrees with id")
        << QByteArray("-- revision: a1\n-- parents:\n" + body) << u"versions/b2_x.sql"_s << u"a1"_s
        << QStringList() << QString() << QStringList() << QStringList() << QStringList()
        << QStringList { u"1: file name does not match the revision id 'a1'"_s };
    QTest::newRow("id prefix of file name is not enough")
        << QByteArray("-- revision: a1\n-- parents:\n" + body) << u"a12_x.sql"_s << u"a1"_s
        << QStringList() << QString() << QStringList() << QStringList() << QStringList()
        << QStringList { u"1: file name does not match"_s };
    QTest::newRow("created not ISO")
        << QByteArray("-- revision: a1\n-- parents:\n-- created: yesterday\n" + body)
        << u"a1_x.sql"_s << u"a1"_s << QStringList() << QString() << QStringList() << QStringList()
        << QStringList() << QStringList { u"3: created 'yesterday'"_s };
    QTest::newRow("missing revision")
        << QByteArray("-- parents:\n" + body) << u"x.sql"_s << QString() << QStringList()
        << QString() << QStringList() << QStringList()
        << QStringList { u"0: missing '-- revision:'"_s } << QStringList();
    QTest::newRow("missing parents")
        << QByteArray("-- revision: a1\n" + body) << u"a1_x.sql"_s << u"a1"_s << QStringList()
        << QString() << QStringList() << QStringList()
        << QStringList { u"0: missing '-- parents:'"_s } << QStringList();
    QTest::newRow("illegal character in id")
        << QByteArray("-- revision: a-b\n-- parents:\n" + body) << u"a-b_x.sql"_s << u"a-b"_s
        << QStringList() << QString() << QStringList() << QStringList()
        << QStringList { u"1: contains '-'"_s } << QStringList();
    QTest::newRow("id of 33 characters")
        << QByteArray("-- revision: " + QByteArray(33, 'a') + "\n-- parents:\n" + body)
        << QString(QString(33, u'a') + u"_x.sql"_s) << QString(33, u'a') << QStringList()
        << QString() << QStringList() << QStringList() << QStringList { u"1: longer than 32"_s }
        << QStringList();
    QTest::newRow("reserved id") << QByteArray("-- revision: heads\n-- parents:\n" + body)
                                 << u"heads_x.sql"_s << u"heads"_s << QStringList() << QString()
                                 << QStringList() << QStringList()
                                 << QStringList { u"1: reserved"_s } << QStringList();
    QTest::newRow("empty parent in list")
        << QByteArray("-- revision: a1\n-- parents: b,,c\n" + body) << u"a1_x.sql"_s << u"a1"_s
        << QStringList { u"b"_s, QString(), u"c"_s } << QString() << QStringList() << QStringList()
        << QStringList { u"2: parents: empty revision id"_s } << QStringList();
    QTest::newRow("label with @") << QByteArray(
        "-- revision: a1\n-- parents:\n-- branch_labels: my@label\n" + body)
                                  << u"a1_x.sql"_s << u"a1"_s << QStringList() << QString()
                                  << QStringList { u"my@label"_s } << QStringList()
                                  << QStringList { u"3: branch label 'my@label' contains '@'"_s }
                                  << QStringList();
    QTest::newRow("label with space")
        << QByteArray("-- revision: a1\n-- parents:\n-- branch_labels: my label\n" + body)
        << u"a1_x.sql"_s << u"a1"_s << QStringList() << QString() << QStringList { u"my label"_s }
        << QStringList() << QStringList { u"3: contains ' '"_s } << QStringList();
    QTest::newRow("upper-case key")
        << QByteArray("-- Revision: a1\n-- parents:\n" + body) << u"a1_x.sql"_s << QString()
        << QStringList() << QString() << QStringList() << QStringList()
        << QStringList { u"1: 'Revision' must be written in lower case"_s,
               u"0: missing '-- revision:'"_s }
        << QStringList();
    QTest::newRow("duplicate key")
        << QByteArray("-- revision: a1\n-- parents:\n-- revision: a2\n" + body) << u"a1_x.sql"_s
        << u"a1"_s << QStringList() << QString() << QStringList() << QStringList()
        << QStringList { u"3: header 'revision' is given twice (first on line 1)"_s }
        << QStringList();
    QTest::newRow("invalid UTF-8 names its line")
        << QByteArray("-- revision: a1\n-- parents:\n-- message: caf\xC3\n" + body) << u"a1_x.sql"_s
        << QString() << QStringList() << QString() << QStringList() << QStringList()
        << QStringList { u"3: invalid UTF-8"_s } << QStringList();
    QTest::newRow("header line after the header")
        << QByteArray("-- revision: a1\n-- a comment ends the header\n-- parents:\n" + body)
        << u"a1_x.sql"_s << u"a1"_s << QStringList() << QString() << QStringList() << QStringList()
        << QStringList { u"3: header line 'parents' after the end of the header"_s,
               u"0: missing '-- parents:'"_s }
        << QStringList();
    QTest::newRow("SQL before the first section")
        << QByteArray("-- revision: a1\n-- parents:\nCREATE TABLE x (id INT);\n" + body)
        << u"a1_x.sql"_s << u"a1"_s << QStringList() << QString() << QStringList() << QStringList()
        << QStringList { u"3: text outside a section"_s } << QStringList();
}

void tst_NativeRevisionParser::header()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QString, message);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, dependsOn);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    const ParsedRevision p = NativeRevisionParser::parse(content, path);
    QVERIFY2(matches(describe(p.errors), errors), qPrintable(describe(p.errors).join(u" | "_s)));
    QVERIFY2(
        matches(describe(p.warnings), warnings), qPrintable(describe(p.warnings).join(u" | "_s)));
    QCOMPARE(p.ok(), errors.isEmpty());
    if (errors.size() == 1 && errors[0].startsWith(u"3: invalid"_s))
        return; // nothing else is read from an undecodable file
    QCOMPARE(p.revision.id, id);
    QCOMPARE(p.revision.parents, parents);
    QCOMPARE(p.revision.message, message);
    QCOMPARE(p.revision.branchLabels, labels);
    QCOMPARE(p.revision.dependsOn, dependsOn);
    QCOMPARE(p.revision.format, Revision::Format::Native);
    QCOMPARE(p.revision.relativePath, path);
    for (const Error &e : p.errors + p.warnings)
        QCOMPARE(e.file(), path);
}

void tst_NativeRevisionParser::sections()
{
    const QByteArray text =
        "-- revision: a1\n-- parents:\n-- note: x\n\n"
        "-- migrate:down\nDROP INDEX i;\n\n"
        "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (x);\r\n\n";
    ParsedRevision p = NativeRevisionParser::parse(text, u"a1_x.sql"_s);
    QVERIFY(p.ok());
    QCOMPARE(p.revision.extraHeaders.size(), 1);
    QCOMPARE(p.revision.extraHeaders[0].first, u"note"_s);
    QCOMPARE(p.revision.extraHeaders[0].second, u"x"_s);
    QVERIFY(p.revision.down.present);
    QCOMPARE(p.revision.down.markerLine, 5);
    QCOMPARE(p.revision.down.firstLine, 6);
    QCOMPARE(p.revision.down.text, u"DROP INDEX i;\n\n"_s);
    QVERIFY(p.revision.down.transactional);
    QVERIFY(p.revision.down.checksum.isEmpty());
    QVERIFY(p.revision.up.present);
    QCOMPARE(p.revision.up.markerLine, 8);
    QVERIFY(!p.revision.up.transactional);
    QCOMPARE(p.revision.up.text, u"CREATE INDEX CONCURRENTLY i ON t (x);\n\n"_s);
    QCOMPARE(p.revision.up.checksum,
        NativeRevisionParser::checksum("CREATE INDEX CONCURRENTLY i ON t (x);\n"));

    p = NativeRevisionParser::parse(
        "-- revision: a1\n-- parents:\n-- migrate:up\nA;\n-- migrate:up\nB;\n"
        "-- migrate:sideways\n-- migrate:down transaction:maybe\n",
        u"a1_x.sql"_s);
    QCOMPARE(describe(p.errors),
        QStringList({ u"5: second '-- migrate:up' section (the first is on line 3)"_s,
            u"7: unknown section '-- migrate:sideways' (expected up or down)"_s,
            u"8: unknown section option 'transaction:maybe' (known: transaction:false)"_s }));
    QCOMPARE(p.revision.up.text, u"A;\n"_s); // the duplicate's text is not appended

    p = NativeRevisionParser::parse(
        "-- revision: a1\n-- parents:\n-- migrate:down\nX;\n", u"a1_x.sql"_s);
    QCOMPARE(describe(p.errors), QStringList { u"0: no '-- migrate:up' section"_s });
    QVERIFY(!p.revision.up.present);
}

// A section holds code when a line is neither blank nor a "--" comment (revision-format.md:
// an empty down section undoes nothing).
void tst_NativeRevisionParser::sectionHoldsCode_data()
{
    QTest::addColumn<QByteArray>("down");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("holdsCode");
    QTest::newRow("statement") << QByteArray("DROP TABLE t;\n") << true << true;
    QTest::newRow("empty") << QByteArray() << true << false;
    QTest::newRow("blank lines") << QByteArray("\n  \t\n\n") << true << false;
    QTest::newRow("comments only") << QByteArray("-- nothing to undo\n  -- key: value\n") << true << false;
    QTest::newRow("indented statement") << QByteArray("-- undo:\n   DELETE FROM t;\n") << true << true;
    QTest::newRow("no section") << QByteArray() << false << false;
}

void tst_NativeRevisionParser::sectionHoldsCode()
{
    QFETCH(QByteArray, down);
    QFETCH(bool, present);
    QFETCH(bool, holdsCode);
    const QByteArray text = "-- revision: a1\n-- parents:\n\n-- migrate:up\n-- a comment\nCREATE TABLE t (id INT);\n"
        + (present ? "\n-- migrate:down\n" + down : QByteArray());
    const ParsedRevision p = NativeRevisionParser::parse(text, u"a1_x.sql"_s);
    QVERIFY(p.ok());
    QVERIFY(p.revision.up.holdsCode);
    QCOMPARE(p.revision.down.present, present);
    QCOMPARE(p.revision.down.holdsCode, holdsCode);
}

void tst_NativeRevisionParser::checksum_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QString>("expected");
    // Reference values from Python's hashlib.sha256 over the normalised text.
    const QString create = u"1f3fb0035a049af0ffa5671f5739ba073a99aaa6d8cc6a789599c9fd9292821d"_s;
    QTest::newRow("LF") << QByteArray("CREATE TABLE t (id INT);\n") << create;
    QTest::newRow("CRLF") << QByteArray("CREATE TABLE t (id INT);\r\n") << create;
    QTest::newRow("no final newline") << QByteArray("CREATE TABLE t (id INT);") << create;
    QTest::newRow("trailing blank lines")
        << QByteArray("CREATE TABLE t (id INT);\n\n  \r\n\t\n") << create;
    QTest::newRow("empty") << QByteArray()
                           << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("blank only") << QByteArray(
        "\n\n") << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
}

void tst_NativeRevisionParser::checksum()
{
    QFETCH(QByteArray, section);
    QFETCH(QString, expected);
    QCOMPARE(NativeRevisionParser::checksum(section), expected);
    // A leading blank line is content: it changes the checksum.
    QVERIFY(NativeRevisionParser::checksum(QByteArray("\n" + section)) != expected
        || section.trimmed().isEmpty());
}

void tst_NativeRevisionParser::headerOnly()
{
    // Invalid UTF-8 and a duplicate section after the header: only a full parse sees them.
    const QByteArray text =
        "-- revision: a1\n-- parents: b\n\n-- migrate:up\nSELECT '\xFF';\n-- migrate:up\n";
    const ParsedRevision quick =
        NativeRevisionParser::parse(text, u"a1_x.sql"_s, NativeRevisionParser::Mode::HeaderOnly);
    QVERIFY(quick.ok());
    QCOMPARE(quick.revision.id, u"a1"_s);
    QCOMPARE(quick.revision.parents, QStringList { u"b"_s });
    QVERIFY(quick.revision.up.text.isEmpty());
    const ParsedRevision full = NativeRevisionParser::parse(text, u"a1_x.sql"_s);
    QCOMPARE(
        describe(full.errors), QStringList { u"5: invalid UTF-8 (revision files are UTF-8)"_s });
}

void tst_NativeRevisionParser::firstMarkerOffset()
{
    QCOMPARE(
        NativeRevisionParser::firstMarkerOffset("-- revision: a\n\n--   migrate:down\nX\n"), 16);
    QCOMPARE(NativeRevisionParser::firstMarkerOffset("-- revision: a\n-- migrated: yes\n"), -1);
    QCOMPARE(NativeRevisionParser::firstMarkerOffset(""), -1);
}

void tst_NativeRevisionParser::created_data()
{
    QTest::addColumn<QString>("created");
    QTest::addColumn<bool>("valid");
    QTest::newRow("UTC seconds") << u"2026-11-23T10:00:00Z"_s << true;
    QTest::newRow("date only") << u"2026-11-23"_s << true;
    QTest::newRow("minutes, offset") << u"2026-11-23T10:00+01:00"_s << true;
    QTest::newRow("space, fraction") << u"2026-11-23 10:00:00.123456"_s << true;
    QTest::newRow("hour only") << u"2026-11-23T10"_s << false;
    QTest::newRow("bad offset") << u"2026-11-23T10:00:00+1"_s << false;
    QTest::newRow("trailing text") << u"2026-11-23T10:00:00Zulu"_s << false;
    QTest::newRow("empty fraction") << u"2026-11-23T10:00:00."_s << false;
    QTest::newRow("slashes") << u"2026/11/23"_s << false;
}

void tst_NativeRevisionParser::created()
{
    QFETCH(QString, created);
    QFETCH(bool, valid);
    const ParsedRevision p = NativeRevisionParser::parse(
        QByteArray(
            "-- revision: a1\n-- parents:\n-- created: " + created.toUtf8() + "\n-- migrate:up\n"),
        u"a1.sql"_s);
    QVERIFY(p.ok());
    QCOMPARE(p.revision.created, created);
    QCOMPARE(p.warnings.isEmpty(), valid);
}

// Past the inline key table, duplicates are still found (and the parse stays linear).
void tst_NativeRevisionParser::manyUnknownKeys()
{
    QByteArray text = "-- revision: a1\n-- parents:\n";
    for (int i = 0; i < 40; ++i)
        text += "-- key" + QByteArray::number(i) + ": v\n";
    text += "-- key30: again\n-- migrate:up\n";
    const ParsedRevision p = NativeRevisionParser::parse(text, u"a1.sql"_s);
    QCOMPARE(describe(p.errors),
        QStringList { u"43: header 'key30' is given twice (first on line 33)"_s });
    QCOMPARE(p.warnings.size(), 40);
    QCOMPARE(p.revision.extraHeaders.size(), 40);
}

QTEST_GUILESS_MAIN(tst_NativeRevisionParser)
#include "tst_nativerevisionparser.moc"
