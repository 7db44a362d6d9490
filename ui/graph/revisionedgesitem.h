#pragma once

#include <QGraphicsItem>

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

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void addEdge(QPainterPath &path, int edge, bool curved) const;
    void paintOverview(QPainter *painter, int firstRow, int lastRow) const;
    void paintMark(QPainter *painter, QPointF at, int index, qreal size, qreal textX) const;

    RevisionGraphScene *m_scene;
};

} // namespace Stepwise::Ui
