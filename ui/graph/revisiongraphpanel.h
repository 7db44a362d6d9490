#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Stepwise::Ui {

class RevisionGraphLegend;
class RevisionGraphMinimap;
class RevisionGraphView;

// The graph view with its tool row: find by id or message (next/previous, "2 of 5"), go to
// the current head, zoom out/in with the zoom shown, fit, show the legend. Beside the view an
// overview of the whole graph, below it the legend when shown; nothing is laid over the
// graph. What the main window docks.
class RevisionGraphPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionGraphPanel(QWidget *parent = nullptr);

    RevisionGraphView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QString searchStatus() const; // "2 of 5", "No match" or empty
    RevisionGraphMinimap *minimap() const { return m_minimap; }
    RevisionGraphLegend *legend() const { return m_legend; }
    QToolButton *legendButton() const { return m_legendButton; }
    // Checked: compact history (RevisionGraphScene::setCompact), remembered as graph/compact.
    QToolButton *compactButton() const { return m_compactButton; }
    bool isLegendVisible() const;
    void setMinimapVisible(bool visible);

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void focusSearch();
    // Empties the search field and its result (another project is opening).
    void clearSearch();
    // Shows or hides the legend strip. Only the user's toggle is remembered in the settings.
    void setLegendVisible(bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QToolButton *addButton(const QString &text, const QString &toolTip, const QKeySequence &key);
    void showSearchResult(int match, int count);
    void showZoom(qreal zoom);

    RevisionGraphView *m_view;
    RevisionGraphMinimap *m_minimap;
    RevisionGraphLegend *m_legend;
    QToolButton *m_legendButton = nullptr;
    QToolButton *m_compactButton = nullptr;
    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QLabel *m_zoomLabel;
    QWidget *m_toolRow;
    QBoxLayout *m_toolLayout = nullptr;
    int m_wideWidth = 0; // below it the zoom group goes under the search group
};

} // namespace Stepwise::Ui
