#pragma once

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Stepwise::Ui {

class HistoryModel;

// The duration chart beside the history table: one bar per step in the order the steps ran
// (oldest left), its height the step's duration. Shows the rows the table's filter keeps,
// the newest MaxSteps of them. Bars are grouped in four sets so status and direction stay
// apart: failed bars are hatched (readable without colour), down steps have their own colour.
class HistoryChart : public QWidget
{
    Q_OBJECT

public:
    enum Set { UpOk, UpFailed, DownOk, DownFailed, SetCount };
    static constexpr int MaxSteps = 500;

    // proxy filters (and sorts) a HistoryModel; the chart reads the rows it keeps.
    HistoryChart(QSortFilterProxyModel *proxy, HistoryModel *model, QWidget *parent = nullptr);

    // Rebuilds now instead of on the next event-loop turn (tests, screenshots).
    void rebuildNow();

    int barCount() const { return int(m_toolTips.size()); }
    QBarSet *barSet(Set set) const { return m_sets[set]; }
    QString toolTipAt(int bar) const { return m_toolTips.value(bar); }
    bool showsEmptyState() const;
    int rebuildCount() const { return m_rebuilds; }
    QChart *chart() const { return m_chart; }
    // What the x axis spans: the first and last step's start, and the cap when it applies.
    QString caption() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void applyPalette();

    QSortFilterProxyModel *m_proxy;
    HistoryModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QStackedBarSeries *m_series;
    QBarSet *m_sets[SetCount] = {};
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_caption;
    QStringList m_toolTips;
    bool m_pending = false;
    int m_rebuilds = 0;
};

} // namespace Stepwise::Ui
