#pragma once

#include "core/repository/projectconfig.h"
#include "core/repository/revision.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace Stepwise::Core {

// What identifies one version of a file without reading it (git's "stat data").
struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;

    bool isValid() const { return size >= 0; }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

// A cache of parsed revision headers, one file per project in the user's cache folder (never in
// the project): `heads`, `history` and `show` on a big project then stat their files instead of
// opening and parsing them. Entries are keyed by the file's path relative to the project and its
// FileStamp; an entry is trusted only when the stamp is unchanged and the file was last changed
// more than RacyWindowNs before the index was begun ("racily clean" files, as git calls them,
// are parsed again). Only headers-only loads of files without errors or warnings are cached.
// An index that cannot be read, or comes from another format version, tool version, project or
// project kind, is ignored and later replaced. Written atomically (QSaveFile).
class HeaderIndex
{
public:
    static constexpr qint64 RacyWindowNs = 2'000'000'000;

    // Where the index of a project lives: cacheDir (empty: QStandardPaths::GenericCacheLocation
    // + "/stepwise") + "/headers-<sha1 of the canonical project folder>.idx". Empty when there
    // is no cache folder.
    static QString indexPath(const QString &canonicalProjectDir, const QString &cacheDir = {});

    // Reads the index for this project and kind; an unusable file gives an empty index.
    static HeaderIndex read(const QString &indexPath, const QString &canonicalProjectDir,
                            ProjectConfig::Kind kind);

    bool isEmpty() const { return m_entries.empty(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    // Entry number for a relative path, or -1. Cheap when asked in the index's own order.
    qsizetype find(const QString &relative, qsizetype hint) const;
    // True when entry `entry` may be used for a file with this stamp: same stamp, and the file
    // last changed more than racyWindowNs before the index was begun.
    bool isFresh(qsizetype entry, const FileStamp &stamp, qint64 racyWindowNs = RacyWindowNs) const;
    // The cached revision of an entry (path and relativePath are left empty). Thread-safe.
    bool decode(qsizetype entry, Revision &out) const;
    // Takes the current stamps of the entries' files (paths relative to the project folder,
    // open as projectDirFd) into stamps (sized to size(); invalid where stat() fails). Claims
    // chunks of entries from `next`, so several threads can share the work. Unix only.
    void statFiles(int projectDirFd, std::atomic<qsizetype> &next,
                   std::vector<FileStamp> &stamps) const;

    // Writes a new index holding these revisions (relativePath set) with their stamps; begunNs
    // is the wall-clock time (ns since the epoch) taken before the first file was looked at.
    static bool write(const QString &indexPath, const QString &canonicalProjectDir,
                      ProjectConfig::Kind kind, qint64 begunNs,
                      const std::vector<std::pair<const Revision *, FileStamp>> &entries);

    // Wall-clock time in ns since the epoch, the clock file times are kept in.
    static qint64 nowNs();

private:
    struct Entry
    {
        qsizetype pathOffset = 0; // UTF-16 text in m_bytes
        qsizetype pathLength = 0;
        FileStamp stamp;
        qsizetype payloadOffset = 0;
        qsizetype payloadLength = 0;
    };
    QStringView entryPath(const Entry &e) const;

    QByteArray m_bytes; // the index file's bytes (a view of m_mapping when mapped)
    std::shared_ptr<void> m_mapping;
    std::vector<Entry> m_entries;
    qint64 m_begunNs = 0;
    mutable QHash<QStringView, qsizetype> m_byPath; // built on the first out-of-order lookup
};

} // namespace Stepwise::Core
