// RevisionGraphView offscreen: nodes where the layout puts them, selection by click and keys,
// search, zoom/fit and level of detail, context-menu enablement, states, badges, the model.
// With STEPWISE_SCREENSHOT_DIR set, screenshots() writes the README's pictures there.
#include "ui/graph/graphgeometry.h"
#include "ui/graph/nodeglyph.h"
#include "ui/graph/revisionedgesitem.h"
#include "ui/graph/revisiongraphlegend.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/project/projectsnapshot.h"
#include "ui/project/revisionmodel.h"

#include "core/graph/graphlayout.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QAction>
#include <QLineEdit>
#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise;
using namespace Stepwise::Ui;
using State = RevisionModel::State;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("STEPWISE_SOURCE_DIR", QStringLiteral(STEPWISE_TEST_SOURCE_DIR));
}

std::shared_ptr<const Core::RevisionGraph> demoGraph()
{
    Core::LoadOptions options;
    options.headersOnly = false; // down sections decide what can be downgraded
    auto project = Core::loadProject(sourceDir() + u"/resources/demo"_s, options);
    if (!project)
        return nullptr;
    return std::make_shared<Core::RevisionGraph>(
        Core::RevisionGraph::build(project.value().revisions, nullptr));
}

// quality.md's shape: a main line with a two-revision side branch merged back every 50.
// labelBranches: each side branch's first revision declares a branch label "feature-N".
std::shared_ptr<const Core::RevisionGraph> syntheticGraph(int count, bool labelBranches = false)
{
    Core::RevisionList revs;
    auto make = [&revs](const QStringList &parents) {
        Core::Revision r;
        r.id = u"%1"_s.arg(qulonglong(revs.size()) * 2654435761ULL % 0xffffffffffffULL, 12, 16,
                           QChar(u'0'));
        r.parents = parents;
        r.message = u"Synthetic revision %1"_s.arg(revs.size());
        revs.append(r);
        return r.id;
    };
    QString main = make({});
    QString side;
    for (int k = 1; revs.size() < count; ++k) {
        if (k % 50 == 10 && revs.size() + 40 < count) {
            side = make({main});
            if (labelBranches)
                revs.last().branchLabels = {u"feature-%1"_s.arg(k / 50)};
            side = make({side});
        }
        if (k % 50 == 40 && !side.isEmpty()) {
            main = make({main, side});
            side.clear();
        } else {
            main = make({main});
        }
    }
    return std::make_shared<Core::RevisionGraph>(Core::RevisionGraph::build(revs, nullptr));
}

// The demo applied up to the billing branch and the merge's other side: a realistic mix.
QHash<QString, State> demoStates()
{
    return {{u"1f3a9c2b7d01"_s, State::Applied}, {u"2b7e4d9a1c02"_s, State::Applied},
            {u"3c8f5e0b2d03"_s, State::Applied}, {u"4d9a6f1c3e04"_s, State::Applied},
            {u"5e0b7a2d4f05"_s, State::Applied}, {u"6f1c8b3e5a06"_s, State::Drifted},
            {u"7a2d9c4f6b07"_s, State::Applied}, {u"a05f2a7c9e10"_s, State::Current},
            {u"8b3e0d5a7c08"_s, State::Failed},  {u"9c4f1e6b8d09"_s, State::Pending}};
}

QAction *menuAction(QMenu *menu, RevisionGraphView::Action action)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->data().value<RevisionGraphView::Action>() == action && !a->isSeparator())
            return a;
    }
    return nullptr;
}

QPoint viewportPosOf(const RevisionGraphView &view, const QString &id)
{
    const RevisionGraphScene *scene = view.graphScene();
    return view.mapFromScene(scene->node(scene->indexOf(id))->glyphPos());
}

} // namespace

class tst_RevisionGraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nodesWhereTheLayoutSays();
    void clickSelects();
    void setSelectedRevisionSignals();
    void keyboardNavigation();
    void search();
    void zoomFitAndDetail();
    void overviewTagsAtFit_data();
    void overviewTagsAtFit();
    void contextMenuEnablement();
    void irreversibleDowngradeRefused();
    void actionRequestedSignal();
    void statesAndBadges();
    void followsModel();
    void legend();
    void followsParentPalette();
    void stateChangeRepaintsOneNode();
    void panelSearch();
    void screenshots();

private:
    std::shared_ptr<const Core::RevisionGraph> m_demo;
};

void tst_RevisionGraphView::initTestCase()
{
    m_demo = demoGraph();
    QVERIFY(m_demo);
    QVERIFY(m_demo->isValid());
    QCOMPARE(m_demo->size(), 10);
}

void tst_RevisionGraphView::nodesWhereTheLayoutSays()
{
    RevisionGraphView view;
    view.setGraph(m_demo);
    const RevisionGraphScene *scene = view.graphScene();
    const Core::GraphLayout expected = Core::layoutLanes(*m_demo);
    QCOMPARE(scene->count(), m_demo->size());
    QCOMPARE(scene->layout().laneCount, expected.laneCount);
    for (int i = 0; i < m_demo->size(); ++i) {
        const RevisionNodeItem *node = scene->node(i);
        QCOMPARE(node->row(), expected.rowOf.at(i));
        QCOMPARE(node->lane(), expected.laneOf.at(i));
        QCOMPARE(node->glyphPos(),
                 QPointF(GraphGeometry::laneX(expected.laneOf.at(i)),
                         GraphGeometry::rowY(expected.rowOf.at(i))));
    }
    // Newest on top; the merge's two sides in two lanes.
    QCOMPARE(m_demo->id(scene->nodeAtRow(0)->index()), u"9c4f1e6b8d09"_s);
    QCOMPARE(scene->layout().laneCount, 2);
}

void tst_RevisionGraphView::clickSelects()
{
    RevisionGraphView view;
    view.resize(900, 500);
    view.setGraph(m_demo);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy selected(&view, &RevisionGraphView::revisionSelected);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportPosOf(view, u"7a2d9c4f6b07"_s));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), u"7a2d9c4f6b07"_s);
    QVERIFY(view.graphScene()->node(m_demo->indexOf(u"7a2d9c4f6b07"_s))->isCurrentItem());
    // Clicking the message text selects the row too.
    const QPoint onText = view.mapFromScene(
        QPointF(GraphGeometry::textX(2) + 200,
                GraphGeometry::rowY(view.graphScene()->layout().rowOf.at(m_demo->indexOf(u"2b7e4d9a1c02"_s)))));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onText);
    QCOMPARE(view.selectedRevision(), u"2b7e4d9a1c02"_s);
}

void tst_RevisionGraphView::setSelectedRevisionSignals()
{
    RevisionGraphView view;
    view.setGraph(m_demo);
    QSignalSpy selected(&view, &RevisionGraphView::revisionSelected);
    view.setSelectedRevision(u"5e0b7a2d4f05"_s);
    view.setSelectedRevision(u"5e0b7a2d4f05"_s); // unchanged: no second signal (no loops)
    QCOMPARE(selected.size(), 1);
    QCOMPARE(view.selectedRevision(), u"5e0b7a2d4f05"_s);
    view.setSelectedRevision(u"nope"_s);
    QCOMPARE(view.selectedRevision(), QString());
}

void tst_RevisionGraphView::keyboardNavigation()
{
    RevisionGraphView view;
    view.resize(900, 500);
    view.setGraph(m_demo);
    const Core::GraphLayout &layout = view.graphScene()->layout();
    const auto idAtRow = [&](int row) { return m_demo->id(layout.revisionAt.at(row)); };
    QTest::keyClick(&view, Qt::Key_Down); // nothing selected: starts at the top
    QCOMPARE(view.selectedRevision(), idAtRow(0));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.selectedRevision(), idAtRow(1));
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.selectedRevision(), idAtRow(0));
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.selectedRevision(), u"1f3a9c2b7d01"_s);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.selectedRevision(), u"9c4f1e6b8d09"_s);
    // Left follows the first parent, Right the oldest child.
    view.setSelectedRevision(u"8b3e0d5a7c08"_s);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.selectedRevision(), u"6f1c8b3e5a06"_s);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedRevision(), u"8b3e0d5a7c08"_s);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedRevision(), u"9c4f1e6b8d09"_s);
    QTest::keyClick(&view, Qt::Key_Right); // a head: stays
    QCOMPARE(view.selectedRevision(), u"9c4f1e6b8d09"_s);
    QSignalSpy activated(&view, &RevisionGraphView::revisionActivated);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
}

void tst_RevisionGraphView::search()
{
    RevisionGraphView view;
    view.setGraph(m_demo);
    QSignalSpy results(&view, &RevisionGraphView::searchResult);
    // "order" is in four messages; rows top-down, wrapping.
    QStringList seen;
    for (int k = 0; k < 5; ++k) {
        QVERIFY(view.findNext(u"ORDER"_s));
        seen << view.selectedRevision();
    }
    QCOMPARE(seen.first(), seen.last());
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 4);
    QCOMPARE(results.last().at(1).toInt(), 4);
    QCOMPARE(results.last().at(0).toInt(), 1);
    const QString afterFirst = seen.at(1);
    view.setSelectedRevision(seen.at(2));
    QVERIFY(view.findPrevious(u"order"_s));
    QCOMPARE(view.selectedRevision(), afterFirst);
    // Id prefix.
    QVERIFY(view.findNext(u"7a2d"_s));
    QCOMPARE(view.selectedRevision(), u"7a2d9c4f6b07"_s);
    QCOMPARE(results.last(), (QList<QVariant>{1, 1}));
    QVERIFY(!view.findNext(u"no such thing"_s));
    QCOMPARE(results.last(), (QList<QVariant>{0, 0}));
}

void tst_RevisionGraphView::zoomFitAndDetail()
{
    RevisionGraphView view;
    view.resize(1000, 700);
    view.setGraph(syntheticGraph(1000));
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
    QCOMPARE(view.transform().m11(), 0.5); // lanes stay apart
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

void tst_RevisionGraphView::overviewTagsAtFit_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("allLabels"); // but those next to a database badge; else thinned out
    QTest::newRow("1,000 revisions: the labels fit") << 1000 << true;
    QTest::newRow("10,000 revisions: overlapping labels skipped") << 10000 << false;
}

// At Fit the overview keeps database badges, heads and branch labels as fixed-size tags in
// viewport pixels, inside the viewport, never on top of each other.
void tst_RevisionGraphView::overviewTagsAtFit()
{
    QFETCH(int, count);
    QFETCH(bool, allLabels);
    RevisionGraphView view;
    view.resize(900, 600);
    view.setGraph(syntheticGraph(count, true));
    RevisionGraphScene *scene = view.graphScene();
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

void tst_RevisionGraphView::contextMenuEnablement()
{
    RevisionGraphView view;
    view.setGraph(m_demo);
    using A = RevisionGraphView::Action;
    { // not connected: nothing that needs a database
        std::unique_ptr<QMenu> menu(view.createContextMenu(u"9c4f1e6b8d09"_s));
        QVERIFY(!menuAction(menu.get(), A::Upgrade)->isEnabled());
        QVERIFY(!menuAction(menu.get(), A::Stamp)->isEnabled());
        QVERIFY(menuAction(menu.get(), A::OpenScript)->isEnabled());
        QVERIFY(menuAction(menu.get(), A::NewRevision)->isEnabled());
        QVERIFY(!menuAction(menu.get(), A::MergeHeads)->isEnabled()); // one head
        QVERIFY(!menuAction(menu.get(), A::Upgrade)->toolTip().isEmpty());
    }
    QHash<QString, State> states;
    for (const char *id : {"1f3a9c2b7d01", "2b7e4d9a1c02", "3c8f5e0b2d03"})
        states.insert(QString::fromLatin1(id), State::Applied);
    states.insert(u"4d9a6f1c3e04"_s, State::Current);
    for (const char *id : {"5e0b7a2d4f05", "6f1c8b3e5a06", "7a2d9c4f6b07", "8b3e0d5a7c08",
                           "9c4f1e6b8d09", "a05f2a7c9e10"})
        states.insert(QString::fromLatin1(id), State::Pending);
    view.setStates(states);
    {
        std::unique_ptr<QMenu> menu(view.createContextMenu(u"9c4f1e6b8d09"_s));
        QVERIFY(menuAction(menu.get(), A::Upgrade)->isEnabled());
        QVERIFY(!menuAction(menu.get(), A::Downgrade)->isEnabled());
        QVERIFY(menuAction(menu.get(), A::Stamp)->isEnabled());
        QVERIFY(menuAction(menu.get(), A::PreviewSql)->isEnabled());
    }
    {
        std::unique_ptr<QMenu> menu(view.createContextMenu(u"2b7e4d9a1c02"_s));
        QVERIFY(!menuAction(menu.get(), A::Upgrade)->isEnabled());
        QVERIFY(menuAction(menu.get(), A::Downgrade)->isEnabled());
        QVERIFY(menuAction(menu.get(), A::Downgrade)->toolTip().contains(u'2'));
    }
    {
        std::unique_ptr<QMenu> menu(view.createContextMenu(u"4d9a6f1c3e04"_s));
        QVERIFY(!menuAction(menu.get(), A::Downgrade)->isEnabled()); // nothing above applied
        QVERIFY(!menuAction(menu.get(), A::Stamp)->isEnabled());     // already there
    }
}

// a05f2a7c9e10 has no down section: downgrading below it is refused, and the tooltip says why.
void tst_RevisionGraphView::irreversibleDowngradeRefused()
{
    RevisionGraphView view;
    view.setGraph(m_demo);
    view.setStates(demoStates());
    using A = RevisionGraphView::Action;
    std::unique_ptr<QMenu> below(view.createContextMenu(u"4d9a6f1c3e04"_s));
    QAction *downgrade = menuAction(below.get(), A::Downgrade);
    QVERIFY(!downgrade->isEnabled());
    QVERIFY(downgrade->toolTip().contains(u"a05f2a7c9e10"_s));
    QCOMPARE(downgrade->statusTip(), downgrade->toolTip());
    // Above it on the other side (billing) nothing irreversible is applied.
    std::unique_ptr<QMenu> billing(view.createContextMenu(u"5e0b7a2d4f05"_s));
    QVERIFY(menuAction(billing.get(), A::Downgrade)->isEnabled());
}

void tst_RevisionGraphView::actionRequestedSignal()
{
    RevisionGraphView view;
    view.setGraph(m_demo);
    QSignalSpy requested(&view, &RevisionGraphView::actionRequested);
    std::unique_ptr<QMenu> menu(view.createContextMenu(u"7a2d9c4f6b07"_s));
    menuAction(menu.get(), RevisionGraphView::Action::OpenScript)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<RevisionGraphView::Action>(),
             RevisionGraphView::Action::OpenScript);
    QCOMPARE(requested.at(0).at(1).toString(), u"7a2d9c4f6b07"_s);
}

void tst_RevisionGraphView::statesAndBadges()
{
    RevisionGraphView view;
    view.setGraph(m_demo);
    RevisionGraphScene *scene = view.graphScene();
    const int current = scene->indexOf(u"a05f2a7c9e10"_s);
    QCOMPARE(scene->node(current)->state(), State::Unknown);
    view.setStates(demoStates());
    QCOMPARE(scene->node(current)->state(), State::Current);
    QCOMPARE(scene->node(scene->indexOf(u"8b3e0d5a7c08"_s))->state(), State::Failed);
    view.goToCurrent();
    QCOMPARE(view.selectedRevision(), u"a05f2a7c9e10"_s);

    view.setDatabaseBadges({{u"dev"_s, {u"9c4f1e6b8d09"_s}, {}},
                            {u"prod"_s, {u"4d9a6f1c3e04"_s, u"unknown"_s}, {}}});
    const RevisionNodeItem *dev = scene->node(scene->indexOf(u"9c4f1e6b8d09"_s));
    QCOMPARE(dev->badges().size(), 1);
    QCOMPARE(dev->badges().first().name, u"dev"_s);
    QCOMPARE(scene->node(scene->indexOf(u"4d9a6f1c3e04"_s))->badges().first().name, u"prod"_s);
    QVERIFY(scene->node(scene->indexOf(u"1f3a9c2b7d01"_s))->badges().isEmpty());
    QVERIFY(RevisionGraphScene::badgeColor(dev->badges().first()).isValid());

    view.setHighlightedPath({u"8b3e0d5a7c08"_s, u"9c4f1e6b8d09"_s});
    QVERIFY(scene->node(scene->indexOf(u"9c4f1e6b8d09"_s))->isHighlighted());
    QVERIFY(!scene->node(scene->indexOf(u"1f3a9c2b7d01"_s))->isHighlighted());
    // Badges survive a rebuild (a reloaded project).
    view.setGraph(m_demo);
    QCOMPARE(view.graphScene()->node(view.graphScene()->indexOf(u"9c4f1e6b8d09"_s))->badges().size(), 1);
}

void tst_RevisionGraphView::followsModel()
{
    RevisionModel model;
    model.setProject(loadProjectSnapshot(sourceDir() + u"/resources/demo"_s));
    RevisionGraphView view;
    view.setModel(&model);
    RevisionGraphScene *scene = view.graphScene();
    QCOMPARE(scene->count(), 10);
    QCOMPARE(scene->node(0)->state(), State::Unknown);
    DatabaseStatus status;
    status.valid = true;
    status.heads = {u"4d9a6f1c3e04"_s};
    model.setDatabaseStatus(status);
    QCOMPARE(scene->node(scene->indexOf(u"4d9a6f1c3e04"_s))->state(), State::Current);
    QCOMPARE(scene->node(scene->indexOf(u"1f3a9c2b7d01"_s))->state(), State::Applied);
    QCOMPARE(scene->node(scene->indexOf(u"9c4f1e6b8d09"_s))->state(), State::Pending);
    model.setProject(ProjectSnapshot());
    QCOMPARE(scene->count(), 0);
}

void tst_RevisionGraphView::legend()
{
    RevisionGraphView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList entries = view.legend()->entries();
    for (State s : {State::Pending, State::Applied, State::Current, State::Failed, State::Drifted,
                    State::Missing})
        QVERIFY(entries.contains(NodeGlyph::legendName(s)));
    QVERIFY(view.legend()->isVisible());
    QVERIFY(view.viewport()->geometry().contains(view.legend()->geometry()));
}

// A dark palette set on a parent reaches the painters (QGraphicsScene::setPalette would
// resolve it against the application's light one).
void tst_RevisionGraphView::followsParentPalette()
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

void tst_RevisionGraphView::stateChangeRepaintsOneNode()
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

void tst_RevisionGraphView::panelSearch()
{
    RevisionGraphPanel panel;
    panel.resize(900, 500);
    panel.view()->setGraph(m_demo);
    panel.searchField()->setText(u"order"_s);
    panel.findNext();
    QCOMPARE(panel.searchStatus(), u"1 of 4"_s);
    panel.findNext();
    QCOMPARE(panel.searchStatus(), u"2 of 4"_s);
    panel.findPrevious();
    QCOMPARE(panel.searchStatus(), u"1 of 4"_s);
    panel.searchField()->setText(u"zzz"_s);
    panel.findNext();
    QCOMPARE(panel.searchStatus(), u"No match"_s);
}

void tst_RevisionGraphView::screenshots()
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

QTEST_MAIN(tst_RevisionGraphView)
#include "tst_revisiongraphview.moc"
