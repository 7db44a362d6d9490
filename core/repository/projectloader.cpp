#include "repository/projectloader.h"

#include "repository/alembicheaderreader.h"
#include "repository/nativerevisionparser.h"

#include "base/tr.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// Below this many files, threads cost more than they save.
constexpr qsizetype ParallelThreshold = 256;
// A native header fits in the first block of nearly every file; a big data migration is then
// not read at all for heads/history.
constexpr qint64 HeaderBlock = 4 * 1024;

struct FileJob
{
    QString path; // absolute
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

// File and folder names of one folder, sorted in code-point order. std::filesystem rather than
// QDir: it takes the entry type from the directory listing instead of a stat() per file,
// which is a third of a 10,000-file load.
std::error_code listNames(const QString &folder, QStringList &files, QStringList &folders)
{
    std::error_code error;
    std::filesystem::directory_iterator it(
        std::filesystem::path(QFile::encodeName(folder).toStdString()), error);
    for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
        const QString name =
            QFile::decodeName(QByteArray::fromStdString(it->path().filename().string()));
        std::error_code typeError;
        if (it->is_regular_file(typeError))
            files.append(name);
        else if (it->is_directory(typeError))
            folders.append(name);
    }
    std::sort(files.begin(), files.end(), ProjectLoader::codePointLess);
    std::sort(folders.begin(), folders.end(), ProjectLoader::codePointLess);
    return error;
}

void listFolder(const QString &folder, const QString &relativeFolder, const ProjectConfig &config,
    QList<FileJob> &out, ErrorList &errors)
{
    QStringList names, subfolders;
    if (const std::error_code error = listNames(folder, names, subfolders))
        errors.append(Error(ErrorCode::Io,
            Tr::tr("cannot list the folder: %1").arg(QString::fromStdString(error.message())),
            relativeFolder));
    for (const QString &name : std::as_const(names)) {
        if (isRevisionFileName(name, config.kind))
            out.append({ folder + u'/' + name, relativeFolder + u'/' + name });
    }
    if (!config.recursiveVersionLocations || config.kind != ProjectConfig::Kind::Alembic)
        return;
    for (const QString &sub : std::as_const(subfolders)) {
        if (sub != u"__pycache__"_s)
            listFolder(folder + u'/' + sub, relativeFolder + u'/' + sub, config, out, errors);
    }
}

QList<FileJob> listJobs(const ProjectConfig &config, ErrorList &errors)
{
    QList<FileJob> jobs;
    const QDir project(config.projectDir);
    for (const QString &location : config.versionLocations)
        listFolder(location, project.relativeFilePath(location), config, jobs, errors);
    return jobs;
}

// Reads up to `limit` bytes (all when limit < 0), appending to bytes; false on failure with
// the reason in error. Plain open/read/close where available: QFile's extra stat and
// buffering double the cost of reading 10,000 small files.
bool readInto(const QString &path, QByteArray &bytes, qsizetype limit, QString &error)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = qt_error_string(errno);
        return false;
    }
    const qsizetype start = bytes.size();
    qsizetype got = 0;
    qsizetype want = limit >= 0 ? limit : HeaderBlock;
    for (;;) {
        bytes.resize(start + want);
        ssize_t n = 1;
        while (got < want) {
            const qsizetype asked = want - got;
            n = ::read(fd, bytes.data() + start + got, size_t(asked));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
            if (n < asked)
                break; // a regular file reads short only at its end: saves a read() per file
        }
        if (n < 0) {
            error = qt_error_string(errno);
            ::close(fd);
            bytes.resize(start);
            return false;
        }
        if (got < want || limit >= 0)
            break; // end of file, or only a prefix was asked for
        want *= 4; // the whole file was asked for and the buffer is full: grow
    }
    bytes.resize(start + got);
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    bytes += limit >= 0 ? file.read(limit) : file.readAll();
    return true;
#endif
}

// Reads one file once (only as far as the header when that is all that is needed) and parses it.
ParsedRevision loadFile(const FileJob &job, ProjectConfig::Kind kind, bool headersOnly)
{
    QByteArray bytes;
    QString error;
    const bool headerOnly = kind == ProjectConfig::Kind::Native && headersOnly;
    bool ok = readInto(job.path, bytes, headerOnly ? HeaderBlock : -1, error);
    // A header longer than the first block: read the rest of the file.
    if (ok && headerOnly && bytes.size() == HeaderBlock
        && NativeRevisionParser::firstMarkerOffset(bytes) < 0) {
        bytes.clear();
        ok = readInto(job.path, bytes, -1, error);
    }
    ParsedRevision parsed;
    if (!ok) {
        parsed.errors.append(
            Error(ErrorCode::Io, Tr::tr("cannot read: %1").arg(error), job.relative));
    } else if (kind == ProjectConfig::Kind::Alembic) {
        parsed = AlembicHeaderReader::parse(bytes, job.relative);
    } else {
        parsed = NativeRevisionParser::parse(bytes, job.relative,
            headerOnly ? NativeRevisionParser::Mode::HeaderOnly : NativeRevisionParser::Mode::Full);
    }
    parsed.revision.path = job.path;
    return parsed;
}

std::vector<ParsedRevision> loadAll(
    const QList<FileJob> &jobs, ProjectConfig::Kind kind, bool headersOnly)
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
    ErrorList ignored; // callers that need the problems load the project
    for (const FileJob &job : listJobs(config, ignored))
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
    const QList<FileJob> jobs = listJobs(project.config, project.errors);
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
