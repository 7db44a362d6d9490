#include "core/repository/projectloader.h"

#include "core/repository/alembicheaderreader.h"
#include "core/repository/headerindex.h"
#include "core/repository/nativerevisionparser.h"

#include "core/base/tr.h"
#include "core/base/utf8.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
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

struct FileJob
{
    QString path; // absolute
    QString relative; // to the project folder, for messages
    const char *name = nullptr; // file name as on disk, in Listing::nameBuffers
    int folder = 0; // index in Listing::folders
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

struct Listing
{
    QStringList folders; // absolute
    QList<FileJob> jobs;
    QList<QByteArray> nameBuffers; // what FileJob::name points into
};

bool isRevisionFileName(QByteArrayView name, ProjectConfig::Kind kind)
{
    // Editor lock files (.#name) are never revisions; Alembic also skips __init__*.
    if (name.startsWith(".#"))
        return false;
    if (kind == ProjectConfig::Kind::Native)
        return name.endsWith(".sql");
    return name.endsWith(".py") && !name.startsWith("__init__");
}

// The names of one folder as on disk, in one buffer (each ends in '\0'), with their text.
struct Names
{
    QByteArray buffer;
    std::vector<qsizetype> offsets;
    std::vector<QString> texts; // after sort(), in the same order as offsets

    void add(QByteArrayView name)
    {
        offsets.push_back(buffer.size());
        buffer.append(name.data(), name.size());
        buffer.append('\0');
    }
    const char *at(size_t i) const { return buffer.constData() + offsets[i]; }
    bool isAscii = false; // then texts is empty: the names are their own text
    QLatin1StringView latin1(size_t i) const { return QLatin1StringView(at(i)); }
    QString text(size_t i) const { return isAscii ? QString(latin1(i)) : texts[i]; }

    // Sorts offsets by the names' bytes (strcmp order), comparing their first 8 bytes as one
    // number first: 10,000 names sort in a third of the time strcmp alone takes.
    void sortBytes()
    {
        const char *base = buffer.constData();
        std::vector<std::pair<quint64, qsizetype>> keyed;
        keyed.reserve(offsets.size());
        for (const qsizetype offset : offsets) {
            quint64 key = 0;
            const char *p = base + offset;
            int k = 0;
            for (; k < 8 && p[k]; ++k)
                key = key << 8 | uchar(p[k]);
            key <<= 8 * (8 - k); // zero bytes past the end sort first, as the '\0' does
            keyed.emplace_back(key, offset);
        }
        std::sort(keyed.begin(), keyed.end(), [base](const auto &x, const auto &y) {
            if (x.first != y.first)
                return x.first < y.first;
            // Same first 8 bytes: equal names if they end within them, else compare the rest.
            return (x.first & 0xFF) != 0 && std::strcmp(base + x.second + 8, base + y.second + 8) < 0;
        });
        for (size_t i = 0; i < keyed.size(); ++i)
            offsets[i] = keyed[i].second;
    }

    // Decodes the names and sorts them in code-point order. Byte order of UTF-8 is code-point
    // order; names that are not valid UTF-8 (decoded with replacement characters) fall back to
    // comparing the text.
    void sort()
    {
        const char *base = buffer.constData();
        const bool ascii = Utf8::isAscii(buffer);
        texts.clear();
        texts.reserve(offsets.size());
        if (ascii) { // the usual case: sort by bytes; the text is the bytes (latin1() below)
            sortBytes();
            isAscii = true;
            return;
        }
        std::vector<std::pair<qsizetype, QString>> decoded;
        decoded.reserve(offsets.size());
        bool valid = true;
        for (size_t i = 0; i < offsets.size(); ++i) {
            // QFile::decodeName: UTF-8 on every Unix in Qt 6
            QString text = QString::fromUtf8(at(i));
            valid = valid && !text.contains(QChar::ReplacementCharacter);
            decoded.emplace_back(offsets[i], std::move(text));
        }
        if (valid) {
            std::sort(decoded.begin(), decoded.end(), [base](const auto &x, const auto &y) {
                return std::strcmp(base + x.first, base + y.first) < 0; // as unsigned char
            });
        } else {
            std::sort(decoded.begin(), decoded.end(), [](const auto &x, const auto &y) {
                return ProjectLoader::codePointLess(x.second, y.second);
            });
        }
        for (size_t i = 0; i < decoded.size(); ++i) {
            offsets[i] = decoded[i].first;
            texts.push_back(std::move(decoded[i].second));
        }
    }
};

// Revision file names and folder names of one folder, each sorted in code-point order. The
// entry type comes from the directory listing (a stat() only where the file system does not
// say, or for symbolic links, which are followed).
QString listNames(const QString &folder, ProjectConfig::Kind kind, Names &files, Names &folders)
{
    QString error;
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return QString::fromStdString(std::system_category().message(errno));
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArrayView name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            struct stat st;
            type = ::fstatat(::dirfd(dir), entry->d_name, &st, 0) != 0 ? DT_UNKNOWN
                : S_ISREG(st.st_mode)                                  ? DT_REG
                : S_ISDIR(st.st_mode)                                  ? DT_DIR
                                                                       : DT_UNKNOWN;
        }
        if (type == DT_REG && isRevisionFileName(name, kind))
            files.add(name);
        else if (type == DT_DIR)
            folders.add(name);
        errno = 0;
    }
    if (errno != 0)
        error = QString::fromStdString(std::system_category().message(errno));
    ::closedir(dir);
#else
    std::error_code code;
    std::filesystem::directory_iterator it(
        std::filesystem::path(QFile::encodeName(folder).toStdString()), code);
    for (; !code && it != std::filesystem::directory_iterator(); it.increment(code)) {
        const QByteArray name = QByteArray::fromStdString(it->path().filename().string());
        std::error_code typeError;
        if (it->is_regular_file(typeError) && isRevisionFileName(name, kind))
            files.add(name);
        else if (it->is_directory(typeError))
            folders.add(name);
    }
    if (code)
        error = QString::fromStdString(code.message());
#endif
    files.sort();
    folders.sort();
    return error;
}

void listFolder(const QString &folder, const QString &relativeFolder, const ProjectConfig &config,
    Listing &out, ErrorList &errors)
{
    Names names, subfolders;
    const QString error = listNames(folder, config.kind, names, subfolders);
    if (!error.isEmpty())
        errors.append(Error(ErrorCode::Io, Tr::tr("cannot list the folder: %1").arg(error),
            relativeFolder));
    const int folderIndex = int(out.folders.size());
    out.folders.append(folder);
    out.nameBuffers.append(names.buffer); // shared: FileJob::name stays valid
    out.jobs.reserve(out.jobs.size() + qsizetype(names.offsets.size()));
    for (size_t i = 0; i < names.offsets.size(); ++i) {
        if (names.isAscii) {
            const QLatin1StringView name = names.latin1(i);
            out.jobs.append({ folder + u'/' + name, relativeFolder + u'/' + name, names.at(i),
                folderIndex });
        } else {
            const QString &name = names.texts[i];
            out.jobs.append({ folder + u'/' + name, relativeFolder + u'/' + name, names.at(i),
                folderIndex });
        }
    }
    if (!config.recursiveVersionLocations || config.kind != ProjectConfig::Kind::Alembic)
        return;
    for (size_t i = 0; i < subfolders.offsets.size(); ++i) {
        const QString sub = subfolders.text(i);
        if (sub != u"__pycache__"_s)
            listFolder(folder + u'/' + sub, relativeFolder + u'/' + sub, config, out, errors);
    }
}

Listing listJobs(const ProjectConfig &config, ErrorList &errors)
{
    Listing listing;
    const QDir project(config.projectDir);
    for (const QString &location : config.versionLocations)
        listFolder(location, project.relativeFilePath(location), config, listing, errors);
    return listing;
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
    for (const FileJob &job : listJobs(config, ignored).jobs)
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
    const Listing listing = listJobs(project.config, project.errors);
    if (indexReader.joinable()) {
        indexRead.wait(false);
        index.statFiles(projectFd, nextStat, entryStamps);
        indexReader.join();
    }
#ifdef Q_OS_UNIX
    if (projectFd >= 0)
        ::close(projectFd);
#endif
    if (listing.jobs.size() < options.indexMinFiles) { // small projects: no index
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
        context.candidates.reserve(size_t(listing.jobs.size()));
        for (qsizetype i = 0; i < listing.jobs.size(); ++i)
            context.candidates.push_back(index.isEmpty() ? -1 : index.find(listing.jobs[i].relative, i));
        project.stats.indexUsed = true;
    }

    LoadResults results(listing.jobs.size());
    loadAll(listing.jobs, context, results);
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
