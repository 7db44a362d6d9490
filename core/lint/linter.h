#pragma once

#include "core/lint/lintfinding.h"
#include "core/sql/sqlstatement.h"
#include "core/sql/sqlsyntax.h"

#include <QList>
#include <QString>

#include <chrono>

namespace Stepwise::Core {

// One section of a revision as the engine runs it (StepScript): its statements, split by the
// dialect's splitter, and whether they run in one transaction.
struct LintSection
{
    QList<SqlStatement> statements;
    bool present = true; // false: the file has no such section (a down-less revision)
    bool transactional = true; // false for "-- migrate:up transaction:false"
    // Optional: the text the statements were split from (RevisionSection::text). Only a
    // "-- stepwise:ignore" comment after the last statement's `;` needs it: the splitter
    // gives comments to the statement that follows them, and none follows the last.
    QString text;
};

// What the rules read: the revision's two sections and the database they are for. The dialect
// is core/sql's SqlSyntax (what core/db's Dialect::splitterName() names), so this library
// needs no core/db and runs where no database is configured (the editor, CI).
struct LintInput
{
    LintSection up;
    LintSection down;
    SqlSyntax dialect = SqlSyntax::Generic;
    QString file; // for messages
    // The lock wait the run's session sets before the first statement (SessionTimeouts; the
    // engine's default is 30 s); zero when not known, as for a script written by --sql for
    // another client to run.
    std::chrono::milliseconds sessionLockTimeout { 0 };
};

// Runs every rule that applies to the dialect over both sections; findings in file order
// (up, then down; by statement), suppressed ones included and marked. Pure: no database, no
// files; linear in the statements (a 50 MB revision in well under a second, see
// bench/bench_lint.cpp). Thread-safe.
QList<LintFinding> lintRevision(const LintInput &input);

} // namespace Stepwise::Core
