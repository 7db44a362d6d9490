#include "core/repository/headerindex.h"

#include "core/base/version.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstring>
#include <ctime>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// Layout (all integers little-endian as the machine writes them; the index never leaves it):
//   magic[8] u32 format  str toolVersion  str projectDir  u32 kind  i64 begunNs  u32 count
//   count × entry: str relativePath  i64 size  i64 mtimeNs  i64 ctimeNs  u64 inode
//                  u32 payloadLength  payload (see encodeRevision)
//   u64 hash of everything before it
// A str is u32 length in UTF-16 units, the units, zero padding to a multiple of 4 bytes (so
// every str and integer starts 4-aligned and text can be viewed in place).
// Bump IndexFormat whenever the parsers' output or this layout changes.
constexpr char Magic[8] = {'S', 'W', 'H', 'I', 'D', 'X', '\r', '\n'};
constexpr quint32 IndexFormat = 1;
constexpr quint32 SameAsMessage = 0xFFFFFFFFu; // longDoc length: equal to message

quint64 hashBytes(const char *data, qsizetype n)
{
    // FNV-1a over 8-byte words: detects a damaged file, nothing more.
    quint64 h = 0xcbf29ce484222325ull;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, data + i, 8);
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    for (; i < n; ++i)
        h = (h ^ quint8(data[i])) * 0x100000001b3ull;
    return h;
}

class Writer
{
public:
    QByteArray bytes;

    template <typename T> void put(T v) { bytes.append(reinterpret_cast<const char *>(&v), sizeof v); }
    void str(QStringView s)
    {
        put(quint32(s.size()));
        bytes.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        pad();
    }
    void list(const QStringList &l)
    {
        put(quint32(l.size()));
        for (const QString &s : l)
            str(s);
    }
    void pad()
    {
        while (bytes.size() % 4)
            bytes.append('\0');
    }
};

class Reader
{
public:
    Reader(const QByteArray &bytes, qsizetype pos, qsizetype end)
        : m_data(bytes.constData()), m_pos(pos), m_end(end)
    {
    }
    bool ok() const { return m_ok; }
    qsizetype pos() const { return m_pos; }
    bool skip(qsizetype n)
    {
        if (!m_ok || n < 0 || n > m_end - m_pos)
            return m_ok = false;
        m_pos += n;
        return true;
    }
    template <typename T> T peek()
    {
        T v{};
        if (m_ok && qsizetype(sizeof v) <= m_end - m_pos)
            std::memcpy(&v, m_data + m_pos, sizeof v);
        return v;
    }
    template <typename T> T get()
    {
        T v{};
        if (!m_ok || qsizetype(sizeof v) > m_end - m_pos) {
            m_ok = false;
            return v;
        }
        std::memcpy(&v, m_data + m_pos, sizeof v);
        m_pos += sizeof v;
        return v;
    }
    // Offset and length (UTF-16 units) of a str, checked against the end.
    bool strRef(qsizetype &offset, qsizetype &length)
    {
        const quint32 n = get<quint32>();
        const qsizetype bytes = (qsizetype(n) * 2 + 3) & ~qsizetype(3);
        offset = m_pos;
        length = n;
        return skip(bytes);
    }
    QString str()
    {
        qsizetype offset, length;
        if (!strRef(offset, length) || length == 0)
            return {};
        return QString(reinterpret_cast<const QChar *>(m_data + offset), length);
    }
    QStringList list()
    {
        const quint32 n = get<quint32>();
        QStringList out;
        if (!m_ok || n > quint32(m_end - m_pos) / 4) {
            m_ok = false;
            return out;
        }
        if (n == 0)
            return out; // (reserve(0) would allocate)
        out.reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i)
            out.append(str());
        return out;
    }

private:
    const char *m_data;
    qsizetype m_pos;
    qsizetype m_end;
    bool m_ok = true;
};

void encodeSection(Writer &w, const RevisionSection &s)
{
    w.put(quint32((s.present ? 1 : 0) | (s.transactional ? 2 : 0)));
    w.put(qint32(s.markerLine));
    w.put(qint32(s.firstLine));
    w.str(s.text);
    w.str(s.checksum);
}

void decodeSection(Reader &r, RevisionSection &s)
{
    const quint32 flags = r.get<quint32>();
    s.present = flags & 1;
    s.transactional = flags & 2;
    s.markerLine = r.get<qint32>();
    s.firstLine = r.get<qint32>();
    s.text = r.str();
    s.checksum = r.str();
}

void encodeRevision(Writer &w, const Revision &r)
{
    w.str(r.id);
    w.list(r.parents);
    w.list(r.dependsOn);
    w.list(r.branchLabels);
    w.str(r.message);
    if (r.longDoc == r.message) {
        w.put(SameAsMessage);
    } else {
        w.str(r.longDoc);
    }
    w.str(r.created);
    w.put(quint32(r.format == Revision::Format::Alembic ? 1 : 0));
    w.put(qint32(r.idLine));
    w.put(qint32(r.parentsLine));
    w.put(qint32(r.dependsOnLine));
    w.put(qint32(r.branchLabelsLine));
    encodeSection(w, r.up);
    encodeSection(w, r.down);
    w.put(quint32(r.extraHeaders.size()));
    for (const auto &[key, value] : r.extraHeaders) {
        w.str(key);
        w.str(value);
    }
}

bool decodeRevision(Reader &r, Revision &out)
{
    out.id = r.str();
    out.parents = r.list();
    out.dependsOn = r.list();
    out.branchLabels = r.list();
    out.message = r.str();
    if (r.peek<quint32>() == SameAsMessage) {
        r.get<quint32>();
        out.longDoc = out.message;
    } else {
        out.longDoc = r.str();
    }
    out.created = r.str();
    out.format = r.get<quint32>() == 1 ? Revision::Format::Alembic : Revision::Format::Native;
    out.idLine = r.get<qint32>();
    out.parentsLine = r.get<qint32>();
    out.dependsOnLine = r.get<qint32>();
    out.branchLabelsLine = r.get<qint32>();
    decodeSection(r, out.up);
    decodeSection(r, out.down);
    const quint32 extras = r.get<quint32>();
    if (!r.ok() || extras > 1'000'000)
        return false;
    if (extras > 0)
        out.extraHeaders.reserve(extras);
    for (quint32 i = 0; i < extras && r.ok(); ++i) {
        QString key = r.str();
        QString value = r.str();
        out.extraHeaders.append({std::move(key), std::move(value)});
    }
    return r.ok();
}

} // namespace

qint64 HeaderIndex::nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_REALTIME, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

QString HeaderIndex::indexPath(const QString &canonicalProjectDir, const QString &cacheDir)
{
    QString dir = cacheDir;
    if (dir.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        if (base.isEmpty())
            return {};
        dir = base + u"/stepwise"_s;
    }
    const QByteArray key =
        QCryptographicHash::hash(canonicalProjectDir.toUtf8(), QCryptographicHash::Sha1).toHex();
    return dir + u"/headers-"_s + QString::fromLatin1(key) + u".idx"_s;
}

QStringView HeaderIndex::entryPath(const Entry &e) const
{
    return QStringView(reinterpret_cast<const QChar *>(m_bytes.constData() + e.pathOffset),
                       e.pathLength);
}

HeaderIndex HeaderIndex::read(const QString &indexPath, const QString &canonicalProjectDir,
                              ProjectConfig::Kind kind)
{
    HeaderIndex index;
    if (indexPath.isEmpty())
        return index;
    QByteArray bytes;
    std::shared_ptr<void> mapping;
#ifdef Q_OS_UNIX
    // Mapped, not read: no copy, and the pages come from the page cache in one go. The file is
    // only ever replaced (renamed over), never rewritten in place, so the mapping stays valid.
    const int fd = ::open(QFile::encodeName(indexPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return index;
    struct stat st;
    void *data = MAP_FAILED;
    if (::fstat(fd, &st) == 0 && st.st_size > 0)
        data = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (data == MAP_FAILED)
        return index;
    const size_t length = size_t(st.st_size);
    mapping = std::shared_ptr<void>(data, [length](void *p) { ::munmap(p, length); });
    bytes = QByteArray::fromRawData(static_cast<const char *>(data), qsizetype(length));
#else
    QFile file(indexPath);
    if (!file.open(QIODevice::ReadOnly))
        return index;
    bytes = file.readAll();
#endif
    const qsizetype n = bytes.size();
    if (n < qsizetype(sizeof Magic) + 8 || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return index;
    quint64 stored;
    std::memcpy(&stored, bytes.constData() + n - 8, 8);
    if (stored != hashBytes(bytes.constData(), n - 8))
        return index;
    Reader r(bytes, sizeof Magic, n - 8);
    if (r.get<quint32>() != IndexFormat || r.str() != toolVersion()
        || r.str() != canonicalProjectDir || r.get<quint32>() != quint32(kind))
        return index;
    const qint64 begun = r.get<qint64>();
    const quint32 count = r.get<quint32>();
    if (!r.ok() || count > quint32(n / 48))
        return index;
    std::vector<Entry> entries(count);
    for (Entry &e : entries) {
        r.strRef(e.pathOffset, e.pathLength);
        e.stamp.size = r.get<qint64>();
        e.stamp.mtimeNs = r.get<qint64>();
        e.stamp.ctimeNs = r.get<qint64>();
        e.stamp.inode = r.get<quint64>();
        e.payloadLength = r.get<quint32>();
        e.payloadOffset = r.pos();
        if (!r.skip(e.payloadLength))
            return index;
    }
    if (!r.ok() || r.pos() != n - 8)
        return index;
    index.m_bytes = std::move(bytes);
    index.m_mapping = std::move(mapping);
    index.m_entries = std::move(entries);
    index.m_begunNs = begun;
    return index;
}

qsizetype HeaderIndex::find(const QString &relative, qsizetype hint) const
{
    if (hint >= 0 && hint < size() && entryPath(m_entries[size_t(hint)]) == relative)
        return hint;
    if (m_byPath.isEmpty() && !m_entries.empty()) {
        m_byPath.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            m_byPath.insert(entryPath(m_entries[size_t(i)]), i);
    }
    return m_byPath.value(QStringView(relative), -1);
}

bool HeaderIndex::isFresh(qsizetype entry, const FileStamp &stamp, qint64 racyWindowNs) const
{
    if (entry < 0 || entry >= size() || !stamp.isValid())
        return false;
    const Entry &e = m_entries[size_t(entry)];
    // Racily clean: changed so close to the index's start that a later change within the
    // same clock tick would leave the stamp as it is.
    const qint64 changed = std::max(stamp.mtimeNs, stamp.ctimeNs);
    return e.stamp == stamp && changed < m_begunNs - racyWindowNs;
}

void HeaderIndex::statFiles(int projectDirFd, std::atomic<qsizetype> &next,
                            std::vector<FileStamp> &stamps) const
{
#ifdef Q_OS_UNIX
    constexpr qsizetype Chunk = 256;
    QByteArray name;
    for (qsizetype begin; (begin = next.fetch_add(Chunk)) < size();) {
        for (qsizetype i = begin; i < std::min(size(), begin + Chunk); ++i) {
            const QStringView path = entryPath(m_entries[size_t(i)]);
            name.resize(path.size());
            bool ascii = true;
            for (qsizetype k = 0; k < path.size() && ascii; ++k) {
                ascii = path[k].unicode() < 0x80 && path[k].unicode() != 0;
                name[k] = char(path[k].unicode());
            }
            if (!ascii)
                name = QFile::encodeName(path.toString());
            struct stat st;
            if (::fstatat(projectDirFd, name.constData(), &st, 0) == 0 && S_ISREG(st.st_mode)) {
                FileStamp &s = stamps[size_t(i)];
                s.size = st.st_size;
                s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
                s.ctimeNs = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
                s.inode = st.st_ino;
            }
        }
    }
#else
    Q_UNUSED(projectDirFd);
    Q_UNUSED(next);
    Q_UNUSED(stamps);
#endif
}

bool HeaderIndex::decode(qsizetype entry, Revision &out) const
{
    if (entry < 0 || entry >= size())
        return false;
    const Entry &e = m_entries[size_t(entry)];
    Reader r(m_bytes, e.payloadOffset, e.payloadOffset + e.payloadLength);
    return decodeRevision(r, out);
}

bool HeaderIndex::write(const QString &indexPath, const QString &canonicalProjectDir,
                        ProjectConfig::Kind kind, qint64 begunNs,
                        const std::vector<std::pair<const Revision *, FileStamp>> &entries)
{
    if (indexPath.isEmpty())
        return false;
    Writer w;
    w.bytes.reserve(qsizetype(entries.size()) * 320 + 256);
    w.bytes.append(Magic, sizeof Magic);
    w.put(IndexFormat);
    w.str(toolVersion());
    w.str(canonicalProjectDir);
    w.put(quint32(kind));
    w.put(begunNs);
    w.put(quint32(entries.size()));
    Writer payload;
    for (const auto &[revision, stamp] : entries) {
        w.str(revision->relativePath);
        w.put(stamp.size);
        w.put(stamp.mtimeNs);
        w.put(stamp.ctimeNs);
        w.put(stamp.inode);
        payload.bytes.clear();
        encodeRevision(payload, *revision);
        w.put(quint32(payload.bytes.size()));
        w.bytes.append(payload.bytes);
    }
    w.put(hashBytes(w.bytes.constData(), w.bytes.size()));
    if (!QDir().mkpath(QFileInfo(indexPath).absolutePath()))
        return false;
    QSaveFile file(indexPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(w.bytes);
    return file.commit();
}

} // namespace Stepwise::Core
