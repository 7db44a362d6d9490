#pragma once

#include "ui/database/databasestatus.h"

#include <QAbstractTableModel>

namespace Stepwise::Ui {

// The history table of the connected database, newest step first.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Revision, Direction, Status, StartedAt, Duration, User, ToolVersion, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<Core::HistoryEntry> &entries);
    // Row 0 is the newest step; a higher row ran earlier.
    const Core::HistoryEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Core::HistoryEntry> m_entries;
};

} // namespace Stepwise::Ui
