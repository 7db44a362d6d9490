// core/engine: the use cases "read a database's state" (DatabaseState), "classify every
// revision against it" (RevisionStates) and "which database, and open it" (ConnectionResolver),
// on real SQLite files migrated by the real CLI — the answers Studio's status and
// `stepwise check` / `current` are built from.

#include "tests/common/enginesupport.h"
#include "tests/common/testsupport.h"

#include "core/db/connectionprofiles.h"
#include "core/db/dialect.h"
#include "core/db/savedpasswordreader.h"
#include "core/engine/connectionresolver.h"
#include "core/engine/databasestate.h"
#include "core/engine/migrationsession.h"
#include "core/engine/revisionstates.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::copyTree;
using Stepwise::Test::sourceDir;

namespace {

// The CLI's exit code on the project; stdout in *out.
int runCli(const QString &project, const QStringList &arguments, QString *out = nullptr)
{
    const Stepwise::Test::CliResult r =
        Stepwise::Test::runCli(QStringList{u"--project"_s, project} + arguments, {}, 60000);
    if (out)
        *out = r.out;
    return r.exitCode;
}

struct Loaded
{
    Project project;
    RevisionGraph graph;
};

Loaded load(const QString &dir)
{
    Loaded l;
    Result<Project> project = loadProject(dir, LoadOptions{false});
    if (project) {
        l.project = *project;
        l.graph = RevisionGraph::build(l.project.revisions, nullptr);
    }
    return l;
}

class FakeKeychain : public SavedPasswordReader
{
public:
    std::optional<QString> read(const QString &service, const QString &key, QString *error) override
    {
        asked << service + u'/' + key;
        if (answer)
            return answer;
        *error = u"no keychain here"_s;
        return std::nullopt;
    }
    std::optional<QString> answer;
    QStringList asked;
};

} // namespace

class tst_DatabaseState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void neverMigrated();
    void readAndClassify();
    void driftAfterEditingAnAppliedFile();
    void missingFileRevision();
    void stampBaseIsRecorded();
    void anotherProjectsDatabaseRefused();
    void resolverChoosesTheDatabase();
    void resolverSavedProfile();
    void resolverOfflineDialect();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void tst_DatabaseState::initTestCase()
{
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI names the binary");
    QVERIFY(m_dir.isValid());
    // Studio's settings (connection profiles) in a scratch folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    m_demo = m_dir.filePath(u"demo"_s);
    QVERIFY(copyTree(sourceDir() + u"/resources/demo"_s, m_demo));
    QFile::remove(m_demo + u"/demo.db"_s);
}

void tst_DatabaseState::neverMigrated()
{
    const Loaded l = load(m_demo);
    QVERIFY(l.graph.isValid());
    const ConnectionResolver resolver({u"sqlite:///"_s + m_dir.filePath(u"empty.db"_s), {}},
                                      l.project.config);
    auto session = resolver.openSession(l.graph, nullptr);
    QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().toString()));
    const Result<DatabaseState> state = DatabaseState::read((*session)->store());
    QVERIFY(state.ok());
    QVERIFY(!state->headsTableExists);
    QVERIFY(state->heads.isEmpty());
    QVERIFY(state->history.isEmpty());
    // Read-only: nothing was created.
    QVERIFY(!*(*session)->store().headsTableExists());
    const RevisionStates s = RevisionStates::classify(l.graph, *state);
    QCOMPARE(s.count(RevisionState::Pending), l.graph.size());
}

void tst_DatabaseState::readAndClassify()
{
    const QString db = m_dir.filePath(u"read.db"_s);
    QCOMPARE(runCli(m_demo, {u"--url"_s, u"sqlite:///"_s + db, u"upgrade"_s, u"a05f2a7c9e10"_s}), 0);
    const Loaded l = load(m_demo);
    auto session = ConnectionResolver({u"sqlite:///"_s + db, {}}, l.project.config).openSession(l.graph, nullptr);
    QVERIFY(session.ok());
    const Result<DatabaseState> state = DatabaseState::read((*session)->store());
    QVERIFY(state.ok());
    QVERIFY(state->headsTableExists);
    QCOMPARE(state->heads, QStringList{u"a05f2a7c9e10"_s});
    QCOMPARE(state->history.size(), 6);
    QCOMPARE(state->appliedChecksums.size(), 6);
    for (const HistoryEntry &e : state->history) {
        QCOMPARE(e.direction, HistoryDirection::Up);
        QCOMPARE(e.status, HistoryStatus::Ok);
        QVERIFY(e.shownDurationMs() >= 0);
    }
    const RevisionStates s = RevisionStates::classify(l.graph, *state);
    QCOMPARE(s.state(l.graph.indexOf(u"a05f2a7c9e10"_s)), RevisionState::Current);
    QCOMPARE(s.state(l.graph.indexOf(u"1f3a9c2b7d01"_s)), RevisionState::Applied);
    QCOMPARE(s.state(l.graph.indexOf(u"9c4f1e6b8d09"_s)), RevisionState::Pending);
    QCOMPARE(s.count(RevisionState::Applied) + s.count(RevisionState::Current), 6);
    QCOMPARE(s.count(RevisionState::Pending), 4);
    QVERIFY(s.drifted().isEmpty());
    QVERIFY(s.unknownHeads().isEmpty());
}

void tst_DatabaseState::driftAfterEditingAnAppliedFile()
{
    const QString project = m_dir.filePath(u"drift"_s);
    QVERIFY(copyTree(m_demo, project));
    const QString db = m_dir.filePath(u"drift.db"_s);
    QCOMPARE(runCli(project, {u"--url"_s, u"sqlite:///"_s + db, u"upgrade"_s, u"heads"_s}), 0);
    QVERIFY(Stepwise::Test::replaceInFile(project + u"/versions/2b7e4d9a1c02_create_products.sql"_s,
                                          u"-- migrate:up\n"_s,
                                          u"-- migrate:up\n-- an edit after it was applied\n"_s));

    const Loaded l = load(project);
    auto session = ConnectionResolver({u"sqlite:///"_s + db, {}}, l.project.config).openSession(l.graph, nullptr);
    QVERIFY(session.ok());
    const Result<DatabaseState> state = DatabaseState::read((*session)->store());
    QVERIFY(state.ok());
    const RevisionStates s = RevisionStates::classify(l.graph, *state);
    QCOMPARE(s.state(l.graph.indexOf(u"2b7e4d9a1c02"_s)), RevisionState::Drifted);
    QCOMPARE(s.drifted().size(), 1);
    QCOMPARE(s.drifted().first().relativePath, u"versions/2b7e4d9a1c02_create_products.sql"_s);
    QVERIFY(s.drifted().first().appliedChecksum != s.drifted().first().fileChecksum);
    // `stepwise check` reports the same revision and exits 1.
    QString out;
    QCOMPARE(runCli(project, {u"--url"_s, u"sqlite:///"_s + db, u"check"_s}, &out), 1);
    QVERIFY2(out.contains(u"drifted: 2b7e4d9a1c02"_s), qPrintable(out));
}

void tst_DatabaseState::missingFileRevision()
{
    const QString project = m_dir.filePath(u"missing"_s);
    QVERIFY(copyTree(m_demo, project));
    const QString db = m_dir.filePath(u"missing.db"_s);
    QCOMPARE(runCli(project, {u"--url"_s, u"sqlite:///"_s + db, u"upgrade"_s, u"heads"_s}), 0);
    // The newest file goes away: the database knows a revision the files do not.
    QVERIFY(QFile::remove(project + u"/versions/9c4f1e6b8d09_order_summary_view.sql"_s));
    const Loaded l = load(project);
    QVERIFY(l.graph.isValid());
    auto session = ConnectionResolver({u"sqlite:///"_s + db, {}}, l.project.config).openSession(l.graph, nullptr);
    QVERIFY(session.ok());
    const Result<DatabaseState> state = DatabaseState::read((*session)->store());
    QVERIFY(state.ok());
    const RevisionStates s = RevisionStates::classify(l.graph, *state);
    QCOMPARE(s.unknownHeads(), QStringList{u"9c4f1e6b8d09"_s});
    QCOMPARE(s.unknownApplied(), QStringList{u"9c4f1e6b8d09"_s});
    // What the history recorded as applied stays applied below the vanished head.
    QCOMPARE(s.state(l.graph.indexOf(u"8b3e0d5a7c08"_s)), RevisionState::Applied);
    QCOMPARE(s.count(RevisionState::Pending), 0);
    QString out;
    QCOMPARE(runCli(project, {u"--url"_s, u"sqlite:///"_s + db, u"check"_s}, &out), 1);
    QVERIFY2(out.contains(u"missing: 9c4f1e6b8d09"_s), qPrintable(out));
}

// `stamp base` empties the heads table and records one history row for it ("base"): it once
// failed on the history table's NOT NULL revision column.
void tst_DatabaseState::stampBaseIsRecorded()
{
    const QString db = m_dir.filePath(u"stampbase.db"_s);
    QCOMPARE(runCli(m_demo, {u"--url"_s, u"sqlite:///"_s + db, u"upgrade"_s, u"heads"_s}), 0);
    QString out;
    QCOMPARE(runCli(m_demo, {u"--url"_s, u"sqlite:///"_s + db, u"stamp"_s, u"base"_s}, &out), 0);
    const Loaded l = load(m_demo);
    auto session = ConnectionResolver({u"sqlite:///"_s + db, {}}, l.project.config).openSession(l.graph, nullptr);
    QVERIFY(session.ok());
    const Result<DatabaseState> state = DatabaseState::read((*session)->store());
    QVERIFY(state.ok());
    QVERIFY(state->heads.isEmpty());
    QCOMPARE(state->history.size(), l.graph.size() + 1);
    QCOMPARE(state->history.last().revision, u"base"_s);
    QCOMPARE(state->history.last().direction, HistoryDirection::Stamp);
    QCOMPARE(state->history.last().status, HistoryStatus::Ok);
    // The history still says what the upgrades applied; a stamp does not undo them.
    QCOMPARE(state->appliedChecksums.size(), l.graph.size());
    // And the offline script of the same stamp records the same row.
    QVERIFY(runCli(m_demo, {u"--url"_s, u"sqlite:///x.db"_s, u"stamp"_s, u"9c4f1e6b8d09:base"_s,
                            u"--sql"_s}, &out) == 0);
    QVERIFY2(out.contains(u"VALUES ('base', 'stamp'"_s), qPrintable(out));
}

// A database migrated by another project: its heads are unknown here; `upgrade` and `stamp`
// refuse it naming the revision (Alembic's text), and nothing is written.
void tst_DatabaseState::anotherProjectsDatabaseRefused()
{
    const QString db = m_dir.filePath(u"other.db"_s);
    QCOMPARE(runCli(m_demo, {u"--url"_s, u"sqlite:///"_s + db, u"upgrade"_s, u"heads"_s}), 0);
    const QString other = sourceDir() + u"/tests/data/ui/server_shop"_s;
    QString out;
    QCOMPARE(runCli(other, {u"--url"_s, u"sqlite:///"_s + db, u"upgrade"_s, u"heads"_s}, &out), 2);
    QCOMPARE(out, u"FAILED: Can't locate revision identified by '9c4f1e6b8d09'\n"_s);
    QCOMPARE(runCli(other, {u"--url"_s, u"sqlite:///"_s + db, u"stamp"_s, u"heads"_s}, &out), 2);
    QVERIFY2(out.contains(u"9c4f1e6b8d09"_s), qPrintable(out));
    const Loaded l = load(other);
    auto session = ConnectionResolver({u"sqlite:///"_s + db, {}}, l.project.config).openSession(l.graph, nullptr);
    QVERIFY(session.ok());
    const Result<DatabaseState> state = DatabaseState::read((*session)->store());
    QVERIFY(state.ok());
    QCOMPARE(state->heads, QStringList{u"9c4f1e6b8d09"_s});
    QCOMPARE(state->history.size(), 10); // the demo's ten upgrades, nothing more
    QCOMPARE(RevisionStates::classify(l.graph, *state).unknownHeads(), QStringList{u"9c4f1e6b8d09"_s});
}

void tst_DatabaseState::resolverChoosesTheDatabase()
{
    Loaded l = load(m_demo);
    // The project's own URL, relative to the project folder.
    Result<ConnectionUrl> url = ConnectionResolver({}, l.project.config).url();
    QVERIFY(url.ok());
    QCOMPARE(url->database(), QDir(m_demo).filePath(u"demo.db"_s));
    // A given URL wins; relative SQLite paths are the current folder's.
    url = ConnectionResolver({u"sqlite:///given.db"_s, {}}, l.project.config).url();
    QVERIFY(url.ok());
    QCOMPARE(url->database(), QDir::current().filePath(u"given.db"_s));
    // No URL anywhere: a configuration error naming the options.
    l.project.config.url.clear();
    url = ConnectionResolver({}, l.project.config).url();
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code(), ErrorCode::Config);
    QVERIFY(url.error().message().contains(u"--url or --connection"_s));
    // A bad URL is reported, not guessed at.
    url = ConnectionResolver({u"oracle://x/y"_s, {}}, l.project.config).url();
    QVERIFY(!url.ok());
}

void tst_DatabaseState::resolverSavedProfile()
{
    ConnectionProfile server;
    server.name = u"Warehouse"_s;
    server.driver = u"QPSQL"_s;
    server.host = u"db.example"_s;
    server.port = 5433;
    server.database = u"stock"_s;
    server.user = u"ana"_s;
    server.savePassword = true;
    ConnectionProfiles::write(*ConnectionProfiles::studioSettings(), {server});
    const Loaded l = load(m_demo);

    FakeKeychain keychain;
    keychain.answer = u"s3cret"_s;
    qunsetenv("STEPWISE_PASSWORD");
    Result<ConnectionUrl> url = ConnectionResolver({{}, u"Warehouse"_s}, l.project.config, &keychain).url();
    QVERIFY(url.ok());
    QCOMPARE(url->host(), u"db.example"_s);
    QCOMPARE(url->port(), 5433);
    QCOMPARE(url->database(), u"stock"_s);
    QCOMPARE(url->userName(), u"ana"_s);
    QCOMPARE(url->password(), u"s3cret"_s);
    QCOMPARE(keychain.asked, QStringList{ConnectionProfiles::keychainService() + u'/' + server.keychainKey()});

    // STEPWISE_PASSWORD overrides the keychain, which is then not asked.
    keychain.asked.clear();
    qputenv("STEPWISE_PASSWORD", "from-env");
    url = ConnectionResolver({{}, u"Warehouse"_s}, l.project.config, &keychain).url();
    qunsetenv("STEPWISE_PASSWORD");
    QVERIFY(url.ok());
    QVERIFY(keychain.asked.isEmpty());
    QVERIFY(!url->hasPassword());

    // No keychain answer: quietly on, with the reason for a verbose note.
    keychain.answer.reset();
    QString note;
    url = ConnectionResolver({{}, u"Warehouse"_s}, l.project.config, &keychain).url(&note);
    QVERIFY(url.ok());
    QVERIFY(!url->hasPassword());
    QCOMPARE(note, u"no keychain here"_s);

    // An unknown name lists the saved ones.
    url = ConnectionResolver({{}, u"Nope"_s}, l.project.config, &keychain).url();
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code(), ErrorCode::Config);
    QVERIFY2(url.error().toString().contains(u"Warehouse"_s), qPrintable(url.error().toString()));
}

void tst_DatabaseState::resolverOfflineDialect()
{
    Loaded l = load(m_demo);
    auto dialect = ConnectionResolver({u"postgresql+psycopg2://u@h/d"_s, {}}, l.project.config).offlineDialect();
    QVERIFY(dialect.ok());
    QCOMPARE((*dialect)->qtDriver(), u"QPSQL"_s);
    dialect = ConnectionResolver({{}, u"Warehouse"_s}, l.project.config).offlineDialect();
    QVERIFY(dialect.ok());
    QCOMPARE((*dialect)->qtDriver(), u"QPSQL"_s);
    dialect = ConnectionResolver({}, l.project.config).offlineDialect(); // the project's URL
    QVERIFY(dialect.ok());
    QCOMPARE((*dialect)->qtDriver(), u"QSQLITE"_s);
    l.project.config.url.clear();
    l.project.config.dialect = u"mysql"_s;
    dialect = ConnectionResolver({}, l.project.config).offlineDialect(); // its dialect setting
    QVERIFY(dialect.ok());
    QCOMPARE((*dialect)->qtDriver(), u"QMYSQL"_s);
    l.project.config.dialect.clear();
    dialect = ConnectionResolver({}, l.project.config).offlineDialect();
    QVERIFY(!dialect.ok());
    QVERIFY(dialect.error().message().contains(u"--sql needs a dialect"_s));
    dialect = ConnectionResolver({u"oracle://x"_s, {}}, l.project.config).offlineDialect();
    QVERIFY(!dialect.ok());
    QCOMPARE(dialect.error().message(), u"Unknown database kind 'oracle'"_s);
}

QTEST_GUILESS_MAIN(tst_DatabaseState)
#include "tst_databasestate.moc"
