#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stepwise::Core {

// Coarse classes of failure; the CLI maps them to exit codes in one switch (app/cli).
enum class ErrorCode {
    Usage,      // bad command line or arguments
    Config,     // stepwise.ini / alembic.ini problems
    Repository, // unreadable or malformed revision files
    Graph,      // cycles, duplicates, missing parents
    Target,     // a target that does not resolve
    Sql,        // SQL text that cannot be split (unterminated quote, invalid UTF-8)
    Database,   // the database refused or failed
    Lock,       // waiting for another run's lock timed out
    Cancelled,  // the user stopped the run
    Io,         // file system
    Unsupported, // valid input we do not handle (yet)
    Unsafe      // a safety check (core/lint) refused the plan: nothing ran
};

// A failure as a value: what went wrong, where (file:line), and the database's own words.
// Copyable, cheap, never thrown across the core's API.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString file = {}, int line = 0);

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &file() const { return m_file; }
    int line() const { return m_line; }
    const QString &nativeCode() const { return m_nativeCode; }
    const QString &nativeText() const { return m_nativeText; }
    // Detail meant for --json and the GUI where the CLI text must stay Alembic's.
    const QString &detail() const { return m_detail; }

    Error &withNative(QString code, QString text);
    Error &withLocation(QString file, int line);
    Error &withDetail(QString detail);

    // "versions/3f2a_add_users.sql:14: unterminated dollar quote"
    QString toString() const;

private:
    ErrorCode m_code = ErrorCode::Usage;
    QString m_message;
    QString m_file;
    int m_line = 0;
    QString m_nativeCode;
    QString m_nativeText;
    QString m_detail;
};

// Several problems at once (validation reports them all, one bad file does not hide others).
using ErrorList = QList<Error>;

} // namespace Stepwise::Core
