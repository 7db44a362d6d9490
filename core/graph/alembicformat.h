#pragma once

#include "core/base/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Core {

class RevisionGraph;
struct PlanStep;

// Alembic's stdout text for the read-only commands (§5), byte for byte, including its odd
// spacing. Every function returns the whole output with a final newline per printed line
// (the empty string when Alembic prints nothing). Not translated: scripts compare it with
// Alembic's. Stateless; `rows` are version-table ids in table order.
class AlembicFormat
{
public:
    struct LineParts
    {
        bool parents = false;   // "<parents> (<deps>) -> " prefix
        bool labels = false;    // " (label, …)"
        bool headFlags = false; // " (head)" / " (effective head)"
        bool current = false;   // " (current)" (history -i; needs isCurrent)
        bool treeFlags = false; // " (branchpoint)" / " (mergepoint)"
        bool message = false;   // ", <message>"
        bool isCurrent = false;
    };

    // The one-line form of §5.1 (no newline).
    static QString oneLine(const RevisionGraph &graph, int revision, const LineParts &parts);
    // The verbose entry of §5.2, ending with its empty line.
    static QString verbose(const RevisionGraph &graph, int revision, bool isCurrent = false);

    static QString heads(const RevisionGraph &graph, bool verbose, bool resolveDependencies);
    static QString branches(const RevisionGraph &graph, bool verbose);
    // rangeText: the -r value; a null QString means no -r (the whole history). indicateCurrent marks rows (history -i).
    static Result<QString> history(const RevisionGraph &graph, const QString &rangeText,
                                   bool verbose, bool indicateCurrent, const QStringList &rows);
    static Result<QString> show(const RevisionGraph &graph, const QString &revision,
                                const QStringList &rows);
    // redactedUrl: the URL with the password already replaced by XXXXX (for -v).
    static Result<QString> current(const RevisionGraph &graph, const QStringList &rows,
                                   bool verbose, const QString &redactedUrl);

    // "Running upgrade c, e -> m, merge left and right" (§5.7; no logger prefix, no newline).
    static QString runningLine(const RevisionGraph &graph, const PlanStep &step);
};

} // namespace Stepwise::Core
