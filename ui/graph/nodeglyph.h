#pragma once

#include "project/revisionmodel.h"

#include <QCoreApplication>
#include <QPointF>

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
    // A short name for the legend ("Applied", "Current head", …).
    static QString legendName(State state);
};

} // namespace Stepwise::Ui
