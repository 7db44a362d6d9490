#include "ui/mainwindow/graphactions.h"

#include "ui/graph/revisionactions.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/project/revisionmodel.h"

#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMetaEnum>
#include <QStyle>
#include <QIcon>
#include <QItemSelectionModel>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

GraphActions::GraphActions(RevisionGraphView *view, RevisionModel *model,
                           QItemSelectionModel *selection, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
    , m_selection(selection)
{
    add(Action::Upgrade, tr("&Upgrade to Here"), u"upgrade"_s);
    add(Action::Downgrade, tr("&Downgrade to Here"), u"downgrade"_s);
    add(Action::Stamp, tr("&Stamp Here"), u"stamp"_s);
    add(Action::PreviewSql, tr("&Preview SQL"), u"preview"_s);
    add(Action::OpenScript, tr("&Open Script"), u"open-script"_s);
    add(Action::NewRevision, tr("&New Revision on Top…"), u"new-revision"_s);
    add(Action::MergeHeads, tr("&Merge Heads…"), u"merge"_s);

    m_upgradeHeads = new QAction(QApplication::style()->standardIcon(QStyle::SP_ArrowUp), tr("Upgrade to &Head"), this);
    m_upgradeHeads->setObjectName(u"actionUpgradeHeads"_s);
    m_upgradeHeads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_upgradeHeads, &QAction::triggered, this, &GraphActions::upgradeHeadsTriggered);
    m_downgradeOne = new QAction(QApplication::style()->standardIcon(QStyle::SP_ArrowDown), tr("Downgrade &One Step"), this);
    m_downgradeOne->setObjectName(u"actionDowngradeOne"_s);
    m_downgradeOne->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_downgradeOne, &QAction::triggered, this, &GraphActions::downgradeOneTriggered);

    connect(selection, &QItemSelectionModel::currentChanged, this, &GraphActions::update);
    connect(model, &RevisionModel::statesChanged, this, &GraphActions::update);
    connect(model, &QAbstractItemModel::modelReset, this, &GraphActions::update);
    update();
}

QAction *GraphActions::add(Action action, const QString &text, const QString &icon)
{
    const QString file = u":/icons/%1.svg"_s.arg(icon);
    auto *a = new QAction(QFile::exists(file) ? QIcon(file) : QIcon(), text, this);
    a->setObjectName(u"action"_s + QString::fromLatin1(QMetaEnum::fromType<Action>().valueToKey(int(action))));
    connect(a, &QAction::triggered, this, [this, action] {
        const QString revision = selectedRevision();
        if (!revision.isEmpty())
            Q_EMIT triggered(action, revision);
    });
    m_actions.insert(int(action), a);
    m_ordered << a;
    return a;
}

void GraphActions::setRunning(bool running)
{
    m_running = running;
    update();
}

// The selection's current revision when the graph shows it (a project whose graph has errors
// shows none).
QString GraphActions::selectedRevision() const
{
    const QString id = m_selection->currentIndex().data(RevisionModel::IdRole).toString();
    return m_view->graphScene()->indexOf(id) >= 0 ? id : QString();
}

void GraphActions::update()
{
    const QString revision = selectedRevision();
    const int index = m_view->graphScene()->indexOf(revision);
    for (QAction *a : std::as_const(m_ordered)) {
        const auto action = Action(QMetaEnum::fromType<Action>().keyToValue(
            a->objectName().mid(6).toLatin1().constData()));
        RevisionActions::Availability availability{ false, tr("Select a revision in the graph.") };
        if (index >= 0) {
            const RevisionActions actions(*m_view->graphScene(), index);
            switch (action) {
            case Action::Upgrade: availability = actions.upgrade(); break;
            case Action::Downgrade: availability = actions.downgrade(); break;
            case Action::Stamp: availability = actions.stamp(); break;
            case Action::PreviewSql: availability = actions.previewSql(); break;
            case Action::OpenScript: availability = actions.openScript(); break;
            case Action::NewRevision: availability = actions.newRevision(); break;
            case Action::MergeHeads: availability = actions.mergeHeads(); break;
            }
        }
        const bool runs = action == Action::Upgrade || action == Action::Downgrade || action == Action::Stamp;
        if (m_running && runs)
            availability = { false, tr("A run is going on.") };
        a->setEnabled(availability.enabled);
        a->setToolTip(availability.reason);
        a->setStatusTip(availability.reason);
    }
    updateToolbarActions();
}

// Upgrade to head needs something pending; one step down needs an applied revision with a
// down section (an irreversible one is refused here, before the confirmation).
void GraphActions::updateToolbarActions()
{
    const auto set = [](QAction *a, bool enabled, const QString &reason) {
        a->setEnabled(enabled);
        a->setToolTip(reason.isEmpty() ? a->text().remove(u'&') : reason);
        a->setStatusTip(reason);
    };
    const ProjectSnapshot &project = m_model->project();
    if (m_running) {
        set(m_upgradeHeads, false, tr("A run is going on."));
        set(m_downgradeOne, false, tr("A run is going on."));
        return;
    }
    if (!m_model->hasDatabaseStatus() || !project.graph) {
        const QString why = project.loaded && !project.graph ? tr("The revision graph has errors; fix them first.")
                                                             : tr("Connect to a database first.");
        set(m_upgradeHeads, false, why);
        set(m_downgradeOne, false, why);
        return;
    }
    if (const QString unknown = RevisionActions::unknownHeadsReason(m_model->missingIds());
        !unknown.isEmpty()) {
        set(m_upgradeHeads, false, unknown);
        set(m_downgradeOne, false, unknown);
        return;
    }
    const int pending = m_model->count(RevisionModel::State::Pending) + m_model->count(RevisionModel::State::Failed);
    set(m_upgradeHeads, pending > 0,
        pending > 0 ? tr("Apply the %n pending revision(s).", nullptr, pending) : tr("Already at the heads."));
    const Core::RevisionGraph &graph = *project.graph;
    const QStringList heads = m_model->databaseStatus().heads;
    if (heads.isEmpty()) {
        set(m_downgradeOne, false, tr("Nothing is applied."));
        return;
    }
    const auto plan = Core::Planner::plan(graph, heads, Core::Planner::Command::Downgrade, { u"-1"_s });
    if (!plan) {
        // At a merge, one step down has no single answer (Alembic's "Ambiguous walk"): say
        // which branches meet there and how to choose one.
        QStringList merges;
        for (const QString &head : heads) {
            const int i = graph.indexOf(head);
            if (i >= 0 && graph.revision(i).parents.size() > 1)
                merges << tr("%1 merges %2").arg(head, graph.revision(i).parents.join(u", "_s));
        }
        set(m_downgradeOne, false,
            merges.isEmpty()
                ? plan.error().message()
                : tr("One step down is ambiguous: %1. Choose the branch: Downgrade to Here on the "
                     "revision to go back to.").arg(merges.join(u"; "_s)));
        return;
    }
    for (const Core::PlanStep &step : plan->steps) {
        const int i = graph.indexOf(step.revision);
        if (i >= 0 && !graph.hasDownSection(i)) {
            set(m_downgradeOne, false,
                tr("Cannot downgrade %1: it has no down section (irreversible).").arg(step.revision));
            return;
        }
    }
    const QString what = plan->steps.isEmpty() ? QString() : plan->steps.first().revision;
    set(m_downgradeOne, !plan->steps.isEmpty(), tr("Revert %1.").arg(what));
}

} // namespace Stepwise::Ui
