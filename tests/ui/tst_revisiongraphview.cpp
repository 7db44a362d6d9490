// RevisionGraphView offscreen: nodes where the layout puts them, selection by click and keys,
// search, context-menu enablement, states, badges, the model. Zoom, the overview, painting and
// the screenshots are in tst_revisiongraphoverview.cpp.
#include "graphviewtestsupport.h"

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
#include <QTimer>
#include <QTest>

using namespace Stepwise;
using namespace Stepwise::Test;

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
    void contextMenuEnablement();
    void authoringInAlembicProjects();
    void contextMenuFromTheKeyboard();
    void irreversibleDowngradeRefused();
    void actionRequestedSignal();
    void statesAndBadges();
    void followsModel();
    void panelSearch();

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

// An Alembic project's revisions are written by its own Alembic through Stepwise (issue 15):
// New Revision on Top is offered on its nodes as on native ones.
void tst_RevisionGraphView::authoringInAlembicProjects()
{
    RevisionModel model;
    model.setProject(loadProjectSnapshot(sourceDir() + u"/tests/data/ui/alembic_shop"_s));
    QVERIFY(model.project().graph);
    RevisionGraphView view;
    view.setModel(&model);
    using A = RevisionGraphView::Action;
    std::unique_ptr<QMenu> menu(view.createContextMenu(u"dd04"_s));
    QVERIFY(menuAction(menu.get(), A::NewRevision)->isEnabled());
    QVERIFY(menuAction(menu.get(), A::OpenScript)->isEnabled());
}

// The Menu key and Shift+F10 open the selected node's menu.
void tst_RevisionGraphView::contextMenuFromTheKeyboard()
{
    RevisionGraphView view;
    view.setGraph(m_demo);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSelectedRevision(u"5e0b7a2d4f05"_s);
    for (const auto &[key, modifiers] : {std::pair{Qt::Key_F10, Qt::ShiftModifier},
                                         std::pair{Qt::Key_Menu, Qt::NoModifier}}) {
        QStringList shown;
        QTimer::singleShot(200, [&shown] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions())
                    shown << a->text();
                menu->close();
            }
        });
        QTest::keyClick(&view, key, modifiers);
        QVERIFY2(!shown.isEmpty(), "no context menu opened");
        QVERIFY(shown.contains(u"&New Revision on Top"_s));
        QCOMPARE(view.selectedRevision(), u"5e0b7a2d4f05"_s);
    }
    // F10 alone is not the menu.
    bool opened = false;
    QTimer::singleShot(200, [&opened] {
        if (auto *menu = QApplication::activePopupWidget()) {
            opened = true;
            menu->close();
        }
    });
    QTest::keyClick(&view, Qt::Key_F10);
    QTest::qWait(300);
    QVERIFY(!opened);
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

QTEST_MAIN(tst_RevisionGraphView)
#include "tst_revisiongraphview.moc"
