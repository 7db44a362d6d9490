#include "ui/history/historydock.h"

#include "ui/history/historychart.h"
#include "ui/history/historymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

HistoryDock::HistoryDock(QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"historyDock"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::StartedAt, Qt::DescendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_filter->setPlaceholderText(tr("Filter by revision, status or user"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    // The table and the duration chart side by side: the dock sits at the bottom, wide and low.
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(u"historySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(new HistoryChart(m_proxy, m_model, splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 550, 450 }); // proportions: the table's size hint would take nearly all
    layout->addWidget(splitter, 1);
    m_stack->addWidget(page);
    setWidget(m_stack);
    setStatus(DatabaseStatus(), false);
}

void HistoryDock::setStatus(const DatabaseStatus &status, bool connected)
{
    m_model->setEntries(status.history);
    if (!connected)
        m_empty->setText(tr("Connect to a database to see the steps recorded in it."));
    else if (!status.valid)
        m_empty->setText(status.error.isEmpty() ? tr("Reading the history…") : status.error);
    else if (status.history.isEmpty())
        m_empty->setText(tr("No steps recorded in this database yet."));
    m_stack->setCurrentIndex(status.history.isEmpty() ? 0 : 1);
    for (int c = 0; c < HistoryModel::ColumnCount - 1; ++c)
        m_view->resizeColumnToContents(c);
}

} // namespace Stepwise::Ui
