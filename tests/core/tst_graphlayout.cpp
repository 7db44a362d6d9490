// GraphLayout: rows and lanes of hand-made graphs, and invariants on random DAGs (every edge
// points up, no edge run crosses a revision or another run, lanes stable on append).
#include "tests/common/graphfixtures.h"

#include "core/graph/graphlayout.h"
#include "core/graph/revisiongraph.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>
#include <utility>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

using Stepwise::Test::specRevisions;

RevisionGraph graphOf(const RevisionList &list)
{
    ErrorList errors;
    RevisionGraph graph = RevisionGraph::build(list, &errors);
    return graph;
}

// Rows top-down as "id:lane".
QString rowsText(const RevisionGraph &graph, const GraphLayout &layout)
{
    QStringList rows;
    for (int row = 0; row < layout.size(); ++row) {
        const int i = layout.revisionAt.at(row);
        rows << graph.id(i) + u':' + QString::number(layout.laneOf.at(i));
    }
    return rows.join(u' ');
}

// Edges as "parent>child@lane" ("~" for depends_on), in layout order.
QString edgesText(const RevisionGraph &graph, const GraphLayout &layout)
{
    QStringList edges;
    for (const GraphLayout::Edge &e : layout.edges) {
        edges << graph.id(e.parent) + (e.dependency ? u"~"_s : u">"_s) + graph.id(e.child)
                + u'@' + QString::number(e.lane);
    }
    return edges.join(u' ');
}

// Everything a drawn layout must satisfy; returns the first broken rule, or empty.
QString checkInvariants(const RevisionGraph &graph, const GraphLayout &layout)
{
    const int n = graph.size();
    if (layout.size() != n || layout.rowOf.size() != n || layout.laneOf.size() != n)
        return u"sizes"_s;
    std::set<std::pair<int, int>> nodeCells;
    for (int i = 0; i < n; ++i) {
        if (layout.revisionAt.at(layout.rowOf.at(i)) != i)
            return u"rowOf/revisionAt disagree for %1"_s.arg(graph.id(i));
        if (layout.laneOf.at(i) < 0 || layout.laneOf.at(i) >= layout.laneCount)
            return u"lane out of range for %1"_s.arg(graph.id(i));
        if (!nodeCells.emplace(layout.rowOf.at(i), layout.laneOf.at(i)).second)
            return u"two revisions in one cell"_s;
    }
    int expectedEdges = 0;
    for (int c = 0; c < n; ++c) {
        expectedEdges += int(graph.parents(c).size());
        for (int d : graph.dependencies(c))
            expectedEdges += graph.parents(c).contains(d) ? 0 : 1;
    }
    if (layout.edges.size() != expectedEdges)
        return u"%1 edges, expected %2"_s.arg(layout.edges.size()).arg(expectedEdges);
    std::set<std::pair<int, int>> runCells;
    for (const GraphLayout::Edge &e : layout.edges) {
        const int top = layout.rowOf.at(e.child);
        const int bottom = layout.rowOf.at(e.parent);
        if (top >= bottom)
            return u"edge %1→%2 does not point up"_s.arg(graph.id(e.parent), graph.id(e.child));
        const bool linked = e.dependency ? graph.dependencies(e.child).contains(e.parent)
                                         : graph.parents(e.child).contains(e.parent);
        if (!linked)
            return u"edge %1→%2 is no link"_s.arg(graph.id(e.parent), graph.id(e.child));
        if (e.direct()) {
            if (!e.dependency)
                return u"edge %1→%2 of a parent drawn direct"_s.arg(graph.id(e.parent), graph.id(e.child));
            continue; // crosses the lanes in one curve, occupying none
        }
        for (int row = top + 1; row < bottom; ++row) {
            if (nodeCells.count({row, e.lane}))
                return u"edge %1→%2 runs through a revision"_s.arg(graph.id(e.parent),
                                                                   graph.id(e.child));
            if (!runCells.emplace(row, e.lane).second)
                return u"two edge runs share a cell"_s;
        }
    }
    return {};
}

// A random DAG in load order: each revision's parents and depends_on are earlier ones.
RevisionList randomRevisions(QRandomGenerator &random, int count)
{
    RevisionList list;
    for (int i = 0; i < count; ++i) {
        Revision r;
        r.id = u"r%1"_s.arg(i);
        if (i > 0 && random.bounded(12) != 0) {
            const int parentCount = random.bounded(6) == 0 ? 2 + random.bounded(2) : 1;
            for (int k = 0; k < parentCount; ++k) {
                // Mostly recent parents (long chains), sometimes anything (long edges).
                const int back = random.bounded(4) == 0 ? random.bounded(i) : random.bounded(qMin(i, 4));
                const QString parent = u"r%1"_s.arg(i - 1 - back);
                if (!r.parents.contains(parent))
                    r.parents << parent;
            }
        }
        if (i > 2 && random.bounded(10) == 0)
            r.dependsOn << u"r%1"_s.arg(random.bounded(i));
        list.append(r);
    }
    return list;
}

} // namespace

class tst_GraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMade_data();
    void handMade();
    void edgeRoutes_data();
    void edgeRoutes();
    void randomGraphs();
    void stableWhenAppending();
    void newerByCreatedHeader();
    void cycleStillLaidOut();
};

void tst_GraphLayout::handMade_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<int>("laneCount");

    QTest::newRow("empty") << u""_s << u""_s << 0;
    QTest::newRow("linear") << u"a b:a c:b"_s << u"c:0 b:0 a:0"_s << 1;
    // The older child continues the lane, the newer branches off right above the fork.
    QTest::newRow("fork") << u"a b:a c:a"_s << u"b:0 c:1 a:0"_s << 2;
    // The side branch (newer) sits below the main line, which continues in lane 0 to the merge.
    QTest::newRow("merge") << u"a b:a c:a m:b,c"_s << u"m:0 b:0 c:1 a:0"_s << 2;
    QTest::newRow("long side branch")
        << u"a b:a c:b d:c s1:a s2:s1 m:d,s2 n:m"_s << u"n:0 m:0 d:0 c:0 b:0 s2:1 s1:1 a:0"_s << 2;
    QTest::newRow("criss-cross")
        << u"a b:a c:a d:b,c e:b,c f:d,e"_s << u"f:0 d:0 e:1 b:0 c:1 a:0"_s << 3;
    // Several bases: the oldest at the bottom; lanes are reused once a line ends.
    QTest::newRow("several roots") << u"a b:a x y:x"_s << u"y:0 x:0 b:0 a:0"_s << 1;
    QTest::newRow("roots joined") << u"a b:a x y:x m:b,y"_s << u"m:0 y:0 x:0 b:0 a:0"_s << 2;
    // A depends_on link never adds a lane: with none free it is drawn direct.
    QTest::newRow("depends_on") << u"a b:a x y:x|b"_s << u"y:0 x:0 b:0 a:0"_s << 1;
    QTest::newRow("two heads") << u"a b:a c:b d:b"_s << u"c:0 d:1 b:0 a:0"_s << 2;
}

void tst_GraphLayout::handMade()
{
    QFETCH(QString, spec);
    QFETCH(QString, rows);
    QFETCH(int, laneCount);
    const RevisionGraph graph = graphOf(specRevisions(spec));
    QVERIFY(graph.isValid());
    const GraphLayout layout = layoutLanes(graph);
    QCOMPARE(checkInvariants(graph, layout), QString());
    QCOMPARE(rowsText(graph, layout), rows);
    QCOMPARE(layout.laneCount, laneCount);
}

void tst_GraphLayout::edgeRoutes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("edges");

    QTest::newRow("linear") << u"a b:a c:b"_s << u"a>b@0 b>c@0"_s;
    // The merge's second parent runs up its own lane and curves in at the merge.
    QTest::newRow("merge") << u"a b:a c:a m:b,c"_s << u"a>b@0 a>c@1 b>m@0 c>m@1"_s;
    QTest::newRow("criss-cross")
        << u"a b:a c:a d:b,c e:b,c f:d,e"_s
        << u"a>b@0 a>c@1 b>d@0 c>d@2 b>e@1 c>e@1 d>f@0 e>f@1"_s;
    // depends_on from a line that ended, with no lane free over its span: direct (@-1).
    QTest::newRow("depends_on direct") << u"a b:a x y:x|b"_s << u"a>b@0 x>y@0 b~y@-1"_s;
    // With a lane free over the whole span (the side branch's, after its merge) it runs there.
    QTest::newRow("depends_on in a free lane")
        << u"a b:a s:a m:b,s c:m d:c e:d|c"_s << u"a>b@0 a>s@1 b>m@0 s>m@1 m>c@0 c>d@0 d>e@0 c~e@1"_s;
    // A dependency that is also a parent is drawn once, as the parent.
    QTest::newRow("parent and dependency") << u"a b:a|a"_s << u"a>b@0"_s;
}

void tst_GraphLayout::edgeRoutes()
{
    QFETCH(QString, spec);
    QFETCH(QString, edges);
    const RevisionGraph graph = graphOf(specRevisions(spec));
    const GraphLayout layout = layoutLanes(graph);
    QCOMPARE(checkInvariants(graph, layout), QString());
    QCOMPARE(edgesText(graph, layout), edges);
}

void tst_GraphLayout::randomGraphs()
{
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator random(seed);
        const RevisionGraph graph = graphOf(randomRevisions(random, 1 + random.bounded(80)));
        QVERIFY2(graph.isValid(), qPrintable(u"seed %1"_s.arg(seed)));
        const GraphLayout layout = layoutLanes(graph);
        const QString broken = checkInvariants(graph, layout);
        QVERIFY2(broken.isEmpty(), qPrintable(u"seed %1: %2"_s.arg(seed).arg(broken)));
    }
}

// Appending a revision (new head, branch, merge of anything, new base, with depends_on)
// leaves every existing revision in its lane.
void tst_GraphLayout::stableWhenAppending()
{
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator random(seed);
        RevisionList list = randomRevisions(random, 2 + random.bounded(60));
        const RevisionGraph before = graphOf(list);
        const GraphLayout old = layoutLanes(before);
        const RevisionList more = randomRevisions(random, int(list.size()) + 1);
        Revision added = more.last();
        list.append(added);
        const RevisionGraph after = graphOf(list);
        QVERIFY(after.isValid());
        const GraphLayout now = layoutLanes(after);
        QCOMPARE(checkInvariants(after, now), QString());
        for (int i = 0; i < before.size(); ++i) {
            QVERIFY2(old.laneOf.at(i) == now.laneOf.at(i),
                     qPrintable(u"seed %1: %2 moved from lane %3 to %4 after adding %5 on %6"_s
                                    .arg(seed)
                                    .arg(before.id(i))
                                    .arg(old.laneOf.at(i))
                                    .arg(now.laneOf.at(i))
                                    .arg(added.id, added.parents.join(u','))));
        }
    }
}

// File names (load order) say nothing about age with random ids: `created` decides which
// sibling is newer, so a new branch sorting first by name still branches off.
void tst_GraphLayout::newerByCreatedHeader()
{
    RevisionList list = specRevisions(u"f0 c1:f0 d2:c1"_s);
    list[0].created = u"2026-01-01T00:00:00Z"_s;
    list[1].created = u"2026-01-02T00:00:00Z"_s;
    list[2].created = u"2026-01-03T00:00:00Z"_s;
    const GraphLayout old = layoutLanes(graphOf(list));
    Revision early = specRevisions(u"a9:c1"_s).first();
    early.created = u"2026-02-01T00:00:00Z"_s;
    list.prepend(early); // sorts first by file name
    const RevisionGraph graph = graphOf(list);
    const GraphLayout now = layoutLanes(graph);
    QCOMPARE(rowsText(graph, now), u"d2:0 a9:1 c1:0 f0:0"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(now.laneOf.at(i + 1), old.laneOf.at(i));
}

void tst_GraphLayout::cycleStillLaidOut()
{
    const RevisionGraph graph = graphOf(specRevisions(u"a:c b:a c:b d"_s));
    QVERIFY(!graph.isValid());
    const GraphLayout layout = layoutLanes(graph);
    QCOMPARE(layout.size(), 4);
    for (const GraphLayout::Edge &e : layout.edges)
        QVERIFY(layout.rowOf.at(e.child) < layout.rowOf.at(e.parent));
}

QTEST_GUILESS_MAIN(tst_GraphLayout)
#include "tst_graphlayout.moc"
