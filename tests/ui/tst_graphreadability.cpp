// The revision graph at the size of real projects (issue 17), offscreen, on generated shapes
// (tests/common/graphshapes.h): collapsed linear runs (click, keyboard, search), first sight,
// labels that never overlap at any zoom, every branch point, merge and head in sight at Fit,
// and `stepwise-studio --screenshot` of each shape (pictures with STEPWISE_SCREENSHOT_DIR).
#include "graphviewtestsupport.h"

#include "tests/common/graphshapes.h"

#include "ui/graph/revisionedgesitem.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/graph/revisionsegmentitem.h"

#include "core/graph/revisiongraph.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QToolButton>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Stepwise;
using namespace Stepwise::Test;

namespace {

std::shared_ptr<const Core::RevisionGraph> graphOf(const Core::RevisionList &revisions)
{
    Core::ErrorList errors;
    auto graph = std::make_shared<Core::RevisionGraph>(Core::RevisionGraph::build(revisions, &errors));
    return errors.isEmpty() ? graph : nullptr;
}

QRectF visibleSceneRect(const RevisionGraphView &view)
{
    return view.mapToScene(view.viewport()->rect()).boundingRect();
}

// Every label the last paint drew, in viewport pixels: the chips and message of each shown
// node at reading zoom, the edge item's tags below it.
QList<QRectF> paintedLabels(RevisionGraphView &view)
{
    view.viewport()->grab(); // a real paint of what is on screen
    QList<QRectF> rects;
    RevisionGraphScene *scene = view.graphScene();
    if (view.detailLevel() == RevisionGraphView::Detail::Full) {
        const QRectF visible = visibleSceneRect(view);
        for (int i = 0; i < scene->count(); ++i) {
            RevisionNodeItem *node = scene->node(i);
            if (!node->isVisible() || !visible.intersects(node->sceneBoundingRect()))
                continue;
            for (const QRectF &r : node->labelRects())
                rects << view.mapFromScene(node->mapRectToScene(r)).boundingRect();
        }
    } else {
        for (const RevisionEdgesItem::OverviewTag &tag : scene->edgesItem()->lastTags())
            rects << tag.rect;
    }
    return rects;
}

QString firstOverlap(const QList<QRectF> &rects)
{
    for (int a = 0; a < rects.size(); ++a) {
        for (int b = a + 1; b < rects.size(); ++b) {
            // Touching edges (shared rounding pixels) are not an overlap.
            if (rects.at(a).adjusted(0.5, 0.5, -0.5, -0.5).intersects(rects.at(b).adjusted(0.5, 0.5, -0.5, -0.5)))
                return u"(%1,%2 %3×%4) and (%5,%6 %7×%8)"_s.arg(rects.at(a).x()).arg(rects.at(a).y())
                    .arg(rects.at(a).width()).arg(rects.at(a).height()).arg(rects.at(b).x())
                    .arg(rects.at(b).y()).arg(rects.at(b).width()).arg(rects.at(b).height());
        }
    }
    return {};
}

// Branch points, merges, heads and bases: what must stay a revision of its own.
QList<int> structuralRevisions(const Core::RevisionGraph &graph)
{
    QList<int> out;
    for (int i = 0; i < graph.size(); ++i) {
        if (graph.isHead(i) || graph.parents(i).size() != 1 || graph.upRevisions(i).size() > 1)
            out << i;
    }
    return out;
}

} // namespace

class tst_GraphReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foldsLinearRuns();
    void clickSegmentUnfolds();
    void keyboardUnfolds();
    void searchUnfoldsAndScrolls();
    void compactHistory();
    void firstSight();
    void fitShowsStructure_data();
    void fitShowsStructure();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void studioScreenshots_data();
    void studioScreenshots();

private:
    std::shared_ptr<const Core::RevisionGraph> m_twoBranches;
    std::shared_ptr<const Core::RevisionGraph> m_merges;
    std::shared_ptr<const Core::RevisionGraph> m_branchy;
};

void tst_GraphReadability::initTestCase()
{
    m_twoBranches = graphOf(twoLongLivedBranches());
    m_merges = graphOf(manyMerges());
    m_branchy = graphOf(branchEvery(10000, 25));
    QVERIFY(m_twoBranches && m_merges && m_branchy);
}

// Folded runs take one row each; lanes are those of the full layout; unfolding gives it back.
void tst_GraphReadability::foldsLinearRuns()
{
    RevisionGraphView view;
    view.resize(1400, 900);
    view.setGraph(m_twoBranches);
    RevisionGraphScene *scene = view.graphScene();
    QVERIFY(!scene->runs().isEmpty());
    int hidden = 0;
    for (const Core::LinearRun &run : scene->runs())
        hidden += run.size() - 1;
    QCOMPARE(scene->rowCount(), m_twoBranches->size() - hidden);
    QVERIFY2(scene->rowCount() * 2 < m_twoBranches->size(),
             qPrintable(u"%1 rows for %2 revisions"_s.arg(scene->rowCount()).arg(m_twoBranches->size())));
    // Two long-lived branches: two lanes plus their short side branches and depends_on runs.
    QVERIFY2(scene->layout().laneCount <= 5, qPrintable(QString::number(scene->layout().laneCount)));
    const Core::GraphLayout full = scene->fullLayout();
    QList<qreal> xs;
    for (int i = 0; i < scene->count(); ++i)
        xs << scene->node(i)->glyphPos().x();
    for (int k = 0; k < scene->runs().size(); ++k) {
        scene->setFolded(k, false);
        for (int i = 0; i < scene->count(); ++i) {
            QCOMPARE(scene->layout().laneOf.at(i), full.laneOf.at(i));
            QCOMPARE(scene->node(i)->glyphPos().x(), xs.at(i));
        }
    }
    QCOMPARE(scene->layout().rowOf, full.rowOf);
    QCOMPARE(scene->layout().revisionAt, full.revisionAt);
    scene->setAllFolded(true);
    QCOMPARE(scene->rowCount(), m_twoBranches->size() - hidden);
}

void tst_GraphReadability::clickSegmentUnfolds()
{
    RevisionGraphView view;
    view.resize(1400, 900);
    view.setGraph(m_twoBranches);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RevisionGraphScene *scene = view.graphScene();
    // The first segment in sight.
    int run = -1;
    for (int k = 0; k < scene->runs().size() && run < 0; ++k) {
        if (visibleSceneRect(view).contains(scene->segment(k)->glyphPos()))
            run = k;
    }
    QVERIFY(run >= 0);
    const int rowsBefore = scene->rowCount();
    const Core::LinearRun members = scene->runs().at(run);
    QVERIFY(!scene->node(members.revisions.at(1))->isVisible());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(scene->segment(run)->glyphPos()));
    QVERIFY(!scene->isFolded(run));
    QVERIFY(!scene->segment(run));
    QCOMPARE(scene->rowCount(), rowsBefore + members.size() - 1);
    for (int i : members.revisions)
        QVERIFY(scene->node(i)->isVisible());
    // The click unfolded; it did not select.
    QVERIFY(view.selectedRevision().isEmpty());
}

void tst_GraphReadability::keyboardUnfolds()
{
    RevisionGraphView view;
    view.resize(1400, 900);
    view.setGraph(m_twoBranches);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RevisionGraphScene *scene = view.graphScene();
    QTest::keyClick(&view, Qt::Key_Home);
    int guard = 0;
    while (scene->focusedRun() < 0 && ++guard < scene->rowCount())
        QTest::keyClick(&view, Qt::Key_Down);
    const int run = scene->focusedRun();
    QVERIFY(run >= 0);
    QVERIFY(view.selectedRevision().isEmpty()); // a segment has the cursor, not a revision
    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(!scene->isFolded(run));
    // Down again walks into the unfolded revisions one by one.
    QTest::keyClick(&view, Qt::Key_Down);
    QVERIFY(!view.selectedRevision().isEmpty());
    // * unfolds everything, / folds everything but the selection's run.
    QTest::keyClick(&view, Qt::Key_Asterisk);
    QCOMPARE(scene->rowCount(), m_twoBranches->size());
    const QString selected = view.selectedRevision();
    QTest::keyClick(&view, Qt::Key_Slash);
    QVERIFY(scene->rowCount() < m_twoBranches->size());
    QCOMPARE(view.selectedRevision(), selected);
    QVERIFY(scene->node(scene->indexOf(selected))->isVisible());
}

void tst_GraphReadability::searchUnfoldsAndScrolls()
{
    RevisionGraphPanel panel;
    panel.resize(1400, 900);
    RevisionGraphView &view = *panel.view();
    view.setGraph(m_branchy);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    RevisionGraphScene *scene = view.graphScene();
    // A revision deep inside a folded run far below the first screen.
    const Core::LinearRun &run = scene->runs().at(scene->runs().size() * 2 / 3);
    const int target = run.revisions.at(run.size() / 2);
    const int runIndex = scene->runOf(target);
    QVERIFY(scene->isFolded(runIndex));
    QVERIFY(!visibleSceneRect(view).contains(scene->segment(runIndex)->glyphPos()));
    panel.searchField()->setText(m_branchy->id(target));
    panel.findNext();
    QCOMPARE(view.selectedRevision(), m_branchy->id(target));
    QVERIFY(!scene->isFolded(runIndex));
    QVERIFY(scene->node(target)->isVisible());
    QVERIFY(visibleSceneRect(view).contains(scene->node(target)->glyphPos()));
    QCOMPARE(panel.searchStatus(), u"1 of 1"_s);
}

// Compact history folds the side branches that merge back; a region opens to its chains.
void tst_GraphReadability::compactHistory()
{
    QTemporaryDir settings;
    isolateSettings(settings);
    RevisionGraphPanel panel;
    panel.resize(1400, 900);
    RevisionGraphView &view = *panel.view();
    view.setGraph(m_branchy);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    RevisionGraphScene *scene = view.graphScene();
    const int chainRows = scene->rowCount();
    const Core::GraphLayout full = scene->fullLayout();
    QVERIFY(!panel.compactButton()->isChecked());
    QTest::mouseClick(panel.compactButton(), Qt::LeftButton);
    QVERIFY(scene->isCompact());
    QVERIFY(QSettings().value(u"graph/compact"_s).toBool());
    // 10,000 revisions with 400 merged side branches: a few rows around one region.
    QVERIFY2(scene->rowCount() <= 10, qPrintable(QString::number(scene->rowCount())));
    int region = -1;
    for (int k = 0; k < scene->runs().size(); ++k) {
        if (scene->segment(k) && scene->runs().at(k).mergedBranches > 0)
            region = k;
    }
    QVERIFY(region >= 0);
    QVERIFY(scene->runs().at(region).mergedBranches >= 390); // all but a bubble on the base
    for (int i : m_branchy->heads())
        QCOMPARE(scene->runOf(i), -1);
    // Unfolding the region shows its branch points and merges, its chains still folded.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(scene->segment(region)->glyphPos()));
    QVERIFY(!scene->segment(region));
    QCOMPARE(scene->rowCount(), chainRows);
    for (int i : structuralRevisions(*m_branchy))
        QCOMPARE(scene->runOf(i), -1);
    for (int i = 0; i < scene->count(); ++i)
        QCOMPARE(scene->layout().laneOf.at(i), full.laneOf.at(i));
    // Searching a revision inside a folded region opens the region and its chain.
    QTest::keyClick(&view, Qt::Key_Slash);
    QVERIFY(scene->rowCount() <= 10);
    const int deep = scene->runs().at(0).revisions.at(1);
    view.setSelectedRevision(m_branchy->id(deep));
    QCOMPARE(scene->runOf(deep), -1);
    QVERIFY(scene->node(deep)->isVisible());
    QTest::mouseClick(panel.compactButton(), Qt::LeftButton);
    QVERIFY(!scene->isCompact());
    QVERIFY(!QSettings().value(u"graph/compact"_s).toBool());
}

// Opens at reading zoom, at the top (heads), then shows where the database stands.
void tst_GraphReadability::firstSight()
{
    RevisionGraphView view;
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGraph(m_merges);
    RevisionGraphScene *scene = view.graphScene();
    QCOMPARE(view.detailLevel(), RevisionGraphView::Detail::Full);
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->minimum());
    const int head = scene->layout().revisionAt.at(0);
    QVERIFY(m_merges->isHead(head));
    QVERIFY(visibleSceneRect(view).contains(scene->node(head)->glyphPos()));
    // A database far down the history: the view moves to it, and its revision is not folded.
    const int row = scene->rowCount() * 3 / 4;
    int deep = scene->layout().revisionAt.at(row);
    if (scene->runAtRow(row) >= 0)
        deep = scene->runs().at(scene->runAtRow(row)).revisions.at(1);
    view.setDatabaseBadges({{u"prod"_s, {m_merges->id(deep)}, {}}});
    QCOMPARE(scene->runOf(deep), -1);
    QVERIFY(scene->node(deep)->isVisible());
    QVERIFY(visibleSceneRect(view).contains(scene->node(deep)->glyphPos()));
    QCOMPARE(view.detailLevel(), RevisionGraphView::Detail::Full);
}

void tst_GraphReadability::fitShowsStructure_data()
{
    QTest::addColumn<int>("shape");
    QTest::newRow("two long-lived branches") << 0;
    QTest::newRow("600 revisions, 50 merges") << 1;
    QTest::newRow("10,000 revisions, a branch every 25") << 2;
}

// At Fit every branch point, merge, head and base is a revision of its own, in the viewport.
void tst_GraphReadability::fitShowsStructure()
{
    QFETCH(int, shape);
    const auto graph = shape == 0 ? m_twoBranches : shape == 1 ? m_merges : m_branchy;
    RevisionGraphView view;
    view.resize(1400, 900);
    view.setGraph(graph);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    RevisionGraphScene *scene = view.graphScene();
    const QRectF visible = visibleSceneRect(view).adjusted(-1, -1, 1, 1);
    const QList<int> structure = structuralRevisions(*graph);
    QVERIFY(!structure.isEmpty());
    for (int i : structure) {
        QCOMPARE(scene->runOf(i), -1);
        QVERIFY(visible.contains(scene->node(i)->glyphPos()));
    }
    // Folding makes the structure denser than the revisions: far fewer rows.
    QVERIFY(scene->rowCount() * 2 < graph->size());
    const int rows = scene->rowCount();
    scene->setCompact(true);
    QVERIFY(scene->rowCount() <= rows);
    qInfo("%d revisions: %d rows drawn, %d with Compact history", graph->size(), rows, scene->rowCount());
    scene->setCompact(false);
}

void tst_GraphReadability::labelsNeverOverlap_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<qreal>("zoom"); // 0: Fit
    for (int shape = 0; shape < 3; ++shape) {
        for (qreal z : {1.0, 0.6, 0.4, 0.25, 0.1, 0.0})
            QTest::addRow("shape %d at %g", shape, z) << shape << z;
    }
}

void tst_GraphReadability::labelsNeverOverlap()
{
    QFETCH(int, shape);
    QFETCH(qreal, zoom);
    const auto graph = shape == 0 ? m_twoBranches : shape == 1 ? m_merges : m_branchy;
    RevisionGraphView view;
    view.resize(1400, 900);
    view.setGraph(graph);
    // Badges on heads and inside the history, so tags compete for space.
    QList<DatabaseBadge> badges;
    const QList<int> structure = structuralRevisions(*graph);
    for (int k = 0; k < 4 && k < structure.size(); ++k)
        badges.append({u"db%1"_s.arg(k), {graph->id(structure.at(k * structure.size() / 4))}, {}});
    view.setDatabaseBadges(badges);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (zoom > 0)
        view.setZoom(zoom);
    else
        view.fitToView();
    const QList<QRectF> labels = paintedLabels(view);
    QVERIFY(!labels.isEmpty());
    const QString overlap = firstOverlap(labels);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
}

void tst_GraphReadability::studioScreenshots_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("name");
    QTest::newRow("two branches") << 0 << u"graph-two-branches"_s;
    QTest::newRow("600 merges") << 1 << u"graph-600-merges"_s;
    QTest::newRow("10,000") << 2 << u"graph-10000"_s;
    QTest::newRow("600 merges, compact") << 1 << u"graph-600-merges-compact"_s;
    QTest::newRow("10,000, compact") << 2 << u"graph-10000-compact"_s;
}

// The real application on a project written to disk, at 1400×900, as opened and at Fit.
void tst_GraphReadability::studioScreenshots()
{
    QFETCH(int, shape);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Core::RevisionList revisions = shape == 0 ? twoLongLivedBranches()
        : shape == 1 ? manyMerges() : branchEvery(10000, 25);
    QString error;
    QVERIFY2(writeNativeProject(dir.filePath(u"project"_s), revisions, &error), qPrintable(error));
    const QString out = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR", dir.path());
    if (name.endsWith(u"-compact"_s)) { // the panel's Compact button, as Studio remembers it
        QVERIFY(QDir().mkpath(dir.filePath(u"config/Stepwise"_s)));
        QFile conf(dir.filePath(u"config/Stepwise/stepwise-studio.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[graph]\ncompact=true\n");
    }
    for (const bool fit : {false, true}) {
        const QString png = out + u'/' + name + (fit ? u"-fit.png"_s : u".png"_s);
        QStringList args{u"--project"_s, dir.filePath(u"project"_s), u"--screenshot"_s, png,
                         u"--size"_s, u"1400x900"_s, u"--palette"_s, u"light"_s};
        if (fit)
            args << u"--fit"_s;
        QProcess studio;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        studio.setProcessEnvironment(env);
        studio.start(QStringLiteral(STEPWISE_STUDIO), args);
        QVERIFY(studio.waitForFinished(60'000));
        QVERIFY2(studio.exitCode() == 0, studio.readAllStandardError().constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1400, 900));
    }
}

QTEST_MAIN(tst_GraphReadability)
#include "tst_graphreadability.moc"
