// Revision graph view benchmarks (quality.md S7: 10,000 revisions, layout ≤ 50 ms, scene
// build ≤ 300 ms, one repaint at Fit ≤ 30 ms, offscreen) on quality.md's synthetic shape: a
// main line with a two-revision side branch forked and merged back every 50 revisions.
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"

#include "core/graph/graphfolding.h"
#include "core/graph/graphlayout.h"
#include "core/graph/revisiongraph.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise;

namespace {

std::shared_ptr<const Core::RevisionGraph> synthetic(int count)
{
    Core::RevisionList revs;
    revs.reserve(count);
    auto make = [&revs](const QStringList &parents) {
        Core::Revision r;
        r.id = u"%1"_s.arg(qulonglong(revs.size()) * 2654435761ULL % 0xffffffffffffULL, 12, 16,
                           QChar(u'0'));
        r.parents = parents;
        r.message = u"revision %1 adds a table, an index and a row"_s.arg(revs.size());
        r.path = u"/project/versions/"_s + r.id + u".sql"_s;
        revs.append(r);
        return r.id;
    };
    QString main = make({});
    QString side;
    for (int k = 1; revs.size() < count; ++k) {
        if (k % 50 == 10 && revs.size() + 40 < count) {
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
              [](const Core::Revision &a, const Core::Revision &b) { return a.path < b.path; });
    return std::make_shared<Core::RevisionGraph>(Core::RevisionGraph::build(revs, nullptr));
}

void sizes()
{
    QTest::addColumn<int>("count");
    for (int n : {1000, 5000, 10000})
        QTest::addRow("%d", n) << n;
}

} // namespace

class bench_GraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout_data() { sizes(); }
    void layout();
    void layoutWithFolding_data() { sizes(); }
    void layoutWithFolding();
    void unfoldOneSegment_data() { sizes(); }
    void unfoldOneSegment();
    void sceneBuild_data() { sizes(); }
    void sceneBuild();
    void repaintAtFit_data() { sizes(); }
    void repaintAtFit();
    void repaintAtFullDetail_data() { sizes(); }
    void repaintAtFullDetail();
};

void bench_GraphView::layout()
{
    QFETCH(int, count);
    const auto graph = synthetic(count);
    QBENCHMARK {
        const Core::GraphLayout layout = Core::layoutLanes(*graph);
        QCOMPARE(layout.size(), count);
    }
}

// Issue 17's collapsing: the full layout, its linear runs, and the folded layout drawn.
void bench_GraphView::layoutWithFolding()
{
    QFETCH(int, count);
    const auto graph = synthetic(count);
    QBENCHMARK {
        const Core::GraphLayout full = Core::layoutLanes(*graph);
        const QList<Core::LinearRun> runs = Core::linearRuns(*graph, full);
        const Core::GraphLayout folded = Core::foldLayout(full, runs, std::vector<char>(size_t(runs.size()), 1));
        QVERIFY(folded.size() < count / 4);
    }
}

// A click on a segment: the layout folded again and every item moved to its row.
void bench_GraphView::unfoldOneSegment()
{
    QFETCH(int, count);
    Ui::RevisionGraphScene scene;
    scene.setGraph(synthetic(count));
    const int run = int(scene.runs().size() / 2);
    QBENCHMARK {
        scene.setFolded(run, false);
        scene.setFolded(run, true);
    }
}

// Items for every revision and the edge layer, from a ready layout (runs folded included).
void bench_GraphView::sceneBuild()
{
    QFETCH(int, count);
    const auto graph = synthetic(count);
    const Core::GraphLayout layout = Core::layoutLanes(*graph);
    Ui::RevisionGraphScene scene;
    QBENCHMARK {
        scene.setGraph(graph, layout);
        QCOMPARE(scene.count(), count);
    }
}

// The whole graph in a 1280×800 window, rendered into an image as the screen would be.
void bench_GraphView::repaintAtFit()
{
    QFETCH(int, count);
    Ui::RevisionGraphView view;
    view.resize(1280, 800);
    view.setGraph(synthetic(count));
    view.fitToView();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image); // first paint builds the BSP index: not what we time
    QBENCHMARK {
        view.viewport()->render(&image);
    }
}

// Zoom 1 (text, curves, antialiasing) in the middle of the graph.
void bench_GraphView::repaintAtFullDetail()
{
    QFETCH(int, count);
    Ui::RevisionGraphView view;
    view.resize(1280, 800);
    view.setGraph(synthetic(count));
    view.centerOn(view.graphScene()->sceneRect().center());
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
    QBENCHMARK {
        view.viewport()->render(&image);
    }
}

QTEST_MAIN(bench_GraphView)
#include "bench_graphview.moc"
