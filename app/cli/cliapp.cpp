#include "cliapp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

CliApp::CliApp(CommandLine line)
    : m_line(std::move(line))
    , m_out(stdout)
    , m_err(stderr)
{
}

int CliApp::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Database:
    case ErrorCode::Cancelled:
        return 1;
    case ErrorCode::Lock:
        return 3;
    case ErrorCode::Usage:
    case ErrorCode::Config:
    case ErrorCode::Repository:
    case ErrorCode::Graph:
    case ErrorCode::Target:
    case ErrorCode::Sql:
    case ErrorCode::Io:
    case ErrorCode::Unsupported:
        return 2;
    }
    return 2;
}

int CliApp::run()
{
    using Handler = int (CliApp::*)();
    static const QList<std::pair<QString, Handler>> commands = {
        {u"init"_s, &CliApp::runInit},         {u"revision"_s, &CliApp::runRevision},
        {u"merge"_s, &CliApp::runMerge},       {u"heads"_s, &CliApp::runHeads},
        {u"branches"_s, &CliApp::runBranches}, {u"history"_s, &CliApp::runHistory},
        {u"show"_s, &CliApp::runShow},         {u"plan"_s, &CliApp::runPlan},
        {u"upgrade"_s, &CliApp::runUpgrade},   {u"downgrade"_s, &CliApp::runDowngrade},
        {u"stamp"_s, &CliApp::runStamp},       {u"current"_s, &CliApp::runCurrent},
        {u"check"_s, &CliApp::runCheck},
    };
    if (m_line.command.isEmpty())
        return usageError(QCoreApplication::translate("cli", "a command is required"));
    if (m_line.isSet(u"url"_s) && m_line.isSet(u"connection"_s))
        return usageError(QCoreApplication::translate("cli", "--url and --connection cannot be used together"));
    for (const auto &[name, handler] : commands) {
        if (name == m_line.command) {
            const int code = (this->*handler)();
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    return usageError(QCoreApplication::translate("cli", "unknown command '%1'").arg(m_line.command));
}

int CliApp::usageError(const QString &message)
{
    m_err << "stepwise: " << message << '\n'
          << QCoreApplication::translate("cli", "Try 'stepwise --help' for more information.")
          << '\n';
    m_err.flush();
    return 2;
}

int CliApp::fail(const Error &error)
{
    if (json()) {
        QJsonObject o{{u"ok"_s, false}, {u"error"_s, error.message()}};
        if (!error.detail().isEmpty())
            o.insert(u"detail"_s, error.detail());
        if (!error.file().isEmpty())
            o.insert(u"file"_s, error.file());
        if (error.line() > 0)
            o.insert(u"line"_s, error.line());
        if (!error.nativeText().isEmpty())
            o.insert(u"database_error"_s, error.nativeText());
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        // Alembic prints "FAILED: <message>" on stdout; scripts compare that line.
        m_out << "FAILED: " << error.toString() << '\n';
        if (!error.nativeText().isEmpty())
            m_out << "  " << error.nativeText() << '\n';
    }
    m_out.flush();
    return exitCodeFor(error.code());
}

int CliApp::failAll(const ErrorList &errors)
{
    if (errors.size() == 1)
        return fail(errors.first());
    if (json()) {
        QJsonArray list;
        for (const Error &e : errors)
            list.append(QJsonObject{{u"message"_s, e.message()}, {u"file"_s, e.file()},
                                    {u"line"_s, e.line()}});
        m_out << QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"errors"_s, list},
                                           {u"error"_s, errors.first().toString()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        for (const Error &e : errors)
            m_err << "error: " << e.toString() << '\n';
        m_out << "FAILED: "
              << QCoreApplication::translate("cli", "%n problem(s) found in the project", nullptr,
                                             int(errors.size()))
              << '\n';
    }
    m_out.flush();
    m_err.flush();
    return errors.isEmpty() ? 2 : exitCodeFor(errors.first().code());
}

void CliApp::printWarnings(const ErrorList &warnings)
{
    if (quiet())
        return;
    for (const Error &w : warnings)
        m_err << "warning: " << w.toString() << '\n';
    m_err.flush();
}

} // namespace Stepwise::Cli
