#pragma once

#include "ui/project/revisionmodel.h"

#include <QGraphicsItem>

namespace Stepwise::Ui {

class RevisionGraphScene;

// A folded run of linear history (RevisionGraphScene::runs()) in one row: a capsule in the
// run's lane striped by its members' states, and in the text column "214 revisions" with the
// oldest and newest messages. A click or Enter on it unfolds the run (the view asks the scene).
class RevisionSegmentItem : public QGraphicsItem
{
public:
    using State = RevisionModel::State;

    RevisionSegmentItem(RevisionGraphScene *scene, int run, int row);

    int run() const { return m_run; }
    int row() const { return m_row; }
    void setRow(int row);
    QPointF glyphPos() const; // scene coordinates of the capsule's centre
    // The text column's line: "214 revisions · first message … last message".
    QString summary() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void paintCapsule(QPainter *painter, QPointF centre, qreal width, qreal height) const;

    RevisionGraphScene *m_scene;
    int m_run;
    int m_row;
};

} // namespace Stepwise::Ui
