#include "core/engine/alembicrunner.h"

#include "core/base/tr.h"
#include "core/base/version.h"
#include "core/db/dialect.h"
#include "core/engine/alembicdriver.h"
#include "core/engine/runobserver.h"
#include "core/engine/versionstore.h"
#include "core/graph/revisiongraph.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

const QJsonObject go{{u"cmd"_s, u"go"_s}};

} // namespace

AlembicRunner::AlembicRunner(const QSqlDatabase &db, VersionStore &store, const RevisionGraph &graph,
                             const ConnectionUrl &selected, RunObserver *observer)
    : m_db(db)
    , m_store(store)
    , m_graph(graph)
    , m_selected(selected)
    , m_observer(observer)
{
}

Result<RunReport> AlembicRunner::run(AlembicDriver &driver, const Plan &plan, const QStringList &rowsBefore)
{
    RunReport report;
    report.rowsAfter = rowsBefore;
    if (plan.steps.isEmpty())
        return report;
    QJsonArray revisions;
    QJsonObject checksums;
    for (const PlanStep &step : plan.steps) {
        revisions.append(step.revision);
        const int r = m_graph.indexOf(step.revision);
        if (step.direction == PlanStep::Up && r >= 0 && !m_graph.revision(r).up.checksum.isEmpty())
            checksums.insert(step.revision, m_graph.revision(r).up.checksum);
    }
    const bool up = plan.steps.first().direction == PlanStep::Up;
    // Each step's history row is written by the driver in the step's own transaction (so it
    // commits with the step, and Stepwise's connection stays out of the way of the schema
    // changes — on SQLite every statement after one re-reads the whole schema).
    const Dialect &dialect = m_store.dialect();
    const QJsonObject history{
        {u"table"_s, m_store.tables().history.name},
        {u"schema"_s, m_store.tables().history.schema},
        {u"direction"_s, historyDirectionName(historyDirection(plan.steps.first().direction))},
        {u"os_user"_s, VersionStore::currentOsUser()},
        {u"tool_version"_s, toolVersion()},
        {u"timestamp_suffix"_s, dialect.timestampValue(QDateTime::currentDateTimeUtc()).toString().mid(23)},
        {u"checksums"_s, checksums}};
    if (Result<void> s = driver.send({{u"cmd"_s, u"run"_s}, {u"direction"_s, up ? u"up"_s : u"down"_s},
                                      {u"steps"_s, revisions}, {u"history"_s, history}}); !s)
        return s.error();
    int index = -1;
    QElapsedTimer timer;
    for (;;) {
        const Result<QJsonObject> event = driver.next();
        if (!event)
            return event.error();
        const QString kind = event->value(u"event"_s).toString();
        if (kind == u"connected"_s) {
            if (!AlembicDriver::sameDatabase(*event, m_selected))
                return driver.answerConnected(*event, &m_selected).error(); // stops it, says why
            // The history table, now that the database is known to be the one env.py migrates.
            if (Result<void> t = m_store.ensureTables(); !t) {
                (void)driver.send({{u"cmd"_s, u"stop"_s}});
                (void)driver.next(std::chrono::seconds(60));
                return t.error();
            }
            if (Result<void> s = driver.send(go); !s)
                return s.error();
        } else if (kind == u"step-started"_s) {
            ++index;
            if (index >= plan.steps.size()
                || event->value(u"revision"_s).toString() != plan.steps.at(index).revision)
                return Error(ErrorCode::Database, Tr::tr("The Alembic driver started %1, which is "
                                                         "not the next planned step")
                                                      .arg(event->value(u"revision"_s).toString()));
            timer.start();
            if (m_observer)
                m_observer->stepStarted(int(index), plan.steps.at(index));
        } else if (kind == u"step-done"_s) {
            const PlanStep &step = plan.steps.at(index);
            const qint64 ms = timer.elapsed();
            QStringList heads;
            for (const QJsonValue &h : event->value(u"heads"_s).toArray())
                heads << h.toString();
            if (Result<void> d = stepDone(step, heads, report.rowsAfter); !d) {
                (void)driver.send({{u"cmd"_s, u"cancel"_s}});
                (void)driver.next(std::chrono::seconds(60)); // "finished"
                return d.error();
            }
            report.steps.append({step.revision, step.direction, ms});
            if (m_observer)
                m_observer->stepFinished(int(index), step, ms);
            const bool stop = m_cancelled && index + 1 < plan.steps.size();
            report.cancelled = stop;
            if (Result<void> s = driver.send(stop ? QJsonObject{{u"cmd"_s, u"cancel"_s}} : go); !s)
                return s.error();
        } else if (kind == u"failed"_s) {
            const bool inStep = index >= 0 && index < plan.steps.size()
                && event->value(u"revision"_s).toString() == plan.steps.at(index).revision;
            return stepFailed(inStep ? &plan.steps.at(index) : nullptr, *event,
                              inStep ? timer.elapsed() : 0);
        } else if (kind == u"finished"_s) {
            return report;
        } else if (kind == u"error"_s) {
            return Error(ErrorCode::Config, event->value(u"message"_s).toString());
        }
    }
}

// The step committed in Alembic's transaction with its history row; alembic_version, read back
// in that transaction, must show exactly the planned change before the next step runs.
Result<void> AlembicRunner::stepDone(const PlanStep &step, const QStringList &heads, QStringList &rows)
{
    const QStringList expected = applyRowChanges(rows, step.rowChanges);
    if (QSet<QString>(heads.cbegin(), heads.cend()) != QSet<QString>(expected.cbegin(), expected.cend()))
        return Error(ErrorCode::Database,
                     Tr::tr("After revision %1 the heads table holds (%2), not the planned (%3): "
                            "the run stops here")
                         .arg(step.revision, heads.join(u", "_s), expected.join(u", "_s)));
    rows = expected; // the table's order as the planner keeps it
    return {};
}

// A revision raised (its transaction rolled back where the database can): the failure is
// recorded and reported at the revision file's line, in the database's words when it spoke.
// Before any step (env.py or the app failed to import) it is a configuration error.
Error AlembicRunner::stepFailed(const PlanStep *step, const QJsonObject &event, qint64 durationMs)
{
    const QString message = event.value(u"message"_s).toString();
    const QString database = event.value(u"database"_s).toString();
    const QString traceback = event.value(u"traceback"_s).toString();
    if (!step) {
        return Error(ErrorCode::Config, Tr::tr("env.py failed before any revision ran: %1: %2")
                                            .arg(event.value(u"type"_s).toString(), message))
            .withDetail(traceback);
    }
    const int r = m_graph.indexOf(step->revision);
    const QString file = r >= 0 ? m_graph.revision(r).relativePath : QString();
    // On a database that commits each DDL statement the statements before the failing one
    // stayed: the step is half-applied, and the next run refuses until the user settles it.
    const int stayed = event.value(u"statements_done"_s).toInt();
    QString text = Tr::tr("%1 of revision %2 failed: %3")
                       .arg(step->direction == PlanStep::Up ? Tr::tr("upgrade") : Tr::tr("downgrade"),
                            step->revision, database.isEmpty() ? message : database);
    if (stayed > 0)
        text += u' ' + Tr::tr("The database commits each DDL statement: %1 statement(s) of the "
                              "revision ran before the failure and stayed applied.").arg(stayed);
    Error error(ErrorCode::Database, text, file, event.value(u"line"_s).toInt());
    error.withNative(event.value(u"type"_s).toString(), database);
    error.withDetail(traceback);
    HistoryEntry entry;
    entry.revision = step->historyRevision();
    entry.direction = historyDirection(step->direction);
    if (step->direction == PlanStep::Up && r >= 0)
        entry.checksum = m_graph.revision(r).up.checksum;
    entry.durationMs = durationMs;
    entry.status = HistoryStatus::Failed;
    entry.statementsDone = stayed;
    entry.error = error.toString();
    (void)m_store.insertHistory(entry);
    return error;
}

} // namespace Stepwise::Core
