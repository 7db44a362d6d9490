#include "core/engine/migrationsession.h"

#include "core/engine/alembicrunner.h"
#include "core/engine/databaselock.h"
#include "core/engine/revisionlint.h"
#include "core/engine/runobserver.h"
#include "core/engine/stepscript.h"

#include "core/base/tr.h"
#include "core/db/connectionurl.h"
#include "core/db/database.h"
#include "core/db/dialect.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectconfig.h"

#include <QDir>
#include <QLockFile>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

VersionTables versionTablesFor(const ProjectConfig &config)
{
    VersionTables tables = config.kind == ProjectConfig::Kind::Alembic
        ? VersionTables::alembic(config.versionTableSchema)
        : VersionTables::native(config.versionTableSchema);
    if (!config.versionTable.isEmpty())
        tables.heads.name = config.versionTable;
    if (!config.historyTable.isEmpty())
        tables.history.name = config.historyTable;
    return tables;
}

MigrationSession::~MigrationSession()
{
    m_store.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<MigrationSession>> MigrationSession::open(const ConnectionUrl &url,
                                                                 const ProjectConfig &config,
                                                                 const RevisionGraph &graph,
                                                                 PasswordProvider *passwords)
{
    std::unique_ptr<MigrationSession> session(new MigrationSession);
    session->m_connectionName = u"stepwise-session-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QSqlDatabase> db = openDatabase(url, session->m_connectionName, passwords);
    if (!db)
        return db.error();
    session->m_db = *db;
    session->m_dialect = &url.dialect();
    session->m_graph = &graph;
    session->m_config = config;
    session->m_url = url;
    if (!url.hasPassword() && !session->m_db.password().isEmpty())
        session->m_url.setPassword(session->m_db.password());
    session->m_store = std::make_unique<VersionStore>(session->m_db, url.dialect(), versionTablesFor(config));
    return session;
}

Result<QStringList> MigrationSession::readHeads() const
{
    return m_store->readHeads();
}

Result<Plan> MigrationSession::plan(Planner::Command command, const QStringList &targets,
                                    const PlanOptions &planOptions) const
{
    const Result<QStringList> rows = readHeads();
    if (!rows)
        return rows.error();
    return Planner::plan(*m_graph, *rows, command, targets, planOptions);
}

void MigrationSession::cancel()
{
    m_cancelled = true;
    if (Runner *runner = m_runner.load())
        runner->cancel();
    if (AlembicRunner *runner = m_alembicRunner.load())
        runner->cancel();
}

// A step left half-done by an earlier run (MySQL/MariaDB DDL, transaction:false, a kill)
// blocks further runs until it is resumed or the user stamps.
Result<void> MigrationSession::checkUnresolved(const Plan &plan, const Options &options, int *resumeAt)
{
    *resumeAt = 0;
    const Result<std::optional<HistoryEntry>> pending = m_store->unresolvedStep();
    if (!pending)
        return pending.error();
    if (!pending->has_value())
        return {};
    const HistoryEntry &e = **pending;
    const int r = m_graph->indexOf(e.revision);
    const QString where = r >= 0 ? m_graph->revision(r).relativePath : QString();
    const bool matches = !plan.steps.isEmpty() && plan.steps.first().revision == e.revision
        && historyDirectionName(e.direction)
            == historyDirectionName(plan.steps.first().direction == PlanStep::Up ? HistoryDirection::Up
                                                                                 : HistoryDirection::Down);
    const QString what = e.status == HistoryStatus::Running
        ? Tr::tr("was interrupted after %1 statement(s)").arg(e.statementsDone)
        : Tr::tr("failed after %1 statement(s)").arg(e.statementsDone);
    // A Python revision is one function: it cannot be continued half way.
    if (m_config.kind == ProjectConfig::Kind::Alembic) {
        return Error(ErrorCode::Database,
                     Tr::tr("Revision %1 %2 that stayed applied (%3). A Python revision cannot be "
                            "resumed half way: undo or finish those statements by hand, then "
                            "record the real state with `stepwise stamp`.")
                         .arg(e.revision, what, e.error.isEmpty() ? Tr::tr("no error recorded") : e.error),
                     where);
    }
    if (options.resume && matches) {
        *resumeAt = e.statementsDone;
        return {};
    }
    QString message = Tr::tr("Revision %1 %2 and is half-applied (%3). Fix the file and run "
                             "`stepwise upgrade --resume` to run the remaining statements, or "
                             "record the real state with `stepwise stamp`.")
                          .arg(e.revision, what, e.error.isEmpty() ? Tr::tr("no error recorded") : e.error);
    if (options.resume)
        message += u' ' + Tr::tr("(--resume continues only that step, and this command starts with another one.)");
    return Error(ErrorCode::Database, message, where);
}

// Without a session lock (SQLite) a run waits for another one inside the busy handler —
// mostly while reading, as the other run commits step after step — and would say nothing.
// One look without waiting tells whether another connection is writing now, so the wait can
// be reported (R2); the lock itself is still each step's BEGIN IMMEDIATE.
void MigrationSession::reportBusyWriter(RunObserver *observer)
{
    const QString noWait = m_dialect->busyTimeoutSql(0);
    const QString begin = m_dialect->beginStepSql();
    if (m_dialect->hasSessionLock() || noWait.isEmpty() || begin.isEmpty())
        return;
    QSqlQuery q(m_db);
    if (!q.exec(noWait))
        return;
    if (q.exec(begin)) {
        q.exec(u"ROLLBACK"_s);
        return;
    }
    const Error e = fromQueryError(q, QString(), m_dialect);
    if (e.code() == ErrorCode::Lock)
        observer->waitingForLock(Tr::tr("another connection writing to the database file"));
}

// SQLite again: while another run commits step after step, reading the heads waits in the
// busy handler (a writer's pending lock keeps new readers out). Read once without waiting so
// that wait is reported too, then read as patiently as the lock timeout allows.
Result<Plan> MigrationSession::planReportingWait(Planner::Command command, const QStringList &targets,
                                                 const PlanOptions &planOptions,
                                                 std::chrono::milliseconds timeout, RunObserver *observer)
{
    const QString noWait = m_dialect->busyTimeoutSql(0);
    if (!observer || m_dialect->hasSessionLock() || noWait.isEmpty())
        return plan(command, targets, planOptions);
    QSqlQuery q(m_db);
    (void)q.exec(noWait);
    Result<Plan> quick = plan(command, targets, planOptions);
    (void)q.exec(m_dialect->busyTimeoutSql(int(qMin<qint64>(timeout.count(), INT_MAX))));
    if (quick || quick.error().code() != ErrorCode::Lock)
        return quick;
    observer->waitingForLock(Tr::tr("another connection writing to the database file"));
    return plan(command, targets, planOptions);
}

namespace {

// SQLite has no session lock, and a write lock held by Stepwise would block the Alembic
// driver's own connection; an Alembic run on a SQLite file therefore holds a lock file beside
// it (like SQLite's own -journal), which the next run waits for. A run killed with -9 leaves
// the file behind; QLockFile sees its process is gone and takes it over.
Result<void> lockSqliteFile(QLockFile &file, std::chrono::milliseconds timeout,
                            RunObserver *observer, const std::atomic<bool> &cancelled)
{
    file.setStaleLockTime(0); // a long run is not stale; only a dead holder is
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    bool reported = false;
    for (;;) {
        if (file.tryLock(0))
            return {};
        if (file.error() != QLockFile::LockFailedError)
            return Error(ErrorCode::Io, Tr::tr("Cannot create the run's lock file %1")
                                            .arg(QDir::toNativeSeparators(file.fileName())));
        qint64 pid = 0;
        QString host, app;
        file.getLockInfo(&pid, &host, &app);
        const QString holder = Tr::tr("another run on this database file (%1, process %2 on %3)")
                                   .arg(app, QString::number(pid), host);
        if (!reported && observer)
            observer->waitingForLock(holder);
        reported = true;
        if (cancelled)
            return Error(ErrorCode::Cancelled, Tr::tr("Cancelled while waiting for the migration lock"));
        if (std::chrono::steady_clock::now() >= deadline)
            return Error(ErrorCode::Lock,
                         Tr::tr("Timed out after %1 s waiting for the migration lock held by %2")
                             .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())
                             .arg(holder));
        QThread::msleep(100);
    }
}

} // namespace

SessionTimeouts MigrationSession::timeoutsFor(const ConnectionUrl &url, const ProjectConfig &config,
                                              const SessionTimeouts &given)
{
    return given.over(url.sessionTimeouts()).over({config.lockTimeout, config.statementTimeout});
}

Result<MigrationSession::Outcome> MigrationSession::run(Planner::Command command,
                                                         const QStringList &targets,
                                                         const Options &options,
                                                         const PlanOptions &planOptions,
                                                         RunObserver *observer)
{
    const SessionTimeouts timeouts = timeoutsFor(m_url, m_config, options.timeouts);
    const std::chrono::milliseconds lockTimeout = timeouts.lockOrDefault();
    // ⚑ Validate and resolve before any database work: a refused command writes nothing.
    Result<Plan> first = planReportingWait(command, targets, planOptions, lockTimeout, observer);
    if (!first)
        return first.error();
    // Python revisions are run by their own Alembic, started once for the run.
    const bool alembic = m_config.kind == ProjectConfig::Kind::Alembic && command != Planner::Command::Stamp;
    if (!alembic) {
        if (Result<QList<StepScript>> s = StepScript::forPlan(*m_graph, *first, *m_dialect, options.checks); !s)
            return s.error();
    }
    // The safety checks refuse before the lock is waited for (and again below, should the
    // heads have moved and the plan changed).
    const auto checkSafety = [&](const Plan &plan) -> Result<void> {
        if (alembic || !options.lint.enabled || command == Planner::Command::Stamp)
            return {};
        const Result<PlanLint> lint =
            lintPlan(*m_graph, plan, sqlSyntaxFromName(m_dialect->splitterName()), lockTimeout);
        if (!lint)
            return lint.error();
        return lint->refuseBlocking(options.lint.allowed);
    };
    if (Result<void> safe = checkSafety(*first); !safe)
        return safe.error();
    // Tables of a newer format than this Stepwise knows are refused before anything is
    // touched; older ones are upgraded under the lock, where the tables would be created.
    if (Result<void> f = m_store->checkTablesFormat(); !f)
        return f.error();
    std::unique_ptr<AlembicDriver> driver;
    if (alembic && !first->steps.isEmpty()) {
        Result<std::unique_ptr<AlembicDriver>> started = AlembicDriver::start(options.python, m_config, &m_url);
        if (!started)
            return started.error();
        driver = std::move(*started);
        if (observer)
            observer->toolStarted(driver->describe());
    }
    std::optional<QLockFile> fileLock;
    if (driver && m_dialect->name() == u"sqlite"_s && !m_url.isInMemory()) {
        fileLock.emplace(m_url.database() + u"-stepwise.lock"_s);
        if (Result<void> l = lockSqliteFile(*fileLock, lockTimeout, observer, m_cancelled); !l)
            return l.error();
    }

    // Every statement of the run from here on, Stepwise's own too, waits for locks no longer
    // than the lock timeout, so a step stuck behind a long transaction fails instead of
    // holding up everyone queued behind it.
    if (Result<void> t = applySessionTimeouts(m_db, *m_dialect, timeouts); !t)
        return t.error();
    if (observer)
        reportBusyWriter(observer);
    DatabaseLock lock(m_db, *m_dialect, m_store->tables().heads);
    const Result<void> locked = lock.acquire(lockTimeout, [observer](const QString &holder) {
        if (observer)
            observer->waitingForLock(holder);
    });
    if (!locked)
        return locked.error();

    Outcome outcome;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const Result<QStringList> rows = readHeads();
        if (!rows)
            return rows.error();
        Result<Plan> current = Planner::plan(*m_graph, *rows, command, targets, planOptions);
        if (!current)
            return current.error();
        outcome.plan = *current;
        if (outcome.plan.steps.isEmpty() && !outcome.plan.purge)
            break;
        int resumeAt = 0;
        // A stamp is how the user records the real state of a half-applied step, so it is
        // never refused for one (and its history row settles it).
        if (command != Planner::Command::Stamp) {
            if (Result<void> u = checkUnresolved(outcome.plan, options, &resumeAt); !u)
                return u.error();
        }
        if (attempt > 0) {
            if (Result<void> safe = checkSafety(outcome.plan); !safe)
                return safe.error();
        }
        // Alembic projects: once env.py is known to connect to this database (AlembicRunner).
        // An older history table is upgraded here, in its own transaction, before the first step.
        if (!alembic) {
            if (Result<void> t = m_store->ensureTables(); !t)
                return t.error();
        }
        if (observer && attempt == 0)
            observer->planReady(outcome.plan);
        if (alembic) {
            if (!driver) // the heads moved under the lock: there is work after all
                return Error(ErrorCode::Database, Tr::tr("The database changed while the run was "
                                                         "starting; run it again"));
            AlembicRunner runner(m_db, *m_store, *m_graph, m_url, observer);
            m_alembicRunner = &runner;
            if (m_cancelled)
                runner.cancel();
            Result<RunReport> report = runner.run(*driver, outcome.plan, *rows);
            m_alembicRunner = nullptr;
            if (!report) {
                if (observer && report.error().code() == ErrorCode::Database)
                    observer->failed(report.error());
                return report.error();
            }
            outcome.report = *report;
            break;
        }
        Runner runner(m_db, *m_dialect, *m_store, *m_graph, observer);
        m_runner = &runner;
        if (m_cancelled)
            runner.cancel();
        RunOptions runOptions;
        runOptions.transactionPerMigration = options.transactionPerMigration;
        runOptions.resumeFirstStepAt = resumeAt;
        runOptions.lockTimeout = lockTimeout;
        runOptions.checks = options.checks;
        Result<RunReport> report = runner.run(outcome.plan, *rows, runOptions);
        m_runner = nullptr;
        if (!report)
            return report.error();
        outcome.report.steps += report->steps;
        outcome.report.rowsAfter = report->rowsAfter;
        outcome.report.cancelled = report->cancelled;
        if (!report->stale)
            break;
    }
    if (observer)
        observer->done(true);
    return outcome;
}

} // namespace Stepwise::Core
