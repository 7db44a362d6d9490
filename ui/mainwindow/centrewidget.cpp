#include "ui/mainwindow/centrewidget.h"

#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/project/revisionmodel.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runplan.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

CentreWidget::CentreWidget(RevisionModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_model(model)
    , m_graphPanel(new RevisionGraphPanel(this))
    , m_editors(new EditorTabs(this))
{
    setObjectName(u"centreSplitter"_s);
    setChildrenCollapsible(false);
    m_graphPanel->setObjectName(u"graphPanel"_s);
    m_graphPanel->view()->setModel(model);
    addWidget(m_graphPanel);
    m_editors->setObjectName(u"editorTabs"_s);
    addWidget(m_editors);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    m_editors->hide(); // until a file is opened
    connect(m_editors, &EditorTabs::currentFileChanged, this, &CentreWidget::editorFileChanged);
    connect(this, &QSplitter::splitterMoved, this, [this] {
        const QList<int> s = sizes();
        if (m_editors->isVisible() && s.size() == 2 && s[0] + s[1] > 0)
            QSettings().setValue(u"centre/graphShare"_s, double(s[0]) / (s[0] + s[1]));
    });
    connect(graphView(), &RevisionGraphView::revisionActivated, this, &CentreWidget::openRevision);
    // One selection for the graph, the tabs and the details dock.
    graphView()->setSelectionModel(selection);
    m_editors->setSelectionModel(selection, RevisionModel::PathRole);
}

RevisionGraphView *CentreWidget::graphView() const
{
    return m_graphPanel->view();
}

void CentreWidget::openFile(const QString &path, int line)
{
    if (m_editors->openFile(path, line))
        showEditor(true);
}

void CentreWidget::openRevision(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    const QString path = index.data(RevisionModel::PathRole).toString();
    if (!path.isEmpty())
        openFile(path, m_model->project().rows.value(index.row()).line);
}

void CentreWidget::followRuns(RunController *runs)
{
    connect(runs, &RunController::failed, this, &CentreWidget::showRunFailure);
    connect(runs, &RunController::stepFinished, this, &CentreWidget::clearRunFailure);
    runs->setUnsavedScripts({[this] { return m_editors->modifiedFiles(); },
                             [this](QString *error) { return m_editors->saveModified(error); }});
}

void CentreWidget::showRunFailure(const RunFailure &failure)
{
    if (failure.path.isEmpty())
        return;
    const QString message =
        failure.databaseMessage.isEmpty() ? failure.message : failure.databaseMessage;
    if (m_editors->showFailure(failure.path, failure.line, message))
        showEditor(true);
}

void CentreWidget::clearRunFailure(int, int, const QString &revision)
{
    const QString path = m_model->indexOf(revision).data(RevisionModel::PathRole).toString();
    if (ScriptEditor *editor = path.isEmpty() ? nullptr : m_editors->editorFor(path))
        editor->clearFailureMarker();
}

void CentreWidget::showEditor(bool show)
{
    if (show == m_editors->isVisible())
        return;
    m_editors->setVisible(show);
    if (!show)
        return;
    // The editor takes at least half the centre (three fifths unless the user moved the
    // split; that share is remembered). Again once the splitter has laid the new pane out (it
    // hands a newly shown pane only what is spare).
    const auto share = [this] {
        const int total = width();
        const double graphShare =
            qBound(0.15, QSettings().value(u"centre/graphShare"_s, 0.4).toDouble(), 0.5);
        const int graph = qMax(m_graphPanel->minimumWidth(), int(total * graphShare));
        setSizes({ graph, qMax(0, total - graph) });
        // Too narrow for the editor's half beside the graph's least width: ask for room.
        if (const int want = 2 * m_graphPanel->minimumWidth() + handleWidth(); total < want)
            Q_EMIT widthWanted(want - total);
    };
    share();
    QTimer::singleShot(0, this, share);
}

void CentreWidget::projectLoading(bool sameProject)
{
    if (sameProject)
        m_keptPlace = GraphPlace{graphView()->zoom(), graphView()->horizontalScrollBar()->value(),
                                 graphView()->verticalScrollBar()->value()};
    else
        m_graphPanel->clearSearch();
}

void CentreWidget::projectOpened()
{
    if (!m_keptPlace) {
        graphView()->showFirstSight(); // readable, heads in view; Fit is one click away
        return;
    }
    graphView()->setZoom(m_keptPlace->zoom);
    graphView()->horizontalScrollBar()->setValue(m_keptPlace->x);
    graphView()->verticalScrollBar()->setValue(m_keptPlace->y);
    m_keptPlace.reset();
}

// The last tab closed: the graph takes the centre again.
void CentreWidget::editorFileChanged(const QString &path)
{
    if (path.isEmpty() && m_editors->count() == 0)
        showEditor(false);
}

} // namespace Stepwise::Ui
