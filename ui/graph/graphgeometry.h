#pragma once

#include <QPointF>

namespace Stepwise::Ui {

// Scene geometry of the revision graph: one row per revision, one column per lane, then the
// text column to the right of all lanes. Shared by the node and edge items and the view.
struct GraphGeometry
{
    static constexpr qreal rowHeight = 30;
    static constexpr qreal laneWidth = 22;
    static constexpr qreal margin = 14;     // left of lane 0
    static constexpr qreal nodeRadius = 7;
    static constexpr qreal textGap = 14;    // between the last lane and the text column
    static constexpr qreal textWidth = 640; // id, tags, badges and message
    // Zoom levels where detail appears (as chip.cpp): text needs letters of ~9 px to be read,
    // a state's inner sign about 8 px; below dotDetail a revision is a few pixels.
    static constexpr qreal textDetail = 0.55;
    static constexpr qreal dotDetail = 0.2;

    static qreal laneX(int lane) { return margin + laneWidth * (lane + 0.5); }
    static qreal rowY(int row) { return rowHeight * (row + 0.5); }
    static QPointF cell(int row, int lane) { return {laneX(lane), rowY(row)}; }
    static qreal textX(int laneCount) { return margin + laneWidth * laneCount + textGap; }
    static qreal sceneWidth(int laneCount) { return textX(laneCount) + textWidth + margin; }
};

} // namespace Stepwise::Ui
