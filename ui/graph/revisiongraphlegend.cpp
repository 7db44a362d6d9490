#include "ui/graph/revisiongraphlegend.h"

#include "ui/graph/nodeglyph.h"

#include <QPainter>
#include <QPainterPath>

namespace Stepwise::Ui {

namespace {

using State = RevisionModel::State;

constexpr State legendStates[] = {State::Pending, State::Applied, State::Current,
                                  State::Failed,  State::Drifted, State::Missing};
constexpr int columns = 2;
constexpr int padding = 10;
constexpr int rowHeight = 20;
constexpr int markerWidth = 26;

enum class Line { Parent, Dependency, Path };

} // namespace

RevisionGraphLegend::RevisionGraphLegend(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents); // never steals a click from the graph
    setAccessibleName(tr("Legend"));
    resize(sizeHint());
}

QStringList RevisionGraphLegend::entries() const
{
    QStringList names;
    for (State s : legendStates)
        names << NodeGlyph::legendName(s);
    names << tr("Parent → child") << tr("depends_on") << tr("Pending path");
    return names;
}

QSize RevisionGraphLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    int widest = 0;
    for (const QString &name : entries())
        widest = qMax(widest, fm.horizontalAdvance(name));
    const int rows = (int(entries().size()) + columns - 1) / columns;
    return {2 * padding + columns * (markerWidth + widest + 14), 2 * padding + rows * rowHeight};
}

void RevisionGraphLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QColor card = pal.color(QPalette::Window);
    card.setAlpha(235);
    QColor border = pal.color(QPalette::Mid);
    p.setPen(QPen(border, 1));
    p.setBrush(card);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    const QStringList names = entries();
    const int columnWidth = (width() - 2 * padding) / columns;
    const int rows = (int(names.size()) + columns - 1) / columns;
    QColor line = pal.color(QPalette::Text);
    line.setAlpha(130);
    for (int k = 0; k < names.size(); ++k) {
        const int x = padding + (k / rows) * columnWidth;
        const int cy = padding + (k % rows) * rowHeight + rowHeight / 2;
        const QPointF marker(x + markerWidth / 2.0 - 2, cy);
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
            p.drawLine(QPointF(x + 2, cy + 6), QPointF(x + markerWidth - 6, cy - 6));
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(x + markerWidth, cy - rowHeight / 2, columnWidth - markerWidth, rowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, names.at(k));
    }
}

} // namespace Stepwise::Ui
