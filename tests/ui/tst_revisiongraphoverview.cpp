// The revision graph zoomed and painted, offscreen: zoom, fit and level of detail, the
// overview's tags at Fit, the legend, palettes, what a state change repaints. With
// STEPWISE_SCREENSHOT_DIR set, screenshots() writes the README's pictures there.
#include "graphviewtestsupport.h"

#include "ui/graph/nodeglyph.h"
#include "ui/graph/revisionedgesitem.h"
#include "ui/graph/revisiongraphlegend.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"

#include "core/graph/graphlayout.h"
#include "core/graph/revisiongraph.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Stepwise;
using namespace Stepwise::Test;

class tst_RevisionGraphOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void zoomFitAndDetail();
    void overviewTagsAtFit_data();
    void overviewTagsAtFit();
    void legend();
    void followsParentPalette();
    void stateChangeRepaintsOneNode();
    void screenshots();

private:
    std::shared_ptr<const Core::RevisionGraph> m_demo;
};

void tst_RevisionGraphOverview::initTestCase()
{
    m_demo = demoGraph();
    QVERIFY(m_demo);
    QVERIFY(m_demo->isValid());
    QCOMPARE(m_demo->size(), 10);
}

void tst_RevisionGraphOverview::zoomFitAndDetail()
{
    RevisionGraphView view;
    view.resize(1000, 700);
    view.setGraph(syntheticGraph(1000));
    view.graphScene()->setAllFolded(false); // a revision per row: the Dots overview at Fit
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.zoom(), 1.0);
    QCOMPARE(view.detailLevel(), RevisionGraphView::Detail::Full);
    QSignalSpy zoomed(&view, &RevisionGraphView::zoomChanged);
    view.zoomIn();
    QVERIFY(view.zoom() > 1.0);
    QCOMPARE(view.transform().m11(), view.zoom());
    view.zoomOut();
    QVERIFY(qAbs(view.zoom() - 1.0) < 1e-9);
    QCOMPARE(zoomed.size(), 2);
    QVERIFY(!view.graphScene()->isOverview());
    view.fitToView();
    QVERIFY(view.zoom() < 0.05);
    QCOMPARE(view.detailLevel(), RevisionGraphView::Detail::Dots);
    // Far out the edge item draws every revision; node items hide.
    QVERIFY(view.graphScene()->isOverview());
    QVERIFY(!view.graphScene()->node(0)->isVisible());
    QVERIFY(view.transform().m11() >= 0.5); // lanes stay apart
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(view.graphScene()->sceneRect().adjusted(1, 1, -1, -1)));
    view.setZoom(0.4);
    QCOMPARE(view.detailLevel(), RevisionGraphView::Detail::Shapes);
    QVERIFY(!view.graphScene()->isOverview());
    QVERIFY(view.graphScene()->node(0)->isVisible());
    QTest::keyClick(&view, Qt::Key_0); // fit from the keyboard
    QVERIFY(view.zoom() < 0.05);
    // Ctrl+wheel zooms in.
    const qreal before = view.zoom();
    QWheelEvent wheel(QPointF(100, 100), view.viewport()->mapToGlobal(QPointF(100, 100)), {},
                      QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.zoom() > before);
    // A small graph fits at its natural size.
    view.setGraph(m_demo);
    view.fitToView();
    QCOMPARE(view.zoom(), 1.0);
}

void tst_RevisionGraphOverview::overviewTagsAtFit_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("allLabels"); // but those next to a database badge; else thinned out
    QTest::newRow("1,000 revisions: the labels fit") << 1000 << true;
    QTest::newRow("10,000 revisions: overlapping labels skipped") << 10000 << false;
}

// At Fit the overview keeps database badges, heads and branch labels as fixed-size tags in
// viewport pixels, inside the viewport, never on top of each other.
void tst_RevisionGraphOverview::overviewTagsAtFit()
{
    QFETCH(int, count);
    QFETCH(bool, allLabels);
    RevisionGraphView view;
    view.resize(900, 600);
    view.setGraph(syntheticGraph(count, true));
    RevisionGraphScene *scene = view.graphScene();
    scene->setAllFolded(false); // a revision per row: the most tags competing
    const Core::RevisionGraph &graph = *scene->graph();
    const Core::GraphLayout &layout = scene->layout();
    const int top = layout.revisionAt.at(0);
    QVERIFY(graph.isHead(top));
    const int middle = layout.revisionAt.at(count / 2);
    int labelled = 0;
    for (int i = 0; i < graph.size(); ++i)
        labelled += graph.revision(i).branchLabels.isEmpty() ? 0 : 1;
    QVERIFY(labelled >= count / 60);
    const QColor prodColour(0x2e, 0x7d, 0x32);
    view.setDatabaseBadges({{u"dev"_s, {graph.id(top)}, {}}, {u"prod"_s, {graph.id(middle)}, prodColour}});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    QVERIFY(scene->isOverview());

    const qreal height = view.viewport()->height();
    const QList<RevisionEdgesItem::OverviewTag> tags
        = scene->edgesItem()->overviewTags(view.viewportTransform(), height);
    QHash<int, RevisionEdgesItem::OverviewTag> byIndex;
    int labels = 0;
    for (const RevisionEdgesItem::OverviewTag &tag : tags) {
        byIndex.insert(tag.index, tag);
        labels += graph.revision(tag.index).branchLabels.isEmpty() ? 0 : 1;
        QVERIFY(tag.rect.top() >= 0 && tag.rect.bottom() <= height);
        QVERIFY(tag.rect.width() > tag.rect.height());
        for (const RevisionEdgesItem::OverviewTag &other : tags)
            QVERIFY(other.index == tag.index || !other.rect.intersects(tag.rect));
    }
    QVERIFY(byIndex.contains(top));
    QCOMPARE(byIndex.value(top).texts, (QStringList{u"dev"_s, u"head"_s}));
    QVERIFY(byIndex.contains(middle));
    QCOMPARE(byIndex.value(middle).texts.first(), u"prod"_s);
    if (allLabels)
        QVERIFY2(labels >= labelled - 2, qPrintable(u"%1 of %2"_s.arg(labels).arg(labelled)));
    else
        QVERIFY2(labels > 3 && labels < labelled / 2, qPrintable(u"%1 of %2"_s.arg(labels).arg(labelled)));

    // Painted: the badge's colour where its tag is, at the same size as further in.
    const QImage image = view.viewport()->grab().toImage();
    const QRectF prod = byIndex.value(middle).rect;
    const QColor painted = image.pixelColor(QPoint(int(prod.left() + 4), int(prod.center().y())));
    QVERIFY2(qAbs(painted.red() - prodColour.red()) < 12 && qAbs(painted.green() - prodColour.green()) < 12
                 && qAbs(painted.blue() - prodColour.blue()) < 12,
             qPrintable(painted.name()));
    view.setZoom(0.1);
    const QList<RevisionEdgesItem::OverviewTag> closer
        = scene->edgesItem()->overviewTags(view.viewportTransform(), height);
    QVERIFY(!closer.isEmpty());
    QCOMPARE(closer.first().rect.height(), prod.height());
}

void tst_RevisionGraphOverview::legend()
{
    RevisionGraphPanel panel;
    panel.resize(900, 500);
    panel.view()->setGraph(m_demo);
    panel.setLegendVisible(true); // whatever the settings say
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    RevisionGraphLegend *legend = panel.legend();
    const QStringList entries = legend->entries();
    for (State s : {State::Pending, State::Applied, State::Current, State::Failed, State::Drifted,
                    State::Missing})
        QVERIFY(entries.contains(NodeGlyph::legendName(s)));
    auto inPanel = [&panel](const QWidget *w) { return QRect(w->mapTo(&panel, QPoint()), w->size()); };
    // A strip of its own below the graph, never over it; narrow, it wraps into more rows.
    QVERIFY(legend->isVisible());
    QVERIFY(!inPanel(legend).intersects(inPanel(panel.view())));
    QVERIFY(inPanel(legend).top() >= inPanel(panel.view()).bottom());
    const int wideHeight = legend->height();
    panel.resize(panel.minimumWidth(), 500);
    QTRY_VERIFY(legend->height() > wideHeight);
    QVERIFY(legend->isVisible());
    QVERIFY(!inPanel(legend).intersects(inPanel(panel.view())));
    const QList<QRect> rects = legend->entryRects(legend->width());
    for (const QRect &r : rects)
        QVERIFY(legend->rect().contains(r));
    // Hidden, the view takes its place.
    const int viewHeight = panel.view()->height();
    panel.setLegendVisible(false);
    QTRY_VERIFY(panel.view()->height() > viewHeight);
    QVERIFY(!legend->isVisible());
}

// A dark palette set on a parent reaches the painters (QGraphicsScene::setPalette would
// resolve it against the application's light one).
void tst_RevisionGraphOverview::followsParentPalette()
{
    QWidget parent;
    auto *view = new RevisionGraphView(&parent);
    view->setGraph(m_demo);
    QPalette dark = parent.palette();
    dark.setColor(QPalette::Base, QColor(0x1c, 0x1e, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    parent.setPalette(dark);
    QCOMPARE(view->graphScene()->graphPalette().color(QPalette::Text), QColor(0xe6, 0xe6, 0xe6));
    QCOMPARE(view->graphScene()->graphPalette().color(QPalette::Base), QColor(0x1c, 0x1e, 0x22));
}

void tst_RevisionGraphOverview::stateChangeRepaintsOneNode()
{
    RevisionGraphView view;
    view.resize(900, 500);
    view.setGraph(m_demo);
    view.setStates(demoStates());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    QSignalSpy changed(view.graphScene(), &QGraphicsScene::changed);
    const int index = view.graphScene()->indexOf(u"9c4f1e6b8d09"_s);
    view.graphScene()->setState(index, State::Applied);
    QTRY_VERIFY(!changed.isEmpty());
    const QRectF node = view.graphScene()->node(index)->sceneBoundingRect();
    const auto regions = changed.first().first().value<QList<QRectF>>();
    QVERIFY(!regions.isEmpty());
    for (const QRectF &region : regions)
        QVERIFY2(node.contains(region), qPrintable(u"repainted beyond the node"_s));
}

void tst_RevisionGraphOverview::screenshots()
{
    const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set STEPWISE_SCREENSHOT_DIR to write the screenshots");
    RevisionGraphPanel panel;
    panel.resize(1100, 560);
    RevisionGraphView &view = *panel.view();
    view.setGraph(m_demo);
    view.setStates(demoStates());
    view.setDatabaseBadges({{u"dev"_s, {u"a05f2a7c9e10"_s}, {}}, {u"prod"_s, {u"4d9a6f1c3e04"_s}, {}}});
    view.setHighlightedPath({u"8b3e0d5a7c08"_s, u"9c4f1e6b8d09"_s});
    panel.searchField()->setText(u"order"_s);
    panel.findNext();
    view.setSelectedRevision(u"6f1c8b3e5a06"_s);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.grab().save(dir + u"/graph-demo.png"_s));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x25, 0x27, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1c, 0x1e, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x92, 0x9a));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    dark.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4d));
    dark.setColor(QPalette::Button, QColor(0x2d, 0x30, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    panel.setPalette(dark);
    QVERIFY(panel.grab().save(dir + u"/graph-demo-dark.png"_s));

    RevisionGraphPanel bigPanel;
    bigPanel.resize(1100, 700);
    RevisionGraphView &big = *bigPanel.view();
    big.setGraph(syntheticGraph(1000, true));
    QHash<QString, State> states;
    const Core::RevisionGraph &graph = *big.graphScene()->graph();
    const int head = big.graphScene()->layout().revisionAt.at(300);
    const std::vector<char> applied = graph.ancestorMask({head});
    for (int i = 0; i < graph.size(); ++i)
        states.insert(graph.id(i), i == head ? State::Current : applied[size_t(i)] ? State::Applied : State::Pending);
    big.setStates(states);
    big.setDatabaseBadges({{u"staging"_s, {graph.id(head)}, {}},
                           {u"prod"_s, {graph.id(big.graphScene()->layout().revisionAt.at(620))}, {}},
                           {u"dev"_s, {graph.id(big.graphScene()->layout().revisionAt.at(0))}, {}}});
    bigPanel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bigPanel));
    big.setZoom(0.3);
    big.centerOn(big.graphScene()->node(head)->glyphPos());
    QVERIFY(bigPanel.grab().save(dir + u"/graph-1000-zoomed-out.png"_s));
    big.fitToView();
    QCoreApplication::processEvents(); // scroll bars update on a posted layout request
    QVERIFY(big.verticalScrollBar()->maximum() == 0);
    QVERIFY(bigPanel.grab().save(dir + u"/graph-1000-fit.png"_s));
}

QTEST_MAIN(tst_RevisionGraphOverview)
#include "tst_revisiongraphoverview.moc"
