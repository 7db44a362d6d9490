#pragma once

#include "cliparser.h"

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"
#include "core/repository/revisionwriter.h"

#include <QTextStream>

#include <functional>
#include <optional>

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
    int runHistoryWithRows();
    int runShowCurrent();
    static QByteArray planJson(const Core::RevisionGraph &graph, const Core::Plan &plan);

    struct Loaded
    {
        Core::Project project;
        Core::RevisionGraph graph;
    };
    // Finds and loads the project (--project or this folder and its parents) and builds its
    // graph; on any problem prints every error and sets m_exitCode.
    std::optional<Loaded> load(bool headersOnly = true);
    QString projectOption() const { return m_line.value(QStringLiteral("project")); }
    int writeRevision(const Loaded &loaded, Core::NewRevision revision);
    Core::Result<QStringList> resolveNewParents(const Loaded &loaded, const QStringList &texts);
    struct Profile
    {
        QString url; // without a password
        QString keychainKey;
        bool keychain = false; // Studio saved its password in the OS keychain
    };
    Core::Result<Profile> connectionProfile() const;
    Core::Result<Core::ConnectionUrl> databaseUrl(const Core::ProjectConfig &config) const;
    Core::Result<const Core::Dialect *> offlineDialect(const Core::ProjectConfig &config) const;
    int runMigration(Core::Planner::Command command, const QStringList &targets);
    int runOffline(const Loaded &loaded, Core::Planner::Command command, const QStringList &targets);
    int runOnline(const Loaded &loaded, Core::Planner::Command command, const QStringList &targets);
    std::optional<int> readRows(const Loaded &loaded, QStringList *rows, QString *display);

    int usageError(const QString &message);
    // Prints an error the way Alembic does (`FAILED: …` on stdout) or as JSON, returns the code.
    int fail(const Core::Error &error);
    int failAll(const Core::ErrorList &errors);
    void printWarnings(const Core::ErrorList &warnings);
    bool json() const { return m_line.isSet(QStringLiteral("json")); }
    bool quiet() const { return m_line.isSet(QStringLiteral("quiet")); }
    bool verbose() const { return m_line.isSet(QStringLiteral("verbose")); }

    CommandLine m_line;
    int m_exitCode = 0;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Stepwise::Cli
