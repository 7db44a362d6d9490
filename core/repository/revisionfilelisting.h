#pragma once

#include "core/base/error.h"
#include "core/repository/projectconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Core {

// The revision files of a project's version locations (recursively with Alembic's
// recursive_version_locations, never into __pycache__), each folder's files in code-point order
// of their names: the load order. The entry types come from the directory listing (a stat()
// only where the file system does not say, or for symbolic links, which are followed).
class RevisionFileListing
{
public:
    struct File
    {
        QString path; // absolute
        QString relative; // to the project folder, for messages
        const char *name = nullptr; // file name as on disk, in nameBuffers
        int folder = 0; // index in folders
    };

    // A folder that cannot be listed adds an error to `errors` and no files; so does an entry
    // named like a revision file that is not a readable file (a dangling symbolic link, a
    // named pipe), naming it: the graph is never computed without it.
    static RevisionFileListing list(const ProjectConfig &config, ErrorList &errors);

    QStringList folders; // absolute
    QList<File> files;
    QList<QByteArray> nameBuffers; // what File::name points into
};

} // namespace Stepwise::Core
