#include "ui/run/runworker.h"

#include "core/db/connectionurl.h"
#include "core/engine/migrationsession.h"
#include "core/engine/runobserver.h"
#include "core/graph/revisiongraph.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

QString stepRevision(const Core::PlanStep &step)
{
    if (!step.revision.isEmpty() || step.direction != Core::PlanStep::Stamp)
        return step.revision;
    return step.toIds.isEmpty() ? QString() : step.toIds.first();
}

} // namespace

// Called in the run's thread: forwards every event as a signal of the worker.
class RunWorker::Observer : public Core::RunObserver
{
public:
    explicit Observer(RunWorker *worker) : m_worker(worker) {}

    void waitingForLock(const QString &holder) override { Q_EMIT m_worker->waitingForLock(holder); }
    void toolStarted(const QString &description) override { Q_EMIT m_worker->toolStarted(description); }
    void planReady(const Core::Plan &plan) override
    {
        QStringList revisions;
        QList<int> directions;
        for (const Core::PlanStep &step : plan.steps) {
            revisions << stepRevision(step);
            directions << int(step.direction);
        }
        Q_EMIT m_worker->planReady(revisions, directions);
    }
    void stepStarted(int index, const Core::PlanStep &step) override
    {
        current = stepRevision(step);
        Q_EMIT m_worker->stepStarted(index, current, int(step.direction));
        m_worker->pauseAt(Pause::BeforeEachStep);
    }
    void statementExecuted(int index, const Core::SqlStatement &, int number, int total) override
    {
        Q_EMIT m_worker->statementExecuted(index, number, total);
    }
    void stepFinished(int index, const Core::PlanStep &step, qint64 durationMs) override
    {
        Q_EMIT m_worker->stepFinished(index, stepRevision(step), int(step.direction), durationMs);
        current.clear();
        m_worker->pauseAt(Pause::AfterEachStep);
    }
    void failed(const Core::Error &) override { failedInStep = true; }

    QString current;
    bool failedInStep = false;

private:
    RunWorker *m_worker;
};

RunWorker::RunWorker(RunJob job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
{
}

RunWorker::~RunWorker()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void RunWorker::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(u"stepwise-run"_s);
    m_thread->start();
}

bool RunWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void RunWorker::cancel()
{
    m_cancelled = true;
    {
        std::lock_guard lock(m_mutex);
        if (m_session)
            m_session->cancel();
    }
    m_gate.release(); // a paused run goes on to see the cancellation
}

void RunWorker::resume()
{
    m_gate.release();
}

void RunWorker::pauseAt(Pause point)
{
    if (m_pause == int(point) && !m_cancelled)
        m_gate.acquire();
}

// The run's thread: its own connection, opened, used and closed here.
void RunWorker::work()
{
    const auto fail = [this](const QString &revision, const Core::Error &error) {
        Q_EMIT failed(revision, error.toString(), error.nativeText(), error.file(), error.line(),
                      error.detail());
        Q_EMIT finished(false, false, {});
    };
    auto session = Core::MigrationSession::open(m_job.url, m_job.config, *m_job.graph);
    if (!session)
        return fail({}, session.error());
    {
        std::lock_guard lock(m_mutex);
        m_session = session->get();
    }
    if (m_cancelled)
        m_session->cancel();
    Observer observer(this);
    Core::MigrationSession::Options options;
    options.transactionPerMigration = m_job.config.transactionPerMigration;
    options.checks = m_job.checks;
    // The engine checks the plan it runs again: a file changed since the confirmation with a
    // new error-level finding refuses the run.
    options.lint.enabled = true;
    options.lint.allowed = m_job.allowedLint;
    options.python = m_job.python;
    const auto outcome = m_session->run(m_job.command, m_job.targets, options, {}, &observer);
    {
        std::lock_guard lock(m_mutex);
        m_session = nullptr;
    }
    session->reset(); // closes the connection in this thread
    if (!outcome)
        return fail(observer.failedInStep ? observer.current : QString(), outcome.error());
    Q_EMIT finished(true, outcome->report.cancelled, outcome->report.rowsAfter);
}

} // namespace Stepwise::Ui
