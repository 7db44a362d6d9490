#pragma once

#include "core/lint/lintfinding.h"
#include "core/sql/sqlsyntax.h"

#include <QString>
#include <QStringView>

#include <span>

namespace Stepwise::Core {

namespace Lint {
class StatementContext;
class RevisionContext;
} // namespace Lint

enum class LintCategory : quint8 {
    Destructive, // SW1xx: data or clients break
    Locking, // SW2xx: long locks and table rewrites
    DataDependent, // SW3xx: may fail on the data in production
    Hygiene, // SW4xx: the revision as a whole
};

// One safety rule: the registry's row. Codes are stable: a rule is never renumbered, and a
// retired code is not reused. Strings are source text; the accessors translate.
struct LintRule
{
    const char *code; // "SW101"
    const char *name; // "drop-table"
    LintSeverity severity;
    LintCategory category;
    quint8 dialects; // bits: 1 << int(SqlSyntax)
    const char *title; // short, a noun phrase
    const char *explanation; // why it is risky
    const char *safeAlternative; // what to do instead
    void (*check)(Lint::StatementContext &context); // per statement, or null
    void (*finish)(Lint::RevisionContext &context); // once per revision, or null

    bool appliesTo(SqlSyntax dialect) const { return dialects & (1u << unsigned(dialect)); }
    QString translatedTitle() const;
    QString translatedExplanation() const;
    QString translatedSafeAlternative() const;
};

// Every rule, in code order.
std::span<const LintRule> lintRules();
// The rule with this code (case-insensitive), or null.
const LintRule *findLintRule(QStringView code);

} // namespace Stepwise::Core
