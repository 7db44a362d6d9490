#pragma once

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/db/sessiontimeouts.h"
#include "core/engine/alembicdriver.h"
#include "core/engine/runner.h"
#include "core/engine/versionstore.h"
#include "core/graph/planner.h"
#include "core/repository/projectconfig.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace Stepwise::Core {

class AlembicRunner;
class DatabaseLock;
class PasswordProvider;
class RevisionGraph;
class RunObserver;
struct ProjectConfig;

// The heads and history tables a project uses (stepwise_version / alembic_version, …).
VersionTables versionTablesFor(const ProjectConfig &config);

// One connection to one database for one project: reads its state and runs commands with
// the engine's guarantees — files and targets are checked before anything is written, the
// migration lock is held while heads are read, planned and changed, a run that finds the
// heads moved by someone else plans again. Lives in (and must be used from) one thread;
// the connection is closed and removed when the session is destroyed.
class MigrationSession
{
public:
    struct Options
    {
        // This run's lock and statement timeouts (--lock-timeout, --statement-timeout); what
        // they leave unset comes from the connection profile, then from stepwise.ini.
        SessionTimeouts timeouts;
        bool transactionPerMigration = true;
        bool resume = false; // `upgrade --resume`: finish a half-applied step
        StepChecks checks; // what the user confirmed (`--allow-empty-down`)
        // Alembic projects: the Python that runs their revisions (AlembicDriver).
        PythonSetup python;
        // The safety checks (core/lint, revisionlint.h) of what an upgrade or downgrade of a
        // native project would run: an error-level finding whose code is not in `allowed`
        // refuses the run (ErrorCode::Unsafe) before anything is written. Off unless asked
        // for: the CLI turns it on (`--allow CODE,…`); Studio passes the codes its
        // confirmation showed and the user confirmed.
        struct LintGate
        {
            bool enabled = false;
            QStringList allowed;
        } lint;
    };

    ~MigrationSession();
    MigrationSession(const MigrationSession &) = delete;
    MigrationSession &operator=(const MigrationSession &) = delete;

    // A run's timeouts: `given` (--lock-timeout, --statement-timeout) over the connection
    // profile's (carried by the URL) over stepwise.ini's. What run() applies, and what the safety
    // checks weigh a plan against before it runs.
    static SessionTimeouts timeoutsFor(const ConnectionUrl &url, const ProjectConfig &config,
                                       const SessionTimeouts &given = {});

    static Result<std::unique_ptr<MigrationSession>> open(const ConnectionUrl &url,
                                                          const ProjectConfig &config,
                                                          const RevisionGraph &graph,
                                                          PasswordProvider *passwords = nullptr);

    QSqlDatabase database() const { return m_db; }
    // The URL with the password the connection used (from the URL, STEPWISE_PASSWORD, the
    // keychain or the prompt): what a program connecting by itself needs.
    const ConnectionUrl &url() const { return m_url; }
    VersionStore &store() { return *m_store; }
    const Dialect &dialect() const { return *m_dialect; }

    // Read-only: never creates a table.
    Result<QStringList> readHeads() const;
    // What `command targets` would do from the current heads, without the lock.
    Result<Plan> plan(Planner::Command command, const QStringList &targets,
                      const PlanOptions &planOptions = {}) const;

    struct Outcome
    {
        Plan plan;       // the plan that ran last (after any re-planning)
        RunReport report;
    };
    Result<Outcome> run(Planner::Command command, const QStringList &targets, const Options &options,
                        const PlanOptions &planOptions = {}, RunObserver *observer = nullptr);
    // From any thread: stop between steps.
    void cancel();

private:
    MigrationSession() = default;
    Result<void> checkUnresolved(const Plan &plan, const Options &options, int *resumeAt);
    void reportBusyWriter(RunObserver *observer);
    Result<Plan> planReportingWait(Planner::Command command, const QStringList &targets,
                                   const PlanOptions &planOptions, std::chrono::milliseconds timeout,
                                   RunObserver *observer);

    QString m_connectionName;
    QSqlDatabase m_db;
    const Dialect *m_dialect = nullptr;
    const RevisionGraph *m_graph = nullptr;
    std::unique_ptr<VersionStore> m_store;
    std::atomic<Runner *> m_runner = nullptr;
    std::atomic<AlembicRunner *> m_alembicRunner = nullptr;
    ConnectionUrl m_url;      // with the password the connection used (for env.py)
    ProjectConfig m_config;
    std::atomic<bool> m_cancelled = false;
};

} // namespace Stepwise::Core
