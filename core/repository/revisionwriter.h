#pragma once

#include "core/repository/projectloader.h"

#include "core/base/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Stepwise::Core {

// What `stepwise revision` / `merge` / the GUI's "New revision" asks for.
struct NewRevision
{
    QString id; // empty: generateRevisionId()
    QStringList parents; // empty for a new base
    QString message;
    QStringList branchLabels;
    QStringList dependsOn;
    QDateTime created; // invalid: now (UTC)
    // Autogenerate fills the sections; empty: the file shows where to write them.
    QString upSql {};
    QString downSql {};
    bool upTransactional = true; // false: the section is marked transaction:false
    bool downTransactional = true;
};

// The text of a new native revision file: header, then the up and down sections (empty unless
// the revision carries their SQL).
QString renderNativeRevision(const NewRevision &revision);
// "<id>_<slug>.sql" with Alembic's slug rule (script/base.py _rev_path): the message's word
// characters joined by '_', lower-cased, cut to 40 characters at a word boundary plus '_'.
QString revisionFileName(const QString &id, const QString &message);
// 12 random lower-case hex digits, as Alembic's uuid4().hex[-12:].
QString generateRevisionId();

// `stepwise init DIR`: stepwise.ini (commented) and versions/. Refuses a folder that already
// holds a project or a non-empty versions/.
Result<void> initProject(const QString &dir, const QString &dialect);

// Validates first (⚑: nothing is written on error), then writes the file atomically into
// folder (absolute or relative to the project; empty: the first version location). Refuses to
// overwrite. Returns the absolute path written.
Result<QString> writeNewRevision(
    const Project &project, const NewRevision &revision, const QString &folder = {});

} // namespace Stepwise::Core
