#pragma once
// Shared set-up of the Studio tests: isolated settings, a scratch copy of the demo project,
// and migrating a database through the core engine (as the CLI would).

#include "ui/connections/connectionprofile.h"
#include "ui/connections/passwordstore.h"

#include "core/db/connectionurl.h"
#include "core/engine/migrationsession.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

namespace StepwiseUiTest {

using namespace Qt::StringLiterals;

inline Stepwise::Ui::ConnectionProfile profile(const QString &name, const QString &driver,
                                              const QString &host, int port,
                                              const QString &database, const QString &user = {})
{
    Stepwise::Ui::ConnectionProfile p;
    p.name = name;
    p.driver = driver;
    p.host = host;
    p.port = port;
    p.database = database;
    p.user = user;
    return p;
}

// Settings go to a temporary folder: tests never touch the user's real settings.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StepwiseTest"_s);
    QCoreApplication::setApplicationName(u"stepwise-studio-test"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

inline QString sourceDir()
{
    return qEnvironmentVariable("STEPWISE_SOURCE_DIR", QStringLiteral(STEPWISE_TEST_SOURCE_DIR));
}

inline bool copyTree(const QString &from, const QString &to)
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

// resources/demo copied into dir (without any demo.db of a developer's run).
inline QString copyDemo(const QTemporaryDir &dir)
{
    const QString to = dir.filePath(u"demo"_s);
    copyTree(sourceDir() + u"/resources/demo"_s, to);
    QFile::remove(to + u"/demo.db"_s);
    return to;
}

// Runs `upgrade target` with the core engine; returns the error text or empty.
inline QString upgrade(const QString &projectDir, const QString &url, const QString &target)
{
    using namespace Stepwise::Core;
    LoadOptions options;
    options.headersOnly = false;
    auto project = loadProject(projectDir, options);
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

// A password store that behaves like a desktop without a keychain service.
class NoKeychainStore : public Stepwise::Ui::PasswordStore
{
public:
    using PasswordStore::PasswordStore;
    int reads = 0;
    int writes = 0;
    void read(const QString &, ReadCallback callback) override
    {
        ++reads;
        callback(false, {}, u"No keychain service available"_s);
    }
    void write(const QString &, const QString &, DoneCallback callback) override
    {
        ++writes;
        callback(false, u"No keychain service available"_s);
    }
    void remove(const QString &, DoneCallback callback) override { callback(true, {}); }
};

// A working keychain in memory.
class MemoryStore : public Stepwise::Ui::PasswordStore
{
public:
    using PasswordStore::PasswordStore;
    QHash<QString, QString> entries;
    void read(const QString &key, ReadCallback callback) override
    {
        if (entries.contains(key))
            callback(true, entries.value(key), {});
        else
            callback(false, {}, u"Entry not found"_s);
    }
    void write(const QString &key, const QString &password, DoneCallback callback) override
    {
        entries.insert(key, password);
        callback(true, {});
    }
    void remove(const QString &key, DoneCallback callback) override
    {
        entries.remove(key);
        callback(true, {});
    }
};

inline QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Clicks `button` in the unsaved-changes box (ScriptEditor::maybeSave) once it is shown:
// queued, because the box is modal.
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"unsavedChangesBox"_s);
        box->button(button)->click();
    });
}

} // namespace StepwiseUiTest
