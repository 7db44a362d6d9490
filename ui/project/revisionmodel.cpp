#include "ui/project/revisionmodel.h"

#include "core/graph/revisiongraph.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

RevisionModel::RevisionModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Connected first, so every view finds the display graph in step with the rows. A reset
    // tells the views itself.
    connect(this, &QAbstractItemModel::modelReset, this, [this] { followMissingRows(false); });
    connect(this, &QAbstractItemModel::rowsRemoved, this, [this] { followMissingRows(true); });
    connect(this, &QAbstractItemModel::rowsInserted, this, [this] { followMissingRows(true); });
}

namespace {

// The project's graph with a base node appended per revision known only to the database.
std::shared_ptr<const Core::RevisionGraph> withMissing(const Core::RevisionGraph &graph,
                                                       const QStringList &missing)
{
    Core::RevisionList revisions;
    revisions.reserve(graph.size() + missing.size());
    for (int i = 0; i < graph.size(); ++i)
        revisions.append(graph.revision(i));
    for (const QString &id : missing) {
        Core::Revision r;
        r.id = id;
        r.message = RevisionModel::tr("(applied in the database; no file in the project)");
        revisions.append(r);
    }
    return std::make_shared<const Core::RevisionGraph>(Core::RevisionGraph::build(revisions, nullptr));
}

} // namespace

// The rows after the project's change as the database names other revisions the files lack
// (all removed, then the new ones inserted): the lookup and the display graph follow.
void RevisionModel::followMissingRows(bool notify)
{
    m_missingRows.clear();
    m_missingRows.reserve(m_missing.size());
    for (qsizetype i = 0; i < m_missing.size(); ++i)
        m_missingRows.insert(m_missing.at(i), int(i));
    std::shared_ptr<const Core::RevisionGraph> graph = m_project.graph;
    if (graph && !m_missing.isEmpty())
        graph = withMissing(*graph, m_missing);
    if (graph == m_displayGraph)
        return;
    m_displayGraph = std::move(graph);
    if (notify)
        Q_EMIT displayGraphChanged();
}

int RevisionModel::displayIndex(int row) const
{
    const int projectRows = int(m_project.rows.size());
    if (row < 0 || !m_displayGraph)
        return -1;
    if (row < projectRows)
        return m_project.rows.at(row).graphIndex;
    const int index = m_project.graph->size() + (row - projectRows);
    return index < m_displayGraph->size() ? index : -1;
}

void RevisionModel::setProject(const ProjectSnapshot &snapshot)
{
    beginResetModel();
    m_project = snapshot;
    m_missing.clear();
    computeStates();
    endResetModel();
    Q_EMIT statesChanged();
}

void RevisionModel::setDatabaseStatus(const DatabaseStatus &status)
{
    m_status = status;
    const QStringList oldMissing = m_missing;
    const int projectRows = int(m_project.rows.size());
    computeStates();
    if (oldMissing != m_missing) {
        // The extra rows change: remove the old ones, then insert the new ones.
        const QStringList newMissing = m_missing;
        m_missing = oldMissing;
        if (!oldMissing.isEmpty()) {
            beginRemoveRows({}, projectRows, projectRows + int(oldMissing.size()) - 1);
            m_missing.clear();
            endRemoveRows();
        }
        if (!newMissing.isEmpty()) {
            beginInsertRows({}, projectRows, projectRows + int(newMissing.size()) - 1);
            m_missing = newMissing;
            endInsertRows();
        }
    }
    if (projectRows > 0)
        Q_EMIT dataChanged(index(0), index(projectRows - 1));
    Q_EMIT statesChanged();
}

void RevisionModel::clearDatabaseStatus()
{
    setDatabaseStatus(DatabaseStatus());
}

void RevisionModel::computeStates()
{
    const int n = int(m_project.rows.size());
    m_states = QList<State>(n, m_status.valid ? State::Pending : State::Unknown);
    m_missing.clear();
    if (!m_status.valid || !m_project.graph) {
        // Without a valid graph nothing can be placed below the heads: every head is unknown.
        if (m_status.valid)
            m_missing = Core::RevisionStates::classify(Core::RevisionGraph(), m_status).unknownHeads();
        m_missing.sort();
        return;
    }
    const Core::RevisionStates states = Core::RevisionStates::classify(*m_project.graph, m_status);
    for (int r = 0; r < n; ++r)
        m_states[r] = states.state(m_project.rows.at(r).graphIndex);
    m_missing = states.unknownHeads();
    m_missing.sort();
}

QModelIndex RevisionModel::indexOf(const QString &id) const
{
    const int row = m_project.rowOf(id);
    if (row >= 0)
        return index(row);
    const int missing = m_missingRows.value(id, -1);
    return missing < 0 ? QModelIndex() : index(int(m_project.rows.size()) + missing);
}

void RevisionModel::setRunState(const QString &id, State state)
{
    const int row = m_project.rowOf(id);
    if (row < 0 || row >= m_states.size() || m_states.at(row) == state)
        return;
    m_states[row] = state;
    Q_EMIT dataChanged(index(row), index(row), { StateRole });
}

RevisionModel::State RevisionModel::state(int row) const
{
    if (row >= 0 && row < m_states.size())
        return m_states.at(row);
    return State::Missing;
}

int RevisionModel::count(State s) const
{
    if (s == State::Missing)
        return int(m_missing.size());
    return int(std::count(m_states.cbegin(), m_states.cend(), s));
}

namespace {

// "1 head" / "3 heads": English and German have two forms, chosen here so the source strings
// read well without a translation loaded.
QString counted(int n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

QString RevisionModel::statusSummary() const
{
    QStringList parts;
    const int revisions = int(m_project.rows.size());
    if (!m_status.valid) {
        parts << counted(revisions, tr("%1 revision"), tr("%1 revisions"));
        parts << counted(int(m_project.heads.size()), tr("%1 head"), tr("%1 heads"));
        return parts.join(u" · "_s);
    }
    const int pending = count(State::Pending) + count(State::Failed);
    parts << (pending == 0 ? tr("up to date") : tr("%1 pending").arg(pending));
    // The database's heads rows and the project's heads are different counts: a database at
    // one of two branch tips has one head row while the graph shows two heads. Say both.
    const int projectHeads = int(m_project.heads.size());
    if (m_status.heads.isEmpty())
        parts << tr("nothing applied yet");
    else if (int(m_status.heads.size()) == projectHeads)
        parts << counted(int(m_status.heads.size()), tr("%1 head"), tr("%1 heads"));
    else
        parts << counted(int(m_status.heads.size()), tr("%1 database head"), tr("%1 database heads"))
                     + u" · "_s
                     + counted(projectHeads, tr("%1 head in the project"), tr("%1 heads in the project"));
    if (const int drifted = count(State::Drifted))
        parts << tr("%1 drifted").arg(drifted);
    if (const int missing = count(State::Missing))
        parts << tr("%1 unknown to the files").arg(missing);
    // Per branch label: complete when every revision carrying it is applied.
    QStringList labels;
    for (const RevisionRow &row : m_project.rows)
        labels += row.branchLabels;
    for (const QString &label : std::as_const(labels)) {
        int labelPending = 0;
        for (int r = 0; r < revisions; ++r) {
            const State s = m_states.at(r);
            if (m_project.rows.at(r).labels.contains(label)
                && (s == State::Pending || s == State::Failed))
                ++labelPending;
        }
        if (labelPending == 0)
            parts << tr("up to date with branch %1").arg(label);
        else
            parts << tr("%1 pending on branch %2").arg(labelPending).arg(label);
    }
    return parts.join(u" · "_s);
}

int RevisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project.rows.size() + m_missing.size());
}

QString RevisionModel::lastStep(const QString &id) const
{
    for (qsizetype i = m_status.history.size() - 1; i >= 0; --i) {
        const Core::HistoryEntry &e = m_status.history.at(i);
        if (e.revision != id)
            continue;
        const QString when = QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat);
        return tr("%1 · %2 · %3 · %4 ms")
            .arg(Core::historyDirectionName(e.direction), Core::historyStatusName(e.status), when)
            .arg(e.shownDurationMs());
    }
    return {};
}

QVariant RevisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int r = index.row();
    if (r >= m_project.rows.size()) {
        const QString &id = m_missing.at(r - m_project.rows.size());
        switch (role) {
        case Qt::DisplayRole:
        case IdRole:
            return id;
        case MessageRole:
            return tr("(not in the project's files)");
        case StateRole:
            return int(State::Missing);
        case LastStepRole:
            return lastStep(id);
        default:
            return {};
        }
    }
    const RevisionRow &row = m_project.rows.at(r);
    switch (role) {
    case Qt::DisplayRole:
        return QString(row.id + u"  "_s + row.message);
    case Qt::ToolTipRole:
        return row.relativePath;
    case IdRole:
        return row.id;
    case MessageRole:
        return row.message;
    case LabelsRole:
        return row.labels;
    case BranchLabelsRole:
        return row.branchLabels;
    case StateRole:
        return int(m_states.value(r, State::Unknown));
    case HeadRole:
        return row.head;
    case MergeRole:
        return row.mergePoint;
    case BranchPointRole:
        return row.branchPoint;
    case PathRole:
        return row.path;
    case RelativePathRole:
        return row.relativePath;
    case ParentsRole:
        return row.parents;
    case ChildrenRole:
        return row.children;
    case CreatedRole:
        return row.created;
    case ChecksumRole:
        return row.checksum;
    case AppliedChecksumRole:
        return m_status.appliedChecksums.value(row.id);
    case LastStepRole:
        return lastStep(row.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> RevisionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "revision");
    names.insert(MessageRole, "message");
    names.insert(LabelsRole, "labels");
    names.insert(StateRole, "state");
    return names;
}

QString RevisionModel::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("Not connected");
    case State::Pending:
        return tr("Pending");
    case State::Applied:
        return tr("Applied");
    case State::Current:
        return tr("Current head");
    case State::Drifted:
        return tr("Drifted");
    case State::Failed:
        return tr("Failed");
    case State::Missing:
        return tr("Unknown to the files");
    }
    return {};
}

} // namespace Stepwise::Ui
