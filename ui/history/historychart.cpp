#include "ui/history/historychart.h"

#include "ui/history/historymodel.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

HistoryChart::HistoryChart(QSortFilterProxyModel *proxy, HistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_model(model)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QStackedBarSeries(m_chart))
    , m_axisX(new QValueAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("No steps match the filter."), this))
    , m_caption(new QLabel(this))
{
    setObjectName(u"historyChart"_s);
    const QString labels[SetCount] = { tr("Up"), tr("Up, failed"), tr("Down"), tr("Down, failed") };
    for (int s = 0; s < SetCount; ++s) {
        m_sets[s] = new QBarSet(labels[s], m_series);
        m_series->append(m_sets[s]);
    }
    m_series->setBarWidth(0.8);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisX->setLabelsVisible(false);
    m_axisX->setGridLineVisible(false);
    m_axisX->setTickCount(2);
    // Axis titles are elided away in a dock this low: the unit goes in the labels, what the
    // x axis spans in a caption under the chart.
    m_axisY->setLabelFormat(tr("%d ms"));
    m_axisY->setTruncateLabels(false); // "1500 ms" became "150…" in a low dock
    m_chart->legend()->setAlignment(Qt::AlignRight); // the dock is wide and low
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_view, 1);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    pageLayout->addWidget(m_caption);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (on)
            QToolTip::showText(QCursor::pos(), toolTipAt(index), m_view);
        else
            QToolTip::hideText();
    });
    // Filtering and sorting send bursts of signals: they all end in one rebuild.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryChart::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HistoryChart::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryChart::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryChart::scheduleRebuild);
    applyPalette();
    rebuild();
}

bool HistoryChart::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString HistoryChart::caption() const
{
    return m_caption->text();
}

void HistoryChart::rebuildNow()
{
    rebuild();
}

void HistoryChart::scheduleRebuild()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_pending)
            rebuild();
    }, Qt::QueuedConnection);
}

void HistoryChart::rebuild()
{
    m_pending = false;
    ++m_rebuilds;
    // The model's rows run newest first: a higher source row ran earlier.
    QList<int> rows;
    const int kept = m_proxy->rowCount();
    rows.reserve(kept);
    for (int r = 0; r < kept; ++r)
        rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    const int first = std::max(0, int(rows.size()) - MaxSteps);
    const int shown = int(rows.size()) - first;

    std::array<QList<qreal>, SetCount> values;
    for (auto &v : values)
        v.fill(0.0, shown);
    m_toolTips.clear();
    m_toolTips.reserve(shown);
    qint64 longest = 0;
    const QLocale locale;
    for (int i = 0; i < shown; ++i) {
        const Core::HistoryEntry &e = m_model->entry(rows.at(first + i));
        const bool failed = e.status != Core::HistoryStatus::Ok;
        const bool down = e.direction == Core::HistoryDirection::Down;
        const Set set = down ? (failed ? DownFailed : DownOk) : (failed ? UpFailed : UpOk);
        values[set][i] = qreal(e.shownDurationMs());
        longest = std::max(longest, e.shownDurationMs());
        m_toolTips.append(tr("%1\n%2, %3\nStarted %4\n%5 ms")
                              .arg(e.revision, Core::historyDirectionName(e.direction),
                                   Core::historyStatusName(e.status),
                                   locale.toString(e.startedAt.toLocalTime(), QLocale::ShortFormat),
                                   locale.toString(e.shownDurationMs())));
    }
    for (int s = 0; s < SetCount; ++s) {
        if (m_sets[s]->count() > 0)
            m_sets[s]->remove(0, m_sets[s]->count());
        m_sets[s]->append(values[s]);
    }
    // The legend tells kinds of steps apart: with one kind or none it would be a lone square
    // beside the plot, so it hides and the caption names the one kind.
    QStringList kinds;
    for (QLegendMarker *marker : m_chart->legend()->markers(m_series)) {
        auto *barMarker = qobject_cast<QBarLegendMarker *>(marker);
        const int s = barMarker ? int(std::find(std::begin(m_sets), std::end(m_sets), barMarker->barset())
                                      - std::begin(m_sets))
                                : SetCount;
        const bool used = s < SetCount
            && std::any_of(values[s].cbegin(), values[s].cend(), [](qreal v) { return v > 0; });
        marker->setVisible(used);
        if (used)
            kinds << m_sets[s]->label();
    }
    m_chart->legend()->setVisible(kinds.size() > 1);

    m_axisX->setRange(-0.5, std::max(shown, 1) - 0.5);
    // At least 10 ms tall: below that the nice ticks would be fractions of a millisecond,
    // printed as "0 ms, 0 ms, 1 ms, 1 ms" (every step of a small SQLite run takes under 1 ms).
    m_axisY->setRange(0, std::max<qint64>(longest, 10) * 1.05);
    m_axisY->applyNiceNumbers();
    if (shown > 0) {
        const auto when = [&](int i) {
            return locale.toString(m_model->entry(rows.at(first + i)).startedAt.toLocalTime(),
                                   QLocale::ShortFormat);
        };
        const QString span = shown == 1 ? when(0) : tr("%1 → %2").arg(when(0), when(shown - 1));
        const QString steps = kinds.size() == 1 ? tr("%1 steps").arg(kinds.first()) : tr("Steps");
        const QString caption = first > 0
            ? tr("%1 in the order they ran, %2 (the last %3 of %4)")
                  .arg(steps, span, locale.toString(shown), locale.toString(rows.size()))
            : tr("%1 in the order they ran, %2").arg(steps, span);
        m_caption->setText(caption);
    }
    m_stack->setCurrentIndex(shown > 0 ? 1 : 0);
}

void HistoryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HistoryChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // The theme first: it resets every colour set below.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundRoundness(0);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    if (dark)
        grid = pal.color(QPalette::Light);
    for (QValueAxis *axis : { m_axisX, m_axisY }) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    m_chart->legend()->setLabelColor(text);
    // The theme's fonts are large for a dock; the widget's font, a little smaller, fits.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QValueAxis *axis : { m_axisX, m_axisY }) {
        axis->setLabelsFont(small);
    }
    m_chart->legend()->setFont(small);
    m_caption->setFont(small);
    // Qt Charts sizes the value axis for narrower labels than "1500 ms": room on the left for them.
    m_chart->setMargins(QMargins(QFontMetrics(small).horizontalAdvance(u"0000"_s), 2, 2, 2));

    const QColor ok = dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x2f, 0x9e, 0x5f);
    const QColor down = dark ? QColor(0x6c, 0xb0, 0xff) : QColor(0x1a, 0x6f, 0xd6);
    const QColor failed = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x38, 0x38);
    const auto style = [](QBarSet *set, const QBrush &brush, const QColor &border) {
        set->setBrush(brush);
        set->setPen(QPen(border, 1.5));
    };
    style(m_sets[UpOk], ok, ok);
    style(m_sets[DownOk], down, down);
    // Failed bars are hatched, so they read as failed without telling red from green.
    style(m_sets[UpFailed], QBrush(failed, Qt::BDiagPattern), failed);
    style(m_sets[DownFailed], QBrush(failed, Qt::DiagCrossPattern), down);
}

} // namespace Stepwise::Ui
