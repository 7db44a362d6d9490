#include "cliprogress.h"

#include "core/graph/alembicformat.h"
#include "core/graph/revisiongraph.h"

#include <QCoreApplication>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

} // namespace

CliProgress::CliProgress(const RevisionGraph &graph, QTextStream &err, bool quiet)
    : m_graph(graph)
    , m_err(err)
    , m_quiet(quiet)
    , m_tty(stderrIsTerminal())
{
}

void CliProgress::waitingForLock(const QString &holder)
{
    if (m_quiet)
        return;
    m_err << QCoreApplication::translate("cli", "Waiting for the migration lock held by %1 …").arg(holder)
          << '\n';
    m_err.flush();
}

void CliProgress::toolStarted(const QString &description)
{
    if (m_quiet || !m_verbose)
        return;
    m_err << QCoreApplication::translate("cli", "Running the revisions with %1").arg(description) << '\n';
    m_err.flush();
}

void CliProgress::planReady(const Plan &plan)
{
    m_total = int(plan.steps.size());
    if (!m_quiet)
        for (const QString &w : plan.warnings)
            m_err << "UserWarning: " << w << '\n';
}

void CliProgress::drawBar(int done, const QString &label)
{
    constexpr int width = 28;
    const int filled = m_total > 0 ? done * width / m_total : width;
    QString bar = QString(filled, u'#') + QString(width - filled, u'.');
    QString text = u"\r[%1] %2/%3 %4"_s.arg(bar).arg(done).arg(m_total).arg(label);
    if (text.size() > 100)
        text = text.left(99) + u'…';
    m_err << text << "\x1b[K";
    m_err.flush();
    m_barShown = true;
}

void CliProgress::stepStarted(int index, const PlanStep &step)
{
    if (m_quiet)
        return;
    const QString line = AlembicFormat::runningLine(m_graph, step);
    if (m_tty)
        drawBar(index, line);
    else
        m_err << line << '\n';
    m_err.flush();
}

void CliProgress::statementExecuted(int, const SqlStatement &, int, int) { }

void CliProgress::stepFinished(int index, const PlanStep &step, qint64 durationMs)
{
    Q_UNUSED(durationMs);
    if (!m_quiet && m_tty)
        drawBar(index + 1, AlembicFormat::runningLine(m_graph, step));
}

void CliProgress::failed(const Error &)
{
    if (m_barShown) {
        m_err << '\n';
        m_err.flush();
        m_barShown = false;
    }
}

void CliProgress::done(bool)
{
    if (m_barShown) {
        m_err << '\n';
        m_err.flush();
        m_barShown = false;
    }
}

} // namespace Stepwise::Cli
