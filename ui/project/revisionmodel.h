#pragma once

#include "ui/database/databasestatus.h"

#include "core/engine/revisionstates.h"
#include "ui/project/projectsnapshot.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

#include <memory>

namespace Stepwise::Ui {

// The one model of the project (style.md §5): a row per revision in history order, plus a
// row per revision the database has applied but the files lack. States follow the connected
// database. Roles carry data only; colours and icons belong to the painters and the legend.
// Shared by the revision list (later the graph), the details and history panels. GUI thread.
class RevisionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // Core's classification (Core::RevisionStates works it out; nothing here re-derives it).
    using State = Core::RevisionState;

    enum Role {
        IdRole = Qt::UserRole + 1,
        MessageRole,
        LabelsRole,     // QStringList, declared and inherited
        StateRole,      // State (as int)
        HeadRole,       // bool: a head of the graph
        MergeRole,      // bool
        BranchPointRole,
        PathRole,       // absolute file path
        RelativePathRole,
        ParentsRole,
        ChildrenRole,
        CreatedRole,
        ChecksumRole,
        AppliedChecksumRole,
        BranchLabelsRole, // QStringList, declared on this revision only
        LastStepRole    // QString "up · ok · 2026-11-23 10:00 · 12 ms", or empty
    };

    explicit RevisionModel(QObject *parent = nullptr);

    void setProject(const ProjectSnapshot &snapshot);
    void setDatabaseStatus(const DatabaseStatus &status);
    void clearDatabaseStatus();

    const ProjectSnapshot &project() const { return m_project; }
    const DatabaseStatus &databaseStatus() const { return m_status; }
    bool hasDatabaseStatus() const { return m_status.valid; }

    QModelIndex indexOf(const QString &id) const;
    State state(int row) const;
    // Ids applied in the database but not in the files (the rows after the project's).
    const QStringList &missingIds() const { return m_missing; }
    // What the graph shows: the project's graph plus a base node per missing id (appended, so
    // project indices stay). Null when the project's graph is invalid. Built again only when
    // the missing ids change (then displayGraphChanged()) or the project does (modelReset).
    std::shared_ptr<const Core::RevisionGraph> displayGraph() const { return m_displayGraph; }
    // The row's node in displayGraph(), -1 when none.
    int displayIndex(int row) const;
    // A state set while a run goes on (a step committed or failed), until the database state
    // is read again. Repaints that row only.
    void setRunState(const QString &id, State state);
    int count(State state) const;
    // "3 pending · 1 head · up to date with branch billing"
    QString statusSummary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stateName(State state);

Q_SIGNALS:
    void statesChanged();
    // displayGraph() is another graph: the database names other revisions the files lack.
    void displayGraphChanged();

private:
    void computeStates();
    QString lastStep(const QString &id) const;
    void followMissingRows(bool notify);

    ProjectSnapshot m_project;
    DatabaseStatus m_status;
    QList<State> m_states;  // per project row
    QStringList m_missing;  // ids applied in the database but not on disk (extra rows)
    QHash<QString, int> m_missingRows; // m_missing's id → its index there
    std::shared_ptr<const Core::RevisionGraph> m_displayGraph;
};

} // namespace Stepwise::Ui
