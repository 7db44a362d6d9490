#include "ui/graph/revisiongraphlegend.h"

#include "ui/graph/nodeglyph.h"

#include <QEvent>
#include <QPainter>

namespace Stepwise::Ui {

namespace {

using State = RevisionModel::State;

constexpr State legendStates[] = {State::Pending, State::Applied, State::Current,
                                  State::Failed,  State::Drifted, State::Missing};
constexpr int hPadding = 10;
constexpr int vPadding = 4;
constexpr int rowHeight = 20;
constexpr int markerWidth = 24;
constexpr int entryGap = 16;

enum class Line { Parent, Dependency, Path };

} // namespace

RevisionGraphLegend::RevisionGraphLegend(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(entries().join(u", "));
    // Not Fixed: a fixed height would cap it at the one-row sizeHint and defeat wrapping.
    // The view's stretch takes any spare height.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QStringList RevisionGraphLegend::entries() const
{
    QStringList names;
    for (State s : legendStates)
        names << NodeGlyph::legendName(s);
    names << tr("Parent → child") << tr("depends_on") << tr("Pending path");
    return names;
}

// A flow layout: entries left to right, a new row when the next one would not fit.
QList<QRect> RevisionGraphLegend::entryRects(int width) const
{
    const QFontMetrics fm(font());
    QList<QRect> rects;
    int x = hPadding;
    int y = vPadding;
    for (const QString &name : entries()) {
        const int w = markerWidth + fm.horizontalAdvance(name);
        if (x > hPadding && x + w > width - hPadding) {
            x = hPadding;
            y += rowHeight;
        }
        rects.append(QRect(x, y, w, rowHeight));
        x += w + entryGap;
    }
    return rects;
}

int RevisionGraphLegend::heightForWidth(int width) const
{
    const QList<QRect> rects = entryRects(width);
    return (rects.isEmpty() ? 0 : rects.last().bottom() + 1) + vPadding;
}

QSize RevisionGraphLegend::sizeHint() const
{
    const QList<QRect> rects = entryRects(QWIDGETSIZE_MAX);
    const int w = rects.isEmpty() ? 0 : rects.last().right() + 1 + hPadding;
    return {w, heightForWidth(w)};
}

QSize RevisionGraphLegend::minimumSizeHint() const
{
    int widest = 0;
    for (const QRect &r : entryRects(0))
        widest = qMax(widest, r.width());
    return {widest + 2 * hPadding, rowHeight + 2 * vPadding};
}

void RevisionGraphLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, 0, width(), 0); // the edge towards the graph above
    p.setRenderHint(QPainter::Antialiasing);

    const QStringList names = entries();
    const QList<QRect> rects = entryRects(width());
    QColor line = pal.color(QPalette::Text);
    line.setAlpha(130);
    for (int k = 0; k < names.size(); ++k) {
        const QRect r = rects.at(k);
        const qreal cy = r.center().y() + 0.5;
        const QPointF marker(r.left() + markerWidth / 2.0 - 3, cy);
        if (k < int(std::size(legendStates))) {
            NodeGlyph::paint(&p, marker, 6, legendStates[k], pal);
        } else {
            const auto kind = Line(k - int(std::size(legendStates)));
            QPen pen(kind == Line::Path ? pal.color(QPalette::Highlight) : line,
                     kind == Line::Path ? 3.0 : 2.0, Qt::SolidLine, Qt::RoundCap);
            if (kind == Line::Dependency) {
                pen.setStyle(Qt::CustomDashLine);
                pen.setCapStyle(Qt::FlatCap);
                pen.setDashPattern({2.0, 2.0});
            }
            p.setPen(pen);
            p.drawLine(QPointF(r.left() + 2, cy + 6), QPointF(r.left() + markerWidth - 8, cy - 6));
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(r.adjusted(markerWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, names.at(k));
    }
}

void RevisionGraphLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry(); // the entries' widths, so the rows, change with the font
    QWidget::changeEvent(event);
}

} // namespace Stepwise::Ui
