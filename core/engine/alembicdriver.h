#pragma once

#include "core/base/result.h"

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <memory>

namespace Stepwise::Core {

class ConnectionUrl;
class RevisionGraph;
struct NewRevision;
struct Plan;
struct ProjectConfig;

// Which Python runs an Alembic project's revisions, and with what environment.
struct PythonSetup
{
    QString python;       // --python / STEPWISE_PYTHON; empty: found (PythonSetup::locate)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString flaskApp;     // Flask-Migrate: FLASK_APP when the environment has none

    // The interpreter: `python` when set, else $VIRTUAL_ENV's, else .venv/ or venv/ in the
    // project folder or a parent, else python3 on PATH. Errors name what was tried.
    Result<QString> locate(const QString &projectDir) const;
    // stepwise_alembic_driver.py: $STEPWISE_ALEMBIC_DRIVER, else beside the executable, else
    // ../share/stepwise/ (the installed layout). Empty when none exists.
    static QString driverScript();
};

// The project's own Alembic, driven one run at a time: a Python process running
// stepwise_alembic_driver.py (python/), talking JSON lines (documented in the script). The
// process starts once per run; env.py runs once per run. Used in one thread; the process is
// told to quit, then killed, when the driver is destroyed.
class AlembicDriver
{
public:
    ~AlembicDriver();
    AlembicDriver(const AlembicDriver &) = delete;
    AlembicDriver &operator=(const AlembicDriver &) = delete;

    // Starts Python on the project and waits for the driver's "ready". Errors (ErrorCode::Config)
    // say what to set where: no Python, no alembic module, no FLASK_APP, an app that fails to
    // import. `url`: the selected database, given to a plain Alembic env.py as sqlalchemy.url
    // and checked against what env.py connects to (none: the project's own, unchecked).
    static Result<std::unique_ptr<AlembicDriver>> start(const PythonSetup &setup,
                                                        const ProjectConfig &config,
                                                        const ConnectionUrl *url);

    // Answers the driver's "connected" event: go when env.py connected to `selected` (or when
    // nothing was selected), else stop — and an error saying which database env.py chose.
    Result<void> answerConnected(const QJsonObject &event, const ConnectionUrl *selected);
    // Whether the database env.py connected to is `selected`: same kind of database, same file
    // (SQLite) or same host, port and database name.
    static bool sameDatabase(const QJsonObject &connected, const ConnectionUrl &selected);

    // Alembic's offline SQL for `plan` (its --sql mode, env.py's offline branch) from the heads
    // `startRows`. A revision that cannot be rendered offline (it reads data through a live
    // connection), or an env.py without an offline mode, ends the script with a comment naming
    // it, its line and why, then the steps left as comments; *incomplete then says why.
    Result<QString> renderSql(const RevisionGraph &graph, const Plan &plan, const QStringList &startRows,
                              QString *incomplete = nullptr);

    // `alembic revision` / `merge` through the project's own command (its script.py.mako,
    // file_template and hooks apply): the files written. `request` holds the driver's fields
    // ("cmd": "revision" | "merge", message, autogenerate, head, …).
    Result<QStringList> author(const QJsonObject &request, const ConnectionUrl *selected);

    // Starts the driver and runs one authoring request (authorRequest() or the CLI's options):
    // the files written. The one place both the CLI and Studio write Python revisions.
    static Result<QStringList> write(const PythonSetup &setup, const ProjectConfig &config,
                                     const ConnectionUrl *selected, const QJsonObject &request);
    // The request that writes `revision` through the project's own `alembic revision` (one
    // parent or none) or `alembic merge` (several), keeping its id, message, branch label
    // and depends_on; `autogenerate` compares the models with the database.
    static QJsonObject authorRequest(const RevisionGraph &graph, const NewRevision &revision,
                                     bool autogenerate);

    // "Alembic 1.8.1, Flask-Migrate 4.0.0 (Python 3.11.2, /usr/bin/python3)".
    QString describe() const;
    const QString &python() const { return m_python; }
    const QJsonObject &versions() const { return m_ready; } // python, alembic, flask_migrate

    Result<void> send(const QJsonObject &request);
    // The next event; ErrorCode::Io when the process ends or says nothing for `timeout`.
    Result<QJsonObject> next(std::chrono::milliseconds timeout = std::chrono::hours(24));
    // What the process wrote to stderr so far (the project's own output, tracebacks).
    QString errorOutput();

private:
    AlembicDriver() = default;

    std::unique_ptr<QProcess> m_process;
    QString m_python;
    QJsonObject m_ready;
    QByteArray m_stderr;
};

} // namespace Stepwise::Core
