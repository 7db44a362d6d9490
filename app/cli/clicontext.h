#pragma once

#include "cliparser.h"

#include "core/base/error.h"
#include "core/engine/alembicdriver.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QTextStream>

#include <optional>

namespace Stepwise::Cli {

// What every command shares: the parsed command line, the output and error streams, loading the
// project and its graph, and printing errors the way scripts expect them. One per process run,
// on the main thread.
class CliContext
{
public:
    explicit CliContext(CommandLine line);

    const CommandLine &line() const { return m_line; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_line.isSet(QStringLiteral("json")); }
    bool quiet() const { return m_line.isSet(QStringLiteral("quiet")); }
    bool verbose() const { return m_line.isSet(QStringLiteral("verbose")); }

    struct Loaded
    {
        Core::Project project;
        Core::RevisionGraph graph;
    };
    // Finds and loads the project (--project or this folder and its parents) and builds its
    // graph; on any problem prints every error and sets exitCode().
    std::optional<Loaded> load(bool headersOnly = true);
    // load() for the read-only commands, which print and end: the project is left for the exit
    // to reclaim, because freeing tens of thousands of revisions piece by piece costs more than
    // printing them (a tenth of `heads` on 10,000 revisions).
    const std::optional<Loaded> &loadUntilExit();
    // The exit code of the last failed load().
    int exitCode() const { return m_exitCode; }

    int usageError(const QString &message);
    // Prints an error the way Alembic does (`FAILED: …` on stdout) or as JSON, returns the code.
    int fail(const Core::Error &error);
    int failAll(const Core::ErrorList &errors);
    void printWarnings(const Core::ErrorList &warnings);

    // Alembic projects: the Python that runs them (--python, else STEPWISE_PYTHON, else found).
    Core::PythonSetup pythonSetup() const;

    // 0 ok, 1 migration or database failure, 2 usage/config/repository error, 3 lock timeout,
    // 4 refused by a safety check (upgrade without --allow).
    static int exitCodeFor(Core::ErrorCode code);

private:
    CommandLine m_line;
    int m_exitCode = 0;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Stepwise::Cli
