#pragma once
// What every kind of test needs: the source tree, settings that never touch the user's, scratch
// copies of projects, and migrating a database through the core engine (as the CLI would).

#include <QString>

class QTemporaryDir;

namespace Stepwise::Test {

// The source tree: $STEPWISE_SOURCE_DIR when set (ctest sets it), else the folder this build
// was configured from.
QString sourceDir();

// Settings go to a temporary folder: tests never touch the user's real settings.
void isolateSettings(const QTemporaryDir &dir);

// Copies the folder `from` into `to` (created), recursively; false when a file cannot be copied.
bool copyTree(const QString &from, const QString &to);

// resources/demo copied into dir (without any demo.db of a developer's run); returns the copy.
QString copyDemo(const QTemporaryDir &dir);

// The file's text (UTF-8), or empty when it cannot be read.
QString readFile(const QString &path);

// Replaces every `from` in the file with `to`; false when the file cannot be read or written,
// or holds no `from`.
bool replaceInFile(const QString &path, const QString &from, const QString &to);

// Opens (creates) the SQLite file and runs the statements on it; false, with the failing
// statement and the database's words printed, when one fails.
bool execSqlite(const QString &path, const QStringList &statements);

// Runs `upgrade target` on the project with the core engine; returns the error text or empty.
QString upgrade(const QString &projectDir, const QString &url, const QString &target);

} // namespace Stepwise::Test
