#pragma once

#include "ui/project/revisionmodel.h"

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

namespace Stepwise::Ui {

class RevisionGraphScene;

// A database shown at the revision(s) it stands at ("dev", "staging", "prod").
struct DatabaseBadge
{
    QString name;
    QStringList heads;
    QColor color; // invalid: a colour picked from the name
    // Database → Check Schema Drift's last finding for this database at these heads: -1 not
    // checked, 0 none, else the differences between its schema and what its revisions build.
    int driftChanges = -1;
};

// One revision of the graph: its state glyph in its lane and, at readable zoom levels, its
// short id, branch labels, database badges and message in the text column. Text is painted
// here rather than held in child items, so 10,000 nodes cost 10,000 light items (chip.cpp).
class RevisionNodeItem : public QGraphicsItem
{
public:
    using State = RevisionModel::State;

    RevisionNodeItem(RevisionGraphScene *scene, int index, int row, int lane);

    int index() const { return m_index; }
    int row() const { return m_row; }
    void setRow(int row); // the scene folds and unfolds runs above it
    int lane() const { return m_lane; }
    QPointF glyphPos() const; // scene coordinates of the state marker

    State state() const { return m_state; }
    void setState(State state);
    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool on);
    // The step of a run going on now: a ring and a "running" tag.
    bool isRunning() const { return m_running; }
    void setRunning(bool on);
    bool isCurrentItem() const { return m_current; }
    void setCurrentItem(bool on);
    const QList<DatabaseBadge> &badges() const { return m_badges; }
    void setBadges(const QList<DatabaseBadge> &badges);

    // Where the last paint put its chips and message, in item coordinates (empty when it drew
    // no text): what the tests check for overlaps.
    const QList<QRectF> &labelRects() const { return m_labelRects; }
    // The database badge whose chip the last paint put at `itemPos`, or -1 (index in badges()).
    int badgeAt(const QPointF &itemPos) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void paintReduced(QPainter *painter, const QPalette &palette, qreal lod);
    void paintText(QPainter *painter, const QPalette &palette);
    qreal paintChip(QPainter *painter, qreal x, const QString &text, const QColor &colour,
                    bool filled);

    RevisionGraphScene *m_scene;
    int m_index;
    int m_row;
    int m_lane;
    State m_state = State::Unknown;
    bool m_highlighted = false;
    bool m_current = false;
    bool m_running = false;
    QList<DatabaseBadge> m_badges;
    QList<QRectF> m_labelRects;
    QList<QRectF> m_badgeRects; // one per badge chip painted, in badges() order
    QString m_elided; // message elided for m_elidedWidth (fonts do not change per paint)
    qreal m_elidedWidth = -1;
};

} // namespace Stepwise::Ui
