#include "dialogs/mergeheadsdialog.h"

#include "dialogs/revisionauthoring.h"

#include "graph/revisiongraph.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

MergeHeadsDialog::MergeHeadsDialog(const Core::Project &project, const Core::RevisionGraph &graph,
                                   QWidget *parent)
    : QDialog(parent), m_project(project), m_graph(graph), m_id(Core::generateRevisionId())
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
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"problem"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problemLabel->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Heads to merge:"), m_heads);
    form->addRow(tr("&Message:"), m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MergeHeadsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MergeHeadsDialog::reject);
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

void MergeHeadsDialog::validate()
{
    const Core::NewRevision r = candidate();
    if (r.parents.size() < 2)
        m_problem = tr("Check at least two heads: a merge joins two or more heads.");
    else if (r.message.isEmpty())
        m_problem = tr("Enter a message: it names the file and appears in the history.");
    else
        m_problem = RevisionAuthoring::problems(m_project, r);
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void MergeHeadsDialog::accept()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    const Core::Result<QString> path = RevisionAuthoring::write(m_project, m_graph, candidate());
    if (!path) {
        m_problem = path.error().message();
        m_problemLabel->setText(m_problem);
        m_problemLabel->show();
        return;
    }
    m_writtenPath = *path;
    QDialog::accept();
}

} // namespace Stepwise::Ui
