#include "core/repository/projectloader.h"
#include "core/repository/projectconfigreader.h"

#include "core/repository/alembicheaderreader.h"
#include "core/repository/headerindex.h"
#include "core/repository/nativerevisionparser.h"
#include "core/repository/revisionfilelisting.h"

#include "core/base/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
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

using FileJob = RevisionFileListing::File;

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

#ifdef Q_OS_UNIX
FileStamp stampOf(const struct stat &st)
{
    FileStamp s;
    s.size = st.st_size;
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    s.ctimeNs = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
    s.inode = st.st_ino;
    return s;
}
#endif

// What the file loaders share: the folders' descriptors (files are opened relative to them,
// which spares the kernel a walk of the whole path per file) and the header index, if any.
struct LoadContext
{
    ProjectConfig::Kind kind = ProjectConfig::Kind::Native;
    bool headersOnly = true;
    std::vector<int> folderFds; // -1: open by absolute path
    const HeaderIndex *index = nullptr; // non-null: stamps are taken, fresh entries used
    qint64 racyWindowNs = HeaderIndex::RacyWindowNs;
    std::vector<qsizetype> candidates; // per job: index entry for its path, or -1
    const std::vector<FileStamp> *entryStamps = nullptr; // per index entry: its file now
};

// What loading the files gives, one slot per file in load order, filled in place by the
// workers (each writes only its own slots). Revisions of files with errors are dropped at the end.
struct LoadResults
{
    explicit LoadResults(qsizetype n)
        : revisions(n), problems(size_t(n)), stamps(size_t(n)), fromIndex(size_t(n), 0)
    {
    }
    struct Problems
    {
        ErrorList errors, warnings;
    };
    RevisionList revisions;
    std::vector<Problems> problems;
    std::vector<FileStamp> stamps; // when an index is in use
    std::vector<char> fromIndex;
};

// Reads up to `limit` bytes (all when limit < 0), appending to bytes; false on failure with
// the reason in error. Plain open/read/close where available: QFile's extra stat and
// buffering double the cost of reading 10,000 small files. With stamp, also fstat()s the file.
bool readInto(const LoadContext &context, const FileJob &job, QByteArray &bytes, qsizetype limit,
    QString &error, FileStamp *stamp)
{
#ifdef Q_OS_UNIX
    const int folderFd = context.folderFds.empty() ? -1 : context.folderFds[size_t(job.folder)];
    const int fd = folderFd >= 0 ? ::openat(folderFd, job.name, O_RDONLY | O_CLOEXEC)
                                 : ::open(QFile::encodeName(job.path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = qt_error_string(errno);
        return false;
    }
    if (stamp) {
        struct stat st;
        *stamp = ::fstat(fd, &st) == 0 ? stampOf(st) : FileStamp();
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
    Q_UNUSED(context);
    Q_UNUSED(stamp);
    QFile file(job.path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    bytes += limit >= 0 ? file.read(limit) : file.readAll();
    return true;
#endif
}

// The header index's entry for a job, when the file is unchanged since it was cached.
bool loadFromIndex(const LoadContext &context, qsizetype i, const FileJob &job, Revision &out,
    FileStamp &stamp)
{
#ifdef Q_OS_UNIX
    Q_UNUSED(job);
    const qsizetype entry = context.candidates[size_t(i)];
    if (entry < 0 || !(*context.entryStamps)[size_t(entry)].isValid())
        return false; // new or gone: the stamp comes with reading the file
    stamp = (*context.entryStamps)[size_t(entry)];
    if (!context.index->isFresh(entry, stamp, context.racyWindowNs)
        || !context.index->decode(entry, out)) {
        out = Revision();
        return false;
    }
    out.relativePath = job.relative;
    out.path = job.path;
    return true;
#else
    Q_UNUSED(context);
    Q_UNUSED(i);
    Q_UNUSED(job);
    Q_UNUSED(out);
    Q_UNUSED(stamp);
    return false;
#endif
}

// Reads one file once (only as far as the header when that is all that is needed) and parses
// it, unless the header index holds it.
void loadFile(const LoadContext &context, qsizetype i, const FileJob &job, LoadResults &out)
{
    Revision &revision = out.revisions.data()[i];
    if (context.index && loadFromIndex(context, i, job, revision, out.stamps[size_t(i)])) {
        out.fromIndex[size_t(i)] = 1;
        return;
    }
    QByteArray bytes;
    QString error;
    const bool headerOnly = context.kind == ProjectConfig::Kind::Native && context.headersOnly;
    FileStamp *stamp = context.index ? &out.stamps[size_t(i)] : nullptr;
    bool ok = readInto(context, job, bytes, headerOnly ? HeaderBlock : -1, error, stamp);
    // A header longer than the first block: read the rest of the file.
    if (ok && headerOnly && bytes.size() == HeaderBlock
        && NativeRevisionParser::firstMarkerOffset(bytes) < 0) {
        bytes.clear();
        ok = readInto(context, job, bytes, -1, error, stamp);
    }
    ParsedRevision parsed;
    if (!ok) {
        parsed.errors.append(
            Error(ErrorCode::Io, Tr::tr("cannot read: %1").arg(error), job.relative));
    } else if (context.kind == ProjectConfig::Kind::Alembic) {
        parsed = AlembicHeaderReader::parse(bytes, job.relative);
        // What a run records and drift compares for a Python revision: its whole file.
        if (!context.headersOnly)
            parsed.revision.up.checksum = NativeRevisionParser::checksum(bytes);
    } else {
        parsed = NativeRevisionParser::parse(bytes, job.relative,
            headerOnly ? NativeRevisionParser::Mode::HeaderOnly : NativeRevisionParser::Mode::Full);
    }
    parsed.revision.path = job.path;
    revision = std::move(parsed.revision);
    out.problems[size_t(i)] = { std::move(parsed.errors), std::move(parsed.warnings) };
}

void loadAll(const QList<FileJob> &jobs, const LoadContext &context, LoadResults &results)
{
    results.revisions.detach(); // the workers write through data()
    auto work = [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            loadFile(context, i, jobs[i], results);
    };
    const qsizetype n = jobs.size();
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype threads = n < ParallelThreshold ? 1 : std::min<qsizetype>(hardware, 8);
    if (threads == 1) {
        work(0, n);
        return;
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
}

bool indexWanted(const LoadOptions &options)
{
#ifdef Q_OS_UNIX
    return options.useHeaderIndex && options.headersOnly
        && qEnvironmentVariableIntValue("STEPWISE_NO_CACHE") == 0;
#else
    Q_UNUSED(options);
    return false;
#endif
}

// Writes a new index when the cached set would change: a cacheable file was parsed (new,
// changed, or racily clean before), or an entry was not used (file gone or now failing).
void updateIndex(const HeaderIndex &index, const LoadResults &results,
    const QString &path, const QString &projectDir, ProjectConfig::Kind kind, qint64 begunNs,
    LoadStats &stats)
{
    std::vector<std::pair<const Revision *, FileStamp>> entries;
    entries.reserve(results.stamps.size());
    bool changed = false;
    qsizetype hits = 0;
    for (size_t i = 0; i < results.stamps.size(); ++i) {
        const LoadResults::Problems &p = results.problems[i];
        if (!p.errors.isEmpty() || !p.warnings.isEmpty() || !results.stamps[i].isValid())
            continue;
        entries.emplace_back(&results.revisions.at(qsizetype(i)), results.stamps[i]);
        if (results.fromIndex[i])
            ++hits;
        else
            changed = true;
    }
    if (!changed && hits == index.size())
        return;
    stats.indexWritten = HeaderIndex::write(path, projectDir, kind, begunNs, entries);
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
    for (const FileJob &job : RevisionFileListing::list(config, ignored).files)
        paths.append(job.path);
    return paths;
}

Result<Project> ProjectLoader::load(const QString &dir, LoadOptions options)
{
    const qint64 begunNs = HeaderIndex::nowNs();
    Result<ProjectConfig> config = ProjectConfigReader::read(dir);
    if (!config)
        return config.error();
    Project project;
    project.config = std::move(*config);
    // A second thread reads the header index and stats the files it names while this one lists
    // the folders, then helps with the stats.
    HeaderIndex index;
    QString indexPath, canonicalDir;
    std::thread indexReader;
    std::vector<FileStamp> entryStamps;
    std::atomic<qsizetype> nextStat = 0;
    std::atomic<bool> indexRead = false;
    int projectFd = -1;
    if (indexWanted(options)) {
        canonicalDir = QFileInfo(project.config.projectDir).canonicalFilePath();
        indexPath = HeaderIndex::indexPath(canonicalDir, options.indexDir);
#ifdef Q_OS_UNIX
        projectFd = ::open(QFile::encodeName(project.config.projectDir).constData(),
            O_RDONLY | O_DIRECTORY | O_CLOEXEC);
#endif
    }
    if (!indexPath.isEmpty() && projectFd >= 0) {
        indexReader = std::thread([&, kind = project.config.kind] {
            index = HeaderIndex::read(indexPath, canonicalDir, kind);
            entryStamps.resize(size_t(index.size()));
            indexRead = true;
            indexRead.notify_one();
            index.statFiles(projectFd, nextStat, entryStamps);
        });
    }
    const RevisionFileListing listing = RevisionFileListing::list(project.config, project.errors);
    if (indexReader.joinable()) {
        indexRead.wait(false);
        index.statFiles(projectFd, nextStat, entryStamps);
        indexReader.join();
    }
#ifdef Q_OS_UNIX
    if (projectFd >= 0)
        ::close(projectFd);
#endif
    if (listing.files.size() < options.indexMinFiles) { // small projects: no index
        indexPath.clear();
        index = HeaderIndex();
    }

    LoadContext context;
    context.kind = project.config.kind;
    context.headersOnly = options.headersOnly;
#ifdef Q_OS_UNIX
    for (const QString &folder : listing.folders) {
        context.folderFds.push_back(::open(QFile::encodeName(folder).constData(),
            O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    }
#endif
    if (!indexPath.isEmpty()) {
        context.index = &index;
        context.racyWindowNs = options.racyWindowNs;
        context.entryStamps = &entryStamps;
        context.candidates.reserve(size_t(listing.files.size()));
        for (qsizetype i = 0; i < listing.files.size(); ++i)
            context.candidates.push_back(index.isEmpty() ? -1 : index.find(listing.files[i].relative, i));
        project.stats.indexUsed = true;
    }

    LoadResults results(listing.files.size());
    loadAll(listing.files, context, results);
#ifdef Q_OS_UNIX
    for (const int fd : context.folderFds) {
        if (fd >= 0)
            ::close(fd);
    }
#endif
    if (context.index)
        updateIndex(index, results, indexPath, canonicalDir, project.config.kind, begunNs,
            project.stats);
    bool failures = false;
    for (size_t i = 0; i < results.problems.size(); ++i) {
        const LoadResults::Problems &p = results.problems[i];
        if (results.fromIndex[i])
            ++project.stats.fromIndex;
        else
            ++project.stats.filesRead;
        project.errors += p.errors;
        project.warnings += p.warnings;
        failures = failures || !p.errors.isEmpty();
    }
    if (failures) { // files with errors are left out
        RevisionList kept;
        kept.reserve(results.revisions.size());
        for (size_t i = 0; i < results.problems.size(); ++i) {
            if (results.problems[i].errors.isEmpty())
                kept.append(std::move(results.revisions[qsizetype(i)]));
        }
        results.revisions = std::move(kept);
    }
    project.revisions = std::move(results.revisions);
    return project;
}

} // namespace Stepwise::Core
