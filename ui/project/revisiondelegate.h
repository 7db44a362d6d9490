#pragma once

#include <QStyledItemDelegate>

namespace Stepwise::Ui {

// Paints one revision row: state marker, short id, message, branch labels and a head badge.
class RevisionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Stepwise::Ui
