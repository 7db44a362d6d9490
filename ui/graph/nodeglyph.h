#pragma once

#include "ui/project/revisionmodel.h"

#include <QCoreApplication>
#include <QPointF>

class QFont;
class QPainter;
class QPalette;

namespace Stepwise::Ui {

// The marker of a revision's state, drawn by the graph's nodes and its legend alike: a shape
// and an inner sign per state, so states differ without colour (colours from statestyle.h).
class NodeGlyph
{
    Q_DECLARE_TR_FUNCTIONS(NodeGlyph)

public:
    using State = RevisionModel::State;

    // simplified: a plain disc in the state's colour, for low zoom levels.
    static void paint(QPainter *painter, QPointF centre, qreal radius, State state,
                      const QPalette &palette, bool simplified = false);
    // A rounded tag ("billing", a database badge) starting at x, centred on centreY; returns
    // the advance to the next tag.
    static qreal paintChip(QPainter *painter, qreal x, qreal centreY, const QString &text,
                           const QColor &colour, const QFont &font, bool filled);
    // A short name for the legend ("Applied", "Current head", …).
    static QString legendName(State state);
};

} // namespace Stepwise::Ui
