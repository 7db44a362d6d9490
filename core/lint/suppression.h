#pragma once

#include "core/lint/lintfinding.h"
#include "core/sql/sqlstatement.h"
#include "core/sql/sqlsyntax.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace Stepwise::Core::Lint {

// One "-- stepwise:ignore CODE[, CODE...] reason" comment (also /* */ and MySQL's #). It
// applies to the statement that holds it; a comment that starts a statement's text on the line
// where the previous statement ends (after its `;`) applies to that previous statement.
struct Suppression
{
    LintFinding::Section section = LintFinding::Section::Up;
    int statement = 0; // the statement it applies to; -1: none (a comment after the last)
    int owner = 0; // the statement whose text holds the comment (for SW408)
    int line = 0; // where the comment is: file lines, 1-based columns
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    QStringList codes; // upper-cased
    QString reason;
    QList<bool> used; // per code
};

// Quick test before the comments are read: most statements hold none.
bool mayHoldSuppression(QStringView text);

// Appends the suppressions in `statement` (the `index`th of its section). `codeStart` is where
// its first token begins; `previousEndLine` the last line of the statement before it, or 0.
void findSuppressions(const SqlStatement &statement, SqlSyntax dialect,
    LintFinding::Section section, int index, qsizetype codeStart, int previousEndLine,
    std::vector<Suppression> *out);

// Appends the suppressions in the comments after the section's last statement (`last`, the
// `index`th): those that start on its last line apply to it ("DROP TABLE t; -- stepwise:ignore
// SW101 ..."), later ones to nothing.
void findTrailingSuppressions(const SqlStatement &last, QStringView sectionText, SqlSyntax dialect,
    LintFinding::Section section, int index, std::vector<Suppression> *out);

// File line and column of `offset` in a text that starts at (startLine, startColumn).
void positionOf(
    QStringView text, int startLine, int startColumn, qsizetype offset, int *line, int *column);

} // namespace Stepwise::Core::Lint
