#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Ui {

// One row of the history table as the History panel shows it.
struct HistoryEntry
{
    QString revision;
    QString direction; // up / down / stamp
    QString checksum;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QString osUser;
    QString toolVersion;
    QString status; // ok / failed
    QString error;
};

// What the connected database says about the project: its heads and what was applied when.
// Read on the database worker thread, handed to the GUI thread by value.
struct DatabaseStatus
{
    bool valid = false;            // read successfully
    QString error;                 // why not
    bool versionTableExists = false;
    QStringList heads;             // rows of the heads table, in table order
    QList<HistoryEntry> history;   // oldest first
    // Per revision, the checksum recorded by its latest successful upgrade step.
    QHash<QString, QString> appliedChecksums;
};

} // namespace Stepwise::Ui
