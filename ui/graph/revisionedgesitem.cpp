#include "revisionedgesitem.h"

#include "graphgeometry.h"
#include "nodeglyph.h"
#include "revisiongraphscene.h"

#include "project/statestyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Stepwise::Ui {

namespace {

// Below this scale curves and antialiasing are invisible but cost: straight polylines.
constexpr qreal curveDetail = 0.35;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

RevisionEdgesItem::RevisionEdgesItem(RevisionGraphScene *scene)
    : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: paint only the rows asked for
    setZValue(0);
}

QRectF RevisionEdgesItem::boundingRect() const
{
    const Core::GraphLayout &layout = m_scene->layout();
    // The whole width: the overview pins database badges in the text column.
    return QRectF(0, 0, GraphGeometry::sceneWidth(layout.laneCount),
                  GraphGeometry::rowHeight * layout.size());
}

// Up from the parent: a curve into the run's lane over one row, the straight run, a curve
// into the child's lane over the last row. Adjacent rows get one S-curve.
void RevisionEdgesItem::addEdge(QPainterPath &path, int edge, bool curved) const
{
    const Core::GraphLayout &layout = m_scene->layout();
    const Core::GraphLayout::Edge &e = layout.edges.at(edge);
    const int rowP = layout.rowOf.at(e.parent);
    const int rowC = layout.rowOf.at(e.child);
    const QPointF p = GraphGeometry::cell(rowP, layout.laneOf.at(e.parent));
    const QPointF c = GraphGeometry::cell(rowC, layout.laneOf.at(e.child));
    const qreal bend = GraphGeometry::rowHeight * 0.55;
    const auto step = [&](QPointF from, QPointF to) {
        if (!curved || from.x() == to.x())
            path.lineTo(to);
        else
            path.cubicTo(from.x(), from.y() - bend, to.x(), to.y() + bend, to.x(), to.y());
    };
    path.moveTo(p);
    if (rowP - rowC == 1) {
        step(p, c);
        return;
    }
    const QPointF a = GraphGeometry::cell(rowP - 1, e.lane);
    const QPointF b = GraphGeometry::cell(rowC + 1, e.lane);
    step(p, a);
    path.lineTo(b);
    step(b, c);
}

void RevisionEdgesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Core::GraphLayout &layout = m_scene->layout();
    const bool curved = painter->worldTransform().m22() >= curveDetail;
    const QRectF exposed = option->exposedRect;
    const int firstRow = int(std::floor(exposed.top() / GraphGeometry::rowHeight)) - 1;
    const int lastRow = int(std::ceil(exposed.bottom() / GraphGeometry::rowHeight)) + 1;
    if (m_scene->isOverview()) {
        paintOverview(painter, firstRow, lastRow);
        return;
    }

    QPainterPath lines, dependencies, highlighted;
    for (int i = 0; i < layout.edges.size(); ++i) {
        const Core::GraphLayout::Edge &e = layout.edges.at(i);
        if (layout.rowOf.at(e.parent) < firstRow || layout.rowOf.at(e.child) > lastRow)
            continue;
        if (m_scene->isHighlighted(e.parent) && m_scene->isHighlighted(e.child))
            addEdge(highlighted, i, curved);
        else
            addEdge(e.dependency ? dependencies : lines, i, curved);
    }

    const QPalette palette = m_scene->graphPalette();
    const QColor line = mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.42);
    painter->setRenderHint(QPainter::Antialiasing, curved);
    painter->setBrush(Qt::NoBrush);
    // Cosmetic (one device pixel) pens when zoomed out, so lanes stay visible at Fit.
    const qreal width = curved ? 2.0 : 0.0;
    painter->setPen(QPen(line, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(lines);
    QPen dashed(line, curved ? 1.6 : 0.0, Qt::CustomDashLine, Qt::FlatCap);
    dashed.setDashPattern({3.0, 3.0});
    painter->setPen(dashed);
    painter->drawPath(dependencies);
    QPen accent(palette.color(QPalette::Highlight), curved ? 3.5 : 2.5, Qt::SolidLine,
                Qt::RoundCap, Qt::RoundJoin);
    accent.setCosmetic(!curved);
    painter->setPen(accent);
    painter->drawPath(highlighted);
}

// Everything in device pixels in a few batched calls: lines for edges, a square per revision
// grouped by state colour, then the few marks that matter (current heads, the selection,
// the pending path, database badges with their names).
void RevisionEdgesItem::paintOverview(QPainter *painter, int firstRow, int lastRow) const
{
    const Core::GraphLayout &layout = m_scene->layout();
    const QPalette palette = m_scene->graphPalette();
    const QTransform t = painter->worldTransform();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const auto at = [&](int row, int lane) { return t.map(GraphGeometry::cell(row, lane)); };

    QList<QLineF> lines, accent;
    for (const Core::GraphLayout::Edge &e : layout.edges) {
        const int rowP = layout.rowOf.at(e.parent);
        const int rowC = layout.rowOf.at(e.child);
        if (rowP < firstRow || rowC > lastRow)
            continue;
        QList<QLineF> &out = m_scene->isHighlighted(e.parent) && m_scene->isHighlighted(e.child)
            ? accent : lines;
        const QPointF p = at(rowP, layout.laneOf.at(e.parent));
        const QPointF c = at(rowC, layout.laneOf.at(e.child));
        if (rowP - rowC == 1) {
            out.append(QLineF(p, c));
            continue;
        }
        const QPointF a = at(rowP - 1, e.lane);
        const QPointF b = at(rowC + 1, e.lane);
        out << QLineF(p, a) << QLineF(a, b) << QLineF(b, c);
    }
    painter->setPen(QPen(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.42), 0));
    painter->drawLines(lines);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
    painter->drawLines(accent);

    const qreal size = qBound(2.0, GraphGeometry::rowHeight * t.m22() * 0.8, 7.0);
    constexpr int stateCount = int(RevisionModel::State::Missing) + 1;
    QList<QRectF> dots[stateCount];
    QList<int> marked;
    const int from = qMax(0, firstRow);
    const int to = qMin(layout.size() - 1, lastRow);
    for (int row = from; row <= to; ++row) {
        const int i = layout.revisionAt.at(row);
        const QPointF p = at(row, layout.laneOf.at(i));
        const RevisionModel::State state = m_scene->state(i);
        dots[int(state)].append(QRectF(p.x() - size / 2, p.y() - size / 2, size, size));
        if (state == RevisionModel::State::Current || m_scene->isHighlighted(i)
            || i == m_scene->currentIndex() || m_scene->badgesByNode().contains(i))
            marked.append(i);
    }
    painter->setPen(Qt::NoPen);
    for (int s = 0; s < stateCount; ++s) {
        painter->setBrush(stateColor(RevisionModel::State(s), palette));
        painter->drawRects(dots[s]);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal textX = t.map(QPointF(GraphGeometry::textX(layout.laneCount), 0)).x();
    for (int i : std::as_const(marked))
        paintMark(painter, at(layout.rowOf.at(i), layout.laneOf.at(i)), i, size, textX);
}

void RevisionEdgesItem::paintMark(QPainter *painter, QPointF p, int index, qreal size,
                                  qreal textX) const
{
    const QPalette palette = m_scene->graphPalette();
    const qreal r = size / 2 + 3;
    painter->setBrush(Qt::NoBrush);
    if (m_scene->state(index) == RevisionModel::State::Current) {
        painter->setPen(QPen(stateColor(RevisionModel::State::Current, palette), 2));
        painter->drawEllipse(p, r, r);
    }
    if (m_scene->isHighlighted(index)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawEllipse(p, size / 2 + 1, size / 2 + 1);
    }
    if (index == m_scene->currentIndex()) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(p, r + 2, r + 2);
    }
    qreal x = textX;
    // The first and last rows sit on the viewport's edges at Fit: keep the tags inside.
    const qreal half = QFontMetricsF(m_scene->smallFont()).height() / 2 + 3;
    const qreal y = qBound(half, p.y(), qMax(half, painter->device()->height() - half));
    const QList<DatabaseBadge> badges = m_scene->badgesAt(index);
    for (const DatabaseBadge &badge : badges) { // pinned to its revision by a short line
        const QColor colour = RevisionGraphScene::badgeColor(badge);
        if (x == textX) {
            painter->setPen(QPen(colour, 1.5));
            painter->drawLine(QPointF(p.x() + r, p.y()), QPointF(x, y));
        }
        x += NodeGlyph::paintChip(painter, x, y, badge.name, colour, m_scene->smallFont(), true);
    }
}

} // namespace Stepwise::Ui
