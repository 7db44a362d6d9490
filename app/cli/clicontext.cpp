#include "clicontext.h"

#include "core/graph/targetresolver.h"
#include "core/repository/projectconfigreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

CliContext::CliContext(CommandLine line)
    : m_line(std::move(line))
    , m_out(stdout)
    , m_err(stderr)
{
}

std::optional<CliContext::Loaded> CliContext::load(bool headersOnly)
{
    const Result<QString> dir = findProjectDir(m_line.value(u"project"_s));
    if (!dir) {
        m_exitCode = fail(dir.error());
        return std::nullopt;
    }
    LoadOptions options;
    options.headersOnly = headersOnly;
    options.useHeaderIndex = true; // headers-only loads of big projects (STEPWISE_NO_CACHE=1: off)
    Result<Project> project = loadProject(*dir, options);
    if (!project) {
        m_exitCode = fail(project.error());
        return std::nullopt;
    }
    printWarnings(project->warnings);
    ErrorList errors = project->errors;
    RevisionGraph graph = RevisionGraph::build(project->revisions, &errors);
    if (!errors.isEmpty()) {
        m_exitCode = failAll(errors);
        return std::nullopt;
    }
    return Loaded{std::move(project).value(), std::move(graph)};
}

const std::optional<CliContext::Loaded> &CliContext::loadUntilExit()
{
    // Still reachable through this pointer, so leak checkers stay quiet.
    static std::optional<Loaded> *kept = nullptr;
    std::optional<Loaded> loaded = load();
    delete kept; // a second command in the same process (none today) frees the first
    kept = new std::optional<Loaded>(std::move(loaded));
    return *kept;
}

Core::PythonSetup CliContext::pythonSetup() const
{
    Core::PythonSetup setup;
    setup.python = m_line.isSet(u"python"_s) ? m_line.value(u"python"_s) : qEnvironmentVariable("STEPWISE_PYTHON");
    return setup;
}

int CliContext::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Database:
    case ErrorCode::Cancelled:
        return 1;
    case ErrorCode::Lock:
        return 3;
    case ErrorCode::Unsafe:
        return 4;
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

int CliContext::usageError(const QString &message)
{
    m_err << "stepwise: " << message << '\n'
          << QCoreApplication::translate("cli", "Try 'stepwise --help' for more information.")
          << '\n';
    m_err.flush();
    return 2;
}

int CliContext::fail(const Error &error)
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
        // Alembic prints "FAILED: <message>" on stdout; scripts compare that line. What it
        // leaves out (an ambiguous prefix's candidates) follows on the next line.
        m_out << "FAILED: " << error.toString() << '\n';
        if (TargetResolver::detailFollowsCliLine(error))
            m_out << "  " << error.detail() << '\n';
        if (!error.nativeText().isEmpty())
            m_out << "  " << error.nativeText() << '\n';
    }
    m_out.flush();
    return exitCodeFor(error.code());
}

int CliContext::failAll(const ErrorList &errors)
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

void CliContext::printWarnings(const ErrorList &warnings)
{
    if (quiet())
        return;
    for (const Error &w : warnings)
        m_err << "warning: " << w.toString() << '\n';
    m_err.flush();
}

} // namespace Stepwise::Cli
