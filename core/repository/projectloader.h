#pragma once

#include "core/repository/projectconfig.h"
#include "core/repository/revision.h"

#include "core/base/result.h"

#include <QString>
#include <QStringList>

namespace Stepwise::Core {

struct LoadOptions
{
    // heads/history/show need only headers: native files are read up to their first section
    // marker. Full loads also keep section text and checksums.
    bool headersOnly = true;
    // Headers-only loads of projects with at least indexMinFiles revision files may use the
    // header index (repository/headerindex.h) in the user's cache folder, or in indexDir when
    // set. Off by default (the CLI turns it on); the environment variable STEPWISE_NO_CACHE=1
    // turns it off for every caller.
    bool useHeaderIndex = false;
    qsizetype indexMinFiles = 256;
    QString indexDir = {};
    // Files changed less than this long before an index was begun are parsed again (tests
    // shorten it; HeaderIndex::RacyWindowNs).
    qint64 racyWindowNs = 2'000'000'000;
};

// How a load went, for tests and benchmarks.
struct LoadStats
{
    qsizetype filesRead = 0; // opened and parsed
    qsizetype fromIndex = 0; // taken from the header index
    bool indexUsed = false;
    bool indexWritten = false;
};

// A loaded project: its settings and its revisions in load order (alembic-semantics §1.2 ⚑).
// Files with errors are left out of revisions; every problem of every file is in errors or
// warnings (file:line relative to the project folder). Graph-level checks (duplicate ids,
// missing parents, cycles, label clashes) are core/graph's.
struct Project
{
    ProjectConfig config;
    RevisionList revisions;
    ErrorList errors;
    ErrorList warnings;
    LoadStats stats;
};

// Reads a project from the file system. Call from any thread; files are parsed on a few
// worker threads when there are many. Fails only when the configuration cannot be read.
class ProjectLoader
{
public:
    static Result<Project> load(const QString &dir, LoadOptions options = {});
    // The revision files of a project in load order: version locations in configured order,
    // files in each sorted by name in Unicode code-point order (subfolders after the files,
    // each sorted, when recursive). Absolute paths.
    static QStringList revisionFiles(const ProjectConfig &config);
    // a < b in Unicode code-point order (QString's operator< compares UTF-16 code units).
    static bool codePointLess(const QString &a, const QString &b);
};

inline Result<Project> loadProject(const QString &dir, LoadOptions options = {})
{
    return ProjectLoader::load(dir, options);
}

} // namespace Stepwise::Core
