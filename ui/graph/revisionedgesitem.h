#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTransform>

class QPainterPath;

namespace Stepwise::Ui {

class RevisionGraphScene;

// Every edge of the graph in one item: lanes as in `git log --graph`, curves where an edge
// changes lane, dashed depends_on links, the highlighted path on top. One item rather than
// one per edge: painting walks the layout's edges for the exposed rows only, and at low zoom
// draws straight unantialiased polylines (the level of detail of chip.cpp).
class RevisionEdgesItem : public QGraphicsItem
{
public:
    explicit RevisionEdgesItem(RevisionGraphScene *scene);

    // A fixed-size tag the overview pins in the text column: database badges, "head" and branch
    // labels of one revision, on one line. Viewport pixels.
    struct OverviewTag
    {
        int index = -1;  // the revision
        QRectF rect;     // the whole line of chips
        QStringList texts;
    };
    // The tags the overview draws for this scene → device transform: revisions with database
    // badges first, then the selection, heads, then branch labels, in row order; a line that
    // would overlap one already placed is left out. deviceHeight keeps the first and last rows'
    // tags inside the viewport.
    QList<OverviewTag> overviewTags(const QTransform &sceneToDevice, qreal deviceHeight) const;
    // The tags of the last paint below text zoom (device pixels of the view painted).
    const QList<OverviewTag> &lastTags() const { return m_lastTags; }

    // Before the scene's drawn layout changes size (runs folded or unfolded).
    void prepareRelayout() { prepareGeometryChange(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void addEdge(QPainterPath &path, int edge, bool curved) const;
    void paintOverview(QPainter *painter, int firstRow, int lastRow);
    void paintMark(QPainter *painter, QPointF at, int index, qreal size) const;
    void paintTag(QPainter *painter, const OverviewTag &tag, QPointF dot) const;

    RevisionGraphScene *m_scene;
    QList<OverviewTag> m_lastTags;
};

} // namespace Stepwise::Ui
