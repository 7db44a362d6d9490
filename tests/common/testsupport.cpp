#include "tests/common/testsupport.h"

#include "core/db/connectionurl.h"
#include "core/engine/migrationsession.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Stepwise::Test {

QString sourceDir()
{
    return qEnvironmentVariable("STEPWISE_SOURCE_DIR", QStringLiteral(STEPWISE_TEST_SOURCE_DIR));
}

void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StepwiseTest"_s);
    QCoreApplication::setApplicationName(u"stepwise-studio-test"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    const auto entries = source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

QString copyDemo(const QTemporaryDir &dir)
{
    const QString to = dir.filePath(u"demo"_s);
    copyTree(sourceDir() + u"/resources/demo"_s, to);
    QFile::remove(to + u"/demo.db"_s);
    return to;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool replaceInFile(const QString &path, const QString &from, const QString &to)
{
    QString text = readFile(path);
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

bool execSqlite(const QString &path, const QStringList &statements)
{
    const QString name = u"stepwise-test-exec"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            ok = true;
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ok = false;
                    break;
                }
            }
            query = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString upgrade(const QString &projectDir, const QString &url, const QString &target)
{
    using namespace Stepwise::Core;
    LoadOptions options;
    options.headersOnly = false;
    auto project = Core::loadProject(projectDir, options);
    if (!project)
        return project.error().toString();
    ErrorList errors;
    const RevisionGraph graph = RevisionGraph::build(project->revisions, &errors);
    if (!errors.isEmpty())
        return errors.first().toString();
    auto parsed = ConnectionUrl::parse(url, project->config.projectDir);
    if (!parsed)
        return parsed.error().toString();
    auto session = MigrationSession::open(parsed.value(), project->config, graph);
    if (!session)
        return session.error().toString();
    auto outcome = session.value()->run(Planner::Command::Upgrade, { target }, {});
    return outcome ? QString() : outcome.error().toString();
}

} // namespace Stepwise::Test
