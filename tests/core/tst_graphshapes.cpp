// The history shapes of tests/common/graphshapes.h: sizes, heads, merges, branch points,
// labels and depends_on as issue 17 describes them, and their round trip through a native
// project on disk and the real loader.
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"
#include "core/repository/revisionid.h"
#include "tests/common/graphshapes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using namespace Stepwise::Test;

class tst_GraphShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void twoLongLivedBranches();
    void manyMerges();
    void branchEverySideBranches();
    void roundTrip_data();
    void roundTrip();
    void writeRefusesAProject();
};

namespace {

RevisionList shape(const QString &name)
{
    if (name == u"twoLongLivedBranches")
        return Stepwise::Test::twoLongLivedBranches();
    if (name == u"manyMerges")
        return Stepwise::Test::manyMerges();
    if (name == u"branchEvery")
        return branchEvery();
    if (name == u"branchEvery(100, 7)")
        return branchEvery(100, 7);
    if (name == u"branchEvery(50, 3)")
        return branchEvery(50, 3);
    if (name == u"branchEvery(20, 0)")
        return branchEvery(20, 0);
    return {};
}

// The graph, its errors printed; with any error it is !isValid(), which every test checks.
RevisionGraph buildClean(const RevisionList &list)
{
    ErrorList errors;
    RevisionGraph g = RevisionGraph::build(list, &errors);
    for (const Error &e : errors)
        qWarning("%s", qPrintable(e.toString()));
    return g;
}

int countIf(const RevisionGraph &g, const auto &predicate)
{
    int n = 0;
    for (int i = 0; i < g.size(); ++i)
        n += predicate(i) ? 1 : 0;
    return n;
}

} // namespace

void tst_GraphShapes::shapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("heads");
    QTest::addColumn<int>("merges");
    QTest::addColumn<int>("branchPoints");
    // twoLongLivedBranches: the shared revision plus three side-branch forks; manyMerges: one
    // fork per feature (51: the three-parent merge's two features fork from different revisions).
    QTest::newRow("twoLongLivedBranches") << u"twoLongLivedBranches"_s << 132 << 2 << 3 << 4;
    QTest::newRow("manyMerges") << u"manyMerges"_s << 600 << 1 << 50 << 51;
    QTest::newRow("branchEvery") << u"branchEvery"_s << 10000 << 1 << 400 << 400;
    QTest::newRow("every 7 of 100") << u"branchEvery(100, 7)"_s << 100 << 1 << 14 << 14;
    QTest::newRow("every 3 is a chain") << u"branchEvery(50, 3)"_s << 50 << 1 << 0 << 0;
    QTest::newRow("every 0 is a chain") << u"branchEvery(20, 0)"_s << 20 << 1 << 0 << 0;
}

void tst_GraphShapes::shapes()
{
    QFETCH(QString, name);
    QFETCH(int, count);
    QFETCH(int, heads);
    QFETCH(int, merges);
    QFETCH(int, branchPoints);

    const RevisionList list = shape(name);
    QCOMPARE(list.size(), count);
    const RevisionGraph g = buildClean(list);
    QCOMPARE(g.size(), count);
    QVERIFY(g.isValid());
    QCOMPARE(g.bases().size(), 1);
    QCOMPARE(g.heads().size(), heads);
    QCOMPARE(g.realHeads().size(), heads);
    QCOMPARE(countIf(g, [&](int i) { return g.isMergePoint(i); }), merges);
    QCOMPARE(g.branchPoints().size(), branchPoints);

    // Ids look like new native ids; creation order is `created` order; parents come first.
    static const QRegularExpression hex12(u"^[0-9a-f]{12}$"_s);
    for (int i = 0; i < list.size(); ++i) {
        const Revision &r = list.at(i);
        QVERIFY2(hex12.match(r.id).hasMatch(), qPrintable(r.id));
        QVERIFY2(RevisionId::checkNative(r.id).isEmpty(), qPrintable(r.id));
        QCOMPARE(r.format, Revision::Format::Native);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(r.up.holdsCode && r.down.holdsCode);
        QVERIFY(r.up.text.contains(u"CREATE TABLE t_"_s + r.id));
        if (i > 0)
            QVERIFY2(list.at(i - 1).created < r.created, qPrintable(r.created));
        for (const int p : g.parents(i))
            QVERIFY(p < i);
    }
    // ISO 8601 UTC as the revision writer renders it (revision-format.md: "2026-11-23T10:00:00Z").
    static const QRegularExpression isoUtc(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    QVERIFY2(
        isoUtc.match(list.constFirst().created).hasMatch(), qPrintable(list.constFirst().created));
    QVERIFY2(
        isoUtc.match(list.constLast().created).hasMatch(), qPrintable(list.constLast().created));

    // Deterministic: a second call gives the same revisions.
    const RevisionList again = shape(name);
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(again.at(i).id, list.at(i).id);
        QCOMPARE(again.at(i).parents, list.at(i).parents);
        QCOMPARE(again.at(i).created, list.at(i).created);
    }
}

void tst_GraphShapes::twoLongLivedBranches()
{
    const RevisionList list = Stepwise::Test::twoLongLivedBranches();
    const RevisionGraph g = buildClean(list);
    QVERIFY(g.isValid());
    QCOMPARE(g.allLabels(), (QStringList { u"expand"_s, u"contract"_s }));

    // Both branches start on the second revision of the shared base chain.
    const int expand = g.labelOwner(u"expand"_s);
    const int contract = g.labelOwner(u"contract"_s);
    QVERIFY(expand >= 0 && contract >= 0);
    QCOMPARE(g.parents(expand), QList<int> { 1 });
    QCOMPARE(g.parents(contract), QList<int> { 1 });
    QCOMPARE(g.parents(1), QList<int> { 0 });
    QCOMPARE(g.children(1), (QList<int> { expand, contract }));

    // 65 revisions on each branch (side branches included), and one head on each.
    QCOMPARE(countIf(g, [&](int i) { return g.hasLabel(i, u"expand"_s); }), 65);
    QCOMPARE(countIf(g, [&](int i) { return g.hasLabel(i, u"contract"_s); }), 65);
    QCOMPARE(g.heads().size(), 2);
    QVERIFY(g.hasLabel(g.heads().at(0), u"expand"_s) != g.hasLabel(g.heads().at(1), u"expand"_s));
    for (const int head : g.heads())
        QVERIFY(g.hasLabel(head, u"expand"_s) || g.hasLabel(head, u"contract"_s));

    // Two side branches merge back into expand, one into contract, each of two revisions.
    int expandMerges = 0;
    for (int i = 0; i < g.size(); ++i) {
        if (!g.isMergePoint(i))
            continue;
        QCOMPARE(g.parents(i).size(), 2);
        expandMerges += g.hasLabel(i, u"expand"_s) ? 1 : 0;
        const int sideHead = g.parents(i).at(1);
        QCOMPARE(g.parents(sideHead).size(), 1);
        const int sideFirst = g.parents(sideHead).at(0);
        QVERIFY(g.isBranchPoint(g.parents(sideFirst).at(0)));
    }
    QCOMPARE(expandMerges, 2);

    // Every 10th contract revision depends on an expand revision that expand built on.
    QList<int> dependents;
    for (int i = 0; i < g.size(); ++i) {
        if (g.dependencies(i).isEmpty())
            continue;
        dependents.append(i);
        QVERIFY(g.hasLabel(i, u"contract"_s));
        QCOMPARE(g.dependencies(i).size(), 1);
        const int target = g.dependencies(i).at(0);
        QVERIFY(g.hasLabel(target, u"expand"_s));
        QVERIFY(!g.hasLabel(target, u"contract"_s));
        QVERIFY(!g.isHead(target));
    }
    QCOMPARE(dependents.size(), 6);
}

void tst_GraphShapes::manyMerges()
{
    const RevisionGraph g = buildClean(Stepwise::Test::manyMerges());
    QVERIFY(g.isValid());
    QList<int> parentCounts;
    for (int i = 0; i < g.size(); ++i) {
        if (g.isMergePoint(i))
            parentCounts.append(int(g.parents(i).size()));
    }
    QCOMPARE(parentCounts.size(), 50);
    QCOMPARE(parentCounts.count(3), 1);
    QCOMPARE(parentCounts.count(2), 49);
    QCOMPARE(g.heads(), QList<int> { g.size() - 1 });

    // Feature branches are 2–8 revisions: walk each merged-in parent back to its fork.
    QList<int> lengths;
    for (int i = 0; i < g.size(); ++i) {
        for (qsizetype p = 1; p < g.parents(i).size(); ++p) {
            int length = 0;
            for (int r = g.parents(i).at(p); !g.isBranchPoint(r); r = g.parents(r).at(0))
                ++length;
            lengths.append(length);
        }
    }
    QCOMPARE(lengths.size(), 51);
    QCOMPARE(*std::min_element(lengths.cbegin(), lengths.cend()), 2);
    QCOMPARE(*std::max_element(lengths.cbegin(), lengths.cend()), 8);
}

void tst_GraphShapes::branchEverySideBranches()
{
    const RevisionGraph g = buildClean(branchEvery());
    QVERIFY(g.isValid());
    QList<int> lengths;
    for (int i = 0; i < g.size(); ++i) {
        if (!g.isMergePoint(i))
            continue;
        QCOMPARE(g.parents(i).size(), 2);
        int length = 0;
        int fork = g.parents(i).at(1);
        for (; !g.isBranchPoint(fork); fork = g.parents(fork).at(0))
            ++length;
        lengths.append(length);
        // The main line moved on 1–3 revisions before the merge.
        int onMain = 0;
        for (int r = g.parents(i).at(0); r != fork; r = g.parents(r).at(0))
            ++onMain;
        QVERIFY2(onMain >= 1 && onMain <= 3, qPrintable(QString::number(onMain)));
    }
    QCOMPARE(lengths.size(), 400);
    QCOMPARE(*std::min_element(lengths.cbegin(), lengths.cend()), 2);
    QCOMPARE(*std::max_element(lengths.cbegin(), lengths.cend()), 5);
}

void tst_GraphShapes::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("headersOnly");
    QTest::newRow("twoLongLivedBranches, full") << u"twoLongLivedBranches"_s << false;
    QTest::newRow("manyMerges") << u"manyMerges"_s << true;
    QTest::newRow("branchEvery") << u"branchEvery"_s << true;
}

void tst_GraphShapes::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(bool, headersOnly);
    const RevisionList written = shape(name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(writeNativeProject(dir.path(), written, &error), qPrintable(error));
    qInfo("%lld revision files written in %lld ms", qlonglong(written.size()),
        qlonglong(timer.elapsed()));

    LoadOptions options;
    options.headersOnly = headersOnly;
    const Result<Project> project = loadProject(dir.path(), options);
    QVERIFY2(project.ok(), qPrintable(project ? QString() : project.error().toString()));
    for (const Error &e : project->errors + project->warnings)
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(project->errors.isEmpty());
    QVERIFY(project->warnings.isEmpty());
    QCOMPARE(project->config.dialect, u"sqlite"_s);
    QCOMPARE(project->revisions.size(), written.size());

    QHash<QString, const Revision *> read;
    for (const Revision &r : project->revisions)
        read.insert(r.id, &r);
    for (const Revision &w : written) {
        const Revision *r = read.value(w.id);
        QVERIFY2(r, qPrintable(w.id));
        QCOMPARE(r->parents, w.parents);
        QCOMPARE(r->dependsOn, w.dependsOn);
        QCOMPARE(r->branchLabels, w.branchLabels);
        QCOMPARE(r->message, w.message);
        QCOMPARE(r->created, w.created);
        QCOMPARE(r->relativePath, w.relativePath);
        if (!headersOnly) {
            QCOMPARE(r->up.text.trimmed(), w.up.text.trimmed());
            QCOMPARE(r->down.text.trimmed(), w.down.text.trimmed());
            QVERIFY(r->up.holdsCode && r->down.holdsCode);
        }
    }
    const RevisionGraph original = buildClean(written);
    const RevisionGraph loaded = buildClean(project->revisions);
    QVERIFY(loaded.isValid());
    QCOMPARE(loaded.heads().size(), original.heads().size());
    QCOMPARE(loaded.branchPoints().size(), original.branchPoints().size());
}

void tst_GraphShapes::writeRefusesAProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RevisionList list = branchEvery(30, 10);
    QVERIFY(writeNativeProject(dir.path(), list));
    QString error;
    QVERIFY(!writeNativeProject(dir.path(), list, &error));
    QVERIFY2(error.contains(u"already holds a project"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_GraphShapes)
#include "tst_graphshapes.moc"
