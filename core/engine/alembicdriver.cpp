#include "core/engine/alembicdriver.h"

#include "core/base/tr.h"
#include "core/db/connectionurl.h"
#include "core/graph/alembicformat.h"
#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectconfig.h"
#include "core/repository/revisionwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

QString interpreterIn(const QString &venv)
{
    const QString python = venv + u"/bin/python"_s;
    return QFileInfo(python).isExecutable() ? python : QString();
}

// KEY=VALUE lines of .flaskenv / .env (quotes stripped, comments skipped), as python-dotenv
// reads the simple ones; an `export ` prefix is allowed.
void readDotEnv(const QString &path, QProcessEnvironment &env)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"export "_s))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (!env.contains(key)) // the caller's environment wins, as with `flask`
            env.insert(key, value);
    }
}

// The URL as env.py should connect: SQLite by its absolute file, others with the password.
QString urlForPython(const ConnectionUrl &url)
{
    if (url.dialect().name() == u"sqlite"_s)
        return url.isInMemory() ? u"sqlite://"_s : u"sqlite:///"_s + url.database();
    return url.withPassword();
}

} // namespace

Result<QString> PythonSetup::locate(const QString &projectDir) const
{
    if (!python.isEmpty()) {
        // A path (absolute, or relative to the current folder like .venv/bin/python), or a
        // name looked up on PATH.
        const QString found = python.contains(u'/') ? QFileInfo(python).absoluteFilePath()
                                                    : QStandardPaths::findExecutable(python);
        if (found.isEmpty() || !QFileInfo(found).isExecutable())
            return Error(ErrorCode::Config,
                         Tr::tr("Python '%1' (from --python or STEPWISE_PYTHON) is not an "
                                "executable program").arg(python));
        return found;
    }
    if (const QString venv = environment.value(u"VIRTUAL_ENV"_s); !venv.isEmpty()) {
        if (const QString p = interpreterIn(venv); !p.isEmpty())
            return p;
    }
    for (QDir dir(projectDir);;) {
        for (const QString &name : {u".venv"_s, u"venv"_s}) {
            if (const QString p = interpreterIn(dir.filePath(name)); !p.isEmpty())
                return p;
        }
        if (!dir.cdUp())
            break;
    }
    const QString onPath = QStandardPaths::findExecutable(u"python3"_s,
        environment.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts));
    if (onPath.isEmpty())
        return Error(ErrorCode::Config,
                     Tr::tr("No Python found to run this Alembic project: set --python or "
                            "STEPWISE_PYTHON, activate its virtual environment, or create .venv "
                            "in the project"));
    return onPath;
}

QString PythonSetup::driverScript()
{
    const QString name = u"stepwise_alembic_driver.py"_s;
    if (const QString env = qEnvironmentVariable("STEPWISE_ALEMBIC_DRIVER"); !env.isEmpty())
        return QFileInfo::exists(env) ? env : QString();
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList{dir + u'/' + name, dir + u"/../share/stepwise/"_s + name}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

AlembicDriver::~AlembicDriver()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->write(QJsonDocument(QJsonObject{{u"cmd"_s, u"quit"_s}}).toJson(QJsonDocument::Compact) + '\n');
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

Result<std::unique_ptr<AlembicDriver>> AlembicDriver::start(const PythonSetup &setup,
                                                            const ProjectConfig &config,
                                                            const ConnectionUrl *url)
{
    const Result<QString> python = setup.locate(config.projectDir);
    if (!python)
        return python.error();
    const QString script = PythonSetup::driverScript();
    if (script.isEmpty())
        return Error(ErrorCode::Config,
                     Tr::tr("stepwise_alembic_driver.py is not installed beside stepwise (set "
                            "STEPWISE_ALEMBIC_DRIVER to its path)"));
    QProcessEnvironment env = setup.environment;
    QStringList arguments{script};
    if (config.flaskMigrate) {
        readDotEnv(config.projectDir + u"/.flaskenv"_s, env);
        readDotEnv(config.projectDir + u"/.env"_s, env);
        if (!env.contains(u"FLASK_APP"_s) && !setup.flaskApp.isEmpty())
            env.insert(u"FLASK_APP"_s, setup.flaskApp);
        arguments << u"--flask-migrate"_s << config.scriptLocation;
    } else {
        arguments << u"--config"_s << config.iniPath;
        if (url)
            arguments << u"--url"_s << urlForPython(*url);
    }
    // The connection profile's variables last: they say how the project's own code finds the
    // selected database (a Flask app's DATABASE_URL={url}).
    if (url) {
        for (const auto &[name, value] : url->environment())
            env.insert(name, QString(value).replace(u"{url}"_s, urlForPython(*url))
                                 .replace(u"{password}"_s, url->password()));
    }
    env.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);

    std::unique_ptr<AlembicDriver> driver(new AlembicDriver);
    driver->m_python = *python;
    driver->m_process = std::make_unique<QProcess>();
    driver->m_process->setProcessEnvironment(env);
    driver->m_process->setWorkingDirectory(config.projectDir); // where `alembic`/`flask db` run
    driver->m_process->start(*python, arguments);
    if (!driver->m_process->waitForStarted(30000))
        return Error(ErrorCode::Config, Tr::tr("Cannot start Python '%1': %2")
                                            .arg(*python, driver->m_process->errorString()));
    const Result<QJsonObject> ready = driver->next(std::chrono::seconds(120));
    if (!ready)
        return ready.error();
    if (ready->value(u"event"_s).toString() == u"error"_s)
        return Error(ErrorCode::Config,
                     Tr::tr("%1 (Python %2): %3").arg(ready->value(u"message"_s).toString(), *python,
                                                       ready->value(u"hint"_s).toString()));
    if (ready->value(u"event"_s).toString() != u"ready"_s)
        return Error(ErrorCode::Config, Tr::tr("The Alembic driver did not start: %1")
                                            .arg(QString::fromUtf8(QJsonDocument(*ready).toJson(QJsonDocument::Compact))));
    driver->m_ready = *ready;
    return driver;
}

Result<QStringList> AlembicDriver::write(const PythonSetup &setup, const ProjectConfig &config,
                                         const ConnectionUrl *selected, const QJsonObject &request)
{
    Result<std::unique_ptr<AlembicDriver>> driver = start(setup, config, selected);
    if (!driver)
        return driver.error();
    return (*driver)->author(request, selected);
}

QString AlembicDriver::describe() const
{
    QString text = Tr::tr("Alembic %1").arg(m_ready.value(u"alembic"_s).toString());
    if (const QString flask = m_ready.value(u"flask_migrate"_s).toString(); !flask.isEmpty())
        text += Tr::tr(", Flask-Migrate %1").arg(flask);
    return text + Tr::tr(" (Python %1, %2)").arg(m_ready.value(u"python"_s).toString(), m_python);
}

QJsonObject AlembicDriver::authorRequest(const RevisionGraph &graph, const NewRevision &revision,
                                         bool autogenerate)
{
    QJsonObject request{{u"message"_s, revision.message}};
    if (!revision.id.isEmpty())
        request.insert(u"rev_id"_s, revision.id);
    if (!revision.branchLabels.isEmpty())
        request.insert(u"branch_label"_s, revision.branchLabels.join(u','));
    if (revision.parents.size() > 1) {
        request.insert(u"cmd"_s, u"merge"_s);
        request.insert(u"revisions"_s, QJsonArray::fromStringList(revision.parents));
        return request;
    }
    request.insert(u"cmd"_s, u"revision"_s);
    request.insert(u"autogenerate"_s, autogenerate);
    if (revision.parents.isEmpty()) {
        request.insert(u"head"_s, u"base"_s); // a new base
    } else {
        const QString parent = revision.parents.first();
        request.insert(u"head"_s, parent);
        // On a revision that is not a head, Alembic starts a branch only when told to splice.
        const int i = graph.indexOf(parent);
        request.insert(u"splice"_s, i >= 0 && !graph.isHead(i));
    }
    if (!revision.dependsOn.isEmpty())
        request.insert(u"depends_on"_s, QJsonArray::fromStringList(revision.dependsOn));
    return request;
}

Result<void> AlembicDriver::send(const QJsonObject &request)
{
    const QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    if (m_process->write(line) != line.size() || !m_process->waitForBytesWritten(30000))
        return Error(ErrorCode::Io, Tr::tr("Cannot talk to the Alembic driver (Python %1): %2")
                                        .arg(m_python, m_process->errorString()));
    return {};
}

QString AlembicDriver::errorOutput()
{
    m_stderr += m_process->readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

Result<QJsonObject> AlembicDriver::next(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_process->canReadLine()) {
        m_stderr += m_process->readAllStandardError();
        if (m_process->state() == QProcess::NotRunning) {
            m_process->waitForReadyRead(0);
            if (m_process->canReadLine())
                break;
            const QString tail = errorOutput().trimmed().split(u'\n').mid(-12).join(u'\n');
            return Error(ErrorCode::Io, Tr::tr("The Alembic driver (Python %1) ended unexpectedly "
                                               "(exit code %2)").arg(m_python).arg(m_process->exitCode()))
                .withDetail(tail);
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return Error(ErrorCode::Io, Tr::tr("The Alembic driver (Python %1) said nothing for %2 s")
                                            .arg(m_python).arg(timeout.count() / 1000));
        m_process->waitForReadyRead(int(qMin<qint64>(left.count(), 1000)));
    }
    const QByteArray line = m_process->readLine();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Io, Tr::tr("The Alembic driver wrote something that is not its "
                                           "protocol: %1").arg(QString::fromUtf8(line.trimmed())));
    return doc.object();
}

namespace {

bool sameHost(const QString &a, const QString &b)
{
    const auto local = [](const QString &h) {
        return h.isEmpty() || h == u"localhost"_s || h == u"127.0.0.1"_s || h == u"::1"_s;
    };
    return a.compare(b, Qt::CaseInsensitive) == 0 || (local(a) && local(b));
}

QString family(const QString &backend)
{
    return backend == u"mariadb"_s ? u"mysql"_s : backend;
}

// A failure the driver reported outside a run's steps (env.py, the app, Alembic's command).
Error commandFailed(const QJsonObject &event)
{
    return Error(ErrorCode::Config, Tr::tr("Alembic failed: %1: %2")
                                        .arg(event.value(u"type"_s).toString(),
                                             event.value(u"message"_s).toString()))
        .withDetail(event.value(u"traceback"_s).toString());
}

} // namespace

bool AlembicDriver::sameDatabase(const QJsonObject &connected, const ConnectionUrl &selected)
{
    const QString backend = family(connected.value(u"backend"_s).toString());
    if (backend != family(selected.dialect().name()))
        return false;
    const QString database = connected.value(u"database"_s).toString();
    if (backend == u"sqlite"_s) {
        if (selected.isInMemory() || database.isEmpty() || database == u":memory:"_s)
            return false; // two in-memory databases are never the same one
        const QFileInfo a(database), b(selected.database());
        return a.exists() && b.exists() ? a.canonicalFilePath() == b.canonicalFilePath()
                                        : QDir::cleanPath(database) == QDir::cleanPath(selected.database());
    }
    const int port = connected.value(u"port"_s).toInt();
    return database == selected.database() && sameHost(connected.value(u"host"_s).toString(), selected.host())
        && (port == 0 || port == selected.effectivePort());
}

Result<void> AlembicDriver::answerConnected(const QJsonObject &event, const ConnectionUrl *selected)
{
    if (!selected || sameDatabase(event, *selected))
        return send({{u"cmd"_s, u"go"_s}});
    (void)send({{u"cmd"_s, u"stop"_s}});
    (void)next(std::chrono::seconds(60)); // "stopped"
    return Error(ErrorCode::Config,
                 Tr::tr("env.py connects to %1, not to the selected database %2: nothing was run. "
                        "Point the project's configuration (for a Flask app, e.g. DATABASE_URL) "
                        "at the selected database, or select that one")
                     .arg(event.value(u"url"_s).toString(), selected->redacted()));
}

Result<QString> AlembicDriver::renderSql(const RevisionGraph &graph, const Plan &plan,
                                         const QStringList &startRows, QString *incomplete)
{
    QJsonArray steps, start;
    for (const PlanStep &step : plan.steps)
        steps.append(step.revision);
    for (const QString &row : startRows)
        start.append(row);
    const bool up = plan.steps.isEmpty() || plan.steps.first().direction == PlanStep::Up;
    if (Result<void> s = send({{u"cmd"_s, u"sql"_s}, {u"direction"_s, up ? u"up"_s : u"down"_s},
                               {u"steps"_s, steps}, {u"start"_s, start}}); !s)
        return s.error();
    const Result<QJsonObject> event = next(std::chrono::minutes(10));
    if (!event)
        return event.error();
    if (event->value(u"event"_s).toString() != u"sql"_s)
        return commandFailed(*event);
    QString sql = event->value(u"sql"_s).toString();
    const QJsonObject failed = event->value(u"failed"_s).toObject();
    if (failed.isEmpty())
        return sql;
    const QString revision = failed.value(u"revision"_s).toString();
    const QString why = failed.value(u"type"_s).toString() + u": "_s + failed.value(u"message"_s).toString();
    if (!sql.isEmpty() && !sql.endsWith(u'\n'))
        sql += u'\n';
    QString reason;
    if (revision.isEmpty()) { // env.py itself: no offline mode (it connects, or refuses)
        reason = Tr::tr("env.py cannot render offline SQL (%1)").arg(why);
        sql += Tr::tr("-- %1.\n-- The revisions run only against a live connection; the plan:\n").arg(reason);
    } else {
        const int r = graph.indexOf(revision);
        const QString where = r >= 0 ? graph.revision(r).relativePath + u':' + QString::number(failed.value(u"line"_s).toInt())
                                     : revision;
        reason = Tr::tr("%1 (%2) cannot be rendered offline (%3)").arg(revision, where, why);
        sql += Tr::tr("-- %1.\n-- It runs only against a live connection; the steps from here on:\n").arg(reason);
    }
    if (incomplete)
        *incomplete = reason;
    bool reached = revision.isEmpty();
    for (const PlanStep &step : plan.steps) {
        reached = reached || step.revision == revision;
        if (reached)
            sql += u"-- "_s + AlembicFormat::runningLine(graph, step) + u'\n';
    }
    return sql;
}

Result<QStringList> AlembicDriver::author(const QJsonObject &request, const ConnectionUrl *selected)
{
    if (Result<void> s = send(request); !s)
        return s.error();
    for (;;) {
        const Result<QJsonObject> event = next();
        if (!event)
            return event.error();
        const QString kind = event->value(u"event"_s).toString();
        if (kind == u"connected"_s) {
            if (Result<void> a = answerConnected(*event, selected); !a)
                return a.error();
        } else if (kind == u"written"_s) {
            QStringList paths;
            for (const QJsonValue &p : event->value(u"paths"_s).toArray())
                paths << p.toString();
            return paths;
        } else {
            return commandFailed(*event);
        }
    }
}

} // namespace Stepwise::Core
