#pragma once

#include <QWidget>

namespace Stepwise::Ui {

// What the graph's shapes and lines mean: each state's marker and name, depends_on and the
// highlighted path. A strip of its own below the graph (never over it): the entries flow
// left to right and wrap into more rows when the panel is narrow.
class RevisionGraphLegend : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionGraphLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QStringList entries() const; // the names shown, in order (for tests and accessibility)
    // Where each entry is drawn at the width, in entries() order.
    QList<QRect> entryRects(int width) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
};

} // namespace Stepwise::Ui
