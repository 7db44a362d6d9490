#include "ui/graph/revisionedgesitem.h"

#include "ui/graph/graphgeometry.h"
#include "ui/graph/nodeglyph.h"
#include "ui/graph/revisiongraphscene.h"

#include "ui/project/statestyle.h"

#include "core/graph/revisiongraph.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
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
    if (e.direct()) { // a depends_on link across the lanes, leaving and entering vertically
        if (curved)
            path.cubicTo(p.x(), p.y() - 2 * bend, c.x(), c.y() + 2 * bend, c.x(), c.y());
        else
            path.lineTo(c);
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
    if (painter->worldTransform().m22() < GraphGeometry::textDetail) {
        // Nodes draw no text at this zoom: the tags say where databases, heads and labels are.
        const QTransform t = painter->worldTransform();
        painter->resetTransform();
        painter->setRenderHint(QPainter::Antialiasing);
        m_lastTags = overviewTags(t, painter->device()->height());
        for (const OverviewTag &tag : std::as_const(m_lastTags))
            paintTag(painter, tag, t.map(GraphGeometry::cell(layout.rowOf.at(tag.index), layout.laneOf.at(tag.index))));
        painter->setWorldTransform(t);
    } else {
        m_lastTags.clear();
    }
}

// Everything in device pixels in a few batched calls: thick lines for edges so branching
// shows, a bar segment per revision grouped by state colour, then the few marks that matter
// (current heads, the selection, the pending path) and fixed-size tags for database badges,
// heads and branch labels (overviewTags()).
void RevisionEdgesItem::paintOverview(QPainter *painter, int firstRow, int lastRow)
{
    const Core::GraphLayout &layout = m_scene->layout();
    const QPalette palette = m_scene->graphPalette();
    const QTransform t = painter->worldTransform();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const auto at = [&](int row, int lane) { return t.map(GraphGeometry::cell(row, lane)); };

    // Straight runs in one lane are merged: at Fit thousands of them fall on a few pixels.
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
        const auto add = [&out](QPointF from, QPointF to) {
            if (!out.isEmpty() && from.x() == to.x()) {
                QLineF &last = out.last();
                if (last.x1() == from.x() && last.x2() == from.x()
                    && std::abs(last.y2() - from.y()) < 1.0) { // continues the previous run
                    last.setP2(to);
                    return;
                }
            }
            out.append(QLineF(from, to));
        };
        if (rowP - rowC == 1 || e.direct()) {
            add(p, c);
            continue;
        }
        const QPointF a = at(rowP - 1, e.lane);
        const QPointF b = at(rowC + 1, e.lane);
        add(p, a);
        add(a, b);
        add(b, c);
    }
    QPen linePen(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.5), 2.5);
    linePen.setCapStyle(Qt::FlatCap);
    painter->setPen(linePen);
    painter->drawLines(lines);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
    painter->drawLines(accent);

    // A revision is a bar segment as wide as a thick lane, as tall as its row (at least a
    // pixel): a run of revisions reads as a bar in its states' colours.
    const qreal rowPx = GraphGeometry::rowHeight * t.m22();
    const qreal size = qBound(5.0, rowPx * 0.8, 7.0);
    const qreal height = qBound(1.0, rowPx * 0.8, 7.0);
    constexpr int stateCount = int(RevisionModel::State::Missing) + 1;
    QList<QRectF> dots[stateCount];
    QList<int> marked;
    const int from = qMax(0, firstRow);
    const int to = qMin(layout.size() - 1, lastRow);
    for (int row = from; row <= to; ++row) {
        if (m_scene->runAtRow(row) >= 0)
            continue; // a folded run: its segment item draws it
        const int i = layout.revisionAt.at(row);
        const QPointF p = at(row, layout.laneOf.at(i));
        const RevisionModel::State state = m_scene->state(i);
        dots[int(state)].append(QRectF(p.x() - size / 2, p.y() - height / 2, size, height));
        if (state == RevisionModel::State::Current || m_scene->isHighlighted(i)
            || i == m_scene->currentIndex())
            marked.append(i);
    }
    painter->setPen(Qt::NoPen);
    for (int s = 0; s < stateCount; ++s) {
        painter->setBrush(stateColor(RevisionModel::State(s), palette));
        painter->drawRects(dots[s]);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i : std::as_const(marked))
        paintMark(painter, at(layout.rowOf.at(i), layout.laneOf.at(i)), i, size);
    m_lastTags = overviewTags(t, painter->device()->height());
    for (const OverviewTag &tag : std::as_const(m_lastTags))
        paintTag(painter, tag, at(layout.rowOf.at(tag.index), layout.laneOf.at(tag.index)));
}

void RevisionEdgesItem::paintMark(QPainter *painter, QPointF p, int index, qreal size) const
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
}

namespace {

struct Chip
{
    QString text;
    QColor colour;
    bool filled;
};

// What one revision's tag line shows: its databases, "head", its branch labels.
QList<Chip> chipsOf(const RevisionGraphScene &scene, int index)
{
    QList<Chip> chips;
    const QList<DatabaseBadge> badges = scene.badgesAt(index);
    for (const DatabaseBadge &badge : badges)
        chips.append({RevisionGraphScene::badgeText(badge), RevisionGraphScene::badgeColor(badge), true});
    const QPalette &palette = scene.graphPalette();
    if (scene.graph()->isHead(index))
        chips.append({RevisionGraphScene::tr("head"), palette.color(QPalette::PlaceholderText), false});
    for (const QString &label : scene.graph()->revision(index).branchLabels)
        chips.append({label, palette.color(QPalette::Link), false});
    return chips;
}

} // namespace

QList<RevisionEdgesItem::OverviewTag> RevisionEdgesItem::overviewTags(const QTransform &t,
                                                                      qreal deviceHeight) const
{
    const Core::GraphLayout &layout = m_scene->layout();
    const Core::RevisionGraph *graph = m_scene->graph();
    if (!graph)
        return {};
    // Candidates by priority, each in row order.
    QList<int> byPriority[4];
    for (int row = 0; row < layout.size(); ++row) {
        const int i = layout.revisionAt.at(row);
        if (m_scene->badgesByNode().contains(i))
            byPriority[0].append(i);
        else if (i == m_scene->currentIndex())
            byPriority[1].append(i);
        else if (graph->isHead(i))
            byPriority[2].append(i);
        else if (!graph->revision(i).branchLabels.isEmpty())
            byPriority[3].append(i);
    }
    const QFontMetricsF fm(m_scene->smallFont());
    const qreal h = fm.height() + 4;
    const qreal half = h / 2 + 1;
    constexpr qreal gap = 2;
    const qreal textX = t.map(QPointF(GraphGeometry::textX(layout.laneCount), 0)).x();
    QList<OverviewTag> placed;
    for (const QList<int> &candidates : byPriority) {
        for (int i : candidates) {
            const qreal rowY = qBound(half, t.map(GraphGeometry::cell(layout.rowOf.at(i), 0)).y(),
                                      qMax(half, deviceHeight - half));
            // Where the row's own line is taken, the tag stacks a line or two below or above
            // it (the leader line still points at its revision); past that it is left out.
            QRectF line;
            bool free = false;
            for (const int shift : {0, 1, -1, 2, -2}) {
                line = QRectF(textX, rowY + shift * (h + gap) - h / 2, 0, h);
                if (line.top() < 0 || line.bottom() > qMax(h, deviceHeight))
                    continue;
                free = std::none_of(placed.cbegin(), placed.cend(), [&](const OverviewTag &o) {
                    return line.top() < o.rect.bottom() + gap && o.rect.top() < line.bottom() + gap;
                });
                if (free)
                    break;
            }
            if (!free)
                continue;
            const QList<Chip> chips = chipsOf(*m_scene, i);
            if (chips.isEmpty())
                continue;
            OverviewTag tag;
            tag.index = i;
            qreal width = 0;
            for (const Chip &chip : chips) {
                tag.texts.append(chip.text);
                width += fm.horizontalAdvance(chip.text) + 14 + 6; // NodeGlyph::paintChip's advance
            }
            tag.rect = QRectF(textX, line.top(), width - 6, h);
            placed.append(tag);
        }
    }
    return placed;
}

// The tag's chips, pinned to the revision's dot by a short line.
void RevisionEdgesItem::paintTag(QPainter *painter, const OverviewTag &tag, QPointF dot) const
{
    const QList<Chip> chips = chipsOf(*m_scene, tag.index);
    if (chips.isEmpty())
        return;
    const qreal y = tag.rect.center().y();
    painter->setPen(QPen(chips.first().colour, 1.5));
    painter->drawLine(QPointF(dot.x() + 6, dot.y()), QPointF(tag.rect.left(), y));
    qreal x = tag.rect.left();
    const QColor base = m_scene->graphPalette().color(QPalette::Base);
    for (const Chip &chip : chips) {
        if (!chip.filled) { // outlined chips are translucent: keep lines from showing through
            const QFontMetricsF fm(m_scene->smallFont());
            painter->setPen(Qt::NoPen);
            painter->setBrush(base);
            painter->drawRoundedRect(QRectF(x, tag.rect.top(), fm.horizontalAdvance(chip.text) + 14,
                                            tag.rect.height()), tag.rect.height() / 2, tag.rect.height() / 2);
        }
        x += NodeGlyph::paintChip(painter, x, y, chip.text, chip.colour, m_scene->smallFont(), chip.filled);
    }
}

} // namespace Stepwise::Ui
