#include "terminal.h"

#include "core/db/connectionurl.h"
#include "core/graph/alembicformat.h"
#include "core/graph/revisiongraph.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#ifdef STEPWISE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

std::optional<QString> TerminalPasswordProvider::password(const ConnectionUrl &url)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    std::fprintf(tty, "%s", qPrintable(QCoreApplication::translate("cli", "Password for %1: ")
                                           .arg(url.toString())));
    std::fflush(tty);
    termios old {};
    const bool haveTermios = tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    char buffer[1024];
    const char *line = std::fgets(buffer, sizeof buffer, tty);
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fprintf(tty, "\n");
    std::fclose(tty);
    if (!line)
        return std::nullopt;
    QString text = QString::fromUtf8(line);
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

std::optional<QString> readKeychainPassword(const QString &service, const QString &key, QString *error,
                                            std::chrono::milliseconds timeout)
{
#ifndef STEPWISE_HAVE_KEYCHAIN
    Q_UNUSED(service);
    Q_UNUSED(key);
    Q_UNUSED(timeout);
    *error = QCoreApplication::translate("cli", "this build has no keychain support");
    return std::nullopt;
#else
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        // Left running (the keychain may never answer); it is deleted when it does.
        QObject::disconnect(job, nullptr, &loop, nullptr);
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        *error = QCoreApplication::translate("cli", "the keychain did not answer within %n second(s)",
                                             nullptr, int(timeout.count() / 1000));
        return std::nullopt;
    }
    std::optional<QString> password;
    if (job->error() == QKeychain::NoError)
        password = job->textData();
    else
        *error = job->errorString();
    delete job;
    return password;
#endif
}

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
