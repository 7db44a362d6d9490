#pragma once

#include "ui/graph/revisionnodeitem.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

#include <memory>

class QItemSelectionModel;
class QMenu;

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Ui {

class RevisionGraphScene;
class RevisionSegmentItem;

// The revision graph (product.md "Revision graph"): lanes like `git log --graph`, a node per
// revision with its state, zoom (Ctrl+wheel, pinch, +/−), pan (drag, scroll), fit, search,
// keyboard navigation and a context menu whose actions are only requested, never run here.
// Fed by the project's RevisionModel (setModel: its display graph and states) or directly
// (setGraph + setStates); with setSelectionModel the selection is the model's. GUI thread.
class RevisionGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    using State = RevisionModel::State;
    enum class Action { Upgrade, Downgrade, Stamp, PreviewSql, OpenScript, NewRevision, MergeHeads };
    Q_ENUM(Action)
    enum class Detail { Dots, Shapes, Full }; // what the nodes draw at the current zoom
    Q_ENUM(Detail)

    explicit RevisionGraphView(QWidget *parent = nullptr);
    ~RevisionGraphView() override;

    // Follows the model: rebuilt on reset, node states refreshed on dataChanged.
    void setModel(RevisionModel *model);
    // The model's selection (its current index), shared with the other views of the model:
    // the graph selects what it selects and sets it when the user selects a node.
    void setSelectionModel(QItemSelectionModel *selection);
    void setGraph(std::shared_ptr<const Core::RevisionGraph> graph);
    void setStates(const QHash<QString, State> &states);
    void setDatabaseBadges(const QList<DatabaseBadge> &badges);
    void setHighlightedPath(const QStringList &revisions);
    // Marks the revision whose step a run executes now (empty: none).
    void setRunningRevision(const QString &id);

    RevisionGraphScene *graphScene() const { return m_scene; }
    QString selectedRevision() const;
    qreal zoom() const;
    Detail detailLevel() const;
    // The node's menu, actions enabled where they make sense (caller owns it).
    QMenu *createContextMenu(const QString &revision, QWidget *parent = nullptr);
    // The node's tooltip: id, message, state, relations, how a downgrade goes, its file.
    QString toolTipFor(int index) const;
    QString segmentToolTip(int run) const;

public Q_SLOTS:
    void setSelectedRevision(const QString &id);
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);
    void fitToView();
    void goToCurrent();
    // How a project opens: reading zoom, the newest revisions and heads at the top, scrolled
    // down only as far as where the connected database stands (also when its badge comes later,
    // until the user moves the view).
    void showFirstSight();
    // Collapsed linear history: unfold one segment, fold every run, unfold every run.
    void unfoldSegment(int run);
    void foldAll();
    void unfoldAll();
    // Id prefix or message text, case-insensitive; selects the next/previous match in rows.
    bool findNext(const QString &text);
    bool findPrevious(const QString &text);

Q_SIGNALS:
    void revisionSelected(const QString &id);
    void revisionActivated(const QString &id); // double click or Enter
    void actionRequested(Stepwise::Ui::RevisionGraphView::Action action, const QString &revision);
    void zoomChanged(qreal zoom);
    void foldingChanged(); // the user folded or unfolded segments
    void searchResult(int match, int count); // match is 1-based; 0 of 0 when nothing found
    // A click on a database badge marked "⚠ drift": the window shows the differences.
    void driftBadgeClicked(const QString &database);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildFromModel();
    void refreshStatesFromModel();
    void refreshStateRows(int first, int last);
    void selectIndex(int index, bool ensureVisible = true);
    void selectionChanged();
    RevisionNodeItem *nodeAt(const QPoint &viewportPos) const;
    RevisionSegmentItem *segmentAt(const QPoint &viewportPos) const;
    int cursorRow() const;
    void moveCursorToRow(int row);
    int selectedIndex() const { return m_selected; }
    bool find(const QString &text, int direction);
    void scaleBy(qreal factor, const QPoint &anchor = {});

    RevisionGraphScene *m_scene;
    QPointer<RevisionModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    std::shared_ptr<const Core::RevisionGraph> m_modelGraph; // the model's display graph shown

    int m_selected = -1;
    QPoint m_pressPos;
    qreal m_pinchStart = 1;
    bool m_firstSight = false; // set by setGraph, cleared by the user's first move
};

} // namespace Stepwise::Ui
