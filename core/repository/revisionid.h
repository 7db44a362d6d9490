#pragma once

#include <QString>
#include <QStringView>

namespace Stepwise::Core {

// The rules for revision ids and branch labels (revision-format.md, alembic-semantics §1.7 ⚑).
// Each check returns an empty string when the value is acceptable, else the message to report.
class RevisionId
{
public:
    // The heads table column is VARCHAR(32): longer ids are rejected when a project loads.
    static constexpr int MaxLength = 32;

    // Native files: 1–32 characters of [A-Za-z0-9_], not a reserved word.
    static QString checkNative(QStringView id);
    // Alembic files: Alembic's own character rule and message, plus Stepwise's ⚑ rules
    // (not empty, not reserved, at most 32 characters).
    static QString checkAlembic(QStringView id);
    // Branch labels: no '@', ':', '+', '-', whitespace or ',' (they would break target syntax).
    static QString checkLabel(QStringView label);
    // head, heads, base and current mean something else in targets.
    static bool isReserved(QStringView id);
    // Alembic's legacy rule: a file named only by lower-case hex digits + ".py" is its own id.
    static bool isLegacyHexFileName(QStringView fileName);
};

} // namespace Stepwise::Core
