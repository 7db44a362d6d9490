#pragma once

#include "cliparser.h"

#include "base/result.h"

#include <QTextStream>

#include <functional>

namespace Stepwise::Cli {

// Runs one `stepwise` command: loads what it needs through the core, prints text or JSON,
// and maps the core's errors to exit codes. Lives on the main thread.
class CliApp
{
public:
    explicit CliApp(CommandLine line);
    int run();

    // 0 ok, 1 migration or database failure, 2 usage/config/repository error, 3 lock timeout.
    static int exitCodeFor(Core::ErrorCode code);

private:
    int runInit();
    int runRevision();
    int runMerge();
    int runHeads();
    int runBranches();
    int runHistory();
    int runShow();
    int runPlan();
    int runUpgrade();
    int runDowngrade();
    int runStamp();
    int runCurrent();
    int runCheck();

    int usageError(const QString &message);
    // Prints an error the way Alembic does (`FAILED: …` on stdout) or as JSON, returns the code.
    int fail(const Core::Error &error);
    int failAll(const Core::ErrorList &errors);
    void printWarnings(const Core::ErrorList &warnings);
    bool json() const { return m_line.isSet(QStringLiteral("json")); }
    bool quiet() const { return m_line.isSet(QStringLiteral("quiet")); }
    bool verbose() const { return m_line.isSet(QStringLiteral("verbose")); }

    CommandLine m_line;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Stepwise::Cli
