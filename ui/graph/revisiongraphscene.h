#pragma once

#include "core/graph/graphfolding.h"
#include "core/graph/graphlayout.h"
#include "ui/graph/revisionnodeitem.h"

#include <QFont>
#include <QGraphicsScene>
#include <QPalette>

#include <memory>
#include <vector>

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Ui {

class RevisionEdgesItem;
class RevisionSegmentItem;

// The revision graph as a scene: a node item per revision placed by Core::layoutLanes() and
// one item painting every edge. Holds what the painters share (fonts, the highlighted path)
// and the per-revision state; changing a state repaints that node only. GUI thread.
class RevisionGraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    using State = RevisionModel::State;

    explicit RevisionGraphScene(QObject *parent = nullptr);
    ~RevisionGraphScene() override;

    // Lays the graph out and rebuilds every item; null clears the scene.
    void setGraph(std::shared_ptr<const Core::RevisionGraph> graph);
    // The same with a layout computed elsewhere (benchmarks time the two apart).
    void setGraph(std::shared_ptr<const Core::RevisionGraph> graph, Core::GraphLayout layout);

    const Core::RevisionGraph *graph() const { return m_graph.get(); }
    // What is drawn: the full layout with the folded runs taking one row each. Rows below are
    // those of this layout ("display rows"); a folded run's row holds its newest revision.
    const Core::GraphLayout &layout() const { return m_layout; }
    // Every revision in its own row, as Core::layoutLanes() placed it (lanes are the same).
    const Core::GraphLayout &fullLayout() const { return m_full; }
    int count() const { return int(m_nodes.size()); }
    int rowCount() const { return m_layout.size(); }
    RevisionNodeItem *node(int index) const;
    // The revision drawn at the row: for a folded run's row, its newest revision (hidden).
    RevisionNodeItem *nodeAtRow(int row) const;

    // Collapsed linear history (Core::linearRuns): chains of three or more revisions with one
    // parent, one child and nothing to show (no branch label, depends_on, database badge or
    // failure) are folded into one segment when the graph is set; a click or the keyboard
    // unfolds one in place, every lane staying where it was.
    // Compact history (off by default) adds Core::compactRuns() regions: stretches whose side
    // branches fork off and merge back inside them fold too, and unfolding one shows its chains
    // still folded. runs() lists the chains first, then those regions.
    const QList<Core::LinearRun> &runs() const { return m_runs; }
    bool isCompact() const { return m_compact; }
    void setCompact(bool on);
    int runAtRow(int row) const; // -1: a plain revision's row
    int runOf(int index) const;  // the folded run hiding the revision, -1 when it is shown
    int containingRun(int run) const; // the region a chain lies in, -1 for none
    bool isFolded(int run) const;
    void setFolded(int run, bool folded);
    // Unfolds whatever hides the revision; false when it was shown already.
    bool unfoldRunOf(int index);
    void setAllFolded(bool folded);
    RevisionSegmentItem *segment(int run) const; // null unless folded
    // The run whose segment has the keyboard focus (-1: none).
    int focusedRun() const { return m_focusedRun; }
    void setFocusedRun(int run);
    // The row's state for overviews: a folded run's most telling member state
    // (running/failed, then pending over applied), else the revision's.
    State rowState(int row) const;
    int indexOf(const QString &id) const; // exact id, -1 when unknown
    RevisionEdgesItem *edgesItem() const { return m_edges; }

    State state(int index) const;
    void setState(int index, State state);
    // Every revision not named gets Unknown; only nodes whose state changes repaint.
    void setStates(const QHash<QString, State> &states);
    void setBadges(const QList<DatabaseBadge> &badges);
    const QList<DatabaseBadge> &badges() const { return m_badges; }
    void setHighlightedPath(const QStringList &revisions);
    bool isHighlighted(int index) const;
    // The revision whose step a run is executing now (-1: none).
    void setRunningIndex(int index);
    int runningIndex() const { return m_running; }
    const QList<DatabaseBadge> badgesAt(int index) const { return m_badgesByNode.value(index); }
    const QHash<int, QList<DatabaseBadge>> &badgesByNode() const { return m_badgesByNode; }
    static QColor badgeColor(const DatabaseBadge &badge);
    bool hasDrift(int index) const; // a database badge here whose schema drifted
    // The badge's text: the database's name, with "⚠ drift" when its schema drifted.
    static QString badgeText(const DatabaseBadge &badge);
    // How a downgrade through the revision goes, when not plainly: "irreversible" (no down
    // section), "empty down" (a down section that undoes nothing), or empty. The node's chip;
    // whyDownMark() is the sentence for tooltips.
    QString downMark(int index) const;
    QString whyDownMark(int index) const;

    // The selected revision (-1 for none), marked by its node or in the overview.
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    // Far out, node items hide and the edge item draws every revision as a dot in one pass:
    // 10,000 item paint calls would cost more than the picture.
    bool isOverview() const { return m_overview; }
    void setOverview(bool on);

    // The view's palette as is: QGraphicsScene::setPalette() resolves an inherited palette
    // against the application's and would lose a parent's dark colours.
    const QPalette &graphPalette() const { return m_palette; }
    void setGraphPalette(const QPalette &palette);
    // Painters' shared resources, refreshed when the view's font changes.
    void setBaseFont(const QFont &font);
    const QFont &textFont() const { return m_textFont; }
    const QFont &monoFont() const { return m_monoFont; }
    const QFont &smallFont() const { return m_smallFont; }

Q_SIGNALS:
    // The drawn layout changed: a new graph, a run folded or unfolded, runs recomputed.
    void foldingChanged();

private:
    std::shared_ptr<const Core::RevisionGraph> m_graph;
    Core::GraphLayout m_layout;
    std::vector<RevisionNodeItem *> m_nodes; // by revision index; owned by the scene
    RevisionEdgesItem *m_edges = nullptr;
    std::vector<char> m_highlighted;
    QList<DatabaseBadge> m_badges;
    QHash<int, QList<DatabaseBadge>> m_badgesByNode;
    int m_current = -1;
    int m_running = -1;
    bool m_overview = false;
    void computeRuns();
    void refreshPins();
    void applyFolding();
    std::vector<char> pinnedRevisions() const;
    static bool pinsRevision(State state);

    Core::GraphLayout m_full;
    QList<Core::LinearRun> m_runs;
    std::vector<char> m_folded;             // per run
    std::vector<int> m_runOf;               // per revision: the folded run hiding it
    std::vector<int> m_containingRun;       // per run: the region a chain lies in
    bool m_compact = false;
    QList<int> m_runAtRow;                  // per display row
    std::vector<RevisionSegmentItem *> m_segments; // per run; null when unfolded
    int m_focusedRun = -1;
    QPalette m_palette;
    QFont m_textFont;
    QFont m_monoFont;
    QFont m_smallFont;
};

} // namespace Stepwise::Ui
