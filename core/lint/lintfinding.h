#pragma once

#include <QString>
#include <QStringList>

namespace Stepwise::Core {

enum class LintSeverity : quint8 { Notice, Warning, Error };

// "error", "warning", "notice": the spelling of --json and of the one-line form (not translated).
QString lintSeverityName(LintSeverity severity);

// One thing a safety rule found in a revision: which rule, how serious, where, and what to do
// instead. Plain value type.
struct LintFinding
{
    enum class Section : quint8 { Up, Down };

    QString code; // "SW201": stable, documented in docs/lint.md
    LintSeverity severity = LintSeverity::Warning;
    QString message; // one line naming the objects involved
    QString explanation; // the rule's: why this is risky
    QString safeAlternative; // the rule's: what to write instead
    QString file;
    Section section = Section::Up;
    int statement = -1; // index in its section's statements
    // File lines, 1-based; columns 1-based in the statement's code units (QChars for QString
    // input), the end column one past the last character.
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    QStringList objects; // as written: "public.users", "users.email"
    bool suppressed = false; // by a "-- stepwise:ignore CODE reason" comment on the statement
    QString suppressionReason;

    // "versions/3f2a_add_users.sql:14:3: warning SW201: CREATE INDEX ... [suppressed: reason]"
    QString toString() const;

    friend bool operator==(const LintFinding &, const LintFinding &) = default;
};

} // namespace Stepwise::Core
