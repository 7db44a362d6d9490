// AlembicHeaderReader: the header forms of alembic-semantics §6.3 and the docstring rule of §6.4,
// as Alembic's templates and real projects write them, and every refusal.
#include "core/repository/alembicheaderreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_AlembicHeaderReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data();
    void forms();
    void problems_data();
    void problems();
    void message_data();
    void message();
};

static QStringList describe(const ErrorList &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out.append(QString::number(e.line()) + u": "_s + e.message());
    return out;
}

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

static const QByteArray functions =
    "\n\ndef upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n";

// Rows that load: id, parents, labels, depends_on (and warnings where Stepwise warns).
void tst_AlembicHeaderReader::forms_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::addColumn<QStringList>("warnings");
    const QString p = u"migrations/versions/x.py"_s;
    const QStringList none;

    QTest::newRow("classic template, imports first") << QByteArray(
        "\"\"\"classic\n\nRevision ID: f01\nRevises: \n\"\"\"\nfrom alembic import op\n"
        "import sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n"
        "revision = 'f01'\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n"
        + functions) << p << u"f01"_s << none << none << none
                                                     << none;
    QTest::newRow("typed template 1.11")
        << QByteArray("from typing import Sequence, Union\n\nrevision: str = 'f02'\n"
                      "down_revision: Union[str, None] = 'f01'\n"
                      "branch_labels: Union[str, Sequence[str], None] = None\n"
                      "depends_on: Union[str, Sequence[str], None] = None\n"
               + functions)
        << p << u"f02"_s << QStringList { u"f01"_s } << none << none << none;
    QTest::newRow("black, one-label tuple")
        << QByteArray(
               "revision: str = \"f03\"\ndown_revision: Union[str, Sequence[str], None] = \"f02\"\n"
               "branch_labels: Union[str, Sequence[str], None] = (\"lbl3\",)\n")
        << p << u"f03"_s << QStringList { u"f02"_s } << QStringList { u"lbl3"_s } << none << none;
    QTest::newRow("0.2 template before imports, u-prefix") << QByteArray(
        "\"\"\"old\"\"\"\n\n# revision identifiers, used by Alembic.\nrevision = u'f04'\n"
        "down_revision = u'f03'\n\nfrom alembic import op\n"
        + functions) << p << u"f04"_s << QStringList { u"f03"_s }
                                                           << none << none << none;
    QTest::newRow("black merge over lines, comments, list depends_on") << QByteArray(
        "revision = \"f05\"\ndown_revision = (\n    \"f04\",  # main line\n"
        "    # the other side\n    \"f06\",\n)\nbranch_labels = None\ndepends_on = [\"f01\"]\n")
                                                                       << p << u"f05"_s
                                                                       << QStringList { u"f04"_s,
                                                                              u"f06"_s }
                                                                       << none
                                                                       << QStringList { u"f01"_s }
                                                                       << none;
    QTest::newRow("three-parent merge, ids not hex")
        << QByteArray("revision = 'merge_2024_01'\ndown_revision = ('g1', 'f1', 's1')\n") << p
        << u"merge_2024_01"_s << QStringList { u"g1"_s, u"f1"_s, u"s1"_s } << none << none << none;
    QTest::newRow("1-tuple parent, string label, trailing comment")
        << QByteArray("revision = 'f06'\ndown_revision = ('f03',)\nbranch_labels = 'lbl6'\n"
                      "depends_on = None  # trailing comment\n")
        << p << u"f06"_s << QStringList { u"f03"_s } << QStringList { u"lbl6"_s } << none << none;
    QTest::newRow("parenthesised string is a string")
        << QByteArray("revision = ('f06')\ndown_revision = (\"f03\")\n") << p << u"f06"_s
        << QStringList { u"f03"_s } << none << none << none;
    QTest::newRow("CRLF, lists") << QByteArray(
        "revision = \"f07\"\r\ndown_revision = [\"f05\"]\r\n"
        "branch_labels = [\"lbl7a\", \"lbl7b\"]\r\ndepends_on = (\"f02\",)\r\n")
                                 << p << u"f07"_s << QStringList { u"f05"_s }
                                 << QStringList { u"lbl7a"_s, u"lbl7b"_s }
                                 << QStringList { u"f02"_s } << none;
    QTest::newRow("many statements on one line")
        << QByteArray("x = 1; y = (1, 2); revision = 'r'; z = [3]; down_revision = None; w = 4\n")
        << p << u"r"_s << none << none << none << none;
    QTest::newRow("coding line, semicolons") << QByteArray(
        "# -*- coding: utf-8 -*-\nrevision = 'f08'; down_revision = None\n" + functions)
                                             << p << u"f08"_s << none << none << none << none;
    QTest::newRow("reassignment: last wins, warned")
        << QByteArray("'''\n  doc\n'''\nrevision = 'zzz'\nrevision = 'f09'\ndown_revision = 'f08'\n"
                      "down_revision = 'f07'\n")
        << p << u"f09"_s << QStringList { u"f07"_s } << none << none
        << QStringList { u"5: revision is assigned more than once (lines 4 and 5)"_s,
               u"7: down_revision is assigned more than once (lines 6 and 7)"_s };
    QTest::newRow("BOM, empty tuple is a base")
        << QByteArray("\xEF\xBB\xBF\"\"\"Ajout\"\"\"\nrevision = \"f11\"\ndown_revision = ()\n")
        << p << u"f11"_s << none << none << none << none;
    QTest::newRow("str | None, annotation without value is absent")
        << QByteArray(
               "from __future__ import annotations\nrevision: str = \"f12\"\n"
               "down_revision: str | None = \"f11\"\nbranch_labels: tuple[str, ...] | None\n")
        << p << u"f12"_s << QStringList { u"f11"_s } << none << none << none;
    QTest::newRow("docstring and SQL strings hold assignment lines") << QByteArray(
        "\"\"\"msg\nrevision = 'doc'\ndown_revision = 'doc'\n\"\"\"\nrevision = 'r1'\n"
        "down_revision = None\n\ndef upgrade():\n    op.execute(\"\"\"\n"
        "revision = 'sql'\ndown_revision = 'sql'\n\"\"\")\n    x = '''\nrevision = 'q'\n'''\n")
                                                                     << p << u"r1"_s << none << none
                                                                     << none << none;
    QTest::newRow("assignments inside def and class are locals") << QByteArray(
        "revision = 'r1'\ndown_revision = None\n\ndef upgrade():\n    revision = 'no'\n"
        "    if True:\n        down_revision = 'no'\nclass K:\n    revision = 'no'\n"
        "def f(): revision = 'no'\n") << p << u"r1"_s << none << none
                                                                 << none << none;
    QTest::newRow("assignments after the functions")
        << QByteArray("def upgrade():\n    pass\n\nrevision = 'late'\ndown_revision = 'a'\n") << p
        << u"late"_s << QStringList { u"a"_s } << none << none << none;
    QTest::newRow("backslash continuation and adjacent literals")
        << QByteArray("revision = 'ab' \"cd\"\ndown_revision = \\\n    'a'\n") << p << u"abcd"_s
        << QStringList { u"a"_s } << none << none << none;
    QTest::newRow("escapes in ids are decoded")
        << QByteArray("revision = 'a\\x62c'\ndown_revision = r'z'\n") << p << u"abc"_s
        << QStringList { u"z"_s } << none << none << none;
    QTest::newRow("non-literal labels: warned, loaded without them")
        << QByteArray(
               "revision = 'r1'\ndown_revision = None\nbranch_labels = (cli.CONTRACT_BRANCH,)\n"
               "depends_on = tuple(['x'])\n")
        << p << u"r1"_s << none << none << none
        << QStringList { u"3: branch_labels cannot be read without running Python"_s,
               u"4: depends_on cannot be read without running Python"_s };
    QTest::newRow("legacy hex file name without revision")
        << QByteArray("\"\"\"msg\"\"\"\ndown_revision = None\n") << u"versions/a1b2c3.py"_s
        << u"a1b2c3"_s << none << none << none << none;
    QTest::newRow("tabs and nested blocks at module level")
        << QByteArray(
               "revision = 'r1'\ndown_revision = None\nif x:\n\tdef f():\n\t\trevision = 'no'\n")
        << p << u"r1"_s << none << none << none << none;
}

void tst_AlembicHeaderReader::forms()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, dependsOn);
    QFETCH(QStringList, warnings);
    const ParsedRevision r = AlembicHeaderReader::parse(content, path);
    QVERIFY2(r.ok(), qPrintable(describe(r.errors).join(u" | "_s)));
    QVERIFY2(
        matches(describe(r.warnings), warnings), qPrintable(describe(r.warnings).join(u" | "_s)));
    QCOMPARE(r.revision.id, id);
    QCOMPARE(r.revision.parents, parents);
    QCOMPARE(r.revision.branchLabels, labels);
    QCOMPARE(r.revision.dependsOn, dependsOn);
    QCOMPARE(r.revision.format, Revision::Format::Alembic);
}

// Rows that fail: each problem with its line (0: the file as a whole).
void tst_AlembicHeaderReader::problems_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("errors");
    const QString p = u"migrations/versions/02_b.py"_s;

    QTest::newRow("computed ids (s07 f10)")
        << QByteArray("\"\"\"computed ids\"\"\"\nPREFIX = \"f1\"\nrevision = PREFIX + \"0\"\n"
                      "down_revision = \"f0\" + \"9\"\nbranch_labels = tuple([\"lbl10\"])\n")
        << p
        << QStringList { u"3: revision cannot be read without running Python"_s,
               u"4: down_revision cannot be read without running Python"_s };
    QTest::newRow("revision not a string (e19)")
        << QByteArray("revision = 12345\ndown_revision = 'a'\n") << p
        << QStringList { u"1: revision cannot be read without running Python"_s };
    QTest::newRow("revision None") << QByteArray("revision = None\ndown_revision = 'a'\n") << p
                                   << QStringList { u"1: revision must be a string"_s };
    QTest::newRow("f-string") << QByteArray("revision = f'{x}'\ndown_revision = None\n") << p
                              << QStringList { u"1: revision cannot be read"_s };
    QTest::newRow("bytes") << QByteArray("revision = b'a'\ndown_revision = None\n") << p
                           << QStringList { u"1: revision cannot be read"_s };
    QTest::newRow("no revision, not hex (e12)")
        << QByteArray("\"\"\"x\"\"\"\ndown_revision = None\n")
        << u"migrations/versions/notarev.py"_s
        << QStringList {
               u"0: Could not determine revision id from filename notarev.py. Be sure the "
               "'revision' variable is declared inside the script (please see 'Upgrading "
               "from Alembic 0.1 to 0.2' in the documentation)."_s
           };
    QTest::newRow("upper-case hex is not legacy")
        << QByteArray("down_revision = None\n") << u"v/A1B2.py"_s
        << QStringList { u"0: Could not determine revision id from filename A1B2.py."_s };
    QTest::newRow("legacy hex file name longer than 32")
        << QByteArray("down_revision = None\n") << u"v/"_s + QString(33, u'a') + u".py"_s
        << QStringList { u"0: is longer than 32 characters"_s };
    QTest::newRow("no down_revision (e14)")
        << QByteArray("revision = 'b'\n") << p << QStringList { u"0: no down_revision"_s };
    QTest::newRow("illegal character (e11)")
        << QByteArray("revision = 'a-b'\ndown_revision = None\n") << p
        << QStringList { u"1: Character(s) '-' not allowed in revision identifier 'a-b'"_s };
    QTest::newRow("several illegal characters, sorted")
        << QByteArray("revision = 'c@d+e:f'\ndown_revision = None\n") << p
        << QStringList {
               u"1: Character(s) '+, :, @' not allowed in revision identifier 'c@d+e:f'"_s
           };
    QTest::newRow("empty id") << QByteArray("revision = ''\ndown_revision = None\n") << p
                              << QStringList { u"1: empty revision id"_s };
    QTest::newRow("reserved id") << QByteArray("revision = 'head'\ndown_revision = None\n") << p
                                 << QStringList { u"1: revision id 'head' is reserved"_s };
    QTest::newRow("current is reserved")
        << QByteArray("revision = 'current'\ndown_revision = None\n") << p
        << QStringList { u"1: reserved"_s };
    QTest::newRow("33 characters")
        << QByteArray("revision = '" + QByteArray(33, 'x') + "'\ndown_revision = None\n") << p
        << QStringList { u"1: is longer than 32 characters"_s };
    QTest::newRow("empty down_revision string (e21)")
        << QByteArray("revision = 'b'\ndown_revision = ''\n") << p
        << QStringList { u"2: down_revision: empty revision id"_s };
    QTest::newRow("label with @ (e20)")
        << QByteArray("revision = 'a'\ndown_revision = None\nbranch_labels = ('my@label',)\n") << p
        << QStringList { u"3: branch label 'my@label' contains '@'"_s };
    QTest::newRow("label with comma")
        << QByteArray("revision = 'a'\ndown_revision = None\nbranch_labels = 'x,y'\n") << p
        << QStringList { u"3: contains ','"_s };
    QTest::newRow("assigned inside if") << QByteArray(
        "revision = 'a'\nif FLAG:\n    down_revision = 'x'\nelse:\n    down_revision = None\n")
                                        << p
                                        << QStringList {
                                               u"5: down_revision is assigned inside a block"_s
                                           };
    QTest::newRow("assigned inside try, later literal wins")
        << QByteArray("try:\n    revision = 'x'\nexcept Exception:\n    pass\nrevision = 'a'\n")
        << p << QStringList { u"0: no down_revision"_s };
    QTest::newRow("one-line if") << QByteArray("revision = 'a'\nif X: down_revision = 'b'\n") << p
                                 << QStringList {
                                        u"2: down_revision is assigned inside a block"_s
                                    };
    QTest::newRow("tuple unpacking")
        << QByteArray("revision, down_revision = 'a', None\n") << p
        << QStringList { u"1: revision cannot be read"_s, u"1: down_revision cannot be read"_s };
    QTest::newRow("chained") << QByteArray("revision = down_revision = 'a'\n") << p
                             << QStringList { u"1: revision cannot be read"_s,
                                    u"1: down_revision cannot be read"_s };
    QTest::newRow("augmented") << QByteArray(
        "revision = 'a'\nrevision += 'b'\ndown_revision = None\n")
                               << p << QStringList { u"2: revision cannot be read"_s };
    QTest::newRow("unterminated string")
        << QByteArray("revision = 'a'\ndown_revision = None\nx = '''never closed\n") << p
        << QStringList { u"3: cannot be read: unterminated string literal (starting on line 3)"_s };
    QTest::newRow("unterminated single-quoted")
        << QByteArray("revision = 'a\ndown_revision = None\n") << p
        << QStringList { u"1: cannot be read: unterminated string literal"_s };
    QTest::newRow("invalid UTF-8")
        << QByteArray("revision = 'a'\n# caf\xE9\ndown_revision = None\n") << p
        << QStringList { u"2: invalid UTF-8"_s };
    QTest::newRow("\\N escape needs Python")
        << QByteArray("revision = '\\N{BULLET}'\ndown_revision = None\n") << p
        << QStringList { u"1: revision cannot be read"_s };
}

void tst_AlembicHeaderReader::problems()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, path);
    QFETCH(QStringList, errors);
    const ParsedRevision r = AlembicHeaderReader::parse(content, path);
    QVERIFY2(matches(describe(r.errors), errors), qPrintable(describe(r.errors).join(u" | "_s)));
    QVERIFY(!r.ok());
    for (const Error &e : r.errors) {
        QCOMPARE(e.file(), path);
        QCOMPARE(e.code(), ErrorCode::Repository);
    }
}

// §6.4: the message is the docstring's first paragraph; longDoc the whole stripped docstring.
void tst_AlembicHeaderReader::message_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("longDoc");

    QTest::newRow("template") << QByteArray(
        "\"\"\"add users\n\nRevision ID: a\nRevises: \n\n\"\"\"\n")
                              << u"add users"_s << u"add users\n\nRevision ID: a\nRevises:"_s;
    QTest::newRow("paragraph over two lines, CRLF")
        << QByteArray("\"\"\"first line\r\nsecond line\r\n\r\nRevision ID: f07\r\n\"\"\"\r\n")
        << u"first line\nsecond line"_s << u"first line\nsecond line\n\nRevision ID: f07"_s;
    QTest::newRow("a line of spaces does not end the paragraph (s19 c)")
        << QByteArray("\"\"\"first paragraph line\n   \nstill the first\n\nRev\n\"\"\"\n")
        << u"first paragraph line\n   \nstill the first"_s
        << u"first paragraph line\n   \nstill the first\n\nRev"_s;
    QTest::newRow("leading newline and quotes, single quotes")
        << QByteArray("'''\n  Message with leading newline and 'quotes'\n\nRevision ID: f09\n'''\n")
        << u"Message with leading newline and 'quotes'"_s
        << u"Message with leading newline and 'quotes'\n\nRevision ID: f09"_s;
    QTest::newRow("BOM and UTF-8")
        << QByteArray("\xEF\xBB\xBF\"\"\"Ajout de la table \xC3\xA9l\xC3\xA8ve\n\nx\"\"\"\n")
        << u"Ajout de la table \u00E9l\u00E8ve"_s << u"Ajout de la table \u00E9l\u00E8ve\n\nx"_s;
    QTest::newRow("comments and coding line before the docstring") << QByteArray(
        "# -*- coding: utf-8 -*-\n# Copyright 2024 ACME\n# Licensed under MIT\n\n"
        "\"\"\"real message\"\"\"\n") << u"real message"_s << u"real message"_s;
    QTest::newRow("a licence docstring is the docstring")
        << QByteArray(
               "\"\"\"Copyright 2024 ACME.\n\nLicensed under MIT.\"\"\"\n\"\"\"add users\"\"\"\n")
        << u"Copyright 2024 ACME."_s << u"Copyright 2024 ACME.\n\nLicensed under MIT."_s;
    QTest::newRow("__future__ import first: no docstring (s07 f12)")
        << QByteArray("from __future__ import annotations\n\"\"\"not a docstring\"\"\"\n")
        << QString() << QString();
    QTest::newRow("no docstring") << QByteArray("import os\n") << QString() << QString();
    QTest::newRow("escapes decoded") << QByteArray("\"\"\"tab\\there\\nnext\\\\\"\"\"\n")
                                     << u"tab\there\nnext\\"_s << u"tab\there\nnext\\"_s;
    QTest::newRow("raw docstring keeps backslashes")
        << QByteArray("r\"\"\"a\\nb\"\"\"\n") << u"a\\nb"_s << u"a\\nb"_s;
    QTest::newRow("u prefix, single-quoted, escape \\n\\n splits")
        << QByteArray("u'one\\n\\ntwo'\n") << u"one"_s << u"one\n\ntwo"_s;
    QTest::newRow("bytes docstring is none")
        << QByteArray("b\"\"\"x\"\"\"\n") << QString() << QString();
    QTest::newRow("docstring followed by ; statement")
        << QByteArray("\"\"\"m\"\"\"; import os\n") << u"m"_s << u"m"_s;
}

void tst_AlembicHeaderReader::message()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, message);
    QFETCH(QString, longDoc);
    const ParsedRevision r = AlembicHeaderReader::parse(
        QByteArray(head + "\nrevision = 'a'\ndown_revision = None\n"), u"v/a.py"_s);
    QVERIFY2(r.ok(), qPrintable(describe(r.errors).join(u" | "_s)));
    QCOMPARE(r.revision.message, message);
    QCOMPARE(r.revision.longDoc, longDoc);
}

QTEST_GUILESS_MAIN(tst_AlembicHeaderReader)
#include "tst_alembicheaderreader.moc"
