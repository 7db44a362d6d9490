#include "dialogs/newrevisiondialog.h"

#include "dialogs/revisionauthoring.h"

#include "graph/revisiongraph.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

namespace {

QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (const QString item = part.trimmed(); !item.isEmpty())
            items << item;
    return items;
}

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

NewRevisionDialog::NewRevisionDialog(const Core::Project &project, const Core::RevisionGraph &graph,
                                     const QString &selectedRevision, QWidget *parent)
    : QDialog(parent), m_project(project), m_graph(graph), m_id(Core::generateRevisionId())
{
    setWindowTitle(tr("New Revision"));
    m_message = lineEdit(u"message"_s, tr("What the revision does, e.g. Add invoices table"), this);
    m_parents = lineEdit(u"parents"_s, tr("Empty for a new base"), this);
    m_branchLabel = lineEdit(u"branchLabel"_s, tr("Optional, e.g. billing"), this);
    m_dependsOn = lineEdit(u"dependsOn"_s, tr("Optional revisions or branch labels, comma-separated"), this);
    // The parent defaults to the revision the user selected, else the current head(s).
    QStringList parents;
    if (!selectedRevision.isEmpty())
        parents << selectedRevision;
    else if (graph.heads().size() == 1)
        parents << graph.id(graph.heads().first());
    m_parents->setText(parents.join(u", "_s));

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Parents:"), m_parents);
    form->addRow(tr("&Branch label:"), m_branchLabel);
    form->addRow(tr("&Depends on:"), m_dependsOn);
    auto *idLabel = new QLabel(m_id, this);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Revision id:"), idLabel);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"problem"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problemLabel->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRevisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewRevisionDialog::reject);
    for (QLineEdit *edit : {m_message, m_parents, m_branchLabel, m_dependsOn})
        connect(edit, &QLineEdit::textChanged, this, &NewRevisionDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

NewRevisionDialog::~NewRevisionDialog() = default;

Core::NewRevision NewRevisionDialog::candidate() const
{
    Core::NewRevision r;
    r.id = m_id;
    r.message = m_message->text().trimmed();
    r.parents = commaList(m_parents->text());
    r.branchLabels = commaList(m_branchLabel->text());
    r.dependsOn = commaList(m_dependsOn->text());
    return r;
}

// The dialog's own rule first (a message names the file), then the core's graph checks.
void NewRevisionDialog::validate()
{
    Core::NewRevision r = candidate();
    if (r.message.isEmpty())
        m_problem = tr("Enter a message: it names the file and appears in the history.");
    // An empty field would quietly start a new base; with several heads that is rarely meant.
    else if (r.parents.isEmpty() && m_graph.heads().size() > 1)
        m_problem = tr("There are several heads: enter the parent revision(s), or merge the heads first.");
    else if (r.parents.removeDuplicates() > 0)
        m_problem = tr("A parent is listed twice.");
    else
        m_problem = RevisionAuthoring::problems(m_project, r);
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void NewRevisionDialog::accept()
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
