#include "revisionedgesitem.h"

#include "graphgeometry.h"
#include "revisiongraphscene.h"

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
    return QRectF(0, 0, GraphGeometry::textX(layout.laneCount),
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
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const bool curved = lod >= curveDetail;
    const QRectF exposed = option->exposedRect;
    const int firstRow = int(std::floor(exposed.top() / GraphGeometry::rowHeight)) - 1;
    const int lastRow = int(std::ceil(exposed.bottom() / GraphGeometry::rowHeight)) + 1;

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

    const QPalette palette = m_scene->palette();
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

} // namespace Stepwise::Ui
