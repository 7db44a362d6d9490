#pragma once

#include "core/base/result.h"
#include "core/graph/planner.h"
#include "core/lint/linter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Stepwise::Core {

class RevisionGraph;
struct Revision;

// The one place where a revision becomes core/lint's input: its sections split by the
// dialect's splitter exactly as the engine runs them (StepScript), with their
// transaction:false flags and whether the file has a down section. Everything that lints —
// `stepwise lint`, `upgrade`'s check, Studio's editor, its run confirmation and autogenerate —
// goes through here.

// A native revision as loaded (with its sections). Errors: a Python (Alembic) revision, or a
// section the splitter cannot split (file:line).
Result<LintInput> lintInputFor(const Revision &revision, SqlSyntax dialect,
                               std::chrono::milliseconds sessionLockTimeout = {});

// A native revision file's text as the editor holds it (saved or not). Errors: the file is not
// a native revision, or a section cannot be split.
Result<LintInput> lintInputForText(const QString &text, const QString &relativePath,
                                   SqlSyntax dialect,
                                   std::chrono::milliseconds sessionLockTimeout = {});

// The sections of a revision not written yet (autogenerate's SQL, before the file exists):
// linted as they would be in the file; lines count from each section's first line.
Result<QList<LintFinding>> lintRevisionSql(const QString &upSql, bool upTransactional,
                                           const QString &downSql, bool downTransactional,
                                           SqlSyntax dialect, const QString &file = {});

// lintRevision() of lintInputFor(), each finding carrying the revision's id.
Result<QList<LintFinding>> lintRevisionFile(const Revision &revision, SqlSyntax dialect,
                                            std::chrono::milliseconds sessionLockTimeout = {});

// Findings ordered for a person, suppressed ones left out: errors first, destructive (SW1xx)
// before the others within a severity, otherwise in the order given (step order).
QList<LintFinding> lintFindingsForDisplay(QList<LintFinding> findings);

// What a plan would run, linted: for an upgrade step the findings of the revision's up section,
// for a downgrade step those of its down section; stamp steps run nothing. In step order.
struct PlanLint
{
    QList<LintFinding> findings;
    QStringList notLinted; // Python (Alembic) revisions of the plan: their SQL is not known here

    // Error-level findings, not suppressed, whose code is not in `allowed` ("SW101"): what
    // stops `upgrade` without --allow and needs Studio's explicit confirmation.
    QList<LintFinding> blocking(const QStringList &allowed = {}) const;
    // lintFindingsForDisplay(findings).
    QList<LintFinding> forDisplay() const { return lintFindingsForDisplay(findings); }
    // An error (ErrorCode::Unsafe) listing blocking(allowed), with how to run anyway
    // (`--allow CODE,…`), or success when nothing blocks.
    Result<void> refuseBlocking(const QStringList &allowed) const;
};

Result<PlanLint> lintPlan(const RevisionGraph &graph, const Plan &plan, SqlSyntax dialect,
                          std::chrono::milliseconds sessionLockTimeout = {});

// "--allow SW101,SW302": the codes, upper-cased and checked against the rule registry.
// Errors: a code no rule has (named).
Result<QStringList> parseAllowedLintCodes(const QString &list);

} // namespace Stepwise::Core
