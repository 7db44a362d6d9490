#pragma once

#include "core/repository/projectconfig.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Ui {

// One revision as the views show it: the header facts plus graph facts computed once on load.
struct RevisionRow
{
    QString id;
    QStringList parents;
    QStringList children;
    QStringList dependsOn;
    QStringList branchLabels; // declared on this revision
    QStringList labels;       // declared and inherited
    QString message;
    QString created;
    QString path;         // absolute
    QString relativePath; // relative to the project folder
    int line = 1;         // where the header starts, for "open in editor"
    QString checksum;     // SHA-256 of the up section (native files)
    bool head = false;
    bool base = false;
    bool mergePoint = false;
    bool branchPoint = false;
    int graphIndex = -1;  // index in the RevisionGraph (load order)
};

// A loaded project: settings, revisions in history order (newest first, every revision after
// its descendants) and every problem found. Built off the GUI thread, then only read.
struct ProjectSnapshot
{
    bool loaded = false;
    QString name; // the project folder's name
    QList<RevisionRow> rows;
    QHash<QString, int> rowById; // id → its (first) row in rows; filled with rows
    QStringList heads;
    QStringList errors;   // "versions/x.sql:3: message"
    QStringList warnings;
    QStringList notes;
    std::shared_ptr<const Core::RevisionGraph> graph; // null when the graph is invalid
    // As read: the folder (projectDir), kind, default URL, dialect, version and history tables.
    Core::ProjectConfig config;

    int rowOf(const QString &id) const { return rowById.value(id, -1); }
};

// Reads the project in dir with core/repository and builds its graph with core/graph.
// Thread-safe; returns a snapshot with loaded == false and errors when it cannot be read.
ProjectSnapshot loadProjectSnapshot(const QString &dir);

} // namespace Stepwise::Ui
