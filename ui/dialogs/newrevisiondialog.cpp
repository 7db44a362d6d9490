#include "ui/dialogs/newrevisiondialog.h"

#include "core/graph/revisiongraph.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

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
    : RevisionAuthoringDialog(project, graph, tr("&Create"), parent)
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
    m_autogenerate = new QCheckBox(tr("&Autogenerate: compare the models with the database"), this);
    m_autogenerate->setObjectName(u"autogenerate"_s);
    m_autogenerate->setToolTip(tr("Alembic writes the operations that bring the database to the "
                                  "app's models (alembic revision --autogenerate, flask db migrate)."));
    m_autogenerate->hide(); // Alembic projects only (alembicSet)
    form->addRow(m_autogenerate);
    setForm(form);
    for (QLineEdit *edit : {m_message, m_parents, m_branchLabel, m_dependsOn})
        connect(edit, &QLineEdit::textChanged, this, &NewRevisionDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

NewRevisionDialog::~NewRevisionDialog() = default;

void NewRevisionDialog::alembicSet()
{
    m_autogenerate->show();
}

void NewRevisionDialog::setAutogenerate(bool on)
{
    m_autogenerate->setChecked(on);
    if (on)
        setWindowTitle(tr("New Revision from Models"));
}

bool NewRevisionDialog::autogenerate() const
{
    return !m_autogenerate->isHidden() && m_autogenerate->isChecked();
}

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

// A message names the file; an empty parent list with several heads is rarely meant.
QString NewRevisionDialog::ownProblem(const Core::NewRevision &candidate) const
{
    QStringList parents = candidate.parents;
    if (candidate.message.isEmpty())
        return tr("Enter a message: it names the file and appears in the history.");
    // An empty field would quietly start a new base; with several heads that is rarely meant.
    if (parents.isEmpty() && m_graph.heads().size() > 1)
        return tr("There are several heads: enter the parent revision(s), or merge the heads first.");
    if (parents.removeDuplicates() > 0)
        return tr("A parent is listed twice.");
    return {};
}

} // namespace Stepwise::Ui
