#pragma once

#include "core/base/result.h"
#include "core/engine/versionstore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Core {

// What a database says about a project: its heads rows and what was applied when. Read in one
// go, read-only (a database that was never migrated has no tables, and none are created;
// tables of an older format are read as they are and left so until a run upgrades them); a
// plain value, safe to hand to another thread. Studio's status, `stepwise check` and the
// state classification (RevisionStates) all start from it.
struct DatabaseState
{
    bool headsTableExists = false;
    QStringList heads;           // rows of the heads table, in table order
    QList<HistoryEntry> history; // oldest first
    // Per revision, the checksum recorded by its latest successful upgrade step.
    QHash<QString, QString> appliedChecksums;

    static Result<DatabaseState> read(const VersionStore &store);
};

} // namespace Stepwise::Core
