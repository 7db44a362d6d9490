// S8 and M2 of quality.md: stepwise-studio from process start to its first painted window, and
// its peak RSS, on the demo project and on a generated 10,000-revision project. Each run starts
// the real executable offscreen (STEPWISE_STUDIO_EXIT_AFTER_PAINT makes it print "painted" after
// the first paint and quit); the figure is the median of the runs.
//   bench_studio [runs] [project…]   (defaults: 9 runs; resources/demo)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    double ms = 0;
    long peakKb = 0;
    bool ok = false;
};

Run runOnce(const QString &studio, const QString &project, const QString &settingsDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"STEPWISE_STUDIO_EXIT_AFTER_PAINT"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, settingsDir); // never the user's settings
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(studio, { u"--project"_s, project });
    Run run;
    while (process.waitForReadyRead(30000)) {
        if (process.readAllStandardOutput().contains("painted")) {
            run.ms = double(timer.nsecsElapsed()) / 1e6;
            run.ok = true;
            break;
        }
    }
    process.waitForFinished(30000);
    // RUSAGE_CHILDREN holds the largest peak of any child so far: list projects smallest first.
    struct rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    run.peakKb = usage.ru_maxrss;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 9;
    if (!args.isEmpty() && args.first().toInt() > 0)
        runs = args.takeFirst().toInt();
    const QString source = QStringLiteral(STEPWISE_SOURCE_DIR);
    if (args.isEmpty())
        args << source + u"/resources/demo"_s;
    const QString studio = QStringLiteral(STEPWISE_STUDIO_PATH);
    QTemporaryDir settings;
    std::printf("%-60s %6s %12s %12s\n", "project", "runs", "median ms", "peak RSS MB");
    for (const QString &project : std::as_const(args)) {
        QList<double> times;
        long peak = 0;
        runOnce(studio, project, settings.path()); // warm the page cache
        for (int i = 0; i < runs; ++i) {
            const Run run = runOnce(studio, project, settings.path());
            if (!run.ok) {
                std::fprintf(stderr, "bench_studio: %s did not paint\n", qPrintable(project));
                return 1;
            }
            times << run.ms;
            peak = std::max(peak, run.peakKb);
        }
        std::printf("%-60s %6d %12.1f %12.1f\n", qPrintable(QFileInfo(project).fileName()), runs,
                    median(times), double(peak) / 1024.0);
        std::fflush(stdout);
    }
    return 0;
}
