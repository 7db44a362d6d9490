#include "ui/graph/revisiongraphminimap.h"

#include "ui/graph/graphgeometry.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/project/statestyle.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <array>

namespace Stepwise::Ui {

namespace {

using State = RevisionModel::State;

constexpr int preferredWidth = 64;
constexpr qreal padding = 3;
constexpr qreal tickWidth = 6;
constexpr qreal textStripWidth = 12;
// A small graph is not stretched over the whole height: rows stay this far apart at most,
// so ten revisions look like ten revisions and not like ten tall blocks.
constexpr qreal maxRowPitch = 6;
constexpr qreal minFrameHeight = 4;

// Painted last on top: where rows overlap (a pixel holds many rows of a big graph) the state
// that asks for attention wins.
constexpr std::array<State, 7> paintOrder = {State::Unknown, State::Applied, State::Missing,
                                             State::Pending, State::Drifted, State::Current,
                                             State::Failed};

QColor driftWarning(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x9f, 0x43)
                                                            : QColor(0xe0, 0x5d, 0x00);
}

} // namespace

RevisionGraphMinimap::RevisionGraphMinimap(RevisionGraphView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setAccessibleName(tr("Graph overview"));
    setToolTip(tr("Click or drag to move the graph's view"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);

    // Scrolling and zooming move the frame only; the cached rows stay.
    auto frameMoved = [this] { update(); };
    for (QScrollBar *bar : {view->verticalScrollBar(), view->horizontalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, frameMoved);
        connect(bar, &QScrollBar::rangeChanged, this, frameMoved);
    }
    connect(view, &RevisionGraphView::zoomChanged, this, frameMoved);
    view->viewport()->installEventFilter(this);

    RevisionGraphScene *scene = view->graphScene();
    connect(scene, &RevisionGraphScene::foldingChanged, this, &RevisionGraphMinimap::invalidate);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &RevisionGraphMinimap::invalidate);
    // States, badges and the selection: the scene repaints the items concerned, so any change
    // may be one. The picture is redrawn on the next paint, once however many came meanwhile.
    connect(scene, &QGraphicsScene::changed, this, &RevisionGraphMinimap::invalidate);
}

QSize RevisionGraphMinimap::sizeHint() const
{
    return {preferredWidth, 200};
}

QSize RevisionGraphMinimap::minimumSizeHint() const
{
    return {preferredWidth, 40};
}

RevisionGraphMinimap::Frame RevisionGraphMinimap::frame() const
{
    Frame f;
    if (!m_view)
        return f;
    const RevisionGraphScene *scene = m_view->graphScene();
    const QRectF bounds = scene->sceneRect();
    const qreal left = 1 + padding; // after the separator line
    const qreal right = width() - padding;
    const qreal available = qMax(0.0, height() - 2 * padding);
    qreal mapHeight = 0;
    if (bounds.height() > 0) {
        const qreal rows = qMax(1.0, bounds.height() / GraphGeometry::rowHeight);
        mapHeight = qMin(available, rows * maxRowPitch);
    }
    const qreal tickLeft = right - tickWidth;
    const qreal textLeft = tickLeft - 2 - textStripWidth;
    f.lanes = QRectF(left, padding, qMax(1.0, textLeft - 1 - left), mapHeight);
    f.text = QRectF(textLeft, padding, textStripWidth, mapHeight);
    f.ticks = QRectF(tickLeft, padding, tickWidth, mapHeight);
    f.sceneTextX = qBound(bounds.left(), GraphGeometry::textX(scene->layout().laneCount),
                          bounds.right());
    return f;
}

// Piecewise linear across: the lanes get most of the width, the text column (wider in the
// scene than all lanes of most graphs) a narrow strip, so lanes stay apart.
QPointF RevisionGraphMinimap::sceneToMap(QPointF p) const
{
    if (!m_view)
        return {};
    const QRectF s = m_view->graphScene()->sceneRect();
    const Frame f = frame();
    if (s.isEmpty())
        return f.lanes.topLeft();
    const qreal y = f.lanes.top() + (p.y() - s.top()) / s.height() * f.lanes.height();
    const qreal x = qBound(s.left(), p.x(), s.right());
    if (x <= f.sceneTextX) {
        const qreal span = qMax(1e-9, f.sceneTextX - s.left());
        return {f.lanes.left() + (x - s.left()) / span * f.lanes.width(), y};
    }
    const qreal span = qMax(1e-9, s.right() - f.sceneTextX);
    return {f.text.left() + (x - f.sceneTextX) / span * f.text.width(), y};
}

QPointF RevisionGraphMinimap::mapToScene(QPointF m) const
{
    if (!m_view)
        return {};
    const QRectF s = m_view->graphScene()->sceneRect();
    const Frame f = frame();
    if (s.isEmpty() || f.lanes.height() <= 0)
        return s.topLeft();
    const qreal y = s.top() + (m.y() - f.lanes.top()) / f.lanes.height() * s.height();
    qreal x;
    if (m.x() <= f.lanes.right())
        x = s.left() + (m.x() - f.lanes.left()) / f.lanes.width() * (f.sceneTextX - s.left());
    else if (m.x() < f.text.left())
        x = f.sceneTextX;
    else
        x = f.sceneTextX + (m.x() - f.text.left()) / f.text.width() * (s.right() - f.sceneTextX);
    return {qBound(s.left(), x, s.right()), qBound(s.top(), y, s.bottom())};
}

QRectF RevisionGraphMinimap::viewportRect() const
{
    if (!m_view)
        return {};
    const QRectF scene = m_view->graphScene()->sceneRect();
    const QRectF visible =
        m_view->mapToScene(m_view->viewport()->rect()).boundingRect().intersected(scene);
    if (visible.isEmpty())
        return {};
    return QRectF(sceneToMap(visible.topLeft()), sceneToMap(visible.bottomRight()));
}

void RevisionGraphMinimap::invalidate()
{
    m_stale = true;
    update();
}

// Every row as one small rectangle, collected per colour and drawn with one call each:
// 10,000 revisions cost a loop and seven drawRects, once per change of the scene.
void RevisionGraphMinimap::renderRows()
{
    const qreal dpr = devicePixelRatioF();
    m_rows = QImage((QSizeF(size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_rows.setDevicePixelRatio(dpr);
    m_stale = false;
    const QPalette pal = palette();
    m_rows.fill(pal.color(QPalette::Base));
    QPainter p(&m_rows);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(QPointF(0.5, 0), QPointF(0.5, height()));
    if (!m_view || m_view->graphScene()->rowCount() == 0)
        return;

    const RevisionGraphScene *scene = m_view->graphScene();
    const Core::GraphLayout &layout = scene->layout();
    const Frame f = frame();
    const qreal pitch = f.lanes.height() / layout.size();
    const qreal laneStep = sceneToMap({GraphGeometry::laneX(1), 0}).x()
                           - sceneToMap({GraphGeometry::laneX(0), 0}).x();
    const qreal barWidth = qBound(2.0, laneStep * 0.8, 7.0);
    const qreal barHeight = qBound(1.0, pitch * 0.8, 4.0);
    auto rowY = [&](int row) { return sceneToMap({0, GraphGeometry::rowY(row)}).y(); };
    auto laneX = [&](int lane) { return sceneToMap({GraphGeometry::laneX(lane), 0}).x(); };

    QColor textHint = pal.color(QPalette::Text);
    textHint.setAlpha(18);
    p.fillRect(f.text, textHint);

    // Edges as their straight runs: enough to see where branches go without 10,000 curves.
    QList<QLineF> lines;
    lines.reserve(layout.edges.size());
    for (const Core::GraphLayout::Edge &edge : layout.edges) {
        if (edge.direct())
            continue; // a depends_on link across lanes: the view's dashed curve is enough
        const qreal x = laneX(edge.lane);
        lines.append({x, rowY(layout.rowOf.at(edge.child)), x, rowY(layout.rowOf.at(edge.parent))});
    }
    QColor edgeColour = pal.color(QPalette::Text);
    edgeColour.setAlpha(60);
    p.setPen(QPen(edgeColour, 1));
    p.drawLines(lines);
    p.setPen(Qt::NoPen);

    // Drifted databases first, behind their rows: a band across the whole width.
    const QColor warning = driftWarning(pal);
    QList<QRectF> driftBands;
    for (auto it = scene->badgesByNode().cbegin(); it != scene->badgesByNode().cend(); ++it) {
        if (scene->hasDrift(it.key()) && it.key() < layout.rowOf.size()) {
            const qreal y = rowY(layout.rowOf.at(it.key()));
            const qreal h = qMax(2.0, pitch);
            driftBands.append({f.lanes.left(), y - h / 2, f.ticks.right() - f.lanes.left(), h});
        }
    }
    QColor band = warning;
    band.setAlpha(90);
    p.setBrush(band);
    p.drawRects(driftBands);

    std::array<QList<QRectF>, paintOrder.size()> bars;
    for (int row = 0; row < layout.size(); ++row) {
        const int index = layout.revisionAt.at(row);
        const qreal x = laneX(layout.laneOf.at(index));
        const qreal y = rowY(row);
        const auto at = std::find(paintOrder.begin(), paintOrder.end(), scene->rowState(row));
        bars[size_t(at == paintOrder.end() ? 0 : at - paintOrder.begin())].append(
            {x - barWidth / 2, y - barHeight / 2, barWidth, barHeight});
    }
    for (size_t k = 0; k < paintOrder.size(); ++k) {
        if (bars[k].isEmpty())
            continue;
        p.setBrush(stateColor(paintOrder[k], pal));
        p.drawRects(bars[k]);
    }

    // Badges at the right edge, side by side when a row holds several.
    for (auto it = scene->badgesByNode().cbegin(); it != scene->badgesByNode().cend(); ++it) {
        if (it.key() >= layout.rowOf.size())
            continue;
        const qreal y = rowY(layout.rowOf.at(it.key()));
        const qreal h = qMax(2.0, qMin(pitch, 4.0));
        const QList<DatabaseBadge> &badges = it.value();
        const qreal w = f.ticks.width() / qMax<qsizetype>(1, badges.size());
        for (qsizetype k = 0; k < badges.size(); ++k) {
            const DatabaseBadge &badge = badges.at(k);
            p.setBrush(badge.driftChanges > 0 ? warning : RevisionGraphScene::badgeColor(badge));
            p.drawRect(QRectF(f.ticks.left() + k * w, y - h / 2, w, h));
        }
    }

    // The selected revision: a mark in the text strip, beside its bar rather than over it.
    const int current = scene->currentIndex();
    if (current >= 0 && current < layout.rowOf.size()) {
        const qreal y = rowY(layout.rowOf.at(current));
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRect(QRectF(f.text.left(), y - 1, f.text.width(), 2));
    }
}

void RevisionGraphMinimap::paintEvent(QPaintEvent *)
{
    if (m_stale || m_rows.deviceIndependentSize() != QSizeF(size()))
        renderRows();
    QPainter p(this);
    p.drawImage(0, 0, m_rows);
    QRectF visible = viewportRect();
    if (visible.isEmpty())
        return;
    if (visible.height() < minFrameHeight) {
        const qreal cy = visible.center().y();
        visible.setTop(cy - minFrameHeight / 2);
        visible.setBottom(cy + minFrameHeight / 2);
    }
    QColor fill = palette().color(QPalette::Highlight);
    QColor outline = fill;
    fill.setAlpha(40);
    outline.setAlpha(220);
    p.setPen(QPen(outline, 1));
    p.setBrush(fill);
    p.drawRect(visible.adjusted(0.5, 0.5, -0.5, -0.5));
}

void RevisionGraphMinimap::resizeEvent(QResizeEvent *event)
{
    m_stale = true;
    QWidget::resizeEvent(event);
}

void RevisionGraphMinimap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        invalidate();
    QWidget::changeEvent(event);
}

bool RevisionGraphMinimap::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        update();
    return QWidget::eventFilter(watched, event);
}

void RevisionGraphMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position());
    else
        QWidget::mousePressEvent(event);
}

void RevisionGraphMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
    else
        QWidget::mouseMoveEvent(event);
}

// Vertically always; sideways only when the point lies outside the frame's columns, so a
// drag down the map does not jolt the view left and right with every wobble of the hand.
void RevisionGraphMinimap::centreViewAt(QPointF mapPos)
{
    if (!m_view || m_view->graphScene()->sceneRect().isEmpty())
        return;
    QPointF target = mapToScene(mapPos);
    const QRectF frameNow = viewportRect();
    if (mapPos.x() >= frameNow.left() && mapPos.x() <= frameNow.right())
        target.setX(m_view->mapToScene(m_view->viewport()->rect().center()).x());
    m_view->centerOn(target);
}

} // namespace Stepwise::Ui
