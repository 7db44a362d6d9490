#include "repository/projectloader.h"

#include "repository/alembicheaderreader.h"
#include "repository/nativerevisionparser.h"

#include "base/tr.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// Below this many files, threads cost more than they save.
constexpr qsizetype ParallelThreshold = 256;
// A native header fits in the first block of nearly every file.
constexpr qint64 HeaderBlock = 16 * 1024;

struct FileJob
{
    QString path;     // absolute
    QString relative; // to the project folder, for messages
};

// Maps UTF-16 code units so that comparing them orders by code point: surrogates (U+D800..
// U+DFFF, which encode code points above U+FFFF) move above U+E000..U+FFFF.
char32_t codePointOrderKey(char16_t u)
{
    if (u >= 0xE000)
        return u - 0x800;
    if (u >= 0xD800)
        return u + 0x2000;
    return u;
}

bool isRevisionFileName(const QString &name, ProjectConfig::Kind kind)
{
    // Editor lock files (.#name) are never revisions; Alembic also skips __init__*.
    if (name.startsWith(u".#"_s))
        return false;
    if (kind == ProjectConfig::Kind::Native)
        return name.endsWith(u".sql"_s);
    return name.endsWith(u".py"_s) && !name.startsWith(u"__init__"_s);
}

void listFolder(const QString &folder, const QString &relativeFolder, const ProjectConfig &config,
                QList<FileJob> &out)
{
    const QDir dir(folder);
    QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::NoSort);
    std::sort(names.begin(), names.end(), ProjectLoader::codePointLess);
    for (const QString &name : std::as_const(names)) {
        if (isRevisionFileName(name, config.kind))
            out.append({folder + u'/' + name, relativeFolder + u'/' + name});
    }
    if (!config.recursiveVersionLocations || config.kind != ProjectConfig::Kind::Alembic)
        return;
    QStringList subfolders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::NoSort);
    std::sort(subfolders.begin(), subfolders.end(), ProjectLoader::codePointLess);
    for (const QString &sub : std::as_const(subfolders)) {
        if (sub != u"__pycache__"_s)
            listFolder(folder + u'/' + sub, relativeFolder + u'/' + sub, config, out);
    }
}

QList<FileJob> listJobs(const ProjectConfig &config)
{
    QList<FileJob> jobs;
    const QDir project(config.projectDir);
    for (const QString &location : config.versionLocations)
        listFolder(location, project.relativeFilePath(location), config, jobs);
    return jobs;
}

// Reads one file once (only as far as the header when that is all that is needed) and parses it.
ParsedRevision loadFile(const FileJob &job, ProjectConfig::Kind kind, bool headersOnly)
{
    QFile file(job.path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        ParsedRevision failed;
        failed.errors.append(Error(ErrorCode::Io, Tr::tr("cannot read: %1").arg(file.errorString()),
                                   job.relative));
        return failed;
    }
    ParsedRevision parsed;
    if (kind == ProjectConfig::Kind::Alembic) {
        parsed = AlembicHeaderReader::parse(file.readAll(), job.relative);
    } else if (!headersOnly) {
        parsed = NativeRevisionParser::parse(file.readAll(), job.relative,
                                             NativeRevisionParser::Mode::Full);
    } else {
        QByteArray bytes = file.read(HeaderBlock);
        while (bytes.size() >= HeaderBlock && NativeRevisionParser::firstMarkerOffset(bytes) < 0) {
            const QByteArray more = file.read(HeaderBlock * 4);
            if (more.isEmpty())
                break;
            bytes += more;
        }
        parsed = NativeRevisionParser::parse(bytes, job.relative,
                                             NativeRevisionParser::Mode::HeaderOnly);
    }
    parsed.revision.path = job.path;
    return parsed;
}

std::vector<ParsedRevision> loadAll(const QList<FileJob> &jobs, ProjectConfig::Kind kind,
                                    bool headersOnly)
{
    std::vector<ParsedRevision> results(jobs.size());
    auto work = [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            results[i] = loadFile(jobs[i], kind, headersOnly);
    };
    const qsizetype n = jobs.size();
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype threads = n < ParallelThreshold ? 1 : std::min<qsizetype>(hardware, 8);
    if (threads == 1) {
        work(0, n);
        return results;
    }
    // Contiguous chunks, each written by one thread into its own slots: the order is kept
    // without locking.
    std::vector<std::thread> pool;
    const qsizetype chunk = (n + threads - 1) / threads;
    for (qsizetype t = 1; t < threads; ++t)
        pool.emplace_back(work, std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
    work(0, std::min(n, chunk));
    for (std::thread &thread : pool)
        thread.join();
    return results;
}

} // namespace

bool ProjectLoader::codePointLess(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a[i].unicode(), y = b[i].unicode();
        if (x != y)
            return codePointOrderKey(x) < codePointOrderKey(y);
    }
    return a.size() < b.size();
}

QStringList ProjectLoader::revisionFiles(const ProjectConfig &config)
{
    QStringList paths;
    for (const FileJob &job : listJobs(config))
        paths.append(job.path);
    return paths;
}

Result<Project> ProjectLoader::load(const QString &dir, LoadOptions options)
{
    Result<ProjectConfig> config = ProjectConfigReader::read(dir);
    if (!config)
        return config.error();
    Project project;
    project.config = std::move(*config);
    const QList<FileJob> jobs = listJobs(project.config);
    std::vector<ParsedRevision> parsed = loadAll(jobs, project.config.kind, options.headersOnly);
    project.revisions.reserve(qsizetype(parsed.size()));
    for (ParsedRevision &p : parsed) {
        project.errors += p.errors;
        project.warnings += p.warnings;
        if (p.ok())
            project.revisions.append(std::move(p.revision));
    }
    return project;
}

} // namespace Stepwise::Core
