// Collapsed linear history: the runs found in hand-made graphs, folded layouts against the full
// one, and on random DAGs every run checked against a chain computed here from the graph alone.
#include "tests/common/graphfixtures.h"

#include "core/graph/graphfolding.h"
#include "core/graph/revisiongraph.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

using Stepwise::Test::specRevisions;

// r0 … r(count-1), each on the previous one.
QString line(int count)
{
    QStringList items{u"r0"_s};
    for (int i = 1; i < count; ++i)
        items << u"r%1:r%2"_s.arg(i).arg(i - 1);
    return items.join(u' ');
}

RevisionGraph graphOf(const RevisionList &list)
{
    ErrorList errors;
    return RevisionGraph::build(list, &errors);
}

std::vector<char> pinsOf(const RevisionGraph &graph, const QStringList &ids)
{
    std::vector<char> pinned(size_t(graph.size()), 0);
    for (const QString &id : ids)
        pinned[size_t(graph.indexOf(id))] = 1;
    return pinned;
}

// Runs as "newest,…,oldest", space-separated, in the order returned.
QString runsText(const RevisionGraph &graph, const QList<LinearRun> &runs)
{
    QStringList texts;
    for (const LinearRun &run : runs)
        texts << graph.ids(run.revisions).join(u',');
    return texts.join(u' ');
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

bool sameEdge(const GraphLayout::Edge &a, const GraphLayout::Edge &b)
{
    return a.parent == b.parent && a.child == b.child && a.lane == b.lane
        && a.dependency == b.dependency;
}

bool sameEdges(const QList<GraphLayout::Edge> &a, const QList<GraphLayout::Edge> &b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin(), sameEdge);
}

// What linearRuns promises of the runs themselves, whatever the graph: rows and lanes.
QString checkRunsInLayout(const RevisionGraph &graph, const GraphLayout &layout,
                          const QList<LinearRun> &runs, int minLength)
{
    int previousLast = -1;
    for (const LinearRun &run : runs) {
        if (run.size() < minLength || run.size() < 1)
            return u"run of %1 below minLength %2"_s.arg(run.size()).arg(minLength);
        if (run.firstRow <= previousLast)
            return u"runs overlap or out of row order"_s;
        previousLast = run.lastRow;
        if (run.lastRow - run.firstRow + 1 != run.size())
            return u"rows %1..%2 for %3 members"_s.arg(run.firstRow)
                .arg(run.lastRow)
                .arg(run.size());
        for (int k = 0; k < run.size(); ++k) {
            const int v = run.revisions.at(k);
            if (layout.rowOf.at(v) != run.firstRow + k || layout.laneOf.at(v) != run.lane)
                return u"%1 not in row %2, lane %3"_s.arg(graph.id(v))
                    .arg(run.firstRow + k)
                    .arg(run.lane);
            if (k > 0 && graph.parents(run.revisions.at(k - 1)) != QList<int>{v})
                return u"%1 is not the parent of the member above"_s.arg(graph.id(v));
        }
    }
    return {};
}

// Everything a folded layout must satisfy against the full one; the first broken rule, or empty.
QString checkFolded(const GraphLayout &full, const QList<LinearRun> &runs,
                    const std::vector<char> &folded, const GraphLayout &layout,
                    const QList<int> &runAtRow)
{
    const int n = int(full.rowOf.size());
    std::vector<int> runOf(size_t(n), -1);
    int expectedSize = n;
    for (int k = 0; k < int(runs.size()); ++k) {
        if (size_t(k) < folded.size() && folded[size_t(k)]) {
            expectedSize -= runs.at(k).size() - 1;
            for (int v : runs.at(k).revisions)
                runOf[size_t(v)] = k;
        }
    }
    if (layout.size() != expectedSize || runAtRow.size() != expectedSize)
        return u"%1 rows, expected %2"_s.arg(layout.size()).arg(expectedSize);
    if (layout.rowOf.size() != n || layout.laneOf != full.laneOf
        || layout.laneCount != full.laneCount)
        return u"lanes changed"_s;
    for (int i = 0; i < n; ++i) {
        const int k = runOf[size_t(i)];
        const int shown = k < 0 ? i : runs.at(k).revisions.constFirst();
        if (layout.rowOf.at(i) < 0 || layout.rowOf.at(i) >= layout.size()
            || layout.rowOf.at(i) != layout.rowOf.at(shown)
            || layout.revisionAt.at(layout.rowOf.at(i)) != shown)
            return u"rowOf/revisionAt disagree for revision %1"_s.arg(i);
        if (runAtRow.at(layout.rowOf.at(i)) != k)
            return u"runAtRow wrong for revision %1"_s.arg(i);
    }
    // Full rows top-down land in new rows 0, 1, 2, …, staying put only inside a folded run.
    int expected = 0;
    for (int row = 0; row < full.size(); ++row) {
        const int v = full.revisionAt.at(row);
        const bool inside = row > 0 && runOf[size_t(v)] >= 0
            && runOf[size_t(v)] == runOf[size_t(full.revisionAt.at(row - 1))];
        if (row > 0 && !inside)
            ++expected;
        if (layout.rowOf.at(v) != expected)
            return u"row order not kept at full row %1"_s.arg(row);
    }
    QList<GraphLayout::Edge> kept;
    for (const GraphLayout::Edge &e : full.edges) {
        if (runOf[size_t(e.child)] < 0 || runOf[size_t(e.child)] != runOf[size_t(e.parent)])
            kept.append(e);
    }
    if (!sameEdges(layout.edges, kept))
        return u"edges differ from the full layout's outside folded runs"_s;
    return {};
}

GraphLayout fold(const GraphLayout &full, const QList<LinearRun> &runs,
                 const std::vector<char> &folded, QString *broken)
{
    QList<int> runAtRow;
    GraphLayout layout = foldLayout(full, runs, folded, &runAtRow);
    *broken = checkFolded(full, runs, folded, layout, runAtRow);
    return layout;
}

// Independent of the code under test: parents, children and depends_on read by scanning.
struct Foldability
{
    std::vector<char> foldable;
    std::vector<int> childCount;

    Foldability(const RevisionGraph &graph, const std::vector<char> &pinned)
        : foldable(size_t(graph.size()), 0)
        , childCount(size_t(graph.size()), 0)
    {
        std::vector<char> target(size_t(graph.size()), 0);
        for (int j = 0; j < graph.size(); ++j) {
            for (int p : graph.parents(j))
                ++childCount[size_t(p)];
            for (int d : graph.dependencies(j))
                target[size_t(d)] = 1;
        }
        for (int i = 0; i < graph.size(); ++i) {
            foldable[size_t(i)] = graph.parents(i).size() == 1 && childCount[size_t(i)] == 1
                && !target[size_t(i)] && graph.revision(i).dependsOn.isEmpty()
                && graph.revision(i).branchLabels.isEmpty()
                && !(size_t(i) < pinned.size() && pinned[size_t(i)]);
        }
    }
    bool operator()(int i) const { return i >= 0 && foldable[size_t(i)]; }
};

// The only child of i, or -1.
int onlyChild(const RevisionGraph &graph, int i)
{
    for (int j = 0; j < graph.size(); ++j) {
        if (graph.parents(j).contains(i))
            return j;
    }
    return -1;
}

// The maximal chains of foldable revisions of a valid graph, newest first, by top row.
QList<QList<int>> maximalChains(const RevisionGraph &graph, const GraphLayout &layout,
                                const Foldability &foldable)
{
    std::vector<int> childOf(size_t(graph.size()), -1);
    for (int j = 0; j < graph.size(); ++j) {
        for (int p : graph.parents(j))
            childOf[size_t(p)] = j;
    }
    QList<QList<int>> chains;
    for (int row = 0; row < layout.size(); ++row) {
        const int top = layout.revisionAt.at(row);
        if (!foldable(top) || foldable(childOf[size_t(top)]))
            continue;
        QList<int> chain{top};
        while (foldable(graph.parents(chain.constLast()).constFirst()))
            chain.append(graph.parents(chain.constLast()).constFirst());
        chains.append(chain);
    }
    return chains;
}

// A random DAG in load order, mostly long chains: branches (a second child), merges of two
// or three parents, depends_on on revisions and labels, branch labels.
RevisionList randomRevisions(QRandomGenerator &random, int count)
{
    RevisionList list;
    QStringList labels;
    for (int i = 0; i < count; ++i) {
        Revision r;
        r.id = u"r%1"_s.arg(i);
        if (i > 0 && random.bounded(20) != 0) {
            const int parentCount = random.bounded(10) == 0 ? 2 + random.bounded(2) : 1;
            for (int k = 0; k < parentCount; ++k) {
                const int back = random.bounded(4) != 0 ? 0
                    : random.bounded(2) == 0            ? random.bounded(qMin(i, 5))
                                                        : random.bounded(i);
                const QString parent = u"r%1"_s.arg(i - 1 - back);
                if (!r.parents.contains(parent))
                    r.parents << parent;
            }
        }
        if (i > 2 && random.bounded(15) == 0) {
            r.dependsOn << (!labels.isEmpty() && random.bounded(2) == 0
                                ? labels.at(random.bounded(int(labels.size())))
                                : u"r%1"_s.arg(random.bounded(i)));
        }
        if (random.bounded(25) == 0) {
            r.branchLabels << u"l%1"_s.arg(i);
            labels << r.branchLabels;
        }
        list.append(r);
    }
    return list;
}

std::vector<char> randomMask(QRandomGenerator &random, int size, int oneIn)
{
    std::vector<char> mask(size_t(size), 0);
    for (char &bit : mask)
        bit = random.bounded(oneIn) == 0 ? 1 : 0;
    return mask;
}

} // namespace

class tst_GraphFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runs_data();
    void runs();
    void runRows();
    void foldHandMade_data();
    void foldHandMade();
    void unfoldGivesFullLayout();
    void cycleSplit();
    void brokenLayoutSplits();
    void randomGraphs();
    void compact_data();
    void compact();
    void compactRandomGraphs();
};

void tst_GraphFolding::runs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("pinned");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<QString>("runs");

    QTest::newRow("empty") << u""_s << QStringList() << 1 << u""_s;
    QTest::newRow("single revision") << u"a"_s << QStringList() << 1 << u""_s;
    QTest::newRow("two revisions") << u"a b:a"_s << QStringList() << 1 << u""_s;
    // The base has no parent and the head no child: only the 8 in between fold.
    QTest::newRow("line of 10") << line(10) << QStringList() << 3
                                << u"r8,r7,r6,r5,r4,r3,r2,r1"_s;
    // The branch point and the merge stay; so does the head above the merge.
    QTest::newRow("branch and merge")
        << u"a b:a c:b d:c e:a f:e g:f m:d,g n:m"_s << QStringList() << 3 << u"d,c,b g,f,e"_s;
    QTest::newRow("three-parent merge")
        << u"a b:a c:b d:a e:d f:a g:f h:g m:c,e,h n:m"_s << QStringList() << 2
        << u"c,b e,d h,g,f"_s;
    // Two heads on one branch point: both lines above it fold, down to the point.
    QTest::newRow("two heads") << u"a b:a c:b d:c x:b y:x z:y"_s << QStringList() << 1
                               << u"c y,x"_s;
    QTest::newRow("two heads, minLength 2")
        << u"a b:a c:b d:c x:b y:x z:y"_s << QStringList() << 2 << u"y,x"_s;
    QTest::newRow("label on r5")
        << u"r0 r1:r0 r2:r1 r3:r2 r4:r3 r5:r4#l5 r6:r5 r7:r6 r8:r7 r9:r8"_s << QStringList()
        << 3 << u"r8,r7,r6 r4,r3,r2,r1"_s;
    // Labels declared above the line are inherited by it (labels()): that does not stop it.
    QTest::newRow("inherited label")
        << u"r0 r1:r0 r2:r1 r3:r2 r4:r3 r5:r4#top"_s << QStringList() << 3 << u"r4,r3,r2,r1"_s;
    QTest::newRow("depends_on source")
        << u"x r0 r1:r0 r2:r1 r3:r2 r4:r3 r5:r4|x r6:r5 r7:r6 r8:r7 r9:r8"_s << QStringList()
        << 3 << u"r8,r7,r6 r4,r3,r2,r1"_s;
    QTest::newRow("depends_on target")
        << u"r0 r1:r0 r2:r1 r3:r2 r4:r3 r5:r4 r6:r5 r7:r6 r8:r7 r9:r8 x y:x|r5"_s << QStringList()
        << 3 << u"r8,r7,r6 r4,r3,r2,r1"_s;
    QTest::newRow("depends_on a label")
        << u"r0 r1:r0 r2:r1 r3:r2#l3 r4:r3 r5:r4 r6:r5 r7:r6 x y:x|l3"_s << QStringList() << 2
        << u"r6,r5,r4 r2,r1"_s;
    // The parent is also named in depends_on: one dependent, still a depends_on link.
    QTest::newRow("parent and dependency")
        << u"r0 r1:r0 r2:r1 r3:r2 r4:r3|r3 r5:r4 r6:r5 r7:r6"_s << QStringList() << 2
        << u"r6,r5 r2,r1"_s;
    QTest::newRow("pinned") << line(10) << QStringList{u"r3"_s} << 2 << u"r8,r7,r6,r5,r4 r2,r1"_s;
    QTest::newRow("pinned, short rest dropped")
        << line(10) << QStringList{u"r3"_s} << 3 << u"r8,r7,r6,r5,r4"_s;
    QTest::newRow("pinned ends") << line(10) << QStringList{u"r1"_s, u"r8"_s} << 3
                                 << u"r7,r6,r5,r4,r3,r2"_s;
    QTest::newRow("run of 2, minLength 3") << line(4) << QStringList() << 3 << u""_s;
    QTest::newRow("run of 2, minLength 2") << line(4) << QStringList() << 2 << u"r2,r1"_s;
    QTest::newRow("run of 1, minLength 1") << line(3) << QStringList() << 1 << u"r1"_s;
    QTest::newRow("run of 1, minLength 2") << line(3) << QStringList() << 2 << u""_s;
}

void tst_GraphFolding::runs()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, pinned);
    QFETCH(int, minLength);
    QFETCH(QString, runs);
    const RevisionGraph graph = graphOf(specRevisions(spec));
    QVERIFY(graph.isValid());
    const GraphLayout layout = layoutLanes(graph);
    const QList<LinearRun> found = linearRuns(graph, layout, pinsOf(graph, pinned), minLength);
    QCOMPARE(runsText(graph, found), runs);
    QCOMPARE(checkRunsInLayout(graph, layout, found, minLength), QString());
}

void tst_GraphFolding::runRows()
{
    const RevisionGraph graph = graphOf(specRevisions(u"a b:a c:b d:c e:a f:e g:f m:d,g n:m"_s));
    const GraphLayout layout = layoutLanes(graph);
    QCOMPARE(rowsText(graph, layout), u"n:0 m:0 d:0 c:0 b:0 g:1 f:1 e:1 a:0"_s);
    const QList<LinearRun> runs = linearRuns(graph, layout);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).firstRow, 2);
    QCOMPARE(runs.at(0).lastRow, 4);
    QCOMPARE(runs.at(0).lane, 0);
    QCOMPARE(runs.at(1).firstRow, 5);
    QCOMPARE(runs.at(1).lastRow, 7);
    QCOMPARE(runs.at(1).lane, 1);
    // Pins past the end of a short mask pin nothing.
    QCOMPARE(runsText(graph, linearRuns(graph, layout, std::vector<char>(2, 0))),
             u"d,c,b g,f,e"_s);

    // What the "inherited label" row of runs() relies on: the line below r5 carries its label.
    const RevisionGraph labelled = graphOf(specRevisions(u"r0 r1:r0 r2:r1 r3:r2 r4:r3 r5:r4#top"_s));
    QVERIFY(labelled.hasLabel(labelled.indexOf(u"r2"_s), u"top"_s));
}

void tst_GraphFolding::foldHandMade_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<int>>("folded");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("edges");
    QTest::addColumn<QList<int>>("runAtRow");

    QTest::newRow("line of 10") << line(10) << QList<int>{1} << u"r9:0 r8:0 r0:0"_s
                                << u"r0>r1@0 r8>r9@0"_s << QList<int>{-1, 0, -1};
    QTest::newRow("line of 5, unfolded")
        << line(5) << QList<int>{0} << u"r4:0 r3:0 r2:0 r1:0 r0:0"_s
        << u"r0>r1@0 r1>r2@0 r2>r3@0 r3>r4@0"_s << QList<int>{-1, -1, -1, -1, -1};
    QTest::newRow("branch and merge, both")
        << u"a b:a c:b d:c e:a f:e g:f m:d,g n:m"_s << QList<int>{1, 1}
        << u"n:0 m:0 d:0 g:1 a:0"_s << u"a>b@0 a>e@1 d>m@0 g>m@1 m>n@0"_s
        << QList<int>{-1, -1, 0, 1, -1};
    // The side branch's run stays; its edge to the merge still runs in lane 1.
    QTest::newRow("branch and merge, first")
        << u"a b:a c:b d:c e:a f:e g:f m:d,g n:m"_s << QList<int>{1}
        << u"n:0 m:0 d:0 g:1 f:1 e:1 a:0"_s << u"a>b@0 a>e@1 e>f@1 f>g@1 d>m@0 g>m@1 m>n@0"_s
        << QList<int>{-1, -1, 0, -1, -1, -1, -1};
}

void tst_GraphFolding::foldHandMade()
{
    QFETCH(QString, spec);
    QFETCH(QList<int>, folded);
    QFETCH(QString, rows);
    QFETCH(QString, edges);
    QFETCH(QList<int>, runAtRow);
    const RevisionGraph graph = graphOf(specRevisions(spec));
    const GraphLayout full = layoutLanes(graph);
    const QList<LinearRun> runs = linearRuns(graph, full);
    QVERIFY(runs.size() >= folded.size()); // a shorter `folded` leaves the rest unfolded
    const std::vector<char> mask(folded.cbegin(), folded.cend());
    QList<int> rowRuns;
    const GraphLayout layout = foldLayout(full, runs, mask, &rowRuns);
    QCOMPARE(checkFolded(full, runs, mask, layout, rowRuns), QString());
    QCOMPARE(rowsText(graph, layout), rows);
    QStringList edgeTexts;
    for (const GraphLayout::Edge &e : layout.edges)
        edgeTexts << graph.id(e.parent) + u'>' + graph.id(e.child) + u'@' + QString::number(e.lane);
    QCOMPARE(edgeTexts.join(u' '), edges);
    QCOMPARE(rowRuns, runAtRow);
}

void tst_GraphFolding::unfoldGivesFullLayout()
{
    const RevisionGraph graph = graphOf(specRevisions(u"a b:a c:b d:c e:a f:e g:f m:d,g|b n:m"_s));
    const GraphLayout full = layoutLanes(graph);
    const QList<LinearRun> runs = linearRuns(graph, full, {}, 1);
    QVERIFY(!runs.isEmpty());
    for (const std::vector<char> &mask : {std::vector<char>(), std::vector<char>(runs.size(), 0)}) {
        QList<int> rowRuns{7};
        const GraphLayout layout = foldLayout(full, runs, mask, &rowRuns);
        QCOMPARE(layout.rowOf, full.rowOf);
        QCOMPARE(layout.revisionAt, full.revisionAt);
        QCOMPARE(layout.laneOf, full.laneOf);
        QCOMPARE(layout.laneCount, full.laneCount);
        QVERIFY(sameEdges(layout.edges, full.edges));
        QCOMPARE(rowRuns, QList<int>(full.size(), -1));
    }
}

// a, b and c each have one parent and one child, around a cycle the layout has to cut: runs
// still only cover consecutive rows of one lane, and fold like any other.
void tst_GraphFolding::cycleSplit()
{
    const RevisionGraph graph = graphOf(specRevisions(u"a:c b:a c:b d"_s));
    QVERIFY(!graph.isValid());
    const GraphLayout full = layoutLanes(graph);
    const QList<LinearRun> runs = linearRuns(graph, full, {}, 1);
    QCOMPARE(checkRunsInLayout(graph, full, runs, 1), QString());
    int members = 0;
    for (const LinearRun &run : runs)
        members += run.size();
    QCOMPARE(members, 3);
    QString broken;
    fold(full, runs, std::vector<char>(runs.size(), 1), &broken);
    QCOMPARE(broken, QString());
}

// layoutLanes never breaks a chain of a valid graph, but the runs are checked against the
// layout given: a member moved to another lane or row ends its run there.
void tst_GraphFolding::brokenLayoutSplits()
{
    const RevisionGraph graph = graphOf(specRevisions(line(10)));
    const GraphLayout full = layoutLanes(graph);
    const int r4 = graph.indexOf(u"r4"_s);
    const int r5 = graph.indexOf(u"r5"_s);

    GraphLayout otherLane = full;
    otherLane.laneOf[r5] = 1;
    otherLane.laneCount = 2;
    QList<LinearRun> runs = linearRuns(graph, otherLane, {}, 1);
    QCOMPARE(runsText(graph, runs), u"r8,r7,r6 r5 r4,r3,r2,r1"_s);
    QCOMPARE(checkRunsInLayout(graph, otherLane, runs, 1), QString());

    GraphLayout swapped = full;
    std::swap(swapped.rowOf[r4], swapped.rowOf[r5]);
    std::swap(swapped.revisionAt[swapped.rowOf.at(r4)], swapped.revisionAt[swapped.rowOf.at(r5)]);
    runs = linearRuns(graph, swapped, {}, 1);
    QCOMPARE(runsText(graph, runs), u"r8,r7,r6 r4 r5 r3,r2,r1"_s);
    QCOMPARE(checkRunsInLayout(graph, swapped, runs, 1), QString());
}

void tst_GraphFolding::randomGraphs()
{
    int totalRuns = 0;
    int totalMembers = 0;
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator random(seed);
        const RevisionGraph graph = graphOf(randomRevisions(random, 1 + random.bounded(300)));
        const QString where = u"seed %1"_s.arg(seed);
        QVERIFY2(graph.isValid(), qPrintable(where));
        const int n = graph.size();
        const GraphLayout full = layoutLanes(graph);
        // Sometimes shorter than the graph: nothing pinned past its end.
        const std::vector<char> pinned = randomMask(random, random.bounded(4) == 0
                                                        ? random.bounded(n + 1) : n, 20);
        const int minLength = 1 + random.bounded(4);
        const QList<LinearRun> runs = linearRuns(graph, full, pinned, minLength);
        const Foldability foldable(graph, pinned);

        QString broken = checkRunsInLayout(graph, full, runs, minLength);
        QVERIFY2(broken.isEmpty(), qPrintable(where + u": "_s + broken));
        std::vector<char> inRun(size_t(n), 0);
        for (const LinearRun &run : runs) {
            for (int v : run.revisions) {
                QVERIFY2(foldable(v), qPrintable(where + u": %1 not foldable"_s.arg(graph.id(v))));
                QVERIFY2(!inRun[size_t(v)], qPrintable(where + u": %1 twice"_s.arg(graph.id(v))));
                inRun[size_t(v)] = 1;
            }
            // Maximal: the chain goes on neither above nor below.
            const int above = onlyChild(graph, run.revisions.constFirst());
            const int below = graph.parents(run.revisions.constLast()).constFirst();
            QVERIFY2(!foldable(above) && !foldable(below),
                     qPrintable(where + u": run at row %1 not maximal"_s.arg(run.firstRow)));
        }
        const QList<QList<int>> chains = maximalChains(graph, full, foldable);
        QList<QList<int>> expected;
        for (const QList<int> &chain : chains) {
            if (chain.size() >= minLength)
                expected.append(chain);
            for (int v : chain) {
                QVERIFY2(bool(inRun[size_t(v)]) == (chain.size() >= minLength),
                         qPrintable(where + u": %1 in a chain of %2, minLength %3"_s
                                               .arg(graph.id(v))
                                               .arg(chain.size())
                                               .arg(minLength)));
            }
        }
        QList<QList<int>> returned;
        for (const LinearRun &run : runs)
            returned.append(run.revisions);
        QVERIFY2(returned == expected, qPrintable(where));
        totalRuns += int(runs.size());
        for (const LinearRun &run : runs)
            totalMembers += run.size();

        // Any subset folded; then one more run folded, which may only drop rows.
        const std::vector<char> folded = randomMask(random, int(runs.size()), 2);
        const GraphLayout some = fold(full, runs, folded, &broken);
        QVERIFY2(broken.isEmpty(), qPrintable(where + u": "_s + broken));
        if (runs.isEmpty())
            continue;
        const int k = random.bounded(int(runs.size()));
        std::vector<char> more = folded;
        more[size_t(k)] = 1;
        const GraphLayout moreFolded = fold(full, runs, more, &broken);
        QVERIFY2(broken.isEmpty(), qPrintable(where + u": "_s + broken));
        QCOMPARE(moreFolded.laneOf, some.laneOf);
        const QList<int> &members = runs.at(k).revisions;
        QList<GraphLayout::Edge> withoutK;
        for (const GraphLayout::Edge &e : some.edges) {
            if (!(members.contains(e.child) && members.contains(e.parent)))
                withoutK.append(e);
        }
        QVERIFY2(sameEdges(moreFolded.edges, withoutK), qPrintable(where));
        // Unfolding it again gives the first folded layout back, row for row.
        std::vector<char> less = more;
        less[size_t(k)] = folded[size_t(k)];
        const GraphLayout again = foldLayout(full, runs, less);
        QCOMPARE(again.rowOf, some.rowOf);
        QCOMPARE(again.revisionAt, some.revisionAt);
        QVERIFY(sameEdges(again.edges, some.edges));
    }
    // The generator must give the checks something to check.
    QVERIFY2(totalRuns > 300 && totalMembers > 1500,
             qPrintable(u"%1 runs, %2 members"_s.arg(totalRuns).arg(totalMembers)));
}

void tst_GraphFolding::compact_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("pinned");
    QTest::addColumn<QString>("runs"); // members in row order, newest first
    QTest::addColumn<int>("merges");   // mergedBranches of the first run

    // A side branch forked at b and merged at m folds with the line around it; base and head stay.
    QTest::newRow("bubble in a line")
        << u"a b:a c:b d:c s1:b s2:s1 m:d,s2 n:m o:n"_s << QStringList() << u"n,m,d,c,s2,s1,b"_s << 1;
    QTest::newRow("three-parent merge")
        << u"a b:a c:b d:b e:d f:b m:c,e,f n:m o:n"_s << QStringList() << u"n,m,c,e,d,f,b"_s << 2;
    // Two bubbles one after the other, and a merge right on the fork of the next.
    QTest::newRow("bubbles in a row")
        << u"a b:a c:b s:b m:c,s d:m t:m k:d,t e:k f:e"_s << QStringList() << u"e,k,d,t,m,c,s,b"_s << 2;
    // A pinned revision inside a side branch: the bubble cannot fold; the region above ends
    // with its merge (drawn joined by the merge's parents), and the chains below fold.
    QTest::newRow("pinned side")
        << u"a b:a c:b d:c s1:b s2:s1 m:d,s2 n:m o:n p:o"_s << QStringList{u"s1"_s}
        << u"o,n,m d,c"_s << 0;
    // The fork has a third child that does not merge back: no bubble.
    QTest::newRow("fork with an open branch")
        << u"a b:a c:b d:c s1:b m:d,s1 x:b y:x n:m o:n p:o"_s << QStringList() << u"o,n,m d,c"_s << 0;
    // A depends_on target inside the bubble keeps it unfolded; the chains around it fold.
    QTest::newRow("depends_on into the bubble")
        << u"a b:a c:b d:c s1:b s2:s1 m:d,s2 n:m o:n q:o|c"_s << QStringList() << u"o,n,m s2,s1"_s << 0;
}

void tst_GraphFolding::compact()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, pinned);
    QFETCH(QString, runs);
    QFETCH(int, merges);
    const RevisionGraph graph = graphOf(specRevisions(spec));
    QVERIFY(graph.isValid());
    const GraphLayout full = layoutLanes(graph);
    const QList<LinearRun> found = compactRuns(graph, full, pinsOf(graph, pinned), 2);
    QCOMPARE(runsText(graph, found), runs);
    if (!found.isEmpty())
        QCOMPARE(found.first().mergedBranches, merges);
    QString broken;
    fold(full, found, std::vector<char>(size_t(found.size()), 1), &broken);
    QCOMPARE(broken, QString());
}

// On random DAGs: every region is a block of rows with its ends in one lane, entered only
// into its oldest revision (by its parents) and left only from its newest (to its children),
// of plain revisions;
// regions do not overlap; every chain linearRuns() finds lies inside one region; folding any
// subset keeps every lane and the folded-layout rules.
void tst_GraphFolding::compactRandomGraphs()
{
    int regionsWithMerges = 0;
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator random(seed);
        const RevisionGraph graph = graphOf(randomRevisions(random, 1 + random.bounded(300)));
        const QString where = u"seed %1"_s.arg(seed);
        const int n = graph.size();
        const GraphLayout full = layoutLanes(graph);
        const std::vector<char> pinned = randomMask(random, n, 20);
        const QList<LinearRun> regions = compactRuns(graph, full, pinned, 3);
        std::vector<int> regionOf(size_t(n), -1);
        int previousLast = -1;
        for (int k = 0; k < regions.size(); ++k) {
            const LinearRun &r = regions.at(k);
            QVERIFY2(r.size() >= 3, qPrintable(where));
            QVERIFY2(r.firstRow > previousLast, qPrintable(where + u": regions out of order"_s));
            previousLast = r.lastRow;
            QVERIFY2(r.lastRow - r.firstRow + 1 == r.size(), qPrintable(where + u": not a block"_s));
            QCOMPARE(full.rowOf.at(r.revisions.constFirst()), r.firstRow);
            QCOMPARE(full.rowOf.at(r.revisions.constLast()), r.lastRow);
            QCOMPARE(full.laneOf.at(r.revisions.constFirst()), full.laneOf.at(r.revisions.constLast()));
            for (int v : r.revisions) {
                QVERIFY2(regionOf[size_t(v)] < 0, qPrintable(where + u": in two regions"_s));
                regionOf[size_t(v)] = k;
                QVERIFY2(!pinned[size_t(v)] && graph.revision(v).branchLabels.isEmpty()
                             && graph.revision(v).dependsOn.isEmpty() && graph.dependents(v).size() == graph.children(v).size(),
                         qPrintable(where + u": %1 not plain"_s.arg(graph.id(v))));
            }
            regionsWithMerges += r.mergedBranches > 0 ? 1 : 0;
        }
        // Edges in only into the oldest revision (all its parents), one edge out, per region.
        std::vector<int> in(size_t(regions.size()), 0), out(size_t(regions.size()), 0);
        for (int c = 0; c < n; ++c) {
            for (int p : graph.parents(c)) {
                const int rc = regionOf[size_t(c)];
                const int rp = regionOf[size_t(p)];
                if (rc >= 0 && rc != rp) {
                    ++in[size_t(rc)];
                    QVERIFY2(c == regions.at(rc).revisions.constLast(),
                             qPrintable(where + u": an edge enters %1, not the region's oldest"_s.arg(graph.id(c))));
                }
                if (rp >= 0 && rp != rc) {
                    ++out[size_t(rp)];
                    QVERIFY2(p == regions.at(rp).revisions.constFirst(),
                             qPrintable(where + u": an edge leaves %1, not the region's newest"_s.arg(graph.id(p))));
                }
            }
        }
        for (int k = 0; k < regions.size(); ++k) {
            const int bottom = regions.at(k).revisions.constLast();
            const int top = regions.at(k).revisions.constFirst();
            QVERIFY2(in[size_t(k)] == graph.parents(bottom).size() && out[size_t(k)] == graph.children(top).size(),
                     qPrintable(where + u": region at row %1 has %2 edges in, %3 out"_s
                                           .arg(regions.at(k).firstRow).arg(in[size_t(k)]).arg(out[size_t(k)])));
        }
        for (const LinearRun &chain : linearRuns(graph, full, pinned, 3)) {
            const int k = regionOf[size_t(chain.revisions.constFirst())];
            for (int v : chain.revisions)
                QVERIFY2(k >= 0 && regionOf[size_t(v)] == k,
                         qPrintable(where + u": chain member %1 outside its region"_s.arg(graph.id(v))));
        }
        QString broken;
        fold(full, regions, randomMask(random, int(regions.size()), 2), &broken);
        QVERIFY2(broken.isEmpty(), qPrintable(where + u": "_s + broken));
    }
    QVERIFY2(regionsWithMerges > 20, qPrintable(QString::number(regionsWithMerges)));
}

QTEST_GUILESS_MAIN(tst_GraphFolding)
#include "tst_graphfolding.moc"
