// Statement splitter throughput (quality.md S6) and streaming memory (M3).
//
//   bench_splitter [--mb N] [--rounds R] [--dialect D]
//       generates an N MB dump per dialect in memory (default 64) and splits it R times
//       (default 5), methods interleaved A B C D A B C D ...; prints median MB/s per method and
//       the ratio to the sqlite3_complete() reference, which runs on the same bytes. Rates are
//       per CPU second of the benchmark's thread (the machines are shared).
//   bench_splitter --generate FILE --dialect D --mb N
//       writes such a dump to FILE.
//   bench_splitter --stream FILE --dialect D
//       splits FILE with StatementStream (1 MiB chunks) and prints statements, MB/s, the
//       stream's largest buffer and the process's peak RSS: run it on a 50 MB and a 500 MB
//       file and compare (M3: the peak must not grow with the file).
#include "core/sql/sqlscript.h"
#include "core/sql/statementsplitter.h"
#include "core/sql/statementstream.h"

#include "dumpgenerator.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

QByteArray generate(SqlSyntax dialect, qint64 bytes)
{
    return Stepwise::Bench::generateDump(dialect, bytes);
}

// The reference: what the sqlite3 shell does, line by line, asking sqlite3_complete() whenever
// a line holds a ';'.
qint64 splitWithSqliteComplete(const QByteArray &dump)
{
    qint64 statements = 0;
    std::string current;
    const char *p = dump.constData();
    const char *const end = p + dump.size();
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl + 1 : end;
        current.append(p, size_t(lineEnd - p));
        if (std::memchr(p, ';', size_t(lineEnd - p)) && sqlite3_complete(current.c_str())) {
            ++statements;
            current.clear();
        }
        p = lineEnd;
    }
    if (current.find_first_not_of(" \t\r\n") != std::string::npos)
        ++statements;
    return statements;
}

// Positions only: the splitter's own speed.
qint64 splitRegions(const QByteArray &dump, SqlSyntax dialect)
{
    StatementSplitter splitter(dialect);
    SplitRegion region;
    qint64 statements = 0;
    while (splitter.next(dump.constData(), dump.size(), 0, true, &region)
        == StatementSplitter::Status::Region) {
        statements += region.hasText() && !region.directive;
    }
    return statements;
}

// Everything the engine gets: UTF-8 validation, line numbers, a QString per statement.
qint64 splitStream(const QByteArray &dump, SqlSyntax dialect)
{
    QByteArray copy = dump; // shared, not copied: QBuffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    StatementStream stream(dialect);
    qint64 chars = 0;
    const Result<qsizetype> run = stream.run(&buffer, [&](const SqlStatement &s) {
        chars += s.text.size();
        return true;
    });
    return run.ok() ? *run : -1;
}

// CPU time of this thread: the machines are shared, and wall time mostly measures the
// neighbours; the work is single-threaded and does no I/O, so CPU time is its cost.
double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int runThroughput(const QList<SqlSyntax> &dialects, qint64 megabytes, int rounds)
{
    struct Method
    {
        const char *name;
        std::function<qint64(const QByteArray &, SqlSyntax)> run;
    };
    const std::vector<Method> methods {
        { "StatementSplitter", splitRegions },
        { "StatementStream", splitStream },
        { "sqlite3_complete",
            [](const QByteArray &d, SqlSyntax) { return splitWithSqliteComplete(d); } },
    };
    std::printf(
        "%-11s %-18s %10s %10s %12s\n", "dialect", "method", "MB/s", "vs ref", "statements");
    for (SqlSyntax dialect : dialects) {
        const QByteArray dump = generate(dialect, megabytes * 1000 * 1000);
        const double mb = double(dump.size()) / 1e6;
        std::vector<std::vector<double>> rates(methods.size());
        std::vector<qint64> counts(methods.size());
        for (int round = 0; round < rounds; ++round) {
            for (size_t m = 0; m < methods.size(); ++m) {
                const double start = cpuSeconds();
                counts[m] = methods[m].run(dump, dialect);
                rates[m].push_back(mb / (cpuSeconds() - start));
            }
        }
        std::vector<double> medians;
        for (auto &r : rates) {
            std::sort(r.begin(), r.end());
            medians.push_back(r[r.size() / 2]);
        }
        for (size_t m = 0; m < methods.size(); ++m) {
            std::printf("%-11s %-18s %10.0f %9.2fx %12lld\n", qPrintable(sqlSyntaxName(dialect)),
                methods[m].name, medians[m], medians[m] / medians.back(),
                static_cast<long long>(counts[m]));
        }
        std::printf("%-11s (%.1f MB, median of %d rounds)\n", qPrintable(sqlSyntaxName(dialect)),
            mb, rounds);
    }
    return 0;
}

int runGenerate(const QString &path, SqlSyntax dialect, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    Stepwise::Bench::DumpGenerator generator(dialect);
    QByteArray chunk;
    qint64 written = 0;
    while (written < megabytes * 1000 * 1000) {
        chunk.clear();
        while (chunk.size() < (1 << 20))
            generator.appendBlock(chunk);
        file.write(chunk);
        written += chunk.size();
    }
    std::printf("%s: %lld bytes\n", qPrintable(path), static_cast<long long>(written));
    return 0;
}

int runStream(const QString &path, SqlSyntax dialect)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const long rssBefore = peakRssKiB();
    StatementStream stream(dialect, path);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    const Result<qsizetype> run = stream.run(&file, [](const SqlStatement &) { return true; });
    const double cpu = cpuSeconds() - cpuStart;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!run.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(run.error().toString()));
        return 1;
    }
    const double mb = double(file.size()) / 1e6;
    std::printf("%s: %.0f MB, %lld statements, %.0f MB/s per CPU second (%.0f MB/s wall, "
                "reading included), largest buffer %.2f MiB, peak RSS %.1f MiB (%.1f MiB "
                "before splitting)\n",
        qPrintable(path), mb, static_cast<long long>(*run), mb / cpu, mb / seconds,
        double(stream.peakBufferSize()) / 1048576.0, double(peakRssKiB()) / 1024.0,
        double(rssBefore) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dialectName = option(args, u"--dialect"_s);
    const qint64 megabytes = option(args, u"--mb"_s, u"64"_s).toLongLong();
    QList<SqlSyntax> dialects { SqlSyntax::Generic, SqlSyntax::SQLite, SqlSyntax::PostgreSQL,
        SqlSyntax::MySQL };
    if (!dialectName.isEmpty())
        dialects = { sqlSyntaxFromName(dialectName) };
    if (args.contains(u"--generate"_s))
        return runGenerate(option(args, u"--generate"_s), dialects.first(), megabytes);
    if (args.contains(u"--stream"_s))
        return runStream(option(args, u"--stream"_s), dialects.first());
    return runThroughput(dialects, megabytes, option(args, u"--rounds"_s, u"5"_s).toInt());
}
