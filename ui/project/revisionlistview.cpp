#include "revisionlistview.h"

#include "revisiondelegate.h"
#include "revisionmodel.h"
#include "statestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

RevisionListView::RevisionListView(RevisionModel *model, QItemSelectionModel *selection,
                                   QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_placeholder(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"revisionList"_s);
    m_list->setObjectName(u"revisionListView"_s);
    m_list->setModel(model);
    m_list->setSelectionModel(selection);
    m_list->setItemDelegate(new RevisionDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_search->setObjectName(u"revisionSearch"_s);
    m_search->setPlaceholderText(tr("Search by id or message"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setText(tr("Open a project to see its revisions."));

    m_stack->addWidget(m_placeholder);
    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(m_search, 1);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(10, 5, 10, 5);
    footer->addWidget(createLegend());
    footer->addStretch(1);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_list, 1);
    pageLayout->addLayout(footer);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &RevisionListView::updatePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RevisionListView::updatePage);
    connect(m_search, &QLineEdit::textChanged, this, &RevisionListView::applyFilter);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(RevisionModel::IdRole).toString());
    });
    updatePage();
}

QWidget *RevisionListView::createLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(u"legend"_s);
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    const RevisionModel::State states[] = { RevisionModel::State::Applied,
                                            RevisionModel::State::Current,
                                            RevisionModel::State::Pending,
                                            RevisionModel::State::Drifted,
                                            RevisionModel::State::Failed,
                                            RevisionModel::State::Missing };
    for (RevisionModel::State state : states) {
        auto *icon = new QLabel(legend);
        icon->setPixmap(stateIcon(state).pixmap(12, 12));
        auto *text = new QLabel(RevisionModel::stateName(state), legend);
        QFont f = text->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        text->setFont(f);
        auto *pair = new QHBoxLayout;
        pair->setSpacing(4);
        pair->addWidget(icon);
        pair->addWidget(text);
        layout->addLayout(pair);
    }
    return legend;
}

void RevisionListView::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
    updatePage();
}

void RevisionListView::updatePage()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    applyFilter();
}

void RevisionListView::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const bool match = needle.isEmpty()
            || index.data(RevisionModel::IdRole).toString().startsWith(needle, Qt::CaseInsensitive)
            || index.data(RevisionModel::MessageRole).toString().contains(needle, Qt::CaseInsensitive);
        m_list->setRowHidden(row, !match);
    }
}

} // namespace Stepwise::Ui
