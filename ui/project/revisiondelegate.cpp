#include "revisiondelegate.h"

#include "revisionmodel.h"
#include "statestyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

constexpr int margin = 8;

// A rounded "chip" with text; returns its width.
int paintChip(QPainter *p, int x, int centreY, const QString &text, const QColor &colour,
              const QFont &font, bool filled)
{
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRectF r(x, centreY - h / 2.0, w, h);
    QPainterPath path;
    path.addRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    QColor fill = colour;
    fill.setAlpha(filled ? 255 : 40);
    p->fillPath(path, fill);
    p->setPen(filled ? QColor(Qt::white) : colour);
    p->setFont(font);
    p->drawText(r, Qt::AlignCenter, text);
    return w;
}

} // namespace

QSize RevisionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return { 200, option.fontMetrics.height() * 2 + 10 };
}

void RevisionDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const auto state = RevisionModel::State(index.data(RevisionModel::StateRole).toInt());
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : pal.color(QPalette::PlaceholderText);
    const QRect r = opt.rect;
    const int cy = r.center().y();

    // Lane stub and state marker (the graph view replaces this with real lanes).
    const QColor colour = stateColor(state, pal);
    const int markerX = r.left() + margin + 8;
    p->setPen(QPen(muted, 1.5));
    if (index.row() > 0)
        p->drawLine(QPointF(markerX, r.top()), QPointF(markerX, cy));
    if (index.row() + 1 < index.model()->rowCount())
        p->drawLine(QPointF(markerX, cy), QPointF(markerX, r.bottom() + 1));
    p->setPen(QPen(colour, 2));
    p->setBrush(state == RevisionModel::State::Pending || state == RevisionModel::State::Unknown
                    ? pal.color(QPalette::Base) : colour);
    p->drawEllipse(QPointF(markerX, cy), 5.5, 5.5);

    // Short id in the fixed font, then the message.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(opt.font.pointSizeF());
    const QFontMetrics monoFm(mono);
    int x = markerX + 18;
    const QString id = index.data(RevisionModel::IdRole).toString();
    p->setFont(mono);
    p->setPen(muted);
    const QString shortId = id.left(12);
    const int idWidth = monoFm.horizontalAdvance(u"0123456789ab"_s) + 4;
    p->drawText(QRect(x, r.top(), idWidth, r.height()), Qt::AlignVCenter | Qt::AlignLeft, shortId);
    x += idWidth + 12;

    // Right side: state text, then chips leftwards.
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics smallFm(small);
    const QString stateText = RevisionModel::stateName(state);
    int right = r.right() - margin;
    if (state != RevisionModel::State::Unknown) {
        const int w = smallFm.horizontalAdvance(stateText);
        p->setFont(small);
        p->setPen(selected ? text : colour);
        p->drawText(QRect(right - w, r.top(), w, r.height()), Qt::AlignVCenter, stateText);
        right -= w + 12;
    }
    QList<std::pair<QString, bool>> chips;
    if (index.data(RevisionModel::HeadRole).toBool())
        chips.append({ tr("head"), true });
    if (index.data(RevisionModel::MergeRole).toBool())
        chips.append({ tr("merge"), false });
    const QStringList labels = index.data(RevisionModel::BranchLabelsRole).toStringList();
    for (const QString &label : labels)
        chips.append({ label, false });
    const QColor chipColour = selected ? text : pal.color(QPalette::Link);
    int chipsWidth = 0;
    for (const auto &[chipText, filled] : chips)
        chipsWidth += smallFm.horizontalAdvance(chipText) + 12 + 6;
    int cx = right - chipsWidth;
    if (cx > x + 80) {
        for (const auto &[chipText, filled] : chips)
            cx += paintChip(p, cx, cy, chipText, chipColour, small, filled && !selected) + 6;
        right -= chipsWidth + 6;
    }

    p->setFont(opt.font);
    p->setPen(text);
    const QString message = index.data(RevisionModel::MessageRole).toString();
    const QString elided = opt.fontMetrics.elidedText(message, Qt::ElideRight, right - x);
    p->drawText(QRect(x, r.top(), right - x, r.height()), Qt::AlignVCenter, elided);
    p->restore();
}

} // namespace Stepwise::Ui
