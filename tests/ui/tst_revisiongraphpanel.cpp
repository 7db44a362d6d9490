// The graph panel's parts around the view: the minimap beside it (what it draws, click and
// drag to move the view, its frame following the view) and the legend strip below it (the
// toggle, never over the graph, remembered). With STEPWISE_SCREENSHOT_DIR set, screenshot()
// writes graph-minimap.png there.
#include "graphviewtestsupport.h"

#include "ui/graph/graphgeometry.h"
#include "ui/graph/revisiongraphlegend.h"
#include "ui/graph/revisiongraphminimap.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/project/statestyle.h"

#include "core/graph/graphlayout.h"
#include "core/graph/revisiongraph.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Stepwise;
using namespace Stepwise::Test;

namespace {

QRect geometryIn(const QWidget *ancestor, const QWidget *w)
{
    return QRect(w->mapTo(ancestor, QPoint()), w->size());
}

// The part of the scene the view shows.
QRectF visibleScene(const RevisionGraphView &view)
{
    return view.mapToScene(view.viewport()->rect()).boundingRect();
}

bool near(const QColor &a, const QColor &b, int tolerance = 24)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
           && qAbs(a.blue() - b.blue()) <= tolerance;
}

void sendDrag(QWidget *w, QPointF to)
{
    QMouseEvent move(QEvent::MouseMove, to, w->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

} // namespace

class tst_RevisionGraphPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void minimapBesideView();
    void minimapDrawsStatesAndBadges();
    void minimapFollowsFolding();
    void clickAndDragMoveTheView();
    void frameFollowsTheView();
    void minimapCanBeHidden();
    void legendToggle();
    void legendRemembered();
    void narrowToolRow();
    void screenshot();

private:
    // A panel at 1000×700 showing `count` synthetic revisions: applied up to row 300 (its
    // revision the current head), pending above, one failed near the bottom.
    void showGraph(RevisionGraphPanel &panel, int count = 500);

    QTemporaryDir m_settings;
    int m_failedRow = 0;
};

void tst_RevisionGraphPanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    isolateSettings(m_settings);
}

void tst_RevisionGraphPanel::init()
{
    QSettings().clear();
}

void tst_RevisionGraphPanel::showGraph(RevisionGraphPanel &panel, int count)
{
    panel.resize(1000, 700);
    RevisionGraphView &view = *panel.view();
    view.setGraph(syntheticGraph(count));
    RevisionGraphScene &scene = *view.graphScene();
    const Core::RevisionGraph &graph = *scene.graph();
    const Core::GraphLayout &full = scene.fullLayout();
    const int head = full.revisionAt.at(300);
    const std::vector<char> applied = graph.ancestorMask({head});
    QHash<QString, State> states;
    for (int i = 0; i < graph.size(); ++i)
        states.insert(graph.id(i), i == head ? State::Current
                                   : applied[size_t(i)] ? State::Applied
                                                        : State::Pending);
    m_failedRow = full.size() - 20;
    states.insert(graph.id(full.revisionAt.at(m_failedRow)), State::Failed);
    view.setStates(states);
    // A row per revision, so rows are the full layout's whatever the folding would keep.
    scene.setAllFolded(false);
    QCOMPARE(scene.rowCount(), count);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
}

void tst_RevisionGraphPanel::minimapBesideView()
{
    RevisionGraphPanel panel;
    showGraph(panel);
    RevisionGraphMinimap *minimap = panel.minimap();
    QVERIFY(minimap);
    QVERIFY(minimap->isVisible());
    QCOMPARE(minimap->accessibleName(), u"Graph overview"_s);
    const QRect map = geometryIn(&panel, minimap);
    const QRect view = geometryIn(&panel, panel.view());
    QVERIFY(!map.intersects(view));
    QVERIFY(map.left() >= view.right()); // beside it, to the right
    QVERIFY2(map.width() >= 56 && map.width() <= 72, qPrintable(QString::number(map.width())));
    QCOMPARE(map.top(), view.top());
    QCOMPARE(map.height(), view.height());
    // The whole graph fits in the map's height, top row at the top, last row near the bottom.
    const RevisionGraphScene &scene = *panel.view()->graphScene();
    const QPointF first =
        minimap->sceneToMap(QPointF(GraphGeometry::laneX(0), GraphGeometry::rowY(0)));
    const QPointF last = minimap->sceneToMap(
        QPointF(GraphGeometry::laneX(0), GraphGeometry::rowY(scene.rowCount() - 1)));
    QVERIFY(first.y() >= 0 && first.y() < 6);
    QVERIFY(last.y() <= minimap->height() && last.y() > minimap->height() - 8);
    QVERIFY(minimap->rect().contains(first.toPoint()));
}

// Each row's bar in its state's colour (a failed row among hundreds of others still shows),
// a drifted database's row in the warning colour, a badge's tick at the right edge.
void tst_RevisionGraphPanel::minimapDrawsStatesAndBadges()
{
    RevisionGraphPanel panel;
    showGraph(panel);
    RevisionGraphView &view = *panel.view();
    RevisionGraphScene &scene = *view.graphScene();
    const Core::RevisionGraph &graph = *scene.graph();
    const int prodRow = 420;
    const int devRow = 450;
    const QString prodHead = graph.id(scene.fullLayout().revisionAt.at(prodRow));
    const QString devHead = graph.id(scene.fullLayout().revisionAt.at(devRow));
    view.setDatabaseBadges({{u"prod"_s, {prodHead}, {}, 0}, {u"dev"_s, {devHead}, {}, 3}});
    scene.setAllFolded(false);
    QVERIFY(scene.hasDrift(scene.indexOf(devHead)));
    RevisionGraphMinimap *minimap = panel.minimap();
    const QPalette pal = minimap->palette();
    // A row is about a pixel high here: look at the pixels just above and below its centre.
    auto rowHas = [&](int row, qreal x, const QColor &colour) {
        const QImage image = minimap->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        const QPointF at(x, minimap->sceneToMap({0, GraphGeometry::rowY(row)}).y());
        for (int dy = -1; dy <= 1; ++dy) {
            const QPoint p = (at * dpr).toPoint() + QPoint(0, dy);
            if (image.rect().contains(p) && near(image.pixelColor(p), colour))
                return true;
        }
        return false;
    };
    auto barX = [&](int row) {
        const int index = scene.layout().revisionAt.at(row);
        return minimap->sceneToMap({GraphGeometry::laneX(scene.layout().laneOf.at(index)), 0}).x();
    };
    view.verticalScrollBar()->setValue(0);
    // Below the view's frame: nothing tints these rows.
    const qreal prodY = minimap->sceneToMap({0, GraphGeometry::rowY(prodRow)}).y();
    QVERIFY(minimap->viewportRect().bottom() + 2 < prodY);
    QCOMPARE(scene.rowState(m_failedRow), State::Failed);
    QTRY_VERIFY(rowHas(m_failedRow, barX(m_failedRow), stateColor(State::Failed, pal)));
    for (int row : {prodRow + 10, 350, 200}) {
        const State state = scene.rowState(row);
        QVERIFY2(rowHas(row, barX(row), stateColor(state, pal)), qPrintable(QString::number(row)));
    }
    const qreal tickX = minimap->width() - 5;
    QVERIFY(rowHas(prodRow, tickX, RevisionGraphScene::badgeColor({u"prod"_s, {}, {}, 0})));
    QVERIFY(!rowHas(prodRow + 5, tickX, RevisionGraphScene::badgeColor({u"prod"_s, {}, {}, 0})));
    // The drifted one in the warning orange, not its own colour.
    QVERIFY(!rowHas(devRow, tickX, RevisionGraphScene::badgeColor({u"dev"_s, {}, {}, 0})));
    QVERIFY(rowHas(devRow, tickX, QColor(0xe0, 0x5d, 0x00)));
    QVERIFY(!rowHas(devRow - 8, tickX, QColor(0xe0, 0x5d, 0x00)));

    // A state change reaches the map without a new graph.
    const int row = 350;
    const QColor before = stateColor(scene.rowState(row), pal);
    QVERIFY(scene.rowState(row) == State::Applied || scene.rowState(row) == State::Pending);
    view.setStates({{graph.id(scene.fullLayout().revisionAt.at(200)), State::Failed}});
    scene.setAllFolded(false);
    QTRY_VERIFY(rowHas(200, barX(200), stateColor(State::Failed, pal)));
    QVERIFY(!rowHas(row, barX(row), before));
}

// Folding changes the rows: the map follows (fewer rows, the last still at the bottom).
void tst_RevisionGraphPanel::minimapFollowsFolding()
{
    RevisionGraphPanel panel;
    showGraph(panel);
    RevisionGraphScene &scene = *panel.view()->graphScene();
    RevisionGraphMinimap *minimap = panel.minimap();
    const QImage unfolded = minimap->grab().toImage();
    scene.setAllFolded(true);
    if (scene.runs().isEmpty())
        QSKIP("nothing to fold in this graph");
    QVERIFY(scene.rowCount() < 500);
    QCoreApplication::processEvents();
    const QPointF last = minimap->sceneToMap(
        QPointF(GraphGeometry::laneX(0), GraphGeometry::rowY(scene.rowCount() - 1)));
    const qreal bottom = minimap->sceneToMap(scene.sceneRect().bottomLeft()).y();
    QVERIFY(bottom <= minimap->height());
    QVERIFY(last.y() > bottom - 8 && last.y() < bottom);
    QTRY_VERIFY(minimap->grab().toImage() != unfolded);
}

void tst_RevisionGraphPanel::clickAndDragMoveTheView()
{
    RevisionGraphPanel panel;
    showGraph(panel);
    RevisionGraphView &view = *panel.view();
    RevisionGraphMinimap *minimap = panel.minimap();
    QScrollBar *vertical = view.verticalScrollBar();
    QCOMPARE(vertical->value(), 0);
    const RevisionGraphScene &scene = *view.graphScene();
    const QPointF target(GraphGeometry::laneX(0), GraphGeometry::rowY(scene.rowCount() * 3 / 4));
    const QPoint click = minimap->sceneToMap(target).toPoint();
    QVERIFY(click.y() > minimap->height() / 2);
    QTest::mouseClick(minimap, Qt::LeftButton, {}, click);
    QVERIFY(vertical->value() > 0);
    QVERIFY(visibleScene(view).contains(target));
    // Centred on it, give or take a row of the map's resolution.
    const qreal tolerance =
        scene.sceneRect().height() / minimap->height() + GraphGeometry::rowHeight;
    QVERIFY2(qAbs(visibleScene(view).center().y() - target.y()) < tolerance,
             qPrintable(u"%1 vs %2"_s.arg(visibleScene(view).center().y()).arg(target.y())));
    // The frame is now around the click.
    const QRectF frame = minimap->viewportRect();
    QVERIFY(frame.contains(QPointF(frame.center().x(), click.y())));

    const int afterClick = vertical->value();
    const QPoint start(click.x(), click.y() - 100);
    QTest::mousePress(minimap, Qt::LeftButton, {}, start);
    QVERIFY(vertical->value() < afterClick);
    const int afterPress = vertical->value();
    sendDrag(minimap, QPointF(start.x(), start.y() + 40));
    QVERIFY(vertical->value() > afterPress);
    const int halfway = vertical->value();
    sendDrag(minimap, QPointF(start.x(), minimap->height() - 2));
    QVERIFY(vertical->value() > halfway);
    QCOMPARE(vertical->value(), vertical->maximum()); // the bottom of the map: the last rows
    QTest::mouseRelease(minimap, Qt::LeftButton, {}, QPoint(start.x(), minimap->height() - 2));
    // A move without the button pressed is no drag.
    const QPointF top(start.x(), 10);
    QMouseEvent hover(QEvent::MouseMove, top, minimap->mapToGlobal(top), Qt::NoButton,
                      Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(minimap, &hover);
    QCOMPARE(vertical->value(), vertical->maximum());
}

void tst_RevisionGraphPanel::frameFollowsTheView()
{
    RevisionGraphPanel panel;
    showGraph(panel);
    RevisionGraphView &view = *panel.view();
    RevisionGraphMinimap *minimap = panel.minimap();
    auto expected = [&] {
        const QRectF visible = visibleScene(view).intersected(view.graphScene()->sceneRect());
        return QRectF(minimap->sceneToMap(visible.topLeft()),
                      minimap->sceneToMap(visible.bottomRight()));
    };
    auto same = [](const QRectF &a, const QRectF &b) {
        return qAbs(a.top() - b.top()) < 0.5 && qAbs(a.bottom() - b.bottom()) < 0.5
               && qAbs(a.left() - b.left()) < 0.5 && qAbs(a.right() - b.right()) < 0.5;
    };
    const QRectF atTop = minimap->viewportRect();
    QVERIFY(!atTop.isEmpty());
    QVERIFY(atTop.top() < 6);
    QVERIFY(same(atTop, expected()));
    // 500 rows of 30 px in a 700 px view: the frame is a small part of the map.
    QVERIFY(atTop.height() < minimap->height() / 8.0);

    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    const QRectF middle = minimap->viewportRect();
    QVERIFY(middle.top() > atTop.bottom());
    QVERIFY(same(middle, expected()));
    QVERIFY(qAbs(middle.height() - atTop.height()) < 0.5);

    view.zoomOut();
    view.zoomOut();
    const QRectF zoomedOut = minimap->viewportRect();
    QVERIFY(zoomedOut.height() > middle.height() * 1.4);
    QVERIFY(same(zoomedOut, expected()));

    view.fitToView();
    QCoreApplication::processEvents();
    const QRectF fitted = minimap->viewportRect();
    QVERIFY(same(fitted, expected()));
    QVERIFY(fitted.height() > minimap->height() - 12); // all of it
}

void tst_RevisionGraphPanel::minimapCanBeHidden()
{
    RevisionGraphPanel panel;
    showGraph(panel);
    const int width = panel.view()->width();
    panel.setMinimapVisible(false);
    QVERIFY(!panel.minimap()->isVisible());
    QTRY_VERIFY(panel.view()->width() > width);
    panel.setMinimapVisible(true);
    QVERIFY(panel.minimap()->isVisible());
    QTRY_COMPARE(panel.view()->width(), width);
}

void tst_RevisionGraphPanel::legendToggle()
{
    RevisionGraphPanel panel;
    showGraph(panel);
    QToolButton *toggle = panel.legendButton();
    QVERIFY(toggle->isVisible());
    QCOMPARE(toggle->text(), u"Legend"_s);
    QVERIFY(toggle->isCheckable());
    RevisionGraphLegend *legend = panel.legend();
    // Shown by default, in a strip of its own below the view and the minimap.
    QVERIFY(toggle->isChecked());
    QVERIFY(legend->isVisible());
    QVERIFY(panel.isLegendVisible());
    const QRect view = geometryIn(&panel, panel.view());
    QVERIFY(!geometryIn(&panel, legend).intersects(view));
    QVERIFY(!geometryIn(&panel, legend).intersects(geometryIn(&panel, panel.minimap())));
    QVERIFY(geometryIn(&panel, legend).top() > view.bottom());
    QCOMPARE(geometryIn(&panel, legend).bottom(), panel.height() - 1);
    QCOMPARE(legend->height(), legend->heightForWidth(legend->width()));
    QVERIFY(legend->height() < 80); // one or two rows at 1000 px, not a card

    toggle->click();
    QVERIFY(!toggle->isChecked());
    QVERIFY(!legend->isVisible());
    QVERIFY(!panel.isLegendVisible());
    QTRY_COMPARE(geometryIn(&panel, panel.view()).bottom(), panel.height() - 1);
    QCOMPARE(panel.minimap()->height(), panel.view()->height());

    toggle->click();
    QVERIFY(legend->isVisible());
    QTRY_COMPARE(geometryIn(&panel, panel.view()).height(), view.height());
    QVERIFY(!geometryIn(&panel, legend).intersects(geometryIn(&panel, panel.view())));

    // Narrow, the entries wrap: the strip grows, still below the view.
    const int wideHeight = legend->height();
    panel.resize(panel.minimumWidth(), 700);
    QTRY_VERIFY(legend->height() > wideHeight);
    QVERIFY(!geometryIn(&panel, legend).intersects(geometryIn(&panel, panel.view())));
    const QList<QRect> rects = legend->entryRects(legend->width());
    QCOMPARE(rects.size(), legend->entries().size());
    for (const QRect &r : rects)
        QVERIFY(legend->rect().contains(r));
}

void tst_RevisionGraphPanel::legendRemembered()
{
    {
        RevisionGraphPanel panel;
        QVERIFY(panel.isLegendVisible()); // nothing stored: shown
        panel.setLegendVisible(false);    // a caller's choice is not the user's: not stored
        QVERIFY(!QSettings().contains(u"graph/legendVisible"_s));
        panel.setLegendVisible(true);
        panel.legendButton()->click();
        QCOMPARE(QSettings().value(u"graph/legendVisible"_s), QVariant(false));
    }
    {
        RevisionGraphPanel panel;
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.isLegendVisible());
        QVERIFY(!panel.legend()->isVisible());
        QVERIFY(!panel.legendButton()->isChecked());
        panel.legendButton()->click();
        QVERIFY(panel.legend()->isVisible());
        QCOMPARE(QSettings().value(u"graph/legendVisible"_s), QVariant(true));
    }
    RevisionGraphPanel again;
    QVERIFY(again.isLegendVisible());
}

// Narrow, the zoom group (with the legend toggle) goes under the search group; every button
// stays inside the panel and the legend stays below the view.
void tst_RevisionGraphPanel::narrowToolRow()
{
    RevisionGraphPanel panel;
    showGraph(panel);
    QToolButton *toggle = panel.legendButton();
    const int wideRowBottom = geometryIn(&panel, panel.view()).top();
    panel.resize(panel.minimumWidth(), 700);
    QTRY_VERIFY(geometryIn(&panel, panel.view()).top() > wideRowBottom);
    QVERIFY(toggle->isVisible());
    QVERIFY(panel.rect().contains(geometryIn(&panel, toggle)));
    QVERIFY(geometryIn(&panel, toggle).bottom() < geometryIn(&panel, panel.view()).top());
    QVERIFY(panel.rect().contains(geometryIn(&panel, panel.minimap())));
    QVERIFY(!geometryIn(&panel, panel.minimap()).intersects(geometryIn(&panel, panel.view())));
    QVERIFY(!geometryIn(&panel, panel.legend()).intersects(geometryIn(&panel, panel.view())));
}

void tst_RevisionGraphPanel::screenshot()
{
    const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set STEPWISE_SCREENSHOT_DIR to write the screenshot");
    RevisionGraphPanel panel;
    panel.resize(1000, 700);
    RevisionGraphView &view = *panel.view();
    view.setGraph(syntheticGraph(1000, true));
    const RevisionGraphScene &scene = *view.graphScene();
    const Core::RevisionGraph &graph = *scene.graph();
    const Core::GraphLayout &full = scene.fullLayout();
    const int head = full.revisionAt.at(300);
    const std::vector<char> applied = graph.ancestorMask({head});
    QHash<QString, State> states;
    for (int i = 0; i < graph.size(); ++i)
        states.insert(graph.id(i), i == head ? State::Current
                                   : applied[size_t(i)] ? State::Applied
                                                        : State::Pending);
    states.insert(graph.id(full.revisionAt.at(150)), State::Failed);
    view.setStates(states);
    view.setDatabaseBadges({{u"staging"_s, {graph.id(head)}, {}, 0},
                            {u"prod"_s, {graph.id(full.revisionAt.at(620))}, {}, 4},
                            {u"dev"_s, {graph.id(full.revisionAt.at(0))}, {}, 0}});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    view.setSelectedRevision(graph.id(head));
    view.centerOn(view.graphScene()->node(head)->glyphPos());
    QCoreApplication::processEvents();
    QVERIFY(panel.grab().save(dir + u"/graph-minimap.png"_s));
}

QTEST_MAIN(tst_RevisionGraphPanel)
#include "tst_revisiongraphpanel.moc"
