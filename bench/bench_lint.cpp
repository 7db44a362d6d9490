// Safety rules' speed (issue 19): linting a 50 MB revision (S6's dump shape) and the editor's
// check of a 5,000-line script.
//
//   bench_lint [--mb N] [--rounds R] [--dialect D] [--lines L] [--keystrokes K]
//       per dialect: generates an N MB revision in memory (default 50), splits it once as the
//       engine does, and lints it R times (default 5): median MB/s of lintRevision alone, and
//       of splitting and linting together. Then a migration script of L lines (default 5,000)
//       checked K times (default 50) as the editor does after a batch of keystrokes (split the
//       text, lint it): median and worst ms. Times are CPU time of the benchmark's thread (the
//       machines are shared).
#include "core/lint/linter.h"
#include "core/sql/sqlscript.h"

#include "dumpgenerator.h"

#include <QCoreApplication>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

// The S6 dump shape (bench/dumpgenerator.h) plus, every 50 blocks, one schema change from a
// rotating list, so that the classifier and the rules have real work besides skipping INSERTs.
class RevisionGenerator : public Stepwise::Bench::DumpGenerator
{
public:
    using DumpGenerator::DumpGenerator;

protected:
    bool appendOther(QByteArray &out) override
    {
        if (block() % 50 != 0)
            return false;
        appendChange(out);
        return true;
    }

private:
    void appendChange(QByteArray &out)
    {
        const QByteArray t = name("items");
        const QByteArray c = "c" + QByteArray::number(block());
        switch ((block() / 50) % 8) {
        case 0:
            out += "ALTER TABLE " + t + " ADD COLUMN " + c + " INTEGER NOT NULL DEFAULT 0;\n";
            break;
        case 1:
            out += "CREATE INDEX ix_" + c + " ON " + t + " (price, label);\n";
            break;
        case 2:
            out += "-- stepwise:ignore SW102 replaced by note\nALTER TABLE " + t + " DROP COLUMN "
                + c + ";\n";
            break;
        case 3:
            out += "UPDATE " + t + " SET note = 'n/a' WHERE note IS NULL;\n";
            break;
        case 4:
            out += "ALTER TABLE " + t + " ADD CONSTRAINT ck_" + c + " CHECK (price >= 0);\n";
            break;
        case 5:
            out += "CREATE UNIQUE INDEX ux_" + c + " ON " + t + " (id, label);\n";
            break;
        case 6:
            out += "ALTER TABLE " + t + " RENAME COLUMN note TO note_" + c + ";\n";
            break;
        default:
            out += "DROP INDEX ix_" + c + ";\n";
            break;
        }
    }

};

QByteArray generate(SqlSyntax dialect, qint64 bytes)
{
    return Stepwise::Bench::generateDump<RevisionGenerator>(dialect, bytes);
}

// A hand-written-looking migration of `lines` lines: schema changes, backfills, comments,
// suppressions; what the editor holds, DDL on every few lines (the rules' worst case).
QString migrationScript(int lines, SqlSyntax dialect)
{
    QString script;
    int written = 0;
    for (int i = 0; written < lines; ++i) {
        const QString s = Stepwise::Bench::migrationStatement(i, dialect);
        script += s + u"\n\n"_s;
        written += int(s.count(u'\n')) + 2;
    }
    return script;
}

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
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

LintInput revision(QList<SqlStatement> statements, SqlSyntax dialect)
{
    LintInput input;
    input.dialect = dialect;
    input.file = u"versions/big.sql"_s;
    input.up.statements = std::move(statements);
    input.down.present = false;
    return input;
}

void runRevision(SqlSyntax dialect, qint64 megabytes, int rounds)
{
    const QByteArray utf8 = generate(dialect, megabytes * 1000 * 1000);
    const double mb = double(utf8.size()) / 1e6;
    const QString text = QString::fromUtf8(utf8); // the engine splits the section's QString
    std::vector<double> lintRates;
    std::vector<double> totalRates;
    qsizetype statements = 0;
    qsizetype findings = 0;
    for (int round = 0; round < rounds; ++round) {
        const double start = cpuSeconds();
        const Result<SqlScript> script = SqlScript::split(text, dialect, u"versions/big.sql"_s, 2);
        if (!script.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(script.error().toString()));
            return;
        }
        const LintInput input = revision(script->statements(), dialect);
        const double split = cpuSeconds();
        const QList<LintFinding> found = lintRevision(input);
        const double end = cpuSeconds();
        statements = input.up.statements.size();
        findings = found.size();
        lintRates.push_back(mb / (end - split));
        totalRates.push_back(mb / (end - start));
    }
    std::printf("%-11s %7.1f MB %9lld statements %7lld findings   lint %6.0f MB/s   "
                "split+lint %5.0f MB/s\n",
        qPrintable(sqlSyntaxName(dialect)), mb, static_cast<long long>(statements),
        static_cast<long long>(findings), median(lintRates), median(totalRates));
}

void runEditor(SqlSyntax dialect, int lines, int keystrokes)
{
    QString script = migrationScript(lines, dialect);
    std::vector<double> checks;
    std::vector<double> lintOnly;
    qsizetype findings = 0;
    for (int k = 0; k < keystrokes; ++k) {
        // A keystroke batch: the text changed (a character typed at the end of a line in the
        // middle), then the editor splits and lints it all again.
        script.insert(script.size() / 2, u' ');
        const double start = cpuSeconds();
        const Result<SqlScript> split =
            SqlScript::split(script, dialect, u"versions/edit.sql"_s, 2);
        const double splitDone = cpuSeconds();
        LintInput input = revision(split->statements(), dialect);
        input.down.present = true;
        findings = lintRevision(input).size();
        const double end = cpuSeconds();
        checks.push_back((end - start) * 1000);
        lintOnly.push_back((end - splitDone) * 1000);
    }
    std::printf("%-11s %5d lines %7lld findings   split+lint median %6.2f ms, worst %6.2f ms   "
                "(lint alone %5.2f ms)\n",
        qPrintable(sqlSyntaxName(dialect)), int(script.count(u'\n')),
        static_cast<long long>(findings), median(checks),
        *std::max_element(checks.begin(), checks.end()), median(lintOnly));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 megabytes = option(args, u"--mb"_s, u"50"_s).toLongLong();
    const int rounds = option(args, u"--rounds"_s, u"5"_s).toInt();
    const int lines = option(args, u"--lines"_s, u"5000"_s).toInt();
    const int keystrokes = option(args, u"--keystrokes"_s, u"50"_s).toInt();
    QList<SqlSyntax> dialects { SqlSyntax::Generic, SqlSyntax::SQLite, SqlSyntax::PostgreSQL,
        SqlSyntax::MySQL };
    if (const QString name = option(args, u"--dialect"_s); !name.isEmpty())
        dialects = { sqlSyntaxFromName(name) };
    std::printf("Linting a %lld MB revision (median of %d rounds, MB per CPU second):\n",
        static_cast<long long>(megabytes), rounds);
    for (SqlSyntax d : dialects)
        runRevision(d, megabytes, rounds);
    std::printf("\nThe editor's check of a %d-line script (median of %d keystroke batches):\n",
        lines, keystrokes);
    for (SqlSyntax d : dialects)
        runEditor(d, lines, keystrokes);
    return 0;
}
