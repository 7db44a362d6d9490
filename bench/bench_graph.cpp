// Graph benchmarks on quality.md's synthetic repository: a main line with a two-revision side
// branch forked and merged back every 50 revisions. S9 asks every operation to grow linearly
// or n·log n: compare the 10,000 and 1,000 rows (ratio ≤ 12).
#include "core/graph/alembicformat.h"
#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

RevisionList synthetic(int count)
{
    RevisionList revs;
    revs.reserve(count);
    auto make = [&revs](const QStringList &parents) {
        Revision r;
        r.id = u"%1"_s.arg(qulonglong(revs.size()) * 2654435761ULL % 0xffffffffffffULL, 12, 16,
                           QChar(u'0'));
        r.parents = parents;
        r.message = u"revision %1"_s.arg(revs.size());
        r.longDoc = r.message + u"\n\nRevision ID: "_s + r.id;
        r.path = u"/project/versions/"_s + r.id + u".py"_s;
        r.format = Revision::Format::Alembic;
        revs.append(r);
        return r.id;
    };
    QString main = make({});
    QString side;
    for (int k = 1; revs.size() < count; ++k) {
        if (k % 50 == 10 && revs.size() + 40 < count) { // room to merge back
            side = make({main});
            side = make({side});
        }
        if (k % 50 == 40 && !side.isEmpty()) {
            main = make({main, side});
            side.clear();
        } else {
            main = make({main});
        }
    }
    // Load order is sorted file names, so not creation order.
    std::sort(revs.begin(), revs.end(),
              [](const Revision &a, const Revision &b) { return a.path < b.path; });
    return revs;
}

// Worst shape for the plan ordering: `width` parallel lines of equal length on one base, each
// line's bottom held back while the other lines are pending.
RevisionList fan(int count, int width)
{
    RevisionList revs;
    Revision base;
    base.id = u"base0"_s;
    revs.append(base);
    const int length = (count - 1) / width;
    for (int w = 0; w < width; ++w) {
        QString below = base.id;
        for (int k = 0; k < length; ++k) {
            Revision r;
            r.id = u"l%1_%2"_s.arg(w, 4, 10, QChar(u'0')).arg(k, 5, 10, QChar(u'0'));
            r.parents = {below};
            below = r.id;
            revs.append(r);
        }
    }
    return revs;
}

void sizes()
{
    QTest::addColumn<int>("count");
    for (int n : {1000, 5000, 10000})
        QTest::addRow("%d", n) << n;
}

} // namespace

class bench_Graph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data() { sizes(); }
    void build();
    void heads_data() { sizes(); }
    void heads();
    void history_data() { sizes(); }
    void history();
    void upgradeHeads_data() { sizes(); }
    void upgradeHeads();
    void downgradeBase_data() { sizes(); }
    void downgradeBase();
    void upgradeFan_data() { sizes(); }
    void upgradeFan();
};

void bench_Graph::build()
{
    QFETCH(int, count);
    const RevisionList revs = synthetic(count);
    QBENCHMARK {
        ErrorList errors;
        const RevisionGraph g = RevisionGraph::build(revs, &errors);
        QVERIFY(g.isValid());
    }
}

void bench_Graph::heads()
{
    QFETCH(int, count);
    const RevisionGraph g = RevisionGraph::build(synthetic(count), nullptr);
    QBENCHMARK {
        const QString text = AlembicFormat::heads(g, false, false);
        QCOMPARE(text.count(u'\n'), 1);
    }
}

void bench_Graph::history()
{
    QFETCH(int, count);
    const RevisionGraph g = RevisionGraph::build(synthetic(count), nullptr);
    QBENCHMARK {
        const Result<QString> text = AlembicFormat::history(g, QString(), false, false, {});
        QCOMPARE(text->count(u'\n'), count);
    }
}

void bench_Graph::upgradeHeads()
{
    QFETCH(int, count);
    const RevisionGraph g = RevisionGraph::build(synthetic(count), nullptr);
    QBENCHMARK {
        const Result<Plan> plan = Planner::upgrade(g, {}, u"heads"_s);
        QCOMPARE(plan->steps.size(), count);
    }
}

void bench_Graph::downgradeBase()
{
    QFETCH(int, count);
    const RevisionGraph g = RevisionGraph::build(synthetic(count), nullptr);
    const QStringList rows = g.ids(g.heads());
    QBENCHMARK {
        const Result<Plan> plan = Planner::downgrade(g, rows, u"base"_s);
        QCOMPARE(plan->steps.size(), count);
    }
}

void bench_Graph::upgradeFan()
{
    // sqrt(n) lines of sqrt(n) revisions: the held-back base is searched for once per line.
    QFETCH(int, count);
    int width = 1;
    while ((width + 1) * (width + 1) <= count)
        ++width;
    const RevisionGraph g = RevisionGraph::build(fan(count, width), nullptr);
    QBENCHMARK {
        const Result<Plan> plan = Planner::upgrade(g, {}, u"heads"_s);
        QCOMPARE(plan->steps.size(), g.size());
    }
}

QTEST_GUILESS_MAIN(bench_Graph)
#include "bench_graph.moc"
