#include "ui/graph/nodeglyph.h"

#include "ui/project/statestyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Stepwise::Ui {

namespace {

// Inner signs in white on the filled shapes, scaled to the radius.
void paintCheck(QPainter *p, QPointF c, qreal r)
{
    QPainterPath path;
    path.moveTo(c + QPointF(-0.45 * r, 0.02 * r));
    path.lineTo(c + QPointF(-0.12 * r, 0.36 * r));
    path.lineTo(c + QPointF(0.48 * r, -0.34 * r));
    p->setPen(QPen(Qt::white, qMax(1.5, r * 0.26), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
}

void paintCross(QPainter *p, QPointF c, qreal r)
{
    p->setPen(QPen(Qt::white, qMax(1.5, r * 0.26), Qt::SolidLine, Qt::RoundCap));
    const qreal d = 0.36 * r;
    p->drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
    p->drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
}

void paintBang(QPainter *p, QPointF c, qreal r)
{
    p->setPen(QPen(Qt::white, qMax(1.5, r * 0.24), Qt::SolidLine, Qt::RoundCap));
    p->drawLine(c + QPointF(0, -0.42 * r), c + QPointF(0, 0.08 * r));
    p->drawPoint(c + QPointF(0, 0.4 * r));
}

void paintDiamond(QPainter *p, QPointF c, qreal r)
{
    const qreal d = r * 1.25;
    const QPointF points[] = {c + QPointF(0, -d), c + QPointF(d, 0), c + QPointF(0, d),
                              c + QPointF(-d, 0)};
    p->drawPolygon(points, 4);
}

} // namespace

void NodeGlyph::paint(QPainter *p, QPointF c, qreal r, State state, const QPalette &palette,
                      bool simplified)
{
    const QColor colour = stateColor(state, palette);
    const QColor base = palette.color(QPalette::Base);
    if (simplified) {
        p->setPen(Qt::NoPen);
        p->setBrush(state == State::Pending ? colour.lighter(115) : colour);
        p->drawEllipse(c, r, r);
        return;
    }
    switch (state) {
    case State::Unknown:
        p->setPen(QPen(colour, 2));
        p->setBrush(base);
        p->drawEllipse(c, r * 0.8, r * 0.8);
        break;
    case State::Pending: // hollow: nothing there yet
        p->setPen(QPen(colour, 2.2));
        p->setBrush(base);
        p->drawEllipse(c, r - 1, r - 1);
        break;
    case State::Applied:
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawEllipse(c, r, r);
        paintCheck(p, c, r);
        break;
    case State::Current: // a target: "the database is here"
        p->setPen(QPen(colour, 1.8));
        p->setBrush(base);
        p->drawEllipse(c, r + 3, r + 3);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawEllipse(c, r - 0.5, r - 0.5);
        paintCheck(p, c, r - 0.5);
        break;
    case State::Drifted:
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        paintDiamond(p, c, r);
        paintBang(p, c, r);
        break;
    case State::Failed: {
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        const qreal s = r * 0.95;
        p->drawRoundedRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s), 2.5, 2.5);
        paintCross(p, c, r);
        break;
    }
    case State::Missing:
        p->setPen(QPen(colour, 1.8, Qt::DashLine));
        p->setBrush(base);
        p->drawEllipse(c, r - 1, r - 1);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawEllipse(c, r * 0.28, r * 0.28);
        break;
    }
}

qreal NodeGlyph::paintChip(QPainter *p, qreal x, qreal centreY, const QString &text,
                          const QColor &colour, const QFont &font, bool filled)
{
    const QFontMetricsF fm(font);
    const qreal w = fm.horizontalAdvance(text) + 14;
    const qreal h = fm.height() + 4;
    const QRectF rect(x, centreY - h / 2, w, h);
    QColor fill = colour;
    fill.setAlpha(filled ? 255 : 36);
    p->setPen(filled ? Qt::NoPen : QPen(colour, 1));
    p->setBrush(fill);
    p->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), h / 2, h / 2);
    p->setFont(font);
    p->setPen(filled ? QColor(Qt::white) : colour);
    p->drawText(rect, Qt::AlignCenter, text);
    return w + 6;
}

// The legend uses the names the revision list and details panel show, so a state reads the
// same everywhere.
QString NodeGlyph::legendName(State state)
{
    return RevisionModel::stateName(state);
}

} // namespace Stepwise::Ui
