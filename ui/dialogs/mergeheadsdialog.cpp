#include "ui/dialogs/mergeheadsdialog.h"

#include "core/graph/revisiongraph.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

MergeHeadsDialog::MergeHeadsDialog(const Core::Project &project, const Core::RevisionGraph &graph,
                                   QWidget *parent)
    : RevisionAuthoringDialog(project, graph, tr("&Merge"), parent)
{
    setWindowTitle(tr("Merge Heads"));
    m_heads = new QListWidget(this);
    m_heads->setObjectName(u"heads"_s);
    for (int h : graph.heads()) {
        const Core::Revision &r = graph.revision(h);
        auto *item = new QListWidgetItem(tr("%1  %2").arg(r.id, r.message), m_heads);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_message = new QLineEdit(tr("merge heads"), this);
    m_message->setObjectName(u"message"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Heads to merge:"), m_heads);
    form->addRow(tr("&Message:"), m_message);
    setForm(form);
    connect(m_heads, &QListWidget::itemChanged, this, &MergeHeadsDialog::validate);
    connect(m_message, &QLineEdit::textChanged, this, &MergeHeadsDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

MergeHeadsDialog::~MergeHeadsDialog() = default;

QStringList MergeHeadsDialog::checkedHeads() const
{
    QStringList ids;
    for (int row = 0; row < m_heads->count(); ++row)
        if (m_heads->item(row)->checkState() == Qt::Checked)
            ids << m_heads->item(row)->data(Qt::UserRole).toString();
    return ids;
}

void MergeHeadsDialog::setChecked(const QString &head, bool checked)
{
    for (int row = 0; row < m_heads->count(); ++row)
        if (m_heads->item(row)->data(Qt::UserRole).toString() == head)
            m_heads->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

Core::NewRevision MergeHeadsDialog::candidate() const
{
    Core::NewRevision r;
    r.id = m_id;
    r.parents = checkedHeads();
    r.message = m_message->text().trimmed();
    return r;
}

QString MergeHeadsDialog::ownProblem(const Core::NewRevision &candidate) const
{
    if (candidate.parents.size() < 2)
        return tr("Check at least two heads: a merge joins two or more heads.");
    if (candidate.message.isEmpty())
        return tr("Enter a message: it names the file and appears in the history.");
    return {};
}

} // namespace Stepwise::Ui
