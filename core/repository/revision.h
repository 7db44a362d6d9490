#pragma once

#include "core/base/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Stepwise::Core {

// One section of a native revision file ("-- migrate:up" / "-- migrate:down").
struct RevisionSection
{
    bool present = false;
    bool transactional = true; // "transaction:false" on the marker line turns this off
    int markerLine = 0; // 1-based line of the "-- migrate:…" marker
    int firstLine = 0; // 1-based line where the section text starts (marker + 1)
    QString text; // its lines, whole, CRLF as LF (split later by core/sql)
    // A line other than blank lines and "--" comments: the section holds a statement.
    bool holdsCode = false;
    QString checksum; // SHA-256 hex (up section only), see revision-format.md
};

// A revision as read from one file: what the header says, and where it says it.
// Plain value type; produced by core/repository, consumed by core/graph.
struct Revision
{
    enum class Format { Native, Alembic };

    QString id;
    QStringList parents; // down_revision order; empty for a base
    QStringList dependsOn; // as written in the file (ids or labels)
    QStringList branchLabels; // declared on this revision, in declaration order
    QString message; // first paragraph of the docstring / the message header
    QString longDoc; // whole docstring (Alembic) or message (native), for verbose output
    QString created; // native "created" header, ISO 8601
    QString path; // absolute path of the file
    QString relativePath; // relative to the project folder, for messages (file.sql:LINE)
    Format format = Format::Native;

    // 1-based lines of the header entries, for file:line messages (0 when absent).
    int idLine = 0;
    int parentsLine = 0;
    int dependsOnLine = 0;
    int branchLabelsLine = 0;

    // Native files only.
    RevisionSection up;
    RevisionSection down;
    // Native header keys Stepwise does not know, kept in file order (key, value).
    QList<std::pair<QString, QString>> extraHeaders;
};

using RevisionList = QList<Revision>;

// What a revision file parser returns: the revision and every problem found in the file.
// With errors the revision must not be used (its fields may be incomplete).
struct ParsedRevision
{
    Revision revision;
    ErrorList errors;
    ErrorList warnings;
    bool ok() const { return errors.isEmpty(); }
};

} // namespace Stepwise::Core
