#pragma once

#include "core/engine/runobserver.h"

#include <QTextStream>

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Cli {

// Progress on stderr: a bar redrawn in place on a terminal, else Alembic's "Running …" lines.
class CliProgress : public Core::RunObserver
{
public:
    CliProgress(const Core::RevisionGraph &graph, QTextStream &err, bool quiet);
    // -v: also name the program that runs an Alembic project's revisions.
    void setVerbose(bool verbose) { m_verbose = verbose; }
    void waitingForLock(const QString &holder) override;
    void toolStarted(const QString &description) override;
    void planReady(const Core::Plan &plan) override;
    void stepStarted(int index, const Core::PlanStep &step) override;
    void statementExecuted(int index, const Core::SqlStatement &statement, int number, int total) override;
    void stepFinished(int index, const Core::PlanStep &step, qint64 durationMs) override;
    void failed(const Core::Error &error) override;
    void done(bool ok) override;

private:
    void drawBar(int done, const QString &label);

    const Core::RevisionGraph &m_graph;
    QTextStream &m_err;
    bool m_quiet;
    bool m_tty;
    bool m_verbose = false;
    int m_total = 0;
    bool m_barShown = false;
};

} // namespace Stepwise::Cli
