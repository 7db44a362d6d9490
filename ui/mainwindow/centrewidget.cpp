#include "ui/mainwindow/centrewidget.h"

#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/project/revisionmodel.h"
#include "ui/run/runplan.h"

#include <QFileInfo>
#include <QItemSelectionModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

CentreWidget::CentreWidget(RevisionModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_model(model)
    , m_selection(selection)
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
    connect(graphView(), &RevisionGraphView::revisionActivated, this, &CentreWidget::openRevision);
    connectSelection();
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

void CentreWidget::showRunFailure(const RunFailure &failure)
{
    if (failure.path.isEmpty())
        return;
    const QString message =
        failure.databaseMessage.isEmpty() ? failure.message : failure.databaseMessage;
    if (m_editors->showFailure(failure.path, failure.line, message))
        showEditor(true);
}

void CentreWidget::showEditor(bool show)
{
    if (show == m_editors->isVisible())
        return;
    m_editors->setVisible(show);
    if (!show)
        return;
    // The editor takes three fifths, the graph keeps at least its tool row. Again once the
    // splitter has laid the new pane out (it hands a newly shown pane only what is spare).
    const auto share = [this] {
        const int total = width();
        const int graph = qMax(m_graphPanel->minimumSizeHint().width(), total * 2 / 5);
        setSizes({ graph, qMax(0, total - graph) });
    };
    share();
    QTimer::singleShot(0, this, share);
}

void CentreWidget::editorFileChanged(const QString &path)
{
    if (path.isEmpty()) {
        if (m_editors->count() == 0)
            showEditor(false);
        return;
    }
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const RevisionRow &row : m_model->project().rows) {
        if (QFileInfo(row.path).canonicalFilePath() == canonical) {
            m_selection->setCurrentIndex(
                m_model->indexOf(row.id), QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

// The graph selects in the project's selection model and follows it; the tab of the current
// revision's script, when open, comes to the front.
void CentreWidget::connectSelection()
{
    graphView()->setSelectionModel(m_selection);
    connect(m_selection, &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            ScriptEditor *editor =
                m_editors->editorFor(current.data(RevisionModel::PathRole).toString());
            for (int i = 0; editor && i < m_editors->count(); ++i) {
                if (m_editors->editorAt(i) == editor)
                    m_editors->setCurrentIndex(i);
            }
        });
}

} // namespace Stepwise::Ui
