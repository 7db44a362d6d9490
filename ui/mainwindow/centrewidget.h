#pragma once

#include <QSplitter>

class QItemSelectionModel;

namespace Stepwise::Ui {

class EditorTabs;
class RevisionGraphPanel;
class RevisionGraphView;
class RevisionModel;
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
    // The failing statement's lines marked in the script, with the database's own words.
    void showRunFailure(const RunFailure &failure);
    // A step of the revision ran through: a failure marked in its script is over.
    void clearRunFailure(const QString &revision);
    // The editor pane; hidden, the graph takes the whole centre.
    void showEditor(bool show);

Q_SIGNALS:
    // The open script cannot have half the centre: `pixels` more would do (the window takes
    // them from a dock).
    void widthWanted(int pixels);

private:
    void editorFileChanged(const QString &path);

    RevisionModel *m_model;
    RevisionGraphPanel *m_graphPanel;
    EditorTabs *m_editors;
};

} // namespace Stepwise::Ui
