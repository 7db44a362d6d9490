#include "ui/graph/revisiongraphscene.h"

#include "ui/graph/graphgeometry.h"
#include "ui/graph/revisionedgesitem.h"

#include "core/graph/revisiongraph.h"

#include <QFontDatabase>
#include <QHash>

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
    m_edges = nullptr;
    m_current = -1;
    m_running = -1;
    m_graph = std::move(graph);
    m_layout = std::move(layout);
    const int n = m_graph ? m_graph->size() : 0;
    m_highlighted.assign(size_t(n), 0);
    if (n == 0) {
        setSceneRect(QRectF());
        return;
    }
    // Index only once everything is in: inserting 10,000 items into a live BSP tree costs.
    setItemIndexMethod(NoIndex);
    m_edges = new RevisionEdgesItem(this);
    addItem(m_edges);
    m_nodes.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        auto *node = new RevisionNodeItem(this, i, m_layout.rowOf.at(i), m_layout.laneOf.at(i));
        node->setVisible(!m_overview);
        addItem(node);
        m_nodes.push_back(node);
    }
    setSceneRect(0, 0, GraphGeometry::sceneWidth(m_layout.laneCount),
                 GraphGeometry::rowHeight * n);
    setItemIndexMethod(BspTreeIndex);
    if (!m_badges.isEmpty())
        setBadges(m_badges);
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
    if (m_overview) // its dot: one row of the edge item
        m_edges->update(QRectF(0, GraphGeometry::rowHeight * item->row(),
                               GraphGeometry::sceneWidth(m_layout.laneCount), GraphGeometry::rowHeight));
}

void RevisionGraphScene::setStates(const QHash<QString, State> &states)
{
    for (RevisionNodeItem *item : m_nodes)
        item->setState(states.value(m_graph->id(item->index()), State::Unknown));
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
        item->setVisible(!on);
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
