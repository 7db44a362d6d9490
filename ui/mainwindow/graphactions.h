#pragma once

#include "ui/graph/revisiongraphview.h"

#include <QHash>
#include <QObject>

class QAction;
class QItemSelectionModel;

namespace Stepwise::Ui {

class RevisionModel;

// The window's actions on revisions: the graph's context-menu actions for the selected
// revision (the current one of the shared selection model; menu bar and toolbar), plus "Upgrade to Head" and "Downgrade One Step". Enabled
// only where they make sense, with the reason in the tooltip (RevisionActions decides for one
// revision, the planner for the toolbar actions). GUI thread.
class GraphActions : public QObject
{
    Q_OBJECT

public:
    using Action = RevisionGraphView::Action;

    GraphActions(RevisionGraphView *view, RevisionModel *model, QItemSelectionModel *selection,
                 QObject *parent);

    QAction *action(Action action) const { return m_actions.value(int(action)); }
    QList<QAction *> revisionActions() const { return m_ordered; }
    QAction *upgradeHeads() const { return m_upgradeHeads; }
    QAction *downgradeOne() const { return m_downgradeOne; }

    // While a run goes on, everything that starts one is disabled.
    void setRunning(bool running);

public Q_SLOTS:
    void update();

Q_SIGNALS:
    void triggered(Stepwise::Ui::RevisionGraphView::Action action, const QString &revision);
    void upgradeHeadsTriggered();
    void downgradeOneTriggered();

private:
    QAction *add(Action action, const QString &text, const QString &icon);
    void updateToolbarActions();
    QString selectedRevision() const;

    RevisionGraphView *m_view;
    RevisionModel *m_model;
    QItemSelectionModel *m_selection;
    QHash<int, QAction *> m_actions;
    QList<QAction *> m_ordered;
    QAction *m_upgradeHeads = nullptr;
    QAction *m_downgradeOne = nullptr;
    bool m_running = false;
};

} // namespace Stepwise::Ui
