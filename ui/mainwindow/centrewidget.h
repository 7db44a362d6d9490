#pragma once

#include <QSplitter>

#include <optional>

class QItemSelectionModel;

namespace Stepwise::Ui {

class EditorTabs;
class RevisionGraphPanel;
class RevisionGraphView;
class RevisionModel;
class RunController;
struct RunFailure;

// The main window's centre: the revision graph, and beside it the script editor once a file
// is open. The graph and the editor tabs share the project's one selection model: the current
// tab's revision is selected, a selected revision's open script comes to the front. GUI thread.
class CentreWidget : public QSplitter
{
    Q_OBJECT

public:
    CentreWidget(RevisionModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    RevisionGraphPanel *graphPanel() const { return m_graphPanel; }
    RevisionGraphView *graphView() const;
    EditorTabs *editors() const { return m_editors; }

    // Opens the script (or brings its tab forward) and shows the editor; line 0: keep its place.
    void openFile(const QString &path, int line = 0);
    // Opens the revision's script at its header; nothing for a revision without a file.
    void openRevision(const QString &id);
    // The scripts and the runs: a failure is marked in its script and cleared when the step
    // later succeeds; unsaved scripts are saved first or named as left out of a run.
    void followRuns(RunController *runs);
    // The failing statement's lines marked in the script, with the database's own words.
    void showRunFailure(const RunFailure &failure);
    // A step of the revision ran through (RunController::stepFinished): a failure marked in
    // its script is over.
    void clearRunFailure(int index, int count, const QString &revision);
    // The editor pane; hidden, the graph takes the whole centre.
    void showEditor(bool show);
    // Before a project replaces the open one: a reload of the same project (a saved script,
    // Reload Project) keeps the graph's zoom, place and search; another project clears the
    // search. After it opened: the kept place back, or the new graph fitted.
    void projectLoading(bool sameProject);
    void projectOpened();

Q_SIGNALS:
    // The open script cannot have half the centre: `pixels` more would do (the window takes
    // them from a dock).
    void widthWanted(int pixels);

private:
    void editorFileChanged(const QString &path);

    struct GraphPlace
    {
        qreal zoom = 1.0;
        int x = 0;
        int y = 0;
    };

    RevisionModel *m_model;
    std::optional<GraphPlace> m_keptPlace;
    RevisionGraphPanel *m_graphPanel;
    EditorTabs *m_editors;
};

} // namespace Stepwise::Ui
