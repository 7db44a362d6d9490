#include "core/engine/runner.h"

#include "core/engine/runobserver.h"
#include "core/engine/versionstore.h"

#include "core/base/tr.h"
#include "core/db/database.h"
#include "core/db/dialect.h"
#include "core/db/sessiontimeouts.h"
#include "core/graph/revisiongraph.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

HistoryDirection historyDirection(PlanStep::Direction d)
{
    return d == PlanStep::Up ? HistoryDirection::Up
        : d == PlanStep::Down ? HistoryDirection::Down
                              : HistoryDirection::Stamp;
}

namespace {

bool sameRows(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend());
}

Error withMessage(const Error &error, const QString &message)
{
    Error copy(error.code(), message, error.file(), error.line());
    copy.withNative(error.nativeCode(), error.nativeText());
    copy.withDetail(error.detail());
    return copy;
}

// The step's failure, saying that the history could not take it either.
Error notRecorded(const Error &error, const Error &why)
{
    return withMessage(error, error.message() + u' '
                           + Tr::tr("(not recorded in the history: %1)").arg(why.message()));
}

// How long a failure waits for a restarting server to take the record of the failed step.
constexpr qint64 reconnectWindowMs = 15000;

} // namespace

QStringList applyRowChanges(QStringList rows, const QList<RowChange> &changes)
{
    for (const RowChange &c : changes) {
        switch (c.kind) {
        case RowChange::Insert:
            rows << c.to;
            break;
        case RowChange::Update: {
            const qsizetype i = rows.indexOf(c.from);
            if (i >= 0)
                rows[i] = c.to;
            break;
        }
        case RowChange::Delete:
            rows.removeOne(c.from);
            break;
        }
    }
    return rows;
}

Runner::Runner(const QSqlDatabase &db, const Dialect &dialect, VersionStore &store,
               const RevisionGraph &graph, RunObserver *observer)
    : m_db(db)
    , m_dialect(dialect)
    , m_store(store)
    , m_graph(graph)
    , m_observer(observer)
{
}

Result<RunReport> Runner::run(const Plan &plan, const QStringList &rowsBefore, const RunOptions &options)
{
    Result<RunReport> report = runSteps(plan, rowsBefore, options);
    // Whatever happened, the connection goes back to autocommit (MySQL steps turn it off).
    if (Result<void> r = setAutocommit(true); !r && report)
        return r.error();
    return report;
}

Result<RunReport> Runner::runSteps(const Plan &plan, const QStringList &rowsBefore,
                                   const RunOptions &options)
{
    // Everything that can be refused is refused before the first statement runs.
    const Result<QList<StepScript>> scripts = StepScript::forPlan(m_graph, plan, m_dialect, options.checks);
    if (!scripts)
        return scripts.error();
    RunReport report;
    report.rowsAfter = rowsBefore;
    m_lockTimeout = options.lockTimeout;
    bool anyUnatomic = false;
    for (const StepScript &s : *scripts)
        anyUnatomic = anyUnatomic || !s.transactional;
    // One transaction around the whole run only where a rollback undoes DDL too.
    const bool wholeRun = !options.transactionPerMigration && m_dialect.rollsBackDdl() && !anyUnatomic
        && options.resumeFirstStepAt == 0 && !plan.steps.isEmpty();
    if (wholeRun) {
        if (Result<void> b = begin(); !b)
            return b.error();
    }
    if (plan.purge) {
        if (!wholeRun) {
            if (Result<void> b = begin(); !b)
                return b.error();
        }
        const Result<int> purged = m_store.deleteAllHeads();
        if (!purged) {
            rollback();
            return purged.error();
        }
        if (!wholeRun) {
            if (Result<void> c = commit(); !c)
                return c.error();
        }
        report.rowsAfter.clear();
    }
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        if (m_cancelled && !wholeRun) {
            report.cancelled = true;
            return report;
        }
        QElapsedTimer timer;
        timer.start();
        const StepScript &script = scripts->at(i);
        const int startAt = i == 0 ? options.resumeFirstStepAt : 0;
        if (script.transactional && m_dialect.rollsBackDdl() && startAt == 0) {
            const Result<StepOutcome> outcome = runAtomicStep(i, step, script, report.rowsAfter, !wholeRun);
            if (!outcome) {
                if (wholeRun)
                    rollback();
                Error error = outcome.error();
                if (Result<void> r = recordFailure(step, script, error, timer.elapsed()); !r)
                    error = notRecorded(error, r.error());
                if (m_observer)
                    m_observer->failed(error);
                return error;
            }
            if (*outcome == StepOutcome::Stale) {
                report.stale = true;
                return report;
            }
        } else {
            if (m_observer)
                m_observer->stepStarted(i, step);
            const Result<void> done = runRecordedStep(i, step, script, startAt);
            if (!done) {
                if (m_observer)
                    m_observer->failed(done.error());
                return done.error();
            }
        }
        report.rowsAfter = applyRowChanges(report.rowsAfter, step.rowChanges);
        report.steps << RunReport::Step{step.historyRevision(), step.direction, timer.elapsed()};
        if (m_observer)
            m_observer->stepFinished(i, step, timer.elapsed());
    }
    if (wholeRun) {
        if (Result<void> c = commit(); !c)
            return c.error();
    }
    return report;
}

// A step whose statements, heads rows and history row commit together. Inside the
// transaction the heads are read again: if another run moved them, nothing is done and the
// caller plans again (SQLite has no session lock; elsewhere this is a second line of defence).
Result<Runner::StepOutcome> Runner::runAtomicStep(int index, const PlanStep &step,
                                                  const StepScript &script,
                                                  const QStringList &expectedRows, bool ownTransaction)
{
    if (ownTransaction) {
        if (Result<void> b = begin(); !b)
            return stepError(step, script, b.error());
    }
    // Where the session holds a lock of its own (PostgreSQL, MySQL) no other run can have moved
    // the heads since the session read them under it; SQLite has only each step's write lock.
    // A step that only moves or removes heads (most of them) moves them first: a row another
    // run moved meanwhile then matches nothing, which says stale as well as reading the whole
    // table again would, one statement cheaper per step (S4). One that adds a head reads them.
    bool headsMoved = false;
    const bool onlyMoves = !step.rowChanges.isEmpty()
        && std::none_of(step.rowChanges.cbegin(), step.rowChanges.cend(),
                        [](const RowChange &c) { return c.kind == RowChange::Insert; });
    if (!m_dialect.hasSessionLock() && onlyMoves) {
        const Result<bool> moved = moveHeadsFirst(step);
        if (!moved || !*moved) {
            rollback();
            if (!moved)
                return moved.error();
            return StepOutcome::Stale;
        }
        headsMoved = true;
    } else if (!m_dialect.hasSessionLock()) {
        const Result<QStringList> rows = readRowsInStep();
        if (!rows) {
            rollback();
            return rows.error();
        }
        if (!sameRows(*rows, expectedRows)) {
            rollback();
            return StepOutcome::Stale;
        }
    }
    // Reported only now: a step found stale is not started at all (the run plans again).
    if (m_observer)
        m_observer->stepStarted(index, step);
    QElapsedTimer timer;
    timer.start();
    const int total = int(script.statements.size());
    for (int n = 0; n < total; ++n) {
        const SqlStatement &statement = script.statements.at(n);
        if (Result<void> r = execute(statement.text, step.historyRevision()); !r) {
            rollback();
            return withLockBlockers(statementError(step, script, n, r.error()));
        }
        if (m_observer)
            m_observer->statementExecuted(index, statement, n + 1, total);
    }
    if (Result<void> r = applyBookkeeping(step, script, 0, timer.elapsed(), total, headsMoved); !r) {
        rollback();
        return r.error();
    }
    if (ownTransaction) {
        if (Result<void> c = commit(); !c) {
            rollback();
            return stepError(step, script, c.error());
        }
    }
    return StepOutcome::Done;
}

// The heads rows inside a step. The tables exist by now (the session made sure), so unlike
// VersionStore::readHeads() this skips the catalog lookup: on SQLite that lookup scans
// sqlite_master, which grows by a table and an index per revision — quadratic over a run.
// Prepared once per run; read to the end and reset, so it holds no lock past the step.
Result<QStringList> Runner::readRowsInStep()
{
    if (!m_headsQuery) {
        m_headsQuery = std::make_unique<QSqlQuery>(m_db);
        m_headsQuery->setForwardOnly(true);
        if (!m_headsQuery->prepare(m_dialect.selectHeadsQuery(m_store.tables().heads))) {
            const Error e = fromQueryError(*m_headsQuery, Tr::tr("Cannot read %1")
                                               .arg(m_dialect.qualifiedName(m_store.tables().heads)),
                                           &m_dialect);
            m_headsQuery.reset();
            return e;
        }
    }
    QSqlQuery &q = *m_headsQuery;
    if (!q.exec())
        return fromQueryError(q, Tr::tr("Cannot read %1").arg(m_dialect.qualifiedName(m_store.tables().heads)),
                              &m_dialect);
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    q.finish();
    return rows;
}

// A step that cannot be rolled back as a whole (MySQL/MariaDB DDL, `transaction:false`): a
// "running" history row is committed before the first statement has any effect and carries
// how many statements ran, so a failure — or a kill — leaves a record of how far the step got,
// and the next run refuses until the user resumes or stamps.
Result<void> Runner::runRecordedStep(int index, const PlanStep &step, const StepScript &script,
                                     int startAt)
{
    if (script.transactional && m_dialect.ddlCommitsImplicitly())
        return runDeferredStep(index, step, script, startAt);
    QElapsedTimer timer;
    timer.start();
    HistoryEntry entry;
    entry.revision = step.historyRevision();
    entry.direction = historyDirection(step.direction);
    entry.checksum = step.direction == PlanStep::Up ? script.checksum : QString();
    entry.status = HistoryStatus::Running;
    entry.statementsDone = startAt;
    const Result<qint64> id = m_store.insertHistory(entry);
    if (!id)
        return stepError(step, script, id.error());
    const int total = int(script.statements.size());
    for (int n = startAt; n < total; ++n) {
        const SqlStatement &statement = script.statements.at(n);
        if (Result<void> r = execute(statement.text, entry.revision); !r) {
            Error e = withLockBlockers(statementError(step, script, n, r.error()));
            const qint64 elapsed = timer.elapsed();
            const auto record = [&](VersionStore &store) {
                return store.finishHistory(*id, HistoryStatus::Failed, elapsed,
                                           e.toString() + u' ' + e.nativeText(), n);
            };
            if (Result<void> f = record(m_store); !f) {
                if (Result<void> again = recordElsewhere(f.error(), record); !again)
                    e = notRecorded(e, again.error());
            }
            return withResumeAdvice(e, n, total, startAt);
        }
        if (Result<void> p = m_store.updateHistoryProgress(*id, n + 1); !p)
            return p.error();
        if (m_observer)
            m_observer->statementExecuted(index, statement, n + 1, total);
    }
    if (Result<void> b = begin(); !b)
        return b.error();
    if (Result<void> r = applyBookkeeping(step, script, *id, timer.elapsed(), total); !r) {
        rollback();
        return r.error();
    }
    return commit();
}

// The same record on MySQL/MariaDB with as few commits as the statements themselves need
// (each one an InnoDB log flush; S5). Autocommit is off for the step, so the running row, the
// DML statements and the progress counter stay pending until something commits them:
//  - before a DDL statement the counter is set to include it; the statement's implicit commit
//    makes that durable (with the running row, when the step starts with DDL);
//  - DML statements just run; they commit with the final commit that also holds the heads
//    rows and the finished history row (or on their own before a later DDL statement).
// So what is committed is exact at every moment: a kill rolls back only the pending DML, which
// the counter does not include yet. The one gap is a DDL statement the server aborts after its
// implicit commit, which the counter already includes (a refusal still follows: the step is
// recorded as running). Statements that are neither DDL nor DML (SET, CALL, transaction
// control) are committed with an explicit COMMIT on both sides, as before.
Result<void> Runner::runDeferredStep(int index, const PlanStep &step, const StepScript &script,
                                     int startAt)
{
    QElapsedTimer timer;
    timer.start();
    if (Result<void> r = setAutocommit(false); !r)
        return stepError(step, script, r.error());
    HistoryEntry entry;
    entry.revision = step.historyRevision();
    entry.direction = historyDirection(step.direction);
    entry.checksum = step.direction == PlanStep::Up ? script.checksum : QString();
    entry.status = HistoryStatus::Running;
    const int total = int(script.statements.size());
    // A first statement that is DDL is counted in the running row already (see above).
    const bool ddlFirst = startAt < total
        && statementKind(script.statements.at(startAt).text) == StatementKind::Ddl;
    entry.statementsDone = ddlFirst ? startAt + 1 : startAt;
    const Result<qint64> id = m_store.insertHistory(entry);
    if (!id) {
        rollback();
        return stepError(step, script, id.error());
    }
    entry.statementsDone = startAt;
    int recorded = ddlFirst ? startAt + 1 : startAt; // the counter as written (pending or committed)
    int durable = startAt;  // statements whose effects are committed, or not transactional
    // After a failure: drop what is pending and record, in a transaction of its own, exactly
    // the statements that stay applied.
    const auto fail = [&](const Error &failure) -> Error {
        rollback();
        Error e = withLockBlockers(failure);
        const QString text = e.toString() + u' ' + e.nativeText();
        const qint64 elapsed = timer.elapsed();
        const auto record = [&](VersionStore &store) -> Result<void> {
            if (store.finishHistory(*id, HistoryStatus::Failed, elapsed, text, durable))
                return {};
            // The running row was still pending and went with the rollback.
            HistoryEntry failed = entry;
            failed.status = HistoryStatus::Failed;
            failed.durationMs = elapsed;
            failed.error = text;
            failed.statementsDone = durable;
            if (const Result<qint64> inserted = store.insertHistory(failed); !inserted)
                return inserted.error();
            return {};
        };
        Result<void> written = record(m_store);
        if (written)
            written = commit();
        if (!written) {
            rollback();
            if (Result<void> again = recordElsewhere(written.error(), record); !again)
                e = notRecorded(e, again.error());
        }
        return withResumeAdvice(e, durable, total, startAt);
    };
    for (int n = startAt; n < total; ++n) {
        const SqlStatement &statement = script.statements.at(n);
        const StatementKind kind = statementKind(statement.text);
        // A DDL statement that fails may or may not have committed what was pending: so DML
        // before a DDL statement is committed on its own first (not needed in the common shape
        // of a step, DDL first and DML after).
        if (kind == StatementKind::Other || (kind == StatementKind::Ddl && n > durable)) {
            Result<void> r = m_store.updateHistoryProgress(*id, n);
            if (r)
                r = commit();
            if (!r)
                return fail(r.error());
            recorded = durable = n;
        }
        if (kind == StatementKind::Ddl && recorded != n + 1) {
            if (Result<void> r = m_store.updateHistoryProgress(*id, n + 1); !r)
                return fail(r.error());
            recorded = n + 1;
        }
        if (Result<void> r = execute(statement.text, entry.revision); !r)
            return fail(statementError(step, script, n, r.error()));
        if (kind == StatementKind::Ddl) {
            durable = n + 1;
        } else if (kind == StatementKind::Other) {
            Result<void> r = m_store.updateHistoryProgress(*id, n + 1);
            if (r)
                r = commit();
            if (!r)
                return fail(r.error());
            recorded = durable = n + 1;
        }
        if (m_observer)
            m_observer->statementExecuted(index, statement, n + 1, total);
    }
    if (Result<void> r = applyBookkeeping(step, script, *id, timer.elapsed(), total); !r)
        return fail(r.error());
    if (Result<void> c = commit(); !c)
        return fail(c.error());
    return {};
}

// "n of total statements ran and stay applied" with what to do, when any did.
Error Runner::withResumeAdvice(Error error, int done, int total, int startAt) const
{
    if (done > 0 || startAt > 0)
        error.withDetail(Tr::tr("%1 of %2 statements ran and stay applied. Fix the file and run "
                                "`stepwise upgrade --resume` to run the rest, or record the state "
                                "by hand with `stepwise stamp`.")
                             .arg(done)
                             .arg(total));
    return error;
}

Result<void> Runner::setAutocommit(bool on)
{
    const QString sql = m_dialect.autocommitSql(on);
    if (sql.isEmpty() || m_autocommitOff == !on)
        return {};
    if (Result<void> r = execute(sql, Tr::tr("set autocommit")); !r)
        return r;
    m_autocommitOff = !on;
    return {};
}

// DML runs inside the pending transaction; DDL commits implicitly (MySQL); anything else is
// treated with care. Leading comments are skipped; unknown words count as Other.
Runner::StatementKind Runner::statementKind(const QString &sql)
{
    qsizetype i = 0;
    const qsizetype size = sql.size();
    while (i < size) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'#' || (c == u'-' && i + 1 < size && sql.at(i + 1) == u'-')) {
            while (i < size && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < size && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            if (end < 0)
                return StatementKind::Other;
            i = end + 2;
        } else {
            break;
        }
    }
    qsizetype j = i;
    while (j < size && sql.at(j).isLetter())
        ++j;
    const QString word = sql.mid(i, j - i).toUpper();
    static const QStringList dml = {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s, u"REPLACE"_s};
    static const QStringList ddl = {u"CREATE"_s, u"ALTER"_s, u"DROP"_s, u"RENAME"_s, u"TRUNCATE"_s};
    if (dml.contains(word))
        return StatementKind::Dml;
    if (ddl.contains(word))
        return StatementKind::Ddl;
    return StatementKind::Other;
}

// The heads-table changes of a step and its history row (a new one, or finishing historyId).
// The step's heads-table updates and deletes, each counted: false as soon as one matches no
// row (another run moved the heads: the step is stale), an error when one matches several.
Result<bool> Runner::moveHeadsFirst(const PlanStep &step)
{
    for (const RowChange &c : step.rowChanges) {
        const Result<int> n = c.kind == RowChange::Update ? m_store.updateHeadCounted(c.from, c.to)
                                                          : m_store.deleteHeadCounted(c.from);
        if (!n)
            return n.error();
        if (*n == 0)
            return false;
        if (*n != 1)
            return m_store.expectOne(*n, c.kind == RowChange::Update
                                             ? QString(u"updating '"_s + c.from + u"' to '"_s + c.to + u"'"_s)
                                             : QString(u"deleting '"_s + c.from + u"'"_s)).error();
    }
    return true;
}

Result<void> Runner::applyBookkeeping(const PlanStep &step, const StepScript &script,
                                      qint64 historyId, qint64 durationMs, int statementsDone,
                                      bool headsMoved)
{
    for (const RowChange &c : headsMoved ? QList<RowChange>() : step.rowChanges) {
        Result<void> r = c.kind == RowChange::Insert ? m_store.insertHead(c.to)
            : c.kind == RowChange::Update            ? m_store.updateHead(c.from, c.to)
                                                     : m_store.deleteHead(c.from);
        if (!r)
            return r;
    }
    if (historyId > 0)
        return m_store.finishHistory(historyId, HistoryStatus::Ok, durationMs, {}, statementsDone);
    HistoryEntry entry;
    entry.revision = step.historyRevision();
    entry.direction = historyDirection(step.direction);
    entry.checksum = step.direction == PlanStep::Up ? script.checksum : QString();
    entry.durationMs = durationMs;
    entry.status = HistoryStatus::Ok;
    entry.statementsDone = statementsDone;
    const Result<qint64> id = m_store.insertHistory(entry);
    if (!id)
        return id.error();
    return {};
}

// A failed atomic step leaves nothing behind but its history row, written on its own.
Result<void> Runner::recordFailure(const PlanStep &step, const StepScript &script,
                                   const Error &error, qint64 durationMs)
{
    HistoryEntry entry;
    entry.revision = step.historyRevision();
    entry.direction = historyDirection(step.direction);
    entry.checksum = step.direction == PlanStep::Up ? script.checksum : QString();
    entry.durationMs = durationMs;
    entry.status = HistoryStatus::Failed;
    entry.error = error.toString() + (error.nativeText().isEmpty() ? QString() : u' ' + error.nativeText());
    entry.statementsDone = 0; // rolled back: nothing of the step remains
    const auto record = [&](VersionStore &store) -> Result<void> {
        if (const Result<qint64> id = store.insertHistory(entry); !id)
            return id.error();
        return {};
    };
    Result<void> recorded = begin();
    if (recorded)
        recorded = record(m_store);
    if (recorded)
        recorded = commit();
    if (recorded)
        return {};
    rollback();
    return recordElsewhere(recorded.error(), record);
}

// The step's connection may have died with it (the session was terminated or killed, the
// server restarted): then the failure is recorded through a new connection, once. Anything
// else that kept the record from being written stands.
Result<void> Runner::recordElsewhere(const Error &failure, const Recording &record)
{
    if (m_dialect.urlForm() != Dialect::UrlForm::Server || connectionAlive())
        return failure;
    return recordOnNewConnection(record);
}

bool Runner::connectionAlive()
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT 1"_s);
}

// A connection of its own with the run's settings (cloned), waiting a little for a server
// that is restarting; it holds no migration lock, which the record needs no more than a
// reader does: it only finishes or appends the failed step's history row.
Result<void> Runner::recordOnNewConnection(const Recording &record)
{
    const QString name = u"stepwise-record-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_db, name);
        QElapsedTimer clock;
        clock.start();
        while (!db.open() && clock.elapsed() < reconnectWindowMs)
            QThread::msleep(250);
        if (!db.isOpen()) {
            result = fromSqlError(db.lastError(), Tr::tr("reconnect"), &m_dialect);
        } else {
            for (const QString &sql : m_dialect.sessionSetupSql()) {
                QSqlQuery q(db);
                q.exec(sql);
            }
            VersionStore store(db, m_dialect, m_store.tables());
            result = record(store);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Error Runner::statementError(const PlanStep &step, const StepScript &script, int statement,
                             const Error &cause) const
{
    const SqlStatement &s = script.statements.at(statement);
    // A statement that gave up waiting for a lock stays a lock timeout (exit code 3).
    Error e(cause.code() == ErrorCode::Lock ? ErrorCode::Lock : ErrorCode::Database,
            Tr::tr("%1 of revision %2 failed: %3")
                .arg(step.direction == PlanStep::Up ? Tr::tr("upgrade") : Tr::tr("downgrade"),
                     step.revision, cause.nativeText().isEmpty() ? cause.message() : cause.nativeText()),
            script.file, s.startLine);
    e.withNative(cause.nativeCode(), cause.nativeText());
    e.withDetail(s.text);
    return e;
}

// A step that failed outside its statements (its transaction could not begin or commit, its
// history row could not be written): named by its revision, as a statement's failure is.
Error Runner::stepError(const PlanStep &step, const StepScript &script, const Error &cause) const
{
    Error e(cause.code(),
            Tr::tr("%1 of revision %2 failed: %3")
                .arg(step.direction == PlanStep::Up ? Tr::tr("upgrade") : Tr::tr("downgrade"),
                     step.revision, cause.message()),
            script.file);
    e.withNative(cause.nativeCode(), cause.nativeText());
    return e;
}

// A statement that gave up waiting for a lock names who held it, looked up right after on the
// same connection, outside the failed transaction (the wait itself is gone by then).
Error Runner::withLockBlockers(const Error &error) const
{
    if (error.code() != ErrorCode::Lock)
        return error;
    const QStringList blockers = describeLockBlockers(m_db, m_dialect, error.detail());
    const QString waited = QString::number(double(m_lockTimeout.count()) / 1000.0);
    return withMessage(error, error.message() + u' '
                           + (blockers.isEmpty()
                                  ? Tr::tr("(gave up after waiting %1 s for a lock; no session "
                                           "holding one was found)").arg(waited)
                                  : Tr::tr("(gave up after waiting %1 s for a lock held by %2)")
                                        .arg(waited, blockers.join(u"; "_s))));
}

// One query object for every statement of the run (a new one per statement was a measurable
// part of S4); finished after each statement so no result stays open across steps.
Result<void> Runner::execute(const QString &sql, const QString &context)
{
    if (!m_exec)
        m_exec = std::make_unique<QSqlQuery>(m_db);
    QSqlQuery &q = *m_exec;
    if (!q.exec(sql)) {
        const Error e = fromQueryError(q, context, &m_dialect);
        q.finish();
        return e;
    }
    q.finish();
    return {};
}

Result<void> Runner::begin()
{
    const QString sql = m_dialect.beginStepSql();
    m_manualTransaction = !sql.isEmpty();
    if (m_manualTransaction)
        return beginWaitingVisibly(sql);
    if (!m_db.transaction())
        return fromSqlError(m_db.lastError(), Tr::tr("begin transaction"), &m_dialect);
    return {};
}

// SQLite waits for its write lock inside BEGIN IMMEDIATE (the busy timeout), silently. The
// first step of a run tries without waiting first, so a run that has to wait for another one
// can say so (R2), then waits as long as the lock timeout allows. Only the first: the probe
// costs two statements, and MigrationSession already looked before the run.
Result<void> Runner::beginWaitingVisibly(const QString &sql)
{
    const QString noWait = m_dialect.busyTimeoutSql(0);
    const bool probe = !m_probed && m_observer && !noWait.isEmpty();
    m_probed = true;
    if (!probe)
        return execute(sql, Tr::tr("begin transaction"));
    const QString wait = m_dialect.busyTimeoutSql(int(qMin<qint64>(m_lockTimeout.count(), INT_MAX)));
    if (Result<void> r = execute(noWait, Tr::tr("set the lock timeout")); !r)
        return r;
    const Result<void> first = execute(sql, Tr::tr("begin transaction"));
    if (Result<void> r = execute(wait, Tr::tr("set the lock timeout")); !r) {
        if (first)
            rollback();
        return r;
    }
    if (first || first.error().code() != ErrorCode::Lock)
        return first;
    m_observer->waitingForLock(Tr::tr("another connection writing to the database file"));
    return execute(sql, Tr::tr("begin transaction"));
}

Result<void> Runner::commit()
{
    if (m_manualTransaction)
        return execute(u"COMMIT"_s, Tr::tr("commit"));
    if (!m_db.commit())
        return fromSqlError(m_db.lastError(), Tr::tr("commit"), &m_dialect);
    return {};
}

void Runner::rollback()
{
    if (m_manualTransaction) {
        QSqlQuery q(m_db);
        q.exec(u"ROLLBACK"_s);
    } else {
        m_db.rollback();
    }
}

} // namespace Stepwise::Core
