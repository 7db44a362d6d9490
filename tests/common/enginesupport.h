#pragma once

#include "tests/common/testdatabases.h"

#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// Shared by the engine's integration tests (tst_engine*, tst_cli*): a fresh database per test
// on each dialect, catalog listings to compare schemas, generated projects, and the CLI.
namespace Stepwise::Test {

// One throwaway database: a SQLite file, or a database created on the shared server (the
// servers are shared with other tests, so every test works in a database of its own).
struct TestDatabase
{
    QString dialect;  // "sqlite", "postgresql", "mariadb"
    QString url;      // with the password (as a user would pass --url)
    QString name;     // database name (server) or file path (SQLite)
    QString password; // empty for SQLite
};

// The rows of a data-driven test: one per dialect.
void addDialectColumn();
// Empty: sqlite, postgresql, mariadb.
void addDialectRows(const QStringList &dialects = {});

std::optional<Server> serverFor(const QString &dialect);

// Creates the database (server dialects: CREATE DATABASE on the server of the environment's
// URL; SQLite: a file in `dir`). On failure returns nullopt and fills *error.
std::optional<TestDatabase> createDatabase(const QString &dialect, const QString &dir, QString *error);
void dropDatabase(const TestDatabase &db);

// A connection named `connection` to the test database (remove it with QSqlDatabase::removeDatabase).
QSqlDatabase connect(const TestDatabase &db, const QString &connection);

// Sorted names of the tables in the database, lower case, without the heads and history tables.
QStringList userTables(const QSqlDatabase &db, const QStringList &exclude = {});
// Sorted "table: column type" and "index table.name" lines: what two schemas must share.
QStringList catalog(const QSqlDatabase &db, const QStringList &exclude = {});
// Every row of `sql`, its columns joined by spaces; sorted.
QStringList column(const QSqlDatabase &db, const QString &sql);
QString quoted(const QString &dialect, const QString &identifier);

// bench/generate_repo.py OUT --shape SHAPE --count N [--seed S]; returns OUT or empty.
QString generateProject(const QString &out, const QString &shape, int count, int seed = -1);
// In a generated Alembic project, makes the revision creating table number `created` raise: its
// upgrade() first inserts into a missing table. Returns that file's path (empty on failure) and
// the failing line in *line.
QString breakAlembicRevision(const QString &alembicProject, int created, int *line);
// Rewrites the project's stepwise.ini [repository] dialect (the splitter) for `dialect`.
bool setProjectDialect(const QString &project, const QString &dialect, const QString &extraDatabaseIni = {});

// A native project loaded with its sections, and its graph.
struct LoadedProject
{
    Core::Project project;
    Core::RevisionGraph graph;
};
std::unique_ptr<LoadedProject> loadProject(const QString &dir);
// Generated revisions' messages are "create table t_NNNNN": the revision that created table
// number `created`, and the tables the recorded heads imply (one per revision in their ancestry).
int revisionCreating(const Core::RevisionGraph &graph, int created);
QStringList expectedTables(const Core::RevisionGraph &graph, const QStringList &rows);

// The `stepwise` binary (STEPWISE_CLI, set by tests/integration/CMakeLists.txt).
QString cliPath();
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &arguments, const QString &workingDir = {}, int timeoutMs = 300000);

} // namespace Stepwise::Test

// Skip (no URL) or fail (URL set but unreachable) for a server dialect; nothing for SQLite.
#define ENGINE_REQUIRE_DIALECT(dialect)                                                            \
    if (const auto engineServer = Stepwise::Test::serverFor(dialect)) {                                \
        {                                                                                          \
            STEPWISE_REQUIRE_SERVER(*engineServer, engineProbe, QStringLiteral("engine-probe"));   \
            engineProbe.close();                                                                   \
        }                                                                                          \
        QSqlDatabase::removeDatabase(QStringLiteral("engine-probe"));                              \
    }
