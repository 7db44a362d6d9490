#include "ui/graph/revisionnodeitem.h"

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

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

constexpr qreal textDetail = GraphGeometry::textDetail;
constexpr qreal dotDetail = GraphGeometry::dotDetail;
constexpr int shortIdLength = 12;

QColor accent(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

} // namespace

RevisionNodeItem::RevisionNodeItem(RevisionGraphScene *scene, int index, int row, int lane)
    : m_scene(scene)
    , m_index(index)
    , m_row(row)
    , m_lane(lane)
{
    setPos(0, GraphGeometry::rowY(row));
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton); // the view selects and pans
}

void RevisionNodeItem::setRow(int row)
{
    if (row == m_row)
        return;
    m_row = row;
    setPos(0, GraphGeometry::rowY(row));
}

QPointF RevisionNodeItem::glyphPos() const
{
    return GraphGeometry::cell(m_row, m_lane);
}

void RevisionNodeItem::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
}

void RevisionNodeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    update();
}

void RevisionNodeItem::setRunning(bool on)
{
    if (on == m_running)
        return;
    m_running = on;
    m_elidedWidth = -1;
    update();
}

void RevisionNodeItem::setCurrentItem(bool on)
{
    if (on == m_current)
        return;
    m_current = on;
    update();
}

void RevisionNodeItem::setBadges(const QList<DatabaseBadge> &badges)
{
    if (badges.isEmpty() && m_badges.isEmpty())
        return;
    m_badges = badges;
    m_elidedWidth = -1;
    update();
}

QRectF RevisionNodeItem::boundingRect() const
{
    const qreal left = GraphGeometry::laneX(m_lane) - GraphGeometry::rowHeight / 2;
    const qreal right = GraphGeometry::sceneWidth(m_scene->layout().laneCount);
    return QRectF(left, -GraphGeometry::rowHeight / 2, right - left, GraphGeometry::rowHeight);
}

void RevisionNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = m_scene->graphPalette();
    // Rows set the detail: horizontally the view keeps lanes apart (see RevisionGraphView).
    const qreal lod = painter->worldTransform().m22();
    painter->setRenderHint(QPainter::Antialiasing);
    if (lod < textDetail) {
        paintReduced(painter, palette, lod);
        return;
    }
    const QPointF glyph(GraphGeometry::laneX(m_lane), 0);
    const QColor accent = palette.color(QPalette::Highlight);
    if (m_highlighted) { // the pending path of the action about to run
        QColor halo = accent;
        halo.setAlpha(70);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawEllipse(glyph, GraphGeometry::nodeRadius + 6, GraphGeometry::nodeRadius + 6);
    }
    if (m_current) {
        painter->setPen(QPen(accent, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(glyph, GraphGeometry::nodeRadius + 5, GraphGeometry::nodeRadius + 5);
    }
    if (m_running) { // a dashed ring: the step being run now
        QPen pen(accent, 2.5, Qt::DashLine);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(glyph, GraphGeometry::nodeRadius + 8, GraphGeometry::nodeRadius + 8);
    }
    NodeGlyph::paint(painter, glyph, GraphGeometry::nodeRadius, m_state, palette);
    paintText(painter, palette);
}

// Zoomed out (the transform may be non-uniform): a disc in device pixels and no text. The
// edge item pins database badges, heads and branch labels in the text column as tags placed
// so they never overlap (RevisionEdgesItem::overviewTags()): per node they would collide.
void RevisionNodeItem::paintReduced(QPainter *painter, const QPalette &palette, qreal lod)
{
    m_labelRects.clear();
    const QTransform t = painter->worldTransform();
    const QPointF centre = t.map(QPointF(GraphGeometry::laneX(m_lane), 0));
    painter->resetTransform();
    painter->translate(0, centre.y());
    const QPointF c(centre.x(), 0);
    const qreal r = qBound(2.5, GraphGeometry::nodeRadius * lod * 1.2, 6.0);
    const QColor accent = palette.color(QPalette::Highlight);
    if (m_highlighted || m_current || m_running) {
        painter->setPen(m_current || m_running ? QPen(accent, 2) : QPen(Qt::NoPen));
        QColor halo = accent;
        halo.setAlpha(m_highlighted ? 90 : 0);
        painter->setBrush(halo);
        painter->drawEllipse(c, r + 3, r + 3);
    }
    NodeGlyph::paint(painter, c, r, m_state, palette, true);
}

int RevisionNodeItem::badgeAt(const QPointF &itemPos) const
{
    for (qsizetype i = 0; i < m_badgeRects.size() && i < m_badges.size(); ++i) {
        if (m_badgeRects.at(i).contains(itemPos))
            return int(i);
    }
    return -1;
}

qreal RevisionNodeItem::paintChip(QPainter *painter, qreal x, const QString &text,
                                  const QColor &colour, bool filled)
{
    const qreal advance = NodeGlyph::paintChip(painter, x, 0, text, colour, m_scene->smallFont(), filled);
    const qreal h = QFontMetricsF(m_scene->smallFont()).height() + 4;
    m_labelRects.append(QRectF(x, -h / 2, advance - 6, h));
    return advance;
}

void RevisionNodeItem::paintText(QPainter *painter, const QPalette &palette)
{
    const Core::RevisionGraph &graph = *m_scene->graph();
    const Core::Revision &revision = graph.revision(m_index);
    const qreal left = GraphGeometry::textX(m_scene->layout().laneCount);
    const qreal right = GraphGeometry::sceneWidth(m_scene->layout().laneCount) - GraphGeometry::margin;
    const qreal h = GraphGeometry::rowHeight - 6;
    if (m_current) { // the selected row, as a list's selection
        QColor band = palette.color(QPalette::Highlight);
        band.setAlpha(50);
        painter->setPen(Qt::NoPen);
        painter->setBrush(band);
        painter->drawRoundedRect(QRectF(left - 6, -h / 2, right - left + 6, h), 5, 5);
    }
    m_labelRects.clear();
    m_badgeRects.clear();
    const QFontMetricsF mono(m_scene->monoFont());
    painter->setFont(m_scene->monoFont());
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const qreal idWidth = mono.horizontalAdvance(QString(shortIdLength, u'0')) + 12;
    painter->drawText(QRectF(left, -h / 2, idWidth, h), Qt::AlignVCenter | Qt::AlignLeft,
                      revision.id.left(shortIdLength));
    qreal x = left + idWidth;
    m_badgeRects.clear();
    for (const DatabaseBadge &badge : std::as_const(m_badges)) {
        x = x + paintChip(painter, x, RevisionGraphScene::badgeText(badge), RevisionGraphScene::badgeColor(badge), true);
        m_badgeRects.append(m_labelRects.last());
    }
    if (m_running)
        x = x + paintChip(painter, x, RevisionGraphScene::tr("running…"), accent(palette), true);
    for (const QString &label : revision.branchLabels)
        x = x + paintChip(painter, x, label, palette.color(QPalette::Link), false);
    if (graph.isHead(m_index))
        x = x + paintChip(painter, x, RevisionGraphScene::tr("head"),
                          palette.color(QPalette::PlaceholderText), false);
    if (graph.isMergePoint(m_index))
        x = x + paintChip(painter, x, RevisionGraphScene::tr("merge"),
                          palette.color(QPalette::PlaceholderText), false);
    if (const QString mark = m_scene->downMark(m_index); !mark.isEmpty())
        x = x + paintChip(painter, x, mark, stateColor(State::Failed, palette), false);
    const qreal width = right - x - 4;
    if (width != m_elidedWidth) {
        m_elided = QFontMetricsF(m_scene->textFont()).elidedText(revision.message, Qt::ElideRight, width);
        m_elidedWidth = width;
    }
    painter->setFont(m_scene->textFont());
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(x + 2, -h / 2, width, h), Qt::AlignVCenter | Qt::AlignLeft, m_elided);
    const QFontMetricsF text(m_scene->textFont());
    if (!m_elided.isEmpty())
        m_labelRects.append(QRectF(x + 2, -text.height() / 2, text.horizontalAdvance(m_elided), text.height()));
}

} // namespace Stepwise::Ui
