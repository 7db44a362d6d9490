#include "ui/history/historymodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

void HistoryModel::setEntries(const QList<Core::HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Core::HistoryEntry &e = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !e.error.isEmpty())
        return e.error;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Revision:
        return e.revision;
    case Direction:
        return Core::historyDirectionName(e.direction);
    case Status:
        return Core::historyStatusName(e.status);
    case StartedAt:
        return role == Qt::EditRole ? QVariant(e.startedAt)
                                    : QVariant(QLocale().toString(e.startedAt.toLocalTime(),
                                                                  QLocale::ShortFormat));
    case Duration:
        return role == Qt::EditRole ? QVariant(e.shownDurationMs()) : QVariant(tr("%1 ms").arg(e.shownDurationMs()));
    case User:
        return e.osUser;
    case ToolVersion:
        return e.toolVersion;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Revision:
        return tr("Revision");
    case Direction:
        return tr("Direction");
    case Status:
        return tr("Status");
    case StartedAt:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case User:
        return tr("User");
    case ToolVersion:
        return tr("Tool");
    default:
        return {};
    }
}

} // namespace Stepwise::Ui
