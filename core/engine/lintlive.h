#pragma once

#include "core/lint/lintfinding.h"

#include <QList>
#include <QSqlDatabase>

#include <chrono>

namespace Stepwise::Core {

class Dialect;

struct LintLiveOptions
{
    // Bound of each read-only query (row counts, duplicates, violating rows).
    std::chrono::milliseconds timeout { 5000 };
};

// The data-aware part of the safety checks (issue 19): on an open connection, read-only queries
// fill each finding's LintFinding::live numbers. See lintlive.cpp.
void measureLintFindings(QList<LintFinding> &findings, const QSqlDatabase &db,
                         const Dialect &dialect, const LintLiveOptions &options = {});

} // namespace Stepwise::Core
