#include "ui/graph/revisiongraphpanel.h"

#include "ui/graph/revisiongraphlegend.h"
#include "ui/graph/revisiongraphminimap.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

const QString legendVisibleKey = u"graph/legendVisible"_s;
const QString compactKey = u"graph/compact"_s;

} // namespace

RevisionGraphPanel::RevisionGraphPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new RevisionGraphView(this))
    , m_minimap(new RevisionGraphMinimap(m_view, this))
    , m_legend(new RevisionGraphLegend(this))
    , m_search(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_toolRow(new QWidget(this))
{
    // Two groups, side by side when there is room and one above the other when the panel is
    // narrow (an open script takes at least half the centre): search, then zoom.
    m_toolLayout = new QBoxLayout(QBoxLayout::LeftToRight, m_toolRow);
    m_toolLayout->setContentsMargins(8, 4, 8, 4);
    m_toolLayout->setSpacing(4);
    auto *searchGroup = new QWidget(m_toolRow);
    auto *zoomGroup = new QWidget(m_toolRow);
    auto *row = new QHBoxLayout(searchGroup);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *zoomRow = new QHBoxLayout(zoomGroup);
    zoomRow->setContentsMargins(0, 0, 0, 0);
    zoomRow->setSpacing(4);
    m_toolLayout->addWidget(searchGroup, 1);
    m_toolLayout->addWidget(zoomGroup);
    m_search->setPlaceholderText(tr("Find revision by id or message"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(90);
    m_search->setMaximumWidth(320);
    row->addWidget(m_search, 4); // grows to its maximum before the gap does
    QToolButton *previous = addButton(u"‹"_s, tr("Previous match (Shift+F3)"), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    QToolButton *next = addButton(u"›"_s, tr("Next match (F3)"), QKeySequence(Qt::Key_F3));
    row->addWidget(previous);
    row->addWidget(next);
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    m_searchStatus->setMinimumWidth(0);
    row->addWidget(m_searchStatus);
    row->addStretch(1);
    // At the end of the search group, not after Fit: the zoom group is the wider one and
    // sets how narrow the panel can be beside an open script.
    m_legendButton = addButton(tr("Legend"),
                               tr("Show or hide what the graph's shapes and lines mean"), {});
    m_legendButton->setCheckable(true);
    m_compactButton = addButton(tr("Compact"),
                                tr("Compact history: fold side branches that merge back into the "
                                   "history around them, too (a click on a segment unfolds it)"), {});
    m_compactButton->setCheckable(true);
    // An icon only: the tool row's width decides how narrow the graph can be beside a script.
    m_compactButton->setIcon(QIcon(u":/icons/compact.svg"_s));
    m_compactButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_compactButton->setAccessibleName(tr("Compact history"));
    row->addWidget(m_compactButton);
    row->addWidget(m_legendButton);
    zoomRow->addStretch(1);
    QToolButton *current = addButton(tr("Current"), tr("Go to the database's current head"), {});
    QToolButton *out = addButton(u"−"_s, tr("Zoom out (−)"), QKeySequence::ZoomOut);
    QToolButton *in = addButton(u"+"_s, tr("Zoom in (+)"), QKeySequence::ZoomIn);
    QToolButton *fit = addButton(tr("Fit"), tr("Show the whole graph (0)"), {});
    m_zoomLabel->setMinimumWidth(44);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    zoomRow->addWidget(current);
    zoomRow->addSpacing(8);
    zoomRow->addWidget(out);
    zoomRow->addWidget(m_zoomLabel);
    zoomRow->addWidget(in);
    zoomRow->addWidget(fit);
    m_wideWidth = searchGroup->minimumSizeHint().width() + zoomGroup->minimumSizeHint().width() + 24;
    // Narrow enough to share the centre with an open script: the wider of the two groups.
    setMinimumWidth(qMax(searchGroup->minimumSizeHint().width(), zoomGroup->minimumSizeHint().width()) + 16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolRow);
    auto *graphRow = new QHBoxLayout;
    graphRow->setContentsMargins(0, 0, 0, 0);
    graphRow->setSpacing(0);
    graphRow->addWidget(m_view, 1);
    graphRow->addWidget(m_minimap);
    layout->addLayout(graphRow, 1);
    layout->addWidget(m_legend);
    setLegendVisible(QSettings().value(legendVisibleKey, true).toBool());
    m_compactButton->setChecked(QSettings().value(compactKey, false).toBool());
    m_view->graphScene()->setCompact(m_compactButton->isChecked());

    connect(previous, &QToolButton::clicked, this, &RevisionGraphPanel::findPrevious);
    connect(next, &QToolButton::clicked, this, &RevisionGraphPanel::findNext);
    connect(m_search, &QLineEdit::returnPressed, this, &RevisionGraphPanel::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchStatus->clear(); });
    connect(current, &QToolButton::clicked, m_view, &RevisionGraphView::goToCurrent);
    connect(out, &QToolButton::clicked, m_view, &RevisionGraphView::zoomOut);
    connect(in, &QToolButton::clicked, m_view, &RevisionGraphView::zoomIn);
    connect(fit, &QToolButton::clicked, m_view, &RevisionGraphView::fitToView);
    // clicked, not toggled: only the user's choice is remembered, not a test's or a caller's.
    connect(m_legendButton, &QToolButton::clicked, this, [this](bool checked) {
        setLegendVisible(checked);
        QSettings().setValue(legendVisibleKey, checked);
    });
    connect(m_compactButton, &QToolButton::clicked, this, [this](bool checked) {
        m_view->graphScene()->setCompact(checked);
        QSettings().setValue(compactKey, checked);
    });
    connect(m_view, &RevisionGraphView::searchResult, this, &RevisionGraphPanel::showSearchResult);
    connect(m_view, &RevisionGraphView::zoomChanged, this, &RevisionGraphPanel::showZoom);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &RevisionGraphPanel::focusSearch);
    showZoom(m_view->zoom());
}

QToolButton *RevisionGraphPanel::addButton(const QString &text, const QString &toolTip,
                                           const QKeySequence &key)
{
    auto *button = new QToolButton(m_toolRow);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    if (!key.isEmpty()) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, button, &QToolButton::click);
    }
    return button;
}

QString RevisionGraphPanel::searchStatus() const
{
    return m_searchStatus->text();
}

void RevisionGraphPanel::findNext()
{
    m_view->findNext(m_search->text());
}

void RevisionGraphPanel::findPrevious()
{
    m_view->findPrevious(m_search->text());
}

void RevisionGraphPanel::resizeEvent(QResizeEvent *event)
{
    const auto direction = width() < m_wideWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (direction != m_toolLayout->direction()) {
        m_toolLayout->setDirection(direction);
        // The row's height changes with it: lay the panel out again.
        m_toolRow->setFixedHeight(m_toolLayout->sizeHint().height());
        m_toolRow->updateGeometry();
        layout()->invalidate();
    }
    QWidget::resizeEvent(event);
}

bool RevisionGraphPanel::isLegendVisible() const
{
    return m_legendButton->isChecked();
}

void RevisionGraphPanel::setLegendVisible(bool visible)
{
    m_legendButton->setChecked(visible);
    m_legend->setVisible(visible);
}

void RevisionGraphPanel::setMinimapVisible(bool visible)
{
    m_minimap->setVisible(visible);
}

void RevisionGraphPanel::clearSearch()
{
    m_search->clear();
    m_searchStatus->clear();
}

void RevisionGraphPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RevisionGraphPanel::showSearchResult(int match, int count)
{
    m_searchStatus->setText(count == 0 ? tr("No match") : tr("%1 of %2").arg(match).arg(count));
}

void RevisionGraphPanel::showZoom(qreal zoom)
{
    // Below 10 % one decimal: a fitted 10,000-revision graph is at about half a percent.
    const qreal percent = zoom * 100;
    m_zoomLabel->setText(tr("%1 %").arg(percent < 10 ? QLocale().toString(percent, 'f', 1)
                                                     : QString::number(qRound(percent))));
}

} // namespace Stepwise::Ui
