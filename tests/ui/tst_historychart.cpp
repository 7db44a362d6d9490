// The history dock's duration chart: one bar per step the table's filter keeps, oldest left,
// failed and down steps in their own sets, capped to the newest HistoryChart::MaxSteps steps,
// one rebuild per change. With STEPWISE_SCREENSHOT_DIR set, screenshot() writes
// history-chart.png (light palette above dark).
#include "ui/database/databasestatus.h"
#include "ui/history/historychart.h"
#include "ui/history/historydock.h"
#include "ui/mainwindow/studiopalette.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QElapsedTimer>
#include <QLegend>
#include <QLineEdit>
#include <QPainter>
#include <QTest>
#include <QValueAxis>

#include <cmath>

#include <memory>

using namespace Qt::StringLiterals;
using Stepwise::Ui::DatabaseStatus;
using Stepwise::Ui::HistoryChart;
using Stepwise::Ui::HistoryDock;
using Stepwise::Core::HistoryEntry;

namespace {

// "up:ok:120 down:failed:40" → entries, oldest first, one minute apart.
QList<HistoryEntry> entries(const QString &spec)
{
    QList<HistoryEntry> list;
    const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    const QStringList steps = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        const QStringList parts = step.split(u':');
        HistoryEntry e;
        e.revision = u"rev%1"_s.arg(list.size(), 3, 10, QChar(u'0'));
        e.direction = *Stepwise::Core::historyDirectionFromName(parts.at(0));
        e.status = *Stepwise::Core::historyStatusFromName(parts.at(1));
        e.durationMs = parts.at(2).toLongLong();
        e.startedAt = start.addSecs(60 * list.size());
        e.osUser = u"ana"_s;
        e.toolVersion = u"0.4.0"_s;
        if (e.status == Stepwise::Core::HistoryStatus::Failed)
            e.error = u"relation \"no_such_table\" does not exist"_s;
        list.append(e);
    }
    return list;
}

DatabaseStatus status(const QList<HistoryEntry> &history)
{
    DatabaseStatus s;
    s.valid = true;
    s.history = history;
    return s;
}

// The bar's height (the sum over the sets: each bar has its value in one set only) and the
// set that holds it.
qreal barValue(const HistoryChart &chart, int bar, int *set = nullptr)
{
    qreal sum = 0;
    for (int s = 0; s < HistoryChart::SetCount; ++s) {
        const qreal v = chart.barSet(HistoryChart::Set(s))->at(bar);
        if (v > 0 && set)
            *set = s;
        sum += v;
    }
    return sum;
}

} // namespace

class tst_HistoryChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bars_data();
    void bars();
    void filterReducesBars_data();
    void filterReducesBars();
    void emptyState();
    void capsToNewestSteps();
    void wholeMillisecondTicks_data();
    void wholeMillisecondTicks();
    void followsPalette();
    void legendOnlyToTellKindsApart_data();
    void legendOnlyToTellKindsApart();
    void screenshot();

private:
    struct Dock
    {
        HistoryDock dock;
        HistoryChart *chart = nullptr;
        QLineEdit *filter = nullptr;
    };
    static std::unique_ptr<Dock> makeDock(const QList<HistoryEntry> &history)
    {
        auto d = std::make_unique<Dock>();
        d->chart = d->dock.findChild<HistoryChart *>();
        d->filter = d->dock.findChild<QLineEdit *>();
        d->dock.resize(1100, 280);
        d->dock.setStatus(status(history), true);
        QCoreApplication::processEvents();
        return d;
    }
};

void tst_HistoryChart::bars_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<qreal>>("heights");
    QTest::addColumn<QList<int>>("sets");
    using C = HistoryChart;
    QTest::newRow("one up") << u"up:ok:120"_s << QList<qreal>{ 120 } << QList<int>{ C::UpOk };
    QTest::newRow("mixed") << u"up:ok:120 up:failed:35 down:ok:80 down:failed:12 up:ok:7"_s
                           << QList<qreal>{ 120, 35, 80, 12, 7 }
                           << QList<int>{ C::UpOk, C::UpFailed, C::DownOk, C::DownFailed, C::UpOk };
    QTest::newRow("stamp counts as up") << u"stamp:ok:3 down:ok:9"_s << QList<qreal>{ 3, 9 }
                                        << QList<int>{ C::UpOk, C::DownOk };
}

void tst_HistoryChart::bars()
{
    QFETCH(QString, spec);
    QFETCH(QList<qreal>, heights);
    QFETCH(QList<int>, sets);
    const auto d = makeDock(entries(spec));
    QVERIFY(d->chart);
    QVERIFY(!d->chart->showsEmptyState());
    QCOMPARE(d->chart->barCount(), heights.size());
    for (int s = 0; s < HistoryChart::SetCount; ++s)
        QCOMPARE(d->chart->barSet(HistoryChart::Set(s))->count(), heights.size());
    for (int i = 0; i < heights.size(); ++i) {
        int set = -1;
        QCOMPARE(barValue(*d->chart, i, &set), heights.at(i));
        QCOMPARE(set, sets.at(i));
    }
    // The tooltip names the step: revision, direction, status, duration.
    const QString tip = d->chart->toolTipAt(heights.size() - 1);
    QVERIFY2(tip.contains(u"rev%1"_s.arg(heights.size() - 1, 3, 10, QChar(u'0'))), qPrintable(tip));
    QVERIFY2(tip.contains(u"%1 ms"_s.arg(qint64(heights.last()))), qPrintable(tip));
    // Failed bars are hatched, ok bars solid.
    QCOMPARE(d->chart->barSet(HistoryChart::UpFailed)->brush().style(), Qt::BDiagPattern);
    QCOMPARE(d->chart->barSet(HistoryChart::UpOk)->brush().style(), Qt::SolidPattern);
}

void tst_HistoryChart::filterReducesBars_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<qreal>>("heights");
    QTest::newRow("none") << QString() << QList<qreal>{ 120, 35, 80, 12 };
    QTest::newRow("failed") << u"failed"_s << QList<qreal>{ 35, 12 };
    QTest::newRow("revision") << u"rev002"_s << QList<qreal>{ 80 };
    QTest::newRow("nothing") << u"no such step"_s << QList<qreal>{};
}

void tst_HistoryChart::filterReducesBars()
{
    QFETCH(QString, filter);
    QFETCH(QList<qreal>, heights);
    const auto d = makeDock(entries(u"up:ok:120 up:failed:35 down:ok:80 down:failed:12"_s));
    const int before = d->chart->rebuildCount();
    d->filter->setText(filter);
    QCoreApplication::processEvents();
    // A filter change sends many row signals; the chart rebuilds once at most.
    QVERIFY(d->chart->rebuildCount() - before <= 1);
    QCOMPARE(d->chart->barCount(), heights.size());
    for (int i = 0; i < heights.size(); ++i)
        QCOMPARE(barValue(*d->chart, i), heights.at(i));
    QCOMPARE(d->chart->showsEmptyState(), heights.isEmpty());
}

void tst_HistoryChart::emptyState()
{
    const auto d = makeDock({});
    QCOMPARE(d->chart->barCount(), 0);
    QVERIFY(d->chart->showsEmptyState());
    d->dock.setStatus(status(entries(u"up:ok:5"_s)), true);
    QCoreApplication::processEvents();
    QCOMPARE(d->chart->barCount(), 1);
    QVERIFY(!d->chart->showsEmptyState());
    d->dock.setStatus(DatabaseStatus(), false);
    QCoreApplication::processEvents();
    QVERIFY(d->chart->showsEmptyState());
}

void tst_HistoryChart::wholeMillisecondTicks_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("all under 1 ms") << u"up:ok:0 up:ok:0 up:ok:1"_s;
    QTest::newRow("a few ms") << u"up:ok:3 down:ok:7"_s;
    QTest::newRow("long") << u"up:ok:1234 up:ok:80"_s;
}

// The y labels are whole milliseconds ("%d ms"): every tick must be a distinct whole number,
// or a run of fast steps reads "0 ms, 0 ms, 1 ms, 1 ms".
void tst_HistoryChart::wholeMillisecondTicks()
{
    QFETCH(QString, spec);
    const auto d = makeDock(entries(spec));
    QCoreApplication::processEvents();
    const auto *axis = qobject_cast<const QValueAxis *>(d->chart->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QVERIFY(axis->tickCount() >= 2);
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    QVERIFY2(step >= 1 && qFuzzyCompare(step, std::round(step)),
             qPrintable(u"ticks %1..%2, %3 of them"_s.arg(axis->min()).arg(axis->max()).arg(axis->tickCount())));
}

void tst_HistoryChart::capsToNewestSteps()
{
    QString spec;
    const int total = 3000;
    for (int i = 0; i < total; ++i)
        spec += (i % 7 == 3 ? u"up:failed:"_s : u"up:ok:"_s) + QString::number(i + 1) + u' ';
    const auto d = makeDock({});
    const int before = d->chart->rebuildCount();
    QElapsedTimer timer;
    timer.start();
    d->dock.setStatus(status(entries(spec)), true);
    QCoreApplication::processEvents();
    qInfo("setStatus with %d rows and the chart's rebuild: %lld ms", total, timer.elapsed());
    QCOMPARE(d->chart->rebuildCount() - before, 1);
    QCOMPARE(d->chart->barCount(), HistoryChart::MaxSteps);
    // The newest steps, oldest of them left.
    QCOMPARE(barValue(*d->chart, 0), qreal(total - HistoryChart::MaxSteps + 1));
    QCOMPARE(barValue(*d->chart, HistoryChart::MaxSteps - 1), qreal(total));
    const QString title = d->chart->caption();
    QVERIFY2(title.contains(QLocale().toString(HistoryChart::MaxSteps))
                 && title.contains(QLocale().toString(total)),
             qPrintable(title));
}

void tst_HistoryChart::followsPalette()
{
    QVERIFY(Stepwise::Ui::applyPalette(u"light"_s));
    const auto d = makeDock(entries(u"up:ok:10 up:failed:20"_s));
    QCOMPARE(d->chart->chart()->theme(), QChart::ChartThemeLight);
    const QColor lightFailed = d->chart->barSet(HistoryChart::UpFailed)->brush().color();
    // Switching the application's palette while the chart is open re-themes it.
    QVERIFY(Stepwise::Ui::applyPalette(u"dark"_s));
    QCoreApplication::processEvents();
    QCOMPARE(d->chart->chart()->theme(), QChart::ChartThemeDark);
    const QAbstractAxis *axis = d->chart->chart()->axes(Qt::Vertical).value(0);
    QVERIFY(axis);
    QCOMPARE(axis->labelsBrush().color(), Stepwise::Ui::darkPalette().color(QPalette::Text));
    QCOMPARE(d->chart->chart()->backgroundBrush().color(), Stepwise::Ui::darkPalette().color(QPalette::Base));
    // The theme must not have reset the bars' own colours and patterns.
    QCOMPARE(d->chart->barSet(HistoryChart::UpFailed)->brush().style(), Qt::BDiagPattern);
    QVERIFY(d->chart->barSet(HistoryChart::UpFailed)->brush().color() != lightFailed);
    QVERIFY(Stepwise::Ui::applyPalette(u"light"_s));
}

// The legend tells kinds of steps apart; with one kind (a demo's steps, all up and ok) or none
// (all under 1 ms) it would be a lone square beside the plot (#14, 9): the caption names the
// kind instead.
void tst_HistoryChart::legendOnlyToTellKindsApart_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("legend");
    QTest::addColumn<QString>("caption");
    QTest::newRow("all up") << u"up:ok:1 up:ok:0 up:ok:2"_s << false << u"Up steps in the order they ran"_s;
    QTest::newRow("all under 1 ms") << u"up:ok:0 up:ok:0"_s << false << u"Steps in the order they ran"_s;
    QTest::newRow("up and down") << u"up:ok:3 down:ok:2"_s << true << u"Steps in the order they ran"_s;
    QTest::newRow("up and failed") << u"up:ok:3 up:failed:2"_s << true << u"Steps in the order they ran"_s;
}

void tst_HistoryChart::legendOnlyToTellKindsApart()
{
    QFETCH(QString, spec);
    QFETCH(bool, legend);
    QFETCH(QString, caption);
    const auto d = makeDock(entries(spec));
    d->dock.resize(1024, 190);
    d->dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d->dock));
    QCOMPARE(d->chart->chart()->legend()->isVisible(), legend);
    QVERIFY2(d->chart->caption().startsWith(caption), qPrintable(d->chart->caption()));
    // The plot takes the chart's width when there is no legend.
    const QRectF plot = d->chart->chart()->plotArea();
    const qreal spare = d->chart->chart()->size().width() - plot.right();
    QVERIFY2(legend || spare < 40, qPrintable(QString::number(spare)));
}

void tst_HistoryChart::screenshot()
{
    // Renders both palettes every time (they must differ); writes the picture for the docs
    // only when STEPWISE_SCREENSHOT_DIR names a folder (scripts/screenshots).
    const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR");
    const QList<qint64> durations = { 140, 95, 310, 60, 1220, 85, 40, 260, 75, 130, 45, 520,
                                      90, 35, 180, 610, 70, 150, 55, 240, 110, 980, 65, 160 };
    QString spec;
    for (int i = 0; i < durations.size(); ++i) {
        const QString direction = (i == 9 || i == 10 || i == 17) ? u"down"_s : u"up"_s;
        const QString st = (i == 5 || i == 16) ? u"failed"_s : u"ok"_s;
        spec += u"%1:%2:%3 "_s.arg(direction, st).arg(durations.at(i));
    }
    QImage pictures[2];
    for (int p = 0; p < 2; ++p) {
        QVERIFY(Stepwise::Ui::applyPalette(p == 0 ? u"light"_s : u"dark"_s));
        const auto d = makeDock(entries(spec));
        d->dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d->dock));
        QCoreApplication::processEvents();
        pictures[p] = d->dock.grab().toImage();
    }
    QVERIFY(!pictures[0].isNull() && pictures[0].size() == pictures[1].size());
    QVERIFY(pictures[0] != pictures[1]);
    if (dir.isEmpty())
        return;
    QImage both(pictures[0].width(), pictures[0].height() + pictures[1].height(), QImage::Format_RGB32);
    QPainter painter(&both);
    painter.drawImage(0, 0, pictures[0]);
    painter.drawImage(0, pictures[0].height(), pictures[1]);
    painter.end();
    QVERIFY(both.save(dir + u"/history-chart.png"_s));
}

QTEST_MAIN(tst_HistoryChart)
#include "tst_historychart.moc"
