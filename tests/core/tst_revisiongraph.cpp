// RevisionGraph: validation (spec §1.7 with its ⚑ rules), relations (§1.3, §1.4) and label
// inheritance (§1.6).
#include "core/graph/revisiongraph.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

Revision rev(const QString &id, const QStringList &parents = {}, const QStringList &deps = {},
             const QStringList &labels = {})
{
    Revision r;
    r.id = id;
    r.parents = parents;
    r.dependsOn = deps;
    r.branchLabels = labels;
    r.relativePath = u"versions/"_s + id + u".py"_s;
    r.path = u"/project/"_s + r.relativePath;
    r.idLine = 10;
    r.parentsLine = 11;
    r.branchLabelsLine = 12;
    r.dependsOnLine = 13;
    return r;
}

using L = QStringList;

} // namespace

Q_DECLARE_METATYPE(RevisionList)

class tst_RevisionGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void duplicateNamesBothFiles();
    void relations();
    void normalizedDependencies();
    void labelInheritance_data();
    void labelInheritance();
    void closures();
    void invalidGraphQueriesTerminate();
    void downUndoesNothing();
};

void tst_RevisionGraph::validation_data()
{
    QTest::addColumn<RevisionList>("revisions");
    QTest::addColumn<QStringList>("messages"); // "file:line: message", in report order

    QTest::newRow("valid") << RevisionList{rev(u"a"_s), rev(u"b"_s, {u"a"_s})} << L{};
    QTest::newRow("duplicate id")
        << RevisionList{rev(u"a"_s), rev(u"a"_s)}
        << L{u"versions/a.py:10: Revision a is present more than once; also declared in versions/a.py:10"_s};
    QTest::newRow("unknown parent")
        << RevisionList{rev(u"b"_s, {u"zzzz"_s})}
        << L{u"versions/b.py:11: Revision zzzz referenced from b is not present"_s};
    QTest::newRow("unknown dependency")
        << RevisionList{rev(u"a"_s), rev(u"b"_s, {u"a"_s}, {u"abcd"_s})}
        << L{u"versions/b.py:13: Revision abcd referenced from b is not present"_s};
    QTest::newRow("cycle without base")
        << RevisionList{rev(u"b"_s, {u"a"_s}), rev(u"a"_s, {u"b"_s})}
        << L{u"versions/a.py:11: Cycle is detected in revisions (a, b)"_s};
    QTest::newRow("cycle between base and head (Alembic misses it)")
        << RevisionList{rev(u"a"_s), rev(u"b"_s, {u"a"_s, u"d"_s}), rev(u"c"_s, {u"b"_s}),
                        rev(u"d"_s, {u"c"_s}), rev(u"e"_s, {u"d"_s})}
        << L{u"versions/b.py:11: Cycle is detected in revisions (b, c, d)"_s};
    QTest::newRow("self-loop") << RevisionList{rev(u"a"_s), rev(u"b"_s, {u"b"_s})}
                               << L{u"versions/b.py:11: Self-loop is detected in revisions (b)"_s};
    QTest::newRow("dependency cycle")
        << RevisionList{rev(u"a"_s, {}, {u"c"_s}), rev(u"b"_s, {u"a"_s}), rev(u"c"_s, {u"b"_s})}
        << L{u"versions/a.py:13: Dependency cycle is detected in revisions (a, b, c)"_s};
    QTest::newRow("dependency self-loop")
        << RevisionList{rev(u"a"_s, {}, {u"a"_s})}
        << L{u"versions/a.py:13: Dependency self-loop is detected in revisions (a)"_s};
    QTest::newRow("duplicate label")
        << RevisionList{rev(u"a"_s, {}, {}, {u"x"_s}), rev(u"b"_s, {u"a"_s}, {}, {u"x"_s})}
        << L{u"versions/b.py:12: Branch name 'x' in revision b already used by revision a"_s};
    QTest::newRow("label equals a later id")
        << RevisionList{rev(u"a"_s, {}, {}, {u"b"_s}), rev(u"b"_s, {u"a"_s})}
        << L{u"versions/b.py:10: Branch name 'b' in revision b already used by revision a"_s};
    QTest::newRow("label equals an earlier id")
        << RevisionList{rev(u"a"_s), rev(u"b"_s, {u"a"_s}, {}, {u"a"_s})}
        << L{u"versions/b.py:12: Branch name 'a' in revision b already used by revision a"_s};
    QTest::newRow("illegal characters")
        << RevisionList{rev(u"a-b+c"_s)}
        << L{u"versions/a-b+c.py:10: Character(s) '+, -' not allowed in revision identifier 'a-b+c'"_s};
    QTest::newRow("keyword id")
        << RevisionList{rev(u"heads"_s)}
        << L{u"versions/heads.py:10: Revision identifier 'heads' is a reserved word"_s};
    QTest::newRow("too long")
        << RevisionList{rev(QString(33, u'a'))}
        << L{u"versions/%1.py:10: Revision identifier '%1' is longer than 32 characters, the size "
             u"of the version column"_s.arg(QString(33, u'a'))};
    QTest::newRow("label with @")
        << RevisionList{rev(u"a"_s, {}, {}, {u"my@label"_s})}
        << L{u"versions/a.py:12: Branch label 'my@label' of revision a may not be empty or contain "
             u"'@', ':', '+', '-', spaces or commas"_s};
    QTest::newRow("empty parent")
        << RevisionList{rev(u"a"_s, {QString()})}
        << L{u"versions/a.py:11: Empty revision identifier in down_revision of a"_s};
    QTest::newRow("empty dependency")
        << RevisionList{rev(u"a"_s, {}, {QString()})}
        << L{u"versions/a.py:13: Empty revision identifier in depends_on of a"_s};
    QTest::newRow("all problems at once")
        << RevisionList{rev(u"a"_s, {}, {}, {u"x"_s}), rev(u"b"_s, {u"nope"_s}, {}, {u"x"_s}),
                        rev(u"c"_s, {u"c"_s})}
        << L{u"versions/b.py:12: Branch name 'x' in revision b already used by revision a"_s,
             u"versions/b.py:11: Revision nope referenced from b is not present"_s,
             u"versions/c.py:11: Self-loop is detected in revisions (c)"_s};
}

void tst_RevisionGraph::validation()
{
    QFETCH(RevisionList, revisions);
    QFETCH(QStringList, messages);
    ErrorList errors;
    const RevisionGraph g = RevisionGraph::build(revisions, &errors);
    QStringList actual;
    for (const Error &e : std::as_const(errors)) {
        QCOMPARE(e.code(), ErrorCode::Graph);
        actual.append(e.toString());
    }
    QCOMPARE(actual, messages);
    QCOMPARE(g.isValid(), messages.isEmpty());
}

void tst_RevisionGraph::duplicateNamesBothFiles()
{
    Revision first = rev(u"a"_s), second = rev(u"a"_s);
    second.relativePath = u"other/a_again.py"_s;
    ErrorList errors;
    RevisionGraph::build({first, second}, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toString(),
             u"other/a_again.py:10: Revision a is present more than once; also declared in versions/a.py:10"_s);
    QCOMPARE(errors.first().detail(),
             u"Revision a is declared in versions/a.py:10 and in other/a_again.py:10"_s);
}

void tst_RevisionGraph::relations()
{
    // G5 of §3.8 plus G2's merge: heads, real and effective heads, bases, flags.
    const RevisionGraph g5 = RevisionGraph::build(
        {rev(u"p1"_s), rev(u"q1"_s), rev(u"q2"_s, {u"q1"_s}, {u"p1"_s}), rev(u"r1"_s),
         rev(u"r2"_s, {u"r1"_s}), rev(u"r3"_s, {u"r2"_s}, {u"r1"_s})},
        nullptr);
    QVERIFY(g5.isValid());
    QCOMPARE(g5.ids(g5.heads()), (L{u"p1"_s, u"q2"_s, u"r3"_s}));
    QCOMPARE(g5.ids(g5.realHeads()), (L{u"q2"_s, u"r3"_s}));
    QCOMPARE(g5.ids(g5.bases()), (L{u"p1"_s, u"q1"_s, u"r1"_s}));
    QVERIFY(g5.isEffectiveHead(g5.indexOf(u"p1"_s)));
    QVERIFY(!g5.isEffectiveHead(g5.indexOf(u"q2"_s)));
    QCOMPARE(g5.ids(g5.dependents(g5.indexOf(u"r1"_s))), (L{u"r2"_s, u"r3"_s}));
    QCOMPARE(g5.ids(g5.children(g5.indexOf(u"r1"_s))), L{u"r2"_s});
    // A dependency on a plain ancestor is kept: N(r3) = r2, r1 (§1.4).
    QCOMPARE(g5.ids(g5.downRevisions(g5.indexOf(u"r3"_s))), (L{u"r2"_s, u"r1"_s}));
    QVERIFY(g5.branchPoints().isEmpty()); // dependents do not make a branch point

    const RevisionGraph g2 = RevisionGraph::build(
        {rev(u"a"_s), rev(u"b"_s, {u"a"_s}), rev(u"c"_s, {u"b"_s}), rev(u"d"_s, {u"a"_s}),
         rev(u"e"_s, {u"d"_s}), rev(u"m"_s, {u"c"_s, u"e"_s}), rev(u"n"_s, {u"m"_s})},
        nullptr);
    QCOMPARE(g2.ids(g2.branchPoints()), L{u"a"_s});
    QVERIFY(g2.isMergePoint(g2.indexOf(u"m"_s)));
    QCOMPARE(g2.ids(g2.children(g2.indexOf(u"a"_s))), (L{u"b"_s, u"d"_s})); // ⚑ load order
    QCOMPARE(g2.ids(g2.parents(g2.indexOf(u"m"_s))), (L{u"c"_s, u"e"_s}));
    QVERIFY(g2.isAncestor(g2.indexOf(u"b"_s), g2.indexOf(u"n"_s)));
    QVERIFY(!g2.isAncestor(g2.indexOf(u"b"_s), g2.indexOf(u"e"_s)));
    QVERIFY(g2.sharesLineage(g2.indexOf(u"n"_s), g2.indexOf(u"d"_s)));
    QVERIFY(!g2.sharesLineage(g2.indexOf(u"c"_s), g2.indexOf(u"d"_s)));
}

void tst_RevisionGraph::normalizedDependencies()
{
    // z is declared by x2, a versioned ancestor of x3: x3's own depends_on z is dropped.
    const RevisionGraph g = RevisionGraph::build(
        {rev(u"z"_s), rev(u"x1"_s), rev(u"x2"_s, {u"x1"_s}, {u"z"_s}),
         rev(u"x3"_s, {u"x2"_s}, {u"z"_s, u"lab"_s}), rev(u"w"_s, {}, {}, {u"lab"_s})},
        nullptr);
    QVERIFY(g.isValid());
    const int x3 = g.indexOf(u"x3"_s);
    QCOMPARE(g.ids(g.dependencies(x3)), (L{u"z"_s, u"w"_s})); // the label resolves to w
    QCOMPARE(g.ids(g.normalizedDependencies(x3)), L{u"w"_s});
    QCOMPARE(g.ids(g.downRevisions(x3)), (L{u"x2"_s, u"w"_s}));
    QCOMPARE(g.ids(g.upRevisions(g.indexOf(u"w"_s))), L{u"x3"_s});
}

void tst_RevisionGraph::labelInheritance_data()
{
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QStringList>("labels");
    // s06: the four shapes of §1.6.
    const QStringList la{u"LA"_s}, lb{u"LB"_s}, lc{u"LC"_s}, ld{u"LD"_s};
    for (const char *r : {"a1", "a2", "a3", "a4"})
        QTest::newRow(r) << QString::fromLatin1(r) << la;
    QTest::newRow("b1") << u"b1"_s << L{};
    for (const char *r : {"b2", "b3", "b4", "b5"})
        QTest::newRow(r) << QString::fromLatin1(r) << lb;
    for (const char *r : {"c1", "c2", "c5"})
        QTest::newRow(r) << QString::fromLatin1(r) << L{};
    for (const char *r : {"c3", "c4"})
        QTest::newRow(r) << QString::fromLatin1(r) << lc;
    for (const char *r : {"d1", "d3"})
        QTest::newRow(r) << QString::fromLatin1(r) << L{};
    for (const char *r : {"d2", "d4", "d5"})
        QTest::newRow(r) << QString::fromLatin1(r) << ld;
    // G3: ⚑ own labels first, then inherited ones in load order of their declaring revision.
    QTest::newRow("G3 d") << u"gd"_s << L{u"feature"_s, u"core"_s};
    QTest::newRow("G3 e") << u"ge"_s << L{u"core"_s, u"feature"_s};
    QTest::newRow("G3 c") << u"gc"_s << L{u"core"_s};
}

void tst_RevisionGraph::labelInheritance()
{
    QFETCH(QString, revision);
    QFETCH(QStringList, labels);
    const RevisionGraph g = RevisionGraph::build(
        {rev(u"a1"_s), rev(u"a2"_s, {u"a1"_s}, {}, {u"LA"_s}), rev(u"a3"_s, {u"a2"_s}),
         rev(u"a4"_s, {u"a3"_s}), rev(u"b1"_s), rev(u"b2"_s, {u"b1"_s}, {}, {u"LB"_s}),
         rev(u"b3"_s, {u"b2"_s}), rev(u"b4"_s, {u"b3"_s}), rev(u"b5"_s, {u"b3"_s}), rev(u"c1"_s),
         rev(u"c2"_s, {u"c1"_s}), rev(u"c3"_s, {u"c2"_s}, {}, {u"LC"_s}), rev(u"c4"_s, {u"c3"_s}),
         rev(u"c5"_s, {u"c2"_s}), rev(u"d1"_s), rev(u"d2"_s, {u"d1"_s}, {}, {u"LD"_s}),
         rev(u"d3"_s, {u"d1"_s}), rev(u"d4"_s, {u"d2"_s, u"d3"_s}), rev(u"d5"_s, {u"d4"_s}),
         rev(u"ga"_s, {}, {}, {u"core"_s}), rev(u"gb"_s, {u"ga"_s}), rev(u"gc"_s, {u"gb"_s}),
         rev(u"gd"_s, {u"gb"_s}, {}, {u"feature"_s}), rev(u"ge"_s, {u"gd"_s})},
        nullptr);
    QVERIFY(g.isValid());
    QCOMPARE(g.labels(g.indexOf(revision)), labels);
}

void tst_RevisionGraph::closures()
{
    const RevisionGraph g = RevisionGraph::build(
        {rev(u"x1"_s), rev(u"x2"_s, {u"x1"_s}), rev(u"x3"_s, {u"x2"_s}), rev(u"y1"_s),
         rev(u"y2"_s, {u"y1"_s}, {u"x2"_s}), rev(u"y3"_s, {u"y2"_s})},
        nullptr);
    const int x2 = g.indexOf(u"x2"_s), y2 = g.indexOf(u"y2"_s);
    QCOMPARE(g.ids(g.ancestors({y2})), (L{u"x1"_s, u"x2"_s, u"y1"_s, u"y2"_s}));
    QCOMPARE(g.ids(g.ancestors({y2}, false)), (L{u"y1"_s, u"y2"_s}));
    QCOMPARE(g.ids(g.descendants({x2})), (L{u"x2"_s, u"x3"_s, u"y2"_s, u"y3"_s}));
    QCOMPARE(g.ids(g.descendants({x2}, false)), (L{u"x2"_s, u"x3"_s}));
}

void tst_RevisionGraph::invalidGraphQueriesTerminate()
{
    // Queries on a cyclic graph must still return (the CLI reports errors, the GUI shows it).
    const RevisionGraph g = RevisionGraph::build({rev(u"a"_s, {u"b"_s}), rev(u"b"_s, {u"a"_s})},
                                                 nullptr);
    QVERIFY(!g.isValid());
    QCOMPARE(g.ancestors({0}).size(), 2);
    QCOMPARE(g.descendants({1}).size(), 2);
    QVERIFY(g.isAncestor(0, 1));
    QVERIFY(g.heads().isEmpty());
}

// Only a native revision that does something on the way up and nothing on the way down is
// flagged: a merge (empty both ways) is its own inverse, a missing down section is irreversible
// (hasDownSection), and Alembic's `def downgrade(): pass` keeps Alembic's behaviour.
void tst_RevisionGraph::downUndoesNothing()
{
    auto native = [](const QString &id, const QStringList &parents, bool upCode, bool downPresent,
                     bool downCode) {
        Revision r = rev(id, parents);
        r.format = Revision::Format::Native;
        r.up.present = true;
        r.up.holdsCode = upCode;
        r.down.present = downPresent;
        r.down.holdsCode = downCode;
        return r;
    };
    Revision alembic = rev(u"e"_s, {u"d"_s});
    alembic.format = Revision::Format::Alembic;
    const RevisionGraph g = RevisionGraph::build(
        {native(u"a"_s, {}, true, true, true), native(u"b"_s, {u"a"_s}, true, true, false),
         native(u"c"_s, {u"b"_s}, false, true, false), native(u"d"_s, {u"c"_s}, true, false, false),
         alembic},
        nullptr);
    QVERIFY(g.isValid());
    const auto flagged = [&](const QString &id) { return g.downUndoesNothing(g.indexOf(id)); };
    QVERIFY(!flagged(u"a"_s)); // undoes its up section
    QVERIFY(flagged(u"b"_s));  // empty down under a real up
    QVERIFY(!flagged(u"c"_s)); // nothing either way
    QVERIFY(!flagged(u"d"_s)); // no down section: irreversible, not "empty"
    QVERIFY(!g.hasDownSection(g.indexOf(u"d"_s)));
    QVERIFY(!flagged(u"e"_s));
}

QTEST_GUILESS_MAIN(tst_RevisionGraph)
#include "tst_revisiongraph.moc"
