#include "ui/graph/revisionsegmentitem.h"

#include "ui/graph/graphgeometry.h"
#include "ui/graph/nodeglyph.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/project/statestyle.h"

#include "core/graph/revisiongraph.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>


using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

RevisionSegmentItem::RevisionSegmentItem(RevisionGraphScene *scene, int run, int row)
    : m_scene(scene)
    , m_run(run)
    , m_row(row)
{
    setPos(0, GraphGeometry::rowY(row));
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton); // the view unfolds and pans
}

void RevisionSegmentItem::setRow(int row)
{
    m_row = row;
    setPos(0, GraphGeometry::rowY(row));
}

QPointF RevisionSegmentItem::glyphPos() const
{
    return GraphGeometry::cell(m_row, m_scene->runs().at(m_run).lane);
}

QString RevisionSegmentItem::summary() const
{
    const Core::LinearRun &run = m_scene->runs().at(m_run);
    const Core::RevisionGraph &graph = *m_scene->graph();
    const QString newest = graph.revision(run.revisions.first()).message.section(u'\n', 0, 0);
    const QString oldest = graph.revision(run.revisions.last()).message.section(u'\n', 0, 0);
    return RevisionGraphScene::tr("%1 … %2").arg(oldest, newest);
}

QRectF RevisionSegmentItem::boundingRect() const
{
    const int lane = m_scene->runs().at(m_run).lane;
    const qreal left = GraphGeometry::laneX(lane) - GraphGeometry::rowHeight / 2;
    const qreal right = GraphGeometry::sceneWidth(m_scene->layout().laneCount);
    return QRectF(left, -GraphGeometry::rowHeight / 2, right - left, GraphGeometry::rowHeight);
}

// Stripes from the bottom (oldest) up, one per state in the order the members have them, so
// a run half applied reads as applied below and pending above, as the revisions would.
void RevisionSegmentItem::paintCapsule(QPainter *painter, QPointF c, qreal w, qreal h) const
{
    const Core::LinearRun &run = m_scene->runs().at(m_run);
    const QPalette &palette = m_scene->graphPalette();
    const QRectF box(c.x() - w / 2, c.y() - h / 2, w, h);
    painter->save();
    QPainterPath clip;
    clip.addRoundedRect(box, w / 2, w / 2);
    painter->setClipPath(clip);
    painter->setPen(Qt::NoPen);
    const int n = run.size();
    int k = n - 1;
    while (k >= 0) {
        const State state = m_scene->state(run.revisions.at(k));
        int j = k;
        while (j > 0 && m_scene->state(run.revisions.at(j - 1)) == state)
            --j;
        const qreal bottom = box.bottom() - box.height() * (n - 1 - k) / n;
        const qreal top = box.bottom() - box.height() * (n - j) / n;
        painter->setBrush(stateColor(state, palette));
        painter->drawRect(QRectF(box.left(), top, box.width(), bottom - top));
        k = j - 1;
    }
    painter->restore();
    QColor outline = palette.color(QPalette::Text);
    outline.setAlphaF(0.35f);
    const bool focused = m_scene->focusedRun() == m_run;
    painter->setPen(focused ? QPen(palette.color(QPalette::Highlight), 2) : QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(focused ? box.adjusted(-3, -3, 3, 3) : box, w / 2 + (focused ? 3 : 0),
                             w / 2 + (focused ? 3 : 0));
}

void RevisionSegmentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Core::LinearRun &run = m_scene->runs().at(m_run);
    const QPalette palette = m_scene->graphPalette();
    const qreal lod = painter->worldTransform().m22();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal laneX = GraphGeometry::laneX(run.lane);
    if (lod < GraphGeometry::dotDetail) { // far out: a piece of its lane in its row's colour
        const QTransform t = painter->worldTransform();
        const QPointF centre = t.map(QPointF(laneX, 0));
        painter->resetTransform();
        const qreal h = qMax(1.0, GraphGeometry::rowHeight * lod);
        painter->setPen(Qt::NoPen);
        painter->setBrush(stateColor(m_scene->rowState(m_row), palette));
        painter->drawRect(QRectF(centre.x() - 2.5, centre.y() - h / 2, 5, h));
        return;
    }
    if (lod < GraphGeometry::textDetail) { // device pixels, as the nodes at this zoom
        const QTransform t = painter->worldTransform();
        const QPointF centre = t.map(QPointF(laneX, 0));
        painter->resetTransform();
        const qreal w = qBound(5.0, GraphGeometry::nodeRadius * 2 * lod * 1.2, 12.0);
        const qreal h = qMax(w + 2, GraphGeometry::rowHeight * lod * 0.9);
        paintCapsule(painter, centre, w, h);
        return;
    }
    const qreal h = GraphGeometry::rowHeight - 6;
    paintCapsule(painter, QPointF(laneX, 0), GraphGeometry::nodeRadius * 2, h);

    const qreal left = GraphGeometry::textX(m_scene->layout().laneCount);
    const qreal right = GraphGeometry::sceneWidth(m_scene->layout().laneCount) - GraphGeometry::margin;
    QString count = RevisionGraphScene::tr("%1 revisions").arg(QLocale().toString(run.size()));
    if (run.mergedBranches > 0)
        count = RevisionGraphScene::tr("%1 · %2 merged branches").arg(count, QLocale().toString(run.mergedBranches));
    QColor chip = palette.color(QPalette::PlaceholderText);
    qreal x = left;
    if (m_scene->focusedRun() == m_run) {
        QColor band = palette.color(QPalette::Highlight);
        band.setAlpha(50);
        painter->setPen(Qt::NoPen);
        painter->setBrush(band);
        painter->drawRoundedRect(QRectF(left - 6, -h / 2, right - left + 6, h), 5, 5);
    }
    x += NodeGlyph::paintChip(painter, x, 0, u"⋯ "_s + count, chip, m_scene->smallFont(), false);
    if (run.revisions.contains(m_scene->runningIndex()))
        x += NodeGlyph::paintChip(painter, x, 0, RevisionGraphScene::tr("running…"),
                                  palette.color(QPalette::Highlight), m_scene->smallFont(), true);
    const qreal width = right - x - 4;
    const QString text = QFontMetricsF(m_scene->textFont()).elidedText(summary(), Qt::ElideMiddle, width);
    painter->setFont(m_scene->textFont());
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(x + 2, -h / 2, width, h), Qt::AlignVCenter | Qt::AlignLeft, text);
}

} // namespace Stepwise::Ui
