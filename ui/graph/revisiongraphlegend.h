#pragma once

#include <QWidget>

namespace Stepwise::Ui {

// What the graph's shapes and lines mean: each state's marker and name, depends_on and the
// highlighted path. A small translucent card laid over a corner of the graph view.
class RevisionGraphLegend : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionGraphLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QStringList entries() const; // the names shown, in order (for tests and accessibility)

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Stepwise::Ui
