#include "ui/graph/revisiongraphview.h"

#include "ui/graph/graphgeometry.h"
#include "ui/graph/revisionactions.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisionsegmentitem.h"

#include "core/graph/revisiongraph.h"

#include <QApplication>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

constexpr qreal maxZoom = 3.0;
constexpr qreal zoomStep = 1.25;
constexpr qreal laneScaleFloor = 0.5;

} // namespace

RevisionGraphView::RevisionGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new RevisionGraphScene(this))
{
    setScene(m_scene);
    m_scene->setGraphPalette(palette());
    m_scene->setBaseFont(font());
    setBackgroundBrush(palette().color(QPalette::Base));
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setOptimizationFlag(DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Revision graph"));
}

RevisionGraphView::~RevisionGraphView() = default;

void RevisionGraphView::setModel(RevisionModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &RevisionGraphView::rebuildFromModel);
        connect(model, &RevisionModel::displayGraphChanged, this, &RevisionGraphView::rebuildFromModel);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &first, const QModelIndex &last) {
                    refreshStateRows(first.row(), last.row());
                });
        connect(model, &RevisionModel::statesChanged, this,
                &RevisionGraphView::refreshStatesFromModel);
    }
    rebuildFromModel();
}

void RevisionGraphView::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection) {
        connect(selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            setSelectedRevision(current.data(RevisionModel::IdRole).toString());
        });
    }
}

// The model's display graph: the project's, plus the revisions only the database knows.
void RevisionGraphView::rebuildFromModel()
{
    m_modelGraph = m_model ? m_model->displayGraph() : nullptr;
    setGraph(m_modelGraph);
    refreshStatesFromModel();
}

// Each node compares its state before repainting: a run's step repaints one node.
void RevisionGraphView::refreshStatesFromModel()
{
    if (m_model)
        refreshStateRows(0, m_model->rowCount() - 1);
}

void RevisionGraphView::refreshStateRows(int first, int last)
{
    if (!m_model || !m_modelGraph || m_modelGraph.get() != m_scene->graph())
        return;
    last = qMin(last, m_model->rowCount() - 1);
    for (int r = qMax(0, first); r <= last; ++r) {
        const int index = m_model->displayIndex(r);
        if (index >= 0)
            m_scene->setState(index, m_model->state(r));
    }
}

void RevisionGraphView::setGraph(std::shared_ptr<const Core::RevisionGraph> graph)
{
    const QString selected = selectedRevision();
    m_selected = -1;
    m_scene->setGraph(std::move(graph));
    const int again = m_scene->indexOf(selected);
    if (again >= 0)
        selectIndex(again, false);
    else if (!selected.isEmpty())
        selectionChanged();
    showFirstSight();
}

void RevisionGraphView::setStates(const QHash<QString, State> &states)
{
    m_scene->setStates(states);
}

void RevisionGraphView::setDatabaseBadges(const QList<DatabaseBadge> &badges)
{
    m_scene->setBadges(badges);
    if (m_firstSight)
        showFirstSight();
}

// A project opens at reading zoom, at the top (the newest revisions and the heads), moved down
// only as far as needed to show where the connected database stands — until the user moves.
void RevisionGraphView::showFirstSight()
{
    m_firstSight = true;
    // Every head (and database) in view when that keeps the text readable, else full size.
    int lowest = 0;
    if (const Core::RevisionGraph *graph = m_scene->graph()) {
        for (int row = 0; row < m_scene->rowCount(); ++row) {
            const int i = m_scene->layout().revisionAt.at(row);
            if (m_scene->runAtRow(row) < 0 && (graph->isHead(i) || !m_scene->badgesAt(i).isEmpty()))
                lowest = row;
        }
    }
    const qreal needed = GraphGeometry::rowHeight * (lowest + 2);
    setZoom(qBound(0.75, (viewport()->height() - 2) / needed, 1.0));
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    for (const DatabaseBadge &badge : m_scene->badges()) {
        for (const QString &head : badge.heads) {
            if (RevisionNodeItem *node = m_scene->node(m_scene->indexOf(head))) {
                const QPointF at = node->glyphPos();
                QGraphicsView::ensureVisible(QRectF(at.x() - 20, at.y() - GraphGeometry::rowHeight,
                                                    40, 3 * GraphGeometry::rowHeight), 0, 0);
                return;
            }
        }
    }
}

void RevisionGraphView::setHighlightedPath(const QStringList &revisions)
{
    m_scene->setHighlightedPath(revisions);
}

void RevisionGraphView::setRunningRevision(const QString &id)
{
    m_scene->setRunningIndex(id.isEmpty() ? -1 : m_scene->indexOf(id));
}

QString RevisionGraphView::selectedRevision() const
{
    return m_selected >= 0 && m_scene->graph() ? m_scene->graph()->id(m_selected) : QString();
}

// The vertical scale. Horizontally the view never goes below laneScaleFloor: text is hidden
// by then, and lanes squeezed together would turn the graph into one line.
qreal RevisionGraphView::zoom() const
{
    return transform().m22();
}

RevisionGraphView::Detail RevisionGraphView::detailLevel() const
{
    const qreal z = zoom();
    if (z < GraphGeometry::dotDetail)
        return Detail::Dots;
    return z < GraphGeometry::textDetail ? Detail::Shapes : Detail::Full;
}

void RevisionGraphView::setSelectedRevision(const QString &id)
{
    const int index = m_scene->indexOf(id);
    if (index != m_selected)
        selectIndex(index);
}

void RevisionGraphView::selectIndex(int index, bool ensureVisible)
{
    const bool changed = index != m_selected;
    m_scene->unfoldRunOf(index); // a selected revision is always in sight
    if (index >= 0)
        m_scene->setFocusedRun(-1);
    m_selected = index;
    m_scene->setCurrentIndex(index);
    if (RevisionNodeItem *node = m_scene->node(index)) {
        if (ensureVisible) {
            const QPointF at = node->glyphPos();
            QGraphicsView::ensureVisible(QRectF(at.x() - 20, at.y() - 2 * GraphGeometry::rowHeight,
                                                40, 4 * GraphGeometry::rowHeight));
        }
    }
    if (changed)
        selectionChanged();
}

// The shared selection follows the graph's, then the graph says so.
void RevisionGraphView::selectionChanged()
{
    const QString id = selectedRevision();
    if (m_selection && m_model) {
        const QModelIndex index = id.isEmpty() ? QModelIndex() : m_model->indexOf(id);
        if (index != m_selection->currentIndex()) {
            if (index.isValid())
                m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            else
                m_selection->clear();
        }
    }
    Q_EMIT revisionSelected(id);
}

void RevisionGraphView::zoomIn()
{
    scaleBy(zoomStep);
}

void RevisionGraphView::zoomOut()
{
    scaleBy(1 / zoomStep);
}

// Zoomed out no further than the whole graph, in no further than 3×.
void RevisionGraphView::setZoom(qreal z)
{
    const QRectF rect = m_scene->sceneRect();
    qreal minZoom = 0.05;
    if (!rect.isEmpty())
        minZoom = qMin(minZoom, (viewport()->height() - 2) / rect.height());
    z = qBound(minZoom, z, maxZoom);
    // Below reading zoom no text is drawn: lanes keep up to their full width (as far as the
    // scene fits across), so the branches of a fitted graph stay apart.
    qreal across = qMax(z, laneScaleFloor);
    if (z < GraphGeometry::textDetail && !rect.isEmpty())
        across = qMax(across, qMin(1.0, (viewport()->width() - 2) / rect.width()));
    if (qFuzzyCompare(z, zoom()) && qFuzzyCompare(across, transform().m11()))
        return;
    setTransform(QTransform::fromScale(across, z));
    m_scene->setOverview(detailLevel() == Detail::Dots);
    Q_EMIT zoomChanged(z);
}

void RevisionGraphView::scaleBy(qreal factor, const QPoint &anchor)
{
    const QPointF scenePos = mapToScene(anchor.isNull() ? viewport()->rect().center() : anchor);
    const QPoint before = anchor.isNull() ? viewport()->rect().center() : anchor;
    const ViewportAnchor saved = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setZoom(zoom() * factor);
    // Keep the scene point under the anchor where it was.
    const QPointF delta = mapToScene(before) - scenePos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                    - int(delta.x() * transform().m11()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(delta.y() * zoom()));
    setTransformationAnchor(saved);
}

void RevisionGraphView::fitToView()
{
    m_firstSight = false;
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty())
        return;
    // Two pixels short of the viewport, so rounding never brings back a scroll bar.
    qreal z = qMin((viewport()->height() - 2) / rect.height(), 1.0); // small graphs keep their size
    if (z > laneScaleFloor)
        z = qMax(laneScaleFloor, qMin(z, viewport()->width() / rect.width()));
    setZoom(z);
    centerOn(rect.center());
}

void RevisionGraphView::goToCurrent()
{
    m_firstSight = false;
    for (int row = 0; row < m_scene->rowCount(); ++row) {
        RevisionNodeItem *node = m_scene->nodeAtRow(row);
        if (m_scene->runAtRow(row) < 0 && node->state() == State::Current) {
            selectIndex(node->index(), false);
            centerOn(node->glyphPos());
            return;
        }
    }
}

bool RevisionGraphView::findNext(const QString &text)
{
    return find(text, +1);
}

bool RevisionGraphView::findPrevious(const QString &text)
{
    return find(text, -1);
}

// Matches in row order; the search starts after (or before) the selected row and wraps.
bool RevisionGraphView::find(const QString &text, int direction)
{
    m_firstSight = false;
    const QString needle = text.trimmed();
    const Core::RevisionGraph *graph = m_scene->graph();
    QList<int> rows;
    if (graph && !needle.isEmpty()) {
        // Every revision, folded or not, in the order it has when everything is unfolded.
        const Core::GraphLayout &full = m_scene->fullLayout();
        for (int row = 0; row < full.size(); ++row) {
            const Core::Revision &r = graph->revision(full.revisionAt.at(row));
            if (r.id.startsWith(needle, Qt::CaseInsensitive)
                || r.message.contains(needle, Qt::CaseInsensitive))
                rows.append(row);
        }
    }
    if (rows.isEmpty()) {
        Q_EMIT searchResult(0, 0);
        return false;
    }
    const int current = m_selected >= 0 ? m_scene->fullLayout().rowOf.at(m_selected) : -1;
    qsizetype k = -1;
    if (direction > 0) {
        k = std::upper_bound(rows.cbegin(), rows.cend(), current) - rows.cbegin();
        if (k == rows.size())
            k = 0;
    } else {
        k = std::lower_bound(rows.cbegin(), rows.cend(), current < 0 ? INT_MAX : current)
            - rows.cbegin() - 1;
        if (k < 0)
            k = rows.size() - 1;
    }
    const int match = m_scene->fullLayout().revisionAt.at(rows.at(k));
    selectIndex(match, false); // unfolds the segment holding it
    centerOn(QPointF(mapToScene(viewport()->rect().center()).x(), m_scene->node(match)->glyphPos().y()));
    Q_EMIT searchResult(int(k) + 1, int(rows.size()));
    return true;
}

RevisionNodeItem *RevisionGraphView::nodeAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (auto *node = dynamic_cast<RevisionNodeItem *>(item))
            return node;
    }
    return nullptr;
}

RevisionSegmentItem *RevisionGraphView::segmentAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (auto *segment = dynamic_cast<RevisionSegmentItem *>(item))
            return segment;
    }
    return nullptr;
}

// The folded run's revisions take their rows again; the rows above stay where they are.
void RevisionGraphView::unfoldSegment(int run)
{
    if (!m_scene->isFolded(run))
        return;
    const int newest = m_scene->runs().at(run).revisions.first();
    m_scene->setFolded(run, false);
    Q_EMIT foldingChanged();
    if (RevisionNodeItem *node = m_scene->node(newest))
        QGraphicsView::ensureVisible(QRectF(node->glyphPos().x() - 20, node->glyphPos().y() - GraphGeometry::rowHeight,
                                            40, 2 * GraphGeometry::rowHeight));
}

void RevisionGraphView::foldAll()
{
    const QString selected = selectedRevision();
    m_scene->setAllFolded(true);
    // The selection stays in sight: its run opens again.
    if (m_selected >= 0)
        m_scene->unfoldRunOf(m_selected);
    Q_EMIT foldingChanged();
    if (RevisionNodeItem *node = m_scene->node(m_selected))
        centerOn(QPointF(mapToScene(viewport()->rect().center()).x(), node->glyphPos().y()));
}

void RevisionGraphView::unfoldAll()
{
    m_scene->setAllFolded(false);
    Q_EMIT foldingChanged();
    if (RevisionNodeItem *node = m_scene->node(m_selected))
        centerOn(QPointF(mapToScene(viewport()->rect().center()).x(), node->glyphPos().y()));
}

// The keyboard's cursor: a revision (selected) or a folded segment (focused, nothing selected).
int RevisionGraphView::cursorRow() const
{
    if (RevisionSegmentItem *segment = m_scene->segment(m_scene->focusedRun()))
        return segment->row();
    return m_selected >= 0 ? m_scene->layout().rowOf.at(m_selected) : -1;
}

void RevisionGraphView::moveCursorToRow(int row)
{
    row = qBound(0, row, m_scene->rowCount() - 1);
    const int run = m_scene->runAtRow(row);
    if (run < 0) {
        selectIndex(m_scene->layout().revisionAt.at(row));
        return;
    }
    if (m_selected >= 0)
        selectIndex(-1);
    m_scene->setFocusedRun(run);
    const QPointF at = m_scene->segment(run)->glyphPos();
    QGraphicsView::ensureVisible(QRectF(at.x() - 20, at.y() - 2 * GraphGeometry::rowHeight,
                                        40, 4 * GraphGeometry::rowHeight));
}

QMenu *RevisionGraphView::createContextMenu(const QString &revision, QWidget *parent)
{
    const int index = m_scene->indexOf(revision);
    if (index < 0)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    const RevisionActions actions(*m_scene, index);
    const auto add = [&](Action action, const QString &text,
                         const RevisionActions::Availability &availability) {
        QAction *a = menu->addAction(text);
        a->setData(QVariant::fromValue(action));
        a->setEnabled(availability.enabled);
        a->setToolTip(availability.reason);
        a->setStatusTip(availability.reason);
        connect(a, &QAction::triggered, this,
                [this, action, revision] { Q_EMIT actionRequested(action, revision); });
    };
    add(Action::Upgrade, tr("&Upgrade to Here"), actions.upgrade());
    add(Action::Downgrade, tr("&Downgrade to Here"), actions.downgrade());
    add(Action::Stamp, tr("&Stamp Here"), actions.stamp());
    menu->addSeparator();
    add(Action::PreviewSql, tr("&Preview SQL"), actions.previewSql());
    add(Action::OpenScript, tr("&Open Script"), actions.openScript());
    menu->addSeparator();
    add(Action::NewRevision, tr("&New Revision on Top"), actions.newRevision());
    add(Action::MergeHeads, tr("&Merge Heads…"), actions.mergeHeads());
    return menu;
}

void RevisionGraphView::wheelEvent(QWheelEvent *event)
{
    m_firstSight = false;
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void RevisionGraphView::keyPressEvent(QKeyEvent *event)
{
    m_firstSight = false;
    const Core::RevisionGraph *graph = m_scene->graph();
    const int count = m_scene->count();
    if (!graph || count == 0)
        return QGraphicsView::keyPressEvent(event);
    const int row = cursorRow();
    const int rows = m_scene->rowCount();
    const int page = qMax(1, int(viewport()->height() / (GraphGeometry::rowHeight * zoom())) - 1);
    const auto goRow = [&](int r) { moveCursorToRow(r); };
    const int focusedRun = m_scene->focusedRun();
    switch (event->key()) {
    case Qt::Key_Space:
        if (focusedRun >= 0)
            return unfoldSegment(focusedRun);
        return QGraphicsView::keyPressEvent(event);
    case Qt::Key_Asterisk:
        return unfoldAll();
    case Qt::Key_Slash:
        return foldAll();
    case Qt::Key_Up:
        return goRow(row < 0 ? 0 : row - 1);
    case Qt::Key_Down:
        return goRow(row + 1);
    case Qt::Key_PageUp:
        return goRow(row - page);
    case Qt::Key_PageDown:
        return goRow(row < 0 ? page : row + page);
    case Qt::Key_Home:
        return goRow(0);
    case Qt::Key_End:
        return goRow(rows - 1);
    case Qt::Key_Left: // down the history: the first parent
        if (m_selected >= 0 && !graph->downRevisions(m_selected).isEmpty())
            selectIndex(graph->downRevisions(m_selected).first());
        return;
    case Qt::Key_Right: // up the history: the oldest child; on a segment, into it
        if (focusedRun >= 0)
            return unfoldSegment(focusedRun);
        if (m_selected >= 0 && !graph->upRevisions(m_selected).isEmpty())
            selectIndex(graph->upRevisions(m_selected).first());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomIn();
    case Qt::Key_Minus:
        return zoomOut();
    case Qt::Key_0:
        return fitToView();
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (focusedRun >= 0)
            return unfoldSegment(focusedRun);
        if (m_selected >= 0)
            Q_EMIT revisionActivated(selectedRevision());
        return;
    case Qt::Key_F10: // Shift+F10: the keyboard's other way to the context menu
        if (!(event->modifiers() & Qt::ShiftModifier))
            return QGraphicsView::keyPressEvent(event);
        [[fallthrough]];
    case Qt::Key_Menu:
        if (RevisionNodeItem *node = m_scene->node(m_selected)) {
            const QPoint at = mapFromScene(node->glyphPos());
            QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
            contextMenuEvent(&menuEvent);
        }
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void RevisionGraphView::mousePressEvent(QMouseEvent *event)
{
    m_firstSight = false;
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event); // starts the hand drag
}

// A click selects; a drag only pans.
void RevisionGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressPos).manhattanLength()
            >= QApplication::startDragDistance())
        return;
    if (RevisionNodeItem *node = nodeAt(event->position().toPoint())) {
        selectIndex(node->index(), false);
        const int badge = node->badgeAt(node->mapFromScene(mapToScene(event->position().toPoint())));
        if (badge >= 0 && node->badges().at(badge).driftChanges > 0) {
            // A copy: the window's slot checks again and replaces the badges.
            const QString database = node->badges().at(badge).name;
            Q_EMIT driftBadgeClicked(database);
        }
    } else if (RevisionSegmentItem *segment = segmentAt(event->position().toPoint()))
        unfoldSegment(segment->run());
}

void RevisionGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (RevisionNodeItem *node = nodeAt(event->position().toPoint())) {
        selectIndex(node->index(), false);
        Q_EMIT revisionActivated(selectedRevision());
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void RevisionGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    RevisionNodeItem *node = nodeAt(event->pos());
    if (!node)
        return;
    selectIndex(node->index(), false);
    QMenu *menu = createContextMenu(selectedRevision(), this);
    menu->exec(event->globalPos());
    delete menu;
}

bool RevisionGraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                scaleBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (RevisionNodeItem *node = nodeAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipFor(node->index()), viewport());
        else if (RevisionSegmentItem *segment = segmentAt(help->pos()))
            QToolTip::showText(help->globalPos(), segmentToolTip(segment->run()), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void RevisionGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setGraphPalette(palette());
        setBackgroundBrush(palette().color(QPalette::Base));
    } else if (event->type() == QEvent::FontChange) {
        m_scene->setBaseFont(font());
    }
    QGraphicsView::changeEvent(event);
}

void RevisionGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
}

QString RevisionGraphView::segmentToolTip(int run) const
{
    const Core::RevisionGraph &graph = *m_scene->graph();
    const Core::LinearRun &r = m_scene->runs().at(run);
    const Core::Revision &oldest = graph.revision(r.revisions.last());
    const Core::Revision &newest = graph.revision(r.revisions.first());
    QStringList lines;
    lines << u"<b>%1</b>"_s.arg(r.mergedBranches > 0
        ? tr("%1 revisions, %2 side branches merged back inside")
              .arg(QLocale().toString(r.size()), QLocale().toString(r.mergedBranches))
        : tr("%1 revisions of linear history").arg(QLocale().toString(r.size())));
    lines << tr("From %1 — %2").arg(oldest.id, oldest.message.toHtmlEscaped());
    lines << tr("To %1 — %2").arg(newest.id, newest.message.toHtmlEscaped());
    lines << tr("Click, Enter or Space to unfold; * unfolds all, / folds all.");
    return lines.join(u"<br>"_s);
}

QString RevisionGraphView::toolTipFor(int index) const
{
    const Core::RevisionGraph &graph = *m_scene->graph();
    const Core::Revision &r = graph.revision(index);
    QStringList lines;
    lines << u"<b>%1</b> — %2"_s.arg(r.id.toHtmlEscaped(), r.message.toHtmlEscaped());
    lines << tr("State: %1").arg(RevisionModel::stateName(m_scene->state(index)));
    if (!graph.labels(index).isEmpty())
        lines << tr("Branch labels: %1").arg(graph.labels(index).join(u", "_s).toHtmlEscaped());
    if (!graph.parents(index).isEmpty())
        lines << tr("Parents: %1").arg(graph.ids(graph.parents(index)).join(u", "_s));
    if (!graph.dependencies(index).isEmpty())
        lines << tr("Depends on: %1").arg(graph.ids(graph.dependencies(index)).join(u", "_s));
    if (const QString why = m_scene->whyDownMark(index); !why.isEmpty())
        lines << why.toHtmlEscaped();
    for (const DatabaseBadge &badge : m_scene->badgesAt(index)) {
        if (badge.driftChanges > 0)
            lines << tr("%1's schema differs from what its revisions build (%n difference(s)): "
                        "click its badge to see them", nullptr, badge.driftChanges)
                         .arg(badge.name.toHtmlEscaped());
    }
    if (!r.relativePath.isEmpty())
        lines << r.relativePath.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

} // namespace Stepwise::Ui
