// libFuzzer target for the safety checks (core/lint) and their adapter (core/engine's
// revisionlint). The first byte picks the dialect (byte % 4: Generic, SQLite, PostgreSQL,
// MySQL); the rest is a native revision file's text (UTF-8, invalid bytes replaced). It goes
// through lintInputForText() + lintRevision() as `stepwise lint` and the editor run it, and as a
// whole up section through lintRevisionSql() as autogenerate does. Besides "never crash or hang"
// it checks what every finding promises: a registered code whose rule applies to the dialect, a
// statement of its section, and lines inside the text, in order.
#include "core/engine/revisionlint.h"
#include "core/lint/linter.h"
#include "core/lint/lintrule.h"
#include "core/sql/sqlsyntax.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Stepwise::Core;
using namespace Qt::StringLiterals;

namespace {

void check(bool condition, const char *what, const LintFinding *f = nullptr)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_lint: broken promise: %s\n", what);
        if (f)
            std::fprintf(stderr, "  finding: %s (statement %d, lines %d-%d)\n",
                qPrintable(f->toString()), f->statement, f->line, f->endLine);
        std::abort();
    }
}

void checkFindings(const QList<LintFinding> &findings, SqlSyntax dialect, int lines,
                   const LintInput *input)
{
    // A statement's last line may be the text's last, with no newline after it; a margin of
    // one more covers an end position one past a final newline.
    const int maxLine = lines + 1;
    for (const LintFinding &f : findings) {
        const LintRule *rule = findLintRule(f.code);
        check(rule != nullptr, "the code is a registered rule's", &f);
        check(rule->appliesTo(dialect), "the rule applies to the dialect", &f);
        check(f.statement >= 0, "a statement index", &f);
        if (input) {
            const LintSection &section =
                f.section == LintFinding::Section::Up ? input->up : input->down;
            check(f.statement < section.statements.size(), "a statement of its section", &f);
        }
        check(f.line >= 1 && f.line <= maxLine, "line inside the text", &f);
        check(f.endLine >= f.line && f.endLine <= maxLine, "end line after line, inside", &f);
        check(f.column >= 1 && f.endColumn >= 1, "columns are 1-based", &f);
        check(f.line != f.endLine || f.endColumn >= f.column, "end column after column", &f);
        check(!f.toString().isEmpty(), "toString() gives a line", &f);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const SqlSyntax dialect = SqlSyntax(data[0] % 4);
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int lines = int(text.count(u'\n')) + 1;

    const Result<LintInput> input = lintInputForText(text, u"f.sql"_s, dialect);
    if (input) {
        check(input->dialect == dialect, "the input keeps the dialect");
        checkFindings(lintRevision(*input), dialect, lines, &*input);
    }

    const Result<QList<LintFinding>> raw = lintRevisionSql(text, true, {}, true, dialect);
    if (raw)
        checkFindings(*raw, dialect, lines, nullptr);
    return 0;
}
