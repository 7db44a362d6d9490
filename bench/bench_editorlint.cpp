// The editor's safety check as one types (issue 19: "the editor's check of a 5,000-line script
// stays under 50 ms per keystroke batch"), end to end in a real ScriptEditor, offscreen.
//
//   QT_QPA_PLATFORM=offscreen bench_editorlint [--lines L] [--batches N] [--dialect D]
//       a native revision of L lines (default 5,000: schema changes, backfills, comments,
//       suppressions, DDL every few lines) open in a ScriptEditor; N times (default 50) one
//       keystroke batch — a character typed in the middle of the script — then the check the
//       typing pause runs (ScriptEditor::lintNow: the text read back, lintInputForText,
//       lintRevision, the underlines and margin icons replaced). Prints the median and worst
//       per batch, its parts, and the median's share of the 50 ms budget. Times are wall clock
//       of the GUI thread (what the person typing waits for) and its CPU time (the machines
//       are shared).
#include "dumpgenerator.h"

#include "ui/editor/scripteditor.h"

#include "core/engine/revisionlint.h"

#include <QApplication>
#include <QElapsedTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Stepwise;
using Core::SqlSyntax;

namespace {

constexpr double budgetMs = 50;

// The hand-written-looking migration of bench_lint (dumpgenerator.h; the rules' worst
// case) as a native revision file of `lines` lines: a header, the up section, and a down
// section of a tenth of it.
QString revisionText(int lines, SqlSyntax dialect)
{
    QString text = u"-- revision: 5c3e9a1f7b20\n-- parents: 4b7e1d2c9a10\n"
                   "-- message: Big migration\n\n-- migrate:up\n"_s;
    int written = 5;
    bool down = false;
    for (int i = 0; written < lines; ++i) {
        if (!down && written >= lines * 9 / 10) {
            text += u"-- migrate:down\n"_s;
            ++written;
            down = true;
        }
        const QString s = Stepwise::Bench::migrationStatement(i, dialect);
        text += s + u"\n\n"_s;
        written += int(s.count(u'\n')) + 2;
    }
    return text;
}

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int lines = option(args, u"--lines"_s, u"5000"_s).toInt();
    const int batches = std::max(1, option(args, u"--batches"_s, u"50"_s).toInt());
    const SqlSyntax dialect = Core::sqlSyntaxFromName(option(args, u"--dialect"_s, u"postgresql"_s));

    const QString text = revisionText(lines, dialect);
    Ui::ScriptEditor editor;
    editor.setDialect(dialect);
    editor.setText(text);
    editor.resize(1000, 700);
    editor.show();
    editor.lintNow();
    QCoreApplication::processEvents();

    std::vector<double> wall, cpu, split, lint;
    qsizetype findings = 0;
    qsizetype shown = 0;
    // The middle of the script: a token that occurs once.
    const QString token = u"orders_%1 "_s.arg(int(text.count(u"\n\n"_s) / 2) / 8 * 8 + 1);
    QString current = token;
    for (int b = 0; b < batches; ++b) {
        // The keystrokes (a character typed, or deleted again), then the pause's check.
        if (!editor.findNext(current, true) || !editor.replaceSelection(b % 2 ? token : token + u'x')) {
            std::fprintf(stderr, "cannot find %s in the script\n", qPrintable(current));
            return 1;
        }
        current = b % 2 ? token : token + u'x';
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        editor.lintNow();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpuStart);
        // The core's part alone, on the same text.
        const QString now = editor.text();
        const double s0 = cpuMs();
        const Core::Result<Core::LintInput> input =
            Core::lintInputForText(now, u"versions/5c3e9a1f7b20_big.sql"_s, dialect);
        const double s1 = cpuMs();
        if (!input) {
            std::fprintf(stderr, "%s\n", qPrintable(input.error().toString()));
            return 1;
        }
        const QList<Core::LintFinding> found = Core::lintRevision(*input);
        lint.push_back(cpuMs() - s1);
        split.push_back(s1 - s0);
        findings = editor.lintFindings().size();
        shown = std::count_if(found.cbegin(), found.cend(), [](const Core::LintFinding &f) { return !f.suppressed; });
        QCoreApplication::processEvents(); // the repaint, as between two batches
    }
    const double med = median(wall);
    std::printf("%s, %d lines, %lld findings (%lld shown), median of %d keystroke batches:\n",
                qPrintable(Core::sqlSyntaxName(dialect)), int(editor.text().count(u'\n')),
                static_cast<long long>(findings), static_cast<long long>(shown), batches);
    std::printf("  check per batch  %6.2f ms wall (worst %6.2f), %6.2f ms CPU\n", med,
                *std::max_element(wall.begin(), wall.end()), median(cpu));
    std::printf("  of which         %6.2f ms lintInputForText, %6.2f ms lintRevision (CPU), the rest "
                "reading the text and drawing the marks\n",
                median(split), median(lint));
    std::printf("  budget           %6.1f%% of %.0f ms (%.1fx under)\n", 100 * med / budgetMs, budgetMs,
                budgetMs / med);
    return med <= budgetMs ? 0 : 2;
}
