// Target grammar (alembic-semantics.md §2): the text parser, the plain lookup with Alembic's
// CLI line and internal message (probe_targets.log, in sorted load order), the upgrade and
// downgrade resolvers, and history ranges.
#include "core/graph/revisiongraph.h"
#include "core/graph/targetresolver.h"
#include "tests/common/graphfixtures.h"
#include "tests/common/testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

using Stepwise::Test::rev;

RevisionGraph graph(const QString &name)
{
    RevisionList revs;
    if (name == u"s08")
        revs = {rev(u"1a2b3c4d5e6f"_s), rev(u"1a2b9999aaaa"_s, {u"1a2b3c4d5e6f"_s}),
                rev(u"3c4d5e6f7a8b"_s, {u"1a2b9999aaaa"_s}), rev(u"3c4e00000000"_s, {u"3c4d5e6f7a8b"_s})};
    else if (name == u"s10")
        revs = {rev(u"abcdef"_s), rev(u"xyz123"_s, {u"abcdef"_s}, {}, {u"feature_x"_s}),
                rev(u"q9"_s, {u"xyz123"_s})};
    else
        revs = Stepwise::Test::semanticsGraph(name); // G1–G5 of §3.8
    return RevisionGraph::build(revs, nullptr);
}

using L = QStringList;

} // namespace

class tst_Target : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void lookup_data();
    void lookup();
    void upgrade_data();
    void upgrade();
    void downgrade_data();
    void downgrade();
    void history_data();
    void history();
    void offlineFrom();
    void ambiguousPrefixCandidates();
    void malformedHistoryRange_data();
    void malformedHistoryRange();
    void alembicCases_data();
    void alembicCases();
};

void tst_Target::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("relative");
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<qint64>("steps");
    QTest::addColumn<QString>("number");
    QTest::newRow("+2") << u"+2"_s << true << QString() << QString() << qint64(2) << u"2"_s;
    QTest::newRow("-1") << u"-1"_s << true << QString() << QString() << qint64(-1) << u"1"_s;
    QTest::newRow("d+1zzz") << u"d+1zzz"_s << true << QString() << u"d"_s << qint64(1) << u"1"_s;
    QTest::newRow("e-1x") << u"e-1x"_s << true << QString() << u"e"_s << qint64(-1) << u"1"_s;
    QTest::newRow("L@+3") << u"feature@+3"_s << true << u"feature"_s << QString() << qint64(3)
                          << u"3"_s;
    QTest::newRow("L@X-007") << u"core@b-007"_s << true << u"core"_s << u"b"_s << qint64(-7)
                             << u"7"_s;
    QTest::newRow("lazy branch with two @") << u"a@b@-1"_s << true << u"a@b"_s << QString()
                                            << qint64(-1) << u"1"_s;
    QTest::newRow("absolute") << u"feature@head"_s << false << QString() << QString() << qint64(0)
                              << QString();
    QTest::newRow("label with dot") << u"v1.2+1"_s << false << QString() << QString() << qint64(0)
                                    << QString();
    QTest::newRow("+0") << u"+0"_s << true << QString() << QString() << qint64(0) << u"0"_s;
    QTest::newRow("empty") << QString() << false << QString() << QString() << qint64(0) << QString();
    QTest::newRow("huge") << u"+99999999999999999999999"_s << true << QString() << QString()
                          << (qint64(1) << 40) << u"99999999999999999999999"_s;
}

void tst_Target::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, relative);
    QFETCH(QString, branch);
    QFETCH(QString, symbol);
    QFETCH(qint64, steps);
    QFETCH(QString, number);
    const TargetText t = TargetText::parse(text);
    QCOMPARE(t.relative, relative);
    QCOMPARE(t.branch, branch);
    QCOMPARE(t.symbol, symbol);
    QCOMPARE(t.steps, steps);
    QCOMPARE(t.stepsNumber, number);
}

void tst_Target::lookup_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("message"); // Alembic's CLI line
    QTest::addColumn<QString>("detail");  // Alembic's internal message
    const QString cant = u"Can't locate revision identified by '%1'"_s;
    const QString hint = u"; please ensure at least four characters are present for partial "
                         u"revision identifier matches"_s;
    auto ok = [](const char *name, const QString &g, const QString &text, const L &ids) {
        QTest::newRow(name) << g << text << ids << QString() << QString();
    };
    auto fail = [](const char *name, const QString &g, const QString &text, const QString &m,
                   const QString &d) { QTest::newRow(name) << g << text << L{} << m << d; };
    // Alembic's internal message shows three candidates and "..." always; Stepwise's lists them.
    fail("s08 1a2b ambiguous", u"s08"_s, u"1a2b"_s, cant.arg(u"1a2b"_s),
         u"Multiple revisions start with '1a2b': '1a2b3c4d5e6f', '1a2b9999aaaa'"_s);
    fail("s08 1", u"s08"_s, u"1"_s, cant.arg(u"1"_s),
         u"Multiple revisions start with '1': '1a2b3c4d5e6f', '1a2b9999aaaa'"_s);
    // An ambiguous L of L@X: the candidates rather than Alembic's "No such branch".
    fail("s08 ambiguous branch", u"s08"_s, u"1a2b@head"_s, cant.arg(u"1a2b"_s),
         u"Multiple revisions start with '1a2b': '1a2b3c4d5e6f', '1a2b9999aaaa'"_s);
    ok("s08 3c4d", u"s08"_s, u"3c4d"_s, {u"3c4d5e6f7a8b"_s});
    fail("s08 too long", u"s08"_s, u"1a2b3c4d5e6f0"_s, cant.arg(u"1a2b3c4d5e6f0"_s),
         u"No such revision or branch '1a2b3c4d5e6f0'"_s);
    fail("s08 zz", u"s08"_s, u"zz"_s, cant.arg(u"zz"_s), u"No such revision or branch 'zz'"_s + hint);
    fail("s08 zzzz", u"s08"_s, u"zzzz"_s, cant.arg(u"zzzz"_s), u"No such revision or branch 'zzzz'"_s);
    fail("s08 case-sensitive", u"s08"_s, u"3C4D"_s, cant.arg(u"3C4D"_s),
         u"No such revision or branch '3C4D'"_s);
    ok("s08 base", u"s08"_s, u"base"_s, {});
    ok("s08 -1", u"s08"_s, u"-1"_s, {u"3c4d5e6f7a8b"_s});
    ok("s08 -2", u"s08"_s, u"-2"_s, {u"1a2b9999aaaa"_s});
    fail("s08 +1", u"s08"_s, u"+1"_s, cant.arg(u"+1"_s), u"No such revision or branch '+1'"_s + hint);
    ok("s08 X@head", u"s08"_s, u"1a2b9@head"_s, {u"3c4e00000000"_s});
    fail("s08 nosuch@head", u"s08"_s, u"nosuch@head"_s, cant.arg(u"nosuch"_s),
         u"No such revision or branch 'nosuch'"_s);
    ok("s08 lineage narrows prefix", u"s08"_s, u"1a2b9@1a2b3"_s, {u"1a2b3c4d5e6f"_s});
    ok("s08 3c4e@1a2b3", u"s08"_s, u"3c4e@1a2b3"_s, {u"1a2b3c4d5e6f"_s});
    ok("s10 x", u"s10"_s, u"x"_s, {u"xyz123"_s});
    ok("s10 label prefix f", u"s10"_s, u"f"_s, {u"xyz123"_s});
    fail("s10 q does not find q9", u"s10"_s, u"q"_s, cant.arg(u"q"_s),
         u"No such revision or branch 'q'"_s + hint);
    ok("s10 q9 exact", u"s10"_s, u"q9"_s, {u"q9"_s});
    ok("G3 heads", u"G3"_s, u"heads"_s, {u"c"_s, u"e"_s});
    fail("G3 head", u"G3"_s, u"head"_s,
         u"Multiple head revisions are present for given argument 'head'; please specify a specific "
         u"target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all "
         u"heads"_s,
         u"Multiple heads are present for given argument 'head'; c, e"_s);
    fail("G3 core@head", u"G3"_s, u"core@head"_s,
         u"Multiple head revisions are present for given argument 'core@head'; please specify a "
         u"specific target revision, '<branchname>@core@head' to narrow to a specific head, or "
         u"'heads' for all heads"_s,
         u"Multiple heads are present for given argument 'core@head'; c, e"_s);
    ok("G3 feature@head", u"G3"_s, u"feature@head"_s, {u"e"_s});
    ok("G3 feature@base", u"G3"_s, u"feature@base"_s, {});
    ok("G3 feature", u"G3"_s, u"feature"_s, {u"d"_s});
    ok("G3 feat", u"G3"_s, u"feat"_s, {u"d"_s});
    ok("G3 c@head", u"G3"_s, u"c@head"_s, {u"c"_s});
    fail("G3 feature@c", u"G3"_s, u"feature@c"_s, cant.arg(u"c"_s),
         u"Revision c is not a member of branch 'feature'"_s);
    fail("G3 b@head", u"G3"_s, u"b@head"_s,
         u"Multiple head revisions are present for given argument 'b@head'; please specify a "
         u"specific target revision, '<branchname>@b@head' to narrow to a specific head, or "
         u"'heads' for all heads"_s,
         u"Multiple heads are present for given argument 'b@head'; c, e"_s);
    ok("G3 -1", u"G3"_s, u"-1"_s, {u"b"_s, u"d"_s});
    ok("G3 feature@-1", u"G3"_s, u"feature@-1"_s, {u"d"_s});
    ok("G3 core@-1", u"G3"_s, u"core@-1"_s, {u"b"_s, u"d"_s});
    fail("G3 feature@nosuch", u"G3"_s, u"feature@nosuch"_s, cant.arg(u"nosuch"_s),
         u"No such revision or branch 'nosuch'"_s);
    ok("G2 -1", u"G2"_s, u"-1"_s, {u"m"_s});
    fail("G2 -2", u"G2"_s, u"-2"_s, u"Ambiguous walk"_s, u"Ambiguous walk"_s);
    fail("G2 m-1 is not relative here", u"G2"_s, u"m-1"_s, cant.arg(u"m-1"_s),
         u"No such revision or branch 'm-1'"_s + hint);
    fail("G2 head-1", u"G2"_s, u"head-1"_s, cant.arg(u"head-1"_s),
         u"No such revision or branch 'head-1'"_s);
    ok("G5 heads are real heads", u"G5"_s, u"heads"_s, {u"q2"_s, u"r3"_s});
    fail("G5 head counts the effective head", u"G5"_s, u"head"_s,
         u"Multiple head revisions are present for given argument 'head'; please specify a specific "
         u"target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all "
         u"heads"_s,
         u"Multiple heads are present for given argument 'head'; p1, q2, r3"_s);
    ok("G5 p1@heads", u"G5"_s, u"p1@heads"_s, {u"p1"_s});
    ok("G5 q1@heads", u"G5"_s, u"q1@heads"_s, {u"q2"_s});
    ok("G5 p1@head", u"G5"_s, u"p1@head"_s, {u"p1"_s});
    fail("empty", u"G5"_s, QString(), cant.arg(QString()), u"No such revision or branch ''"_s);
}

void tst_Target::lookup()
{
    QFETCH(QString, graph);
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    const RevisionGraph g = ::graph(graph);
    QVERIFY(g.isValid());
    const Result<QList<int>> r = TargetResolver(g).lookup(text);
    if (!message.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message(), message);
        QCOMPARE(r.error().detail(), detail);
        QCOMPARE(r.error().code(), ErrorCode::Target);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
    QCOMPARE(g.ids(*r), ids);
}

void tst_Target::upgrade_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("error");
    auto row = [](const char *n, const QString &g, const L &rows, const QString &t, const L &ids,
                  const QString &e = {}) { QTest::newRow(n) << g << rows << t << ids << e; };
    row("+1 from empty", u"G1"_s, {}, u"+1"_s, {u"a"_s});
    row("+2 from a", u"G1"_s, {u"a"_s}, u"+2"_s, {u"c"_s});
    row("+1 from c through merge", u"G2"_s, {u"c"_s}, u"+1"_s, {u"m"_s});
    row("+1 from two rows", u"G3"_s, {u"c"_s, u"e"_s}, u"+1"_s, {},
        u"Ambiguous upgrade from multiple current revisions"_s);
    row("feature@+1 from c", u"G3"_s, {u"c"_s}, u"feature@+1"_s, {u"d"_s});
    row("ybr@+1 from x1 y1", u"G4"_s, {u"x1"_s, u"y1"_s}, u"ybr@+1"_s, {u"y2"_s});
    row("+0", u"G1"_s, {}, u"+0"_s, {}, u"Relative revision 0 didn't produce 0 migrations"_s);
    row("b+0", u"G1"_s, {}, u"b+0"_s, {u"b"_s});
    row("a+1 branch point", u"G2"_s, {}, u"a+1"_s, {}, u"Ambiguous walk"_s);
    row("d-2", u"G1"_s, {}, u"d-2"_s, {u"b"_s});
    row("a-1 is base", u"G1"_s, {}, u"a-1"_s, {});
    row("a-2 overwalk", u"G1"_s, {}, u"a-2"_s, {},
        u"Relative revision a-2 didn't produce 2 migrations"_s);
    row("core@+1 from a", u"G3"_s, {u"a"_s}, u"core@+1"_s, {u"b"_s});
    row("absolute heads", u"G5"_s, {}, u"heads"_s, {u"q2"_s, u"r3"_s});
}

void tst_Target::upgrade()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, rows);
    QFETCH(QString, text);
    QFETCH(QStringList, targets);
    QFETCH(QString, error);
    const RevisionGraph g = ::graph(graph);
    const TargetResolver resolver(g);
    const Result<QList<int>> rowIndices = resolver.rowIndices(rows);
    QVERIFY(rowIndices.ok());
    const Result<QList<int>> r = resolver.resolveUpgrade(text, *rowIndices);
    if (!error.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message(), error);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
    QCOMPARE(g.ids(*r), targets);
}

void tst_Target::downgrade_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("revision"); // empty = base
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("warned");
    auto row = [](const char *n, const QString &g, const L &rows, const QString &t,
                  const QString &b, const QString &r, const QString &e = {}, bool w = false) {
        QTest::newRow(n) << g << rows << t << b << r << e << w;
    };
    row("-1 one row", u"G1"_s, {u"c"_s}, u"-1"_s, u"c"_s, u"b"_s);
    row("-1 two rows warns", u"G2"_s, {u"c"_s, u"e"_s}, u"-1"_s, u"c"_s, u"b"_s, {}, true);
    row("-1 empty table", u"G1"_s, {}, u"-1"_s, {}, {},
        u"Relative revision -1 didn't produce 1 migrations"_s);
    row("-5 overwalk", u"G1"_s, {u"b"_s}, u"-5"_s, {}, {},
        u"Relative revision -5 didn't produce 5 migrations"_s);
    row("-1 through merge", u"G2"_s, {u"m"_s}, u"-1"_s, {}, {}, u"Ambiguous walk"_s);
    row("+1", u"G1"_s, {u"b"_s}, u"+1"_s, {}, {}, u"Relative revision +1 didn't produce 1 migrations"_s);
    row("core@-1 two rows", u"G3"_s, {u"c"_s, u"e"_s}, u"core@-1"_s, {}, {},
        u"Ambiguous downgrade from multiple current revisions"_s);
    row("feature@-1", u"G3"_s, {u"d"_s, u"c"_s}, u"feature@-1"_s, u"feature"_s, u"b"_s);
    row("xbr@-1 through dependency", u"G4"_s, {u"y3"_s, u"x3"_s}, u"xbr@-1"_s, u"xbr"_s, u"x2"_s);
    row("c-5 walked too far", u"G1"_s, {u"d"_s}, u"c-5"_s, {}, {}, u"Walked too far"_s);
    row("a+1 up", u"G1"_s, {u"d"_s}, u"a+1"_s, {}, u"b"_s);
    row("d+1 walked too far", u"G1"_s, {u"d"_s}, u"d+1"_s, {}, {}, u"Walked too far"_s);
    row("head-2", u"G1"_s, {u"d"_s}, u"head-2"_s, {}, u"b"_s);
    row("feature@head does not narrow", u"G3"_s, {u"c"_s, u"e"_s}, u"feature@head"_s, {}, {},
        u"Multiple head revisions are present for given argument 'feature@head'; please specify "
        u"a specific target revision, '<branchname>@feature@head' to narrow to a specific head, "
        u"or 'heads' for all heads"_s);
    row("feature@c not checked", u"G3"_s, {u"c"_s, u"e"_s}, u"feature@c"_s, u"feature"_s, u"c"_s);
    row("L@base", u"G3"_s, {u"c"_s, u"e"_s}, u"feature@base"_s, u"feature"_s, {});
    row("a-1 is base", u"G1"_s, {u"b"_s}, u"a-1"_s, {}, {});
}

void tst_Target::downgrade()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, rows);
    QFETCH(QString, text);
    QFETCH(QString, branch);
    QFETCH(QString, revision);
    QFETCH(QString, error);
    QFETCH(bool, warned);
    const RevisionGraph g = ::graph(graph);
    const TargetResolver resolver(g);
    QString warning;
    const Result<TargetResolver::Downgrade> d =
        resolver.resolveDowngrade(text, *resolver.rowIndices(rows), &warning);
    if (!error.isEmpty()) {
        QVERIFY(!d.ok());
        QCOMPARE(d.error().message(), error);
        return;
    }
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message()));
    QCOMPARE(d->branch, branch);
    QCOMPARE(d->revision < 0 ? QString() : g.id(d->revision), revision);
    QCOMPARE(!warning.isEmpty(), warned);
}

void tst_Target::history_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("error");
    auto row = [](const char *n, const QString &g, const L &rows, const QString &r, const L &ids,
                  const QString &e = {}) { QTest::newRow(n) << g << rows << r << ids << e; };
    row("G2 d:n", u"G2"_s, {}, u"d:n"_s, {u"n"_s, u"m"_s, u"e"_s, u"d"_s});
    row("G2 b:e", u"G2"_s, {}, u"b:e"_s, {},
        u"Requested range b:e does not refer to ancestor/descendant revisions along the same "
        u"branch"_s);
    row("G2 c:m", u"G2"_s, {}, u"c:m"_s, {u"m"_s, u"c"_s});
    row("G2 b:+1", u"G2"_s, {}, u"b:+1"_s, {u"c"_s, u"b"_s});
    row("G2 current:", u"G2"_s, {u"c"_s, u"e"_s}, u"current:"_s, {u"n"_s, u"m"_s, u"c"_s, u"e"_s});
    row("G2 :current", u"G2"_s, {u"c"_s, u"e"_s}, u":current"_s,
        {u"c"_s, u"b"_s, u"e"_s, u"d"_s, u"a"_s});
    row("G3 feature@base:", u"G3"_s, {}, u"feature@base:"_s, {u"e"_s, u"d"_s, u"b"_s, u"a"_s});
    row("G3 feature@head:", u"G3"_s, {}, u"feature@head:"_s, {u"e"_s});
    row("G1 -4: quirk", u"G1"_s, {}, u"-4:"_s, {},
        u"Requested range -4:heads does not refer to ancestor/descendant revisions along the same "
        u"branch"_s);
    row("G1 -5: quirk", u"G1"_s, {}, u"-5:"_s, {}, u"Can't locate revision identified by 'heads'"_s);
    row("G1 :-1", u"G1"_s, {}, u":-1"_s, {}, u"Relative revision -1 didn't produce 1 migrations"_s);
    row("G1 -2:", u"G1"_s, {}, u"-2:"_s, {u"d"_s, u"c"_s, u"b"_s});
    row("no colon", u"G1"_s, {}, u"b"_s, {},
        u"History range requires [start]:[end], [start]:, or :[end]"_s);
    row("G1 d:b", u"G1"_s, {}, u"d:b"_s, {},
        u"Requested range d:b does not refer to ancestor/descendant revisions along the same "
        u"branch"_s);
    row("G4 x2:", u"G4"_s, {}, u"x2:"_s, {u"x3"_s, u"x2"_s});
}

void tst_Target::history()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, rows);
    QFETCH(QString, range);
    QFETCH(QStringList, ids);
    QFETCH(QString, error);
    const RevisionGraph g = ::graph(graph);
    const TargetResolver resolver(g);
    const Result<QList<int>> r = resolver.historyRange(range, *resolver.rowIndices(rows));
    if (!error.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message(), error);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
    QCOMPARE(g.ids(*r), ids);
}

void tst_Target::offlineFrom()
{
    const RevisionGraph g3 = graph(u"G3"_s);
    const TargetResolver resolver(g3);
    QCOMPARE(*resolver.offlineStartRows(u"c"_s), QStringList{u"c"_s});
    QCOMPARE(*resolver.offlineStartRows(u"base"_s), QStringList());
    QCOMPARE(*resolver.offlineStartRows(u"feature@head"_s), QStringList{u"e"_s});
    const Result<QStringList> pair = resolver.offlineStartRows(u"c,e"_s);
    QVERIFY(!pair.ok());
    QCOMPARE(pair.error().message(), u"Can't locate revision identified by 'c,e'"_s);
    const Result<QStringList> heads = resolver.offlineStartRows(u"heads"_s);
    QVERIFY(!heads.ok());
    QVERIFY(heads.error().message().startsWith(
        u"Multiple head revisions are present for given argument 'heads'; "_s));
}

// Every candidate of an ambiguous prefix is named (ids in load order, then labels; a label and
// its revision are two), up to ten; the CLI prints them under Alembic's line.
void tst_Target::ambiguousPrefixCandidates()
{
    RevisionList revs{rev(u"fe0000000001"_s, {}, {}, {u"feature"_s})};
    for (int i = 2; i <= 12; ++i)
        revs.append(rev(u"fe%1"_s.arg(i, 10, 10, QChar(u'0')), {revs.last().id}));
    const RevisionGraph g = RevisionGraph::build(revs, nullptr);
    QVERIFY(g.isValid());
    const TargetResolver resolver(g);
    const Result<QList<int>> many = resolver.lookup(u"fe"_s);
    QVERIFY(!many.ok());
    QCOMPARE(many.error().message(), u"Can't locate revision identified by 'fe'"_s);
    QCOMPARE(many.error().detail(),
             u"Multiple revisions start with 'fe': 'fe0000000001', 'fe0000000002', 'fe0000000003', "
             u"'fe0000000004', 'fe0000000005', 'fe0000000006', 'fe0000000007', 'fe0000000008', "
             u"'fe0000000009', 'fe0000000010' and 3 more"_s);
    QVERIFY(TargetResolver::detailFollowsCliLine(many.error()));
    const Result<QList<int>> few = resolver.lookup(u"fe000000001"_s);
    QVERIFY(!few.ok());
    QCOMPARE(few.error().detail(),
             u"Multiple revisions start with 'fe000000001': 'fe0000000010', 'fe0000000011', "
             u"'fe0000000012'"_s);
    // A label and the revision declaring it are two candidates.
    const RevisionGraph labelled = RevisionGraph::build({revs.first()}, nullptr);
    const Result<QList<int>> both = TargetResolver(labelled).lookup(u"fe"_s);
    QVERIFY(!both.ok());
    QCOMPARE(both.error().detail(), u"Multiple revisions start with 'fe': 'fe0000000001', 'feature'"_s);
    // Errors whose Alembic line says enough keep their detail out of the CLI text.
    const Result<QList<int>> unknown = resolver.lookup(u"zzzz"_s);
    QVERIFY(!unknown.ok());
    QVERIFY(!TargetResolver::detailFollowsCliLine(unknown.error()));
}

void tst_Target::malformedHistoryRange_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no colon") << u"b"_s << u"History range 'b' has no ':'"_s;
    QTest::newRow("two colons") << u"a:b:c"_s << u"History range 'a:b:c' has more than one ':'"_s;
    QTest::newRow("spaces kept") << u" c "_s << u"History range ' c ' has no ':'"_s;
}

// Alembic's line stays (alembic_cases, the evidence logs); the detail quotes the range.
void tst_Target::malformedHistoryRange()
{
    QFETCH(QString, range);
    QFETCH(QString, detail);
    const RevisionGraph g = graph(u"G1"_s);
    const Result<QList<int>> r = TargetResolver(g).historyRange(range, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message(), u"History range requires [start]:[end], [start]:, or :[end]"_s);
    QCOMPARE(r.error().detail(), detail);
    QCOMPARE(r.error().code(), ErrorCode::Target);
    QVERIFY(TargetResolver::detailFollowsCliLine(r.error()));
}

void tst_Target::alembicCases_data()
{
    // tests/data/graph/alembic_cases.txt: texts resolved by Alembic's own RevisionMap on random
    // graphs (make_alembic_cases.py beside it), with Alembic's CLI line for failures.
    QTest::addColumn<QStringList>("graphLines");
    QTest::addColumn<QString>("line");
    QFile f(Stepwise::Test::sourceDir() + u"/tests/data/graph/alembic_cases.txt"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList graphLines;
    QString name;
    int cases = 0;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.startsWith(u"graph "_s)) {
            name = line;
            graphLines.clear();
        } else if (line.startsWith(u"rev "_s)) {
            graphLines.append(line);
        } else if (line.startsWith(u"case "_s)) {
            QTest::addRow("%s #%d", qPrintable(name), cases++) << graphLines << line;
        }
    }
    QVERIFY(cases > 1000);
}

void tst_Target::alembicCases()
{
    QFETCH(QStringList, graphLines);
    QFETCH(QString, line);
    RevisionList revs;
    for (const QString &l : std::as_const(graphLines)) {
        const QStringList f = l.mid(4).split(u" | "_s);
        revs.append(rev(f.value(0).trimmed(), f.value(1).split(u' ', Qt::SkipEmptyParts),
                        f.value(2).split(u' ', Qt::SkipEmptyParts),
                        f.value(3).split(u' ', Qt::SkipEmptyParts)));
    }
    const RevisionGraph g = RevisionGraph::build(revs, nullptr, 0);
    QVERIFY(g.isValid());
    const QStringList f = line.mid(5).split(u" | "_s);
    const QString kind = f.at(0), text = f.at(2), answer = f.mid(3).join(u" | "_s);
    const TargetResolver resolver(g);
    const QList<int> rows = *resolver.rowIndices(f.at(1).split(u' ', Qt::SkipEmptyParts));
    QString actual;
    auto describe = [&](const Result<QList<int>> &r) -> QString {
        return r.ok() ? (u"ok "_s + g.ids(*r).join(u' ')) : (u"error "_s + r.error().message());
    };
    if (kind == u"lookup") {
        actual = describe(resolver.lookup(text));
    } else if (kind == u"upgrade") {
        actual = describe(resolver.resolveUpgrade(text, rows));
    } else if (kind == u"history") {
        actual = describe(resolver.historyRange(text, rows));
    } else {
        const Result<TargetResolver::Downgrade> d = resolver.resolveDowngrade(text, rows);
        actual = d.ok() ? u"ok %1 / %2"_s.arg(d->branch, d->revision < 0 ? QString() : g.id(d->revision))
                        : u"error "_s + d.error().message();
    }
    QCOMPARE(actual.trimmed(), answer.trimmed());
}

QTEST_GUILESS_MAIN(tst_Target)
#include "tst_target.moc"
