#include "ui/graph/revisiongraphscene.h"

#include "ui/graph/graphgeometry.h"
#include "ui/graph/revisionedgesitem.h"
#include "ui/graph/revisionsegmentitem.h"

#include "core/graph/revisiongraph.h"

#include <QFontDatabase>
#include <QHash>

#include <algorithm>

namespace Stepwise::Ui {

RevisionGraphScene::RevisionGraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBaseFont(font());
}

RevisionGraphScene::~RevisionGraphScene() = default;

void RevisionGraphScene::setGraph(std::shared_ptr<const Core::RevisionGraph> graph)
{
    Core::GraphLayout layout = graph ? Core::layoutLanes(*graph) : Core::GraphLayout();
    setGraph(std::move(graph), std::move(layout));
}

void RevisionGraphScene::setGraph(std::shared_ptr<const Core::RevisionGraph> graph,
                                  Core::GraphLayout layout)
{
    clear(); // deletes the old items
    m_nodes.clear();
    m_segments.clear();
    m_runs.clear();
    m_folded.clear();
    m_runOf.clear();
    m_containingRun.clear();
    m_runAtRow.clear();
    m_edges = nullptr;
    m_current = -1;
    m_running = -1;
    m_focusedRun = -1;
    m_graph = std::move(graph);
    m_full = std::move(layout);
    m_layout = m_full;
    const int n = m_graph ? m_graph->size() : 0;
    m_highlighted.assign(size_t(n), 0);
    if (n == 0) {
        m_layout = {};
        setSceneRect(QRectF());
        Q_EMIT foldingChanged();
        return;
    }
    // Index only once everything is in: inserting 10,000 items into a live BSP tree costs.
    setItemIndexMethod(NoIndex);
    m_edges = new RevisionEdgesItem(this);
    addItem(m_edges);
    m_nodes.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        auto *node = new RevisionNodeItem(this, i, m_full.rowOf.at(i), m_full.laneOf.at(i));
        node->setVisible(!m_overview);
        addItem(node);
        m_nodes.push_back(node);
    }
    m_badgesByNode.clear();
    if (!m_badges.isEmpty())
        setBadges(m_badges); // pins the badged revisions before the runs are worked out
    computeRuns();
    applyFolding();
    setItemIndexMethod(BspTreeIndex);
}

// States that need a look: their revisions never fold.
bool RevisionGraphScene::pinsRevision(State state)
{
    return state == State::Failed || state == State::Drifted || state == State::Missing
        || state == State::Current;
}

// Revisions that must stay in sight: where a database stands, and states that need a look.
std::vector<char> RevisionGraphScene::pinnedRevisions() const
{
    std::vector<char> pinned(m_nodes.size(), 0);
    for (auto it = m_badgesByNode.cbegin(); it != m_badgesByNode.cend(); ++it)
        pinned[size_t(it.key())] = 1;
    for (const RevisionNodeItem *item : m_nodes) {
        const State s = item->state();
        if (pinsRevision(s))
            pinned[size_t(item->index())] = 1;
    }
    return pinned;
}

// Runs anew (pins changed); a run stays unfolded when any of its revisions was in an unfolded one.
void RevisionGraphScene::computeRuns()
{
    std::vector<char> wasOpen(m_nodes.size(), 0);
    for (int k = 0; k < m_runs.size(); ++k) {
        if (!m_folded[size_t(k)]) {
            for (int i : m_runs.at(k).revisions)
                wasOpen[size_t(i)] = 1;
        }
    }
    const std::vector<char> pinned = pinnedRevisions();
    m_runs = Core::linearRuns(*m_graph, m_full, pinned);
    const int chains = int(m_runs.size());
    m_containingRun.assign(size_t(chains), -1);
    if (m_compact) {
        std::vector<int> regionOf(m_nodes.size(), -1);
        for (Core::LinearRun &region : Core::compactRuns(*m_graph, m_full, pinned)) {
            if (region.mergedBranches == 0)
                continue; // a plain chain: linearRuns() has it already
            for (int i : region.revisions)
                regionOf[size_t(i)] = int(m_runs.size());
            m_runs.append(std::move(region));
            m_containingRun.push_back(-1);
        }
        for (int k = 0; k < chains; ++k)
            m_containingRun[size_t(k)] = regionOf[size_t(m_runs.at(k).revisions.constFirst())];
    }
    m_folded.assign(size_t(m_runs.size()), 1);
    for (int k = 0; k < m_runs.size(); ++k) {
        for (int i : m_runs.at(k).revisions) {
            if (wasOpen[size_t(i)])
                m_folded[size_t(k)] = 0;
        }
    }
    for (RevisionSegmentItem *segment : m_segments)
        delete segment;
    m_segments.assign(size_t(m_runs.size()), nullptr);
    m_runOf.assign(m_nodes.size(), -1);
    m_focusedRun = -1;
}

// The drawn layout from the full one and the folded runs: nodes and segments move to their rows.
// A chain inside a folded region is drawn by the region's segment, not its own.
void RevisionGraphScene::applyFolding()
{
    if (m_edges)
        m_edges->prepareRelayout();
    std::vector<char> shown(m_folded.size(), 0);
    for (size_t k = 0; k < m_folded.size(); ++k) {
        const int region = k < m_containingRun.size() ? m_containingRun[k] : -1;
        shown[k] = m_folded[k] && (region < 0 || !m_folded[size_t(region)]);
    }
    m_layout = Core::foldLayout(m_full, m_runs, shown, &m_runAtRow);
    m_runOf.assign(m_nodes.size(), -1);
    for (int k = 0; k < m_runs.size(); ++k) {
        if (shown[size_t(k)]) {
            for (int i : m_runs.at(k).revisions)
                m_runOf[size_t(i)] = k;
        }
    }
    for (RevisionNodeItem *item : m_nodes) {
        const int i = item->index();
        item->setRow(m_layout.rowOf.at(i));
        item->setVisible(!m_overview && m_runOf[size_t(i)] < 0);
    }
    for (int k = 0; k < m_runs.size(); ++k) {
        RevisionSegmentItem *&segment = m_segments[size_t(k)];
        if (shown[size_t(k)]) {
            const int row = m_layout.rowOf.at(m_runs.at(k).revisions.first());
            if (!segment) {
                segment = new RevisionSegmentItem(this, k, row);
                addItem(segment);
            }
            segment->setRow(row);
            segment->setVisible(true);
        } else if (segment) {
            delete segment;
            segment = nullptr;
        }
    }
    if (m_focusedRun >= 0 && !segment(m_focusedRun))
        m_focusedRun = -1;
    setSceneRect(0, 0, GraphGeometry::sceneWidth(m_layout.laneCount),
                 GraphGeometry::rowHeight * m_layout.size());
    if (m_edges)
        m_edges->update();
    Q_EMIT foldingChanged();
}

void RevisionGraphScene::setCompact(bool on)
{
    if (on == m_compact)
        return;
    m_compact = on;
    if (!m_graph || m_nodes.empty())
        return;
    setItemIndexMethod(NoIndex);
    computeRuns();
    if (on) // a new look at the whole history: everything folded
        m_folded.assign(m_folded.size(), 1);
    applyFolding();
    setItemIndexMethod(BspTreeIndex);
}

int RevisionGraphScene::containingRun(int run) const
{
    return run >= 0 && size_t(run) < m_containingRun.size() ? m_containingRun[size_t(run)] : -1;
}

int RevisionGraphScene::runAtRow(int row) const
{
    return row >= 0 && row < m_runAtRow.size() ? m_runAtRow.at(row) : -1;
}

int RevisionGraphScene::runOf(int index) const
{
    return index >= 0 && size_t(index) < m_runOf.size() ? m_runOf[size_t(index)] : -1;
}

bool RevisionGraphScene::isFolded(int run) const
{
    return run >= 0 && size_t(run) < m_folded.size() && m_folded[size_t(run)];
}

void RevisionGraphScene::setFolded(int run, bool folded)
{
    if (run < 0 || size_t(run) >= m_folded.size() || isFolded(run) == folded)
        return;
    m_folded[size_t(run)] = folded ? 1 : 0;
    // Moving thousands of items in a live BSP tree costs more than building it again.
    setItemIndexMethod(NoIndex);
    applyFolding();
    setItemIndexMethod(BspTreeIndex);
}

bool RevisionGraphScene::unfoldRunOf(int index)
{
    bool unfolded = false;
    for (int run = runOf(index); run >= 0; run = runOf(index)) { // a region, then its chain
        setFolded(run, false);
        unfolded = true;
    }
    return unfolded;
}

void RevisionGraphScene::setAllFolded(bool folded)
{
    if (m_runs.isEmpty())
        return;
    m_folded.assign(size_t(m_runs.size()), folded ? 1 : 0);
    setItemIndexMethod(NoIndex);
    applyFolding();
    setItemIndexMethod(BspTreeIndex);
}

RevisionSegmentItem *RevisionGraphScene::segment(int run) const
{
    return run >= 0 && size_t(run) < m_segments.size() ? m_segments[size_t(run)] : nullptr;
}

void RevisionGraphScene::setFocusedRun(int run)
{
    if (!segment(run))
        run = -1;
    if (run == m_focusedRun)
        return;
    if (RevisionSegmentItem *old = segment(m_focusedRun))
        old->update();
    m_focusedRun = run;
    if (RevisionSegmentItem *now = segment(run))
        now->update();
}

RevisionGraphScene::State RevisionGraphScene::rowState(int row) const
{
    const int run = runAtRow(row);
    if (run < 0) {
        const RevisionNodeItem *item = nodeAtRow(row);
        return item ? item->state() : State::Unknown;
    }
    constexpr State telling[] = {State::Failed, State::Missing, State::Drifted, State::Current,
                                 State::Pending, State::Applied};
    int best = int(std::size(telling));
    for (int i : m_runs.at(run).revisions) {
        const State s = state(i);
        for (int k = 0; k < best; ++k) {
            if (telling[k] == s) {
                best = k;
                break;
            }
        }
    }
    return best < int(std::size(telling)) ? telling[best] : State::Unknown;
}

bool RevisionGraphScene::hasDrift(int index) const
{
    const QList<DatabaseBadge> badges = m_badgesByNode.value(index);
    return std::any_of(badges.cbegin(), badges.cend(),
                       [](const DatabaseBadge &b) { return b.driftChanges > 0; });
}

// A revision that now needs to be seen (a badge arrived, a step failed) leaves its run.
void RevisionGraphScene::refreshPins()
{
    if (m_runs.isEmpty())
        return;
    const std::vector<char> pinned = pinnedRevisions();
    bool changed = false;
    for (const Core::LinearRun &run : std::as_const(m_runs)) {
        for (int i : run.revisions)
            changed = changed || pinned[size_t(i)];
    }
    if (!changed)
        return;
    setItemIndexMethod(NoIndex);
    computeRuns();
    applyFolding();
    setItemIndexMethod(BspTreeIndex);
}

RevisionNodeItem *RevisionGraphScene::node(int index) const
{
    return index >= 0 && size_t(index) < m_nodes.size() ? m_nodes[size_t(index)] : nullptr;
}

RevisionNodeItem *RevisionGraphScene::nodeAtRow(int row) const
{
    return row >= 0 && row < m_layout.size() ? node(m_layout.revisionAt.at(row)) : nullptr;
}

int RevisionGraphScene::indexOf(const QString &id) const
{
    return m_graph ? m_graph->indexOf(id) : -1;
}

RevisionGraphScene::State RevisionGraphScene::state(int index) const
{
    const RevisionNodeItem *item = node(index);
    return item ? item->state() : State::Unknown;
}

void RevisionGraphScene::setState(int index, State state)
{
    RevisionNodeItem *item = node(index);
    if (!item || item->state() == state)
        return;
    item->setState(state); // repaints that item only
    if (RevisionSegmentItem *seg = segment(runOf(index)))
        seg->update();
    if (m_overview) // its dot: one row of the edge item
        m_edges->update(QRectF(0, GraphGeometry::rowHeight * item->row(),
                               GraphGeometry::sceneWidth(m_layout.laneCount), GraphGeometry::rowHeight));
    // A state that must be seen takes its revision out of a folded run; any other change of
    // a folded member only repaints (a run's steps must not cost a pass over every run).
    if (pinsRevision(state) && runOf(index) >= 0)
        refreshPins();
}

void RevisionGraphScene::setStates(const QHash<QString, State> &states)
{
    for (RevisionNodeItem *item : m_nodes)
        item->setState(states.value(m_graph->id(item->index()), State::Unknown));
    for (RevisionSegmentItem *seg : m_segments) {
        if (seg)
            seg->update();
    }
    refreshPins();
}

void RevisionGraphScene::setBadges(const QList<DatabaseBadge> &badges)
{
    m_badges = badges;
    m_badgesByNode.clear();
    for (const DatabaseBadge &badge : badges) {
        for (const QString &head : badge.heads) {
            const int i = indexOf(head);
            if (i >= 0)
                m_badgesByNode[i].append(badge);
        }
    }
    for (RevisionNodeItem *item : m_nodes)
        item->setBadges(m_badgesByNode.value(item->index()));
    if (m_overview && m_edges)
        m_edges->update();
    refreshPins();
}

void RevisionGraphScene::setCurrentIndex(int index)
{
    if (RevisionNodeItem *old = node(m_current))
        old->setCurrentItem(false);
    m_current = node(index) ? index : -1;
    if (RevisionNodeItem *item = node(m_current))
        item->setCurrentItem(true);
    if (m_overview && m_edges)
        m_edges->update();
}

void RevisionGraphScene::setOverview(bool on)
{
    if (on == m_overview)
        return;
    m_overview = on;
    for (RevisionNodeItem *item : m_nodes)
        item->setVisible(!on && runOf(item->index()) < 0);
    if (m_edges)
        m_edges->update();
}

void RevisionGraphScene::setHighlightedPath(const QStringList &revisions)
{
    std::vector<char> mask(m_highlighted.size(), 0);
    for (const QString &id : revisions) {
        const int i = indexOf(id);
        if (i >= 0)
            mask[size_t(i)] = 1;
    }
    for (RevisionNodeItem *item : m_nodes)
        item->setHighlighted(mask[size_t(item->index())]);
    m_highlighted = std::move(mask);
    if (m_edges)
        m_edges->update();
}

void RevisionGraphScene::setRunningIndex(int index)
{
    if (index == m_running)
        return;
    if (RevisionNodeItem *old = node(m_running))
        old->setRunning(false);
    m_running = index;
    if (RevisionNodeItem *now = node(index))
        now->setRunning(true);
    if (m_edges && m_overview)
        m_edges->update();
}

bool RevisionGraphScene::isHighlighted(int index) const
{
    return index >= 0 && size_t(index) < m_highlighted.size() && m_highlighted[size_t(index)];
}

// Well-known environment names get the colours people expect; others a stable pick by name.
QString RevisionGraphScene::badgeText(const DatabaseBadge &badge)
{
    return badge.driftChanges > 0 ? tr("%1 ⚠ drift").arg(badge.name) : badge.name;
}

QColor RevisionGraphScene::badgeColor(const DatabaseBadge &badge)
{
    if (badge.color.isValid())
        return badge.color;
    const QString name = badge.name.toLower();
    if (name.startsWith(u"prod"))
        return QColor(0xd1, 0x43, 0x43);
    if (name.startsWith(u"stag"))
        return QColor(0xd9, 0x7a, 0x1a);
    if (name.startsWith(u"dev") || name.startsWith(u"local"))
        return QColor(0x14, 0x8f, 0x83);
    static const QColor others[] = {QColor(0x3b, 0x6e, 0xd8), QColor(0x8e, 0x4c, 0xc9),
                                    QColor(0xc2, 0x4a, 0x8a), QColor(0x4f, 0x7d, 0x2c),
                                    QColor(0x5c, 0x6b, 0x7a)};
    return others[qHash(name, 0) % std::size(others)];
}

void RevisionGraphScene::setGraphPalette(const QPalette &palette)
{
    m_palette = palette;
    update();
}

void RevisionGraphScene::setBaseFont(const QFont &font)
{
    m_textFont = font;
    m_monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_monoFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.95 : 9);
    m_smallFont = font;
    if (font.pointSizeF() > 0)
        m_smallFont.setPointSizeF(font.pointSizeF() * 0.85);
    m_smallFont.setWeight(QFont::DemiBold);
    update();
}

QString RevisionGraphScene::downMark(int index) const
{
    if (m_graph->revision(index).path.isEmpty()) // known only to the database
        return {};
    if (!m_graph->hasDownSection(index))
        return tr("irreversible");
    if (m_graph->downUndoesNothing(index))
        return tr("empty down");
    return {};
}

QString RevisionGraphScene::whyDownMark(int index) const
{
    if (m_graph->revision(index).path.isEmpty())
        return {};
    if (!m_graph->hasDownSection(index))
        return tr("No down section: a downgrade cannot go through this revision.");
    if (m_graph->downUndoesNothing(index))
        return tr("Its down section is empty: a downgrade through it undoes nothing and runs "
                  "only when confirmed.");
    return {};
}

} // namespace Stepwise::Ui
