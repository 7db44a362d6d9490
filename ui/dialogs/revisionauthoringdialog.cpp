#include "ui/dialogs/revisionauthoringdialog.h"

#include "ui/run/background.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

RevisionAuthoringDialog::RevisionAuthoringDialog(const Core::Project &project,
                                                 const Core::RevisionGraph &graph,
                                                 const QString &okText, QWidget *parent)
    : QDialog(parent), m_project(project), m_graph(graph), m_id(Core::generateRevisionId())
{
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"problem"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problemLabel->setPalette(warning);
    m_problemLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RevisionAuthoringDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RevisionAuthoringDialog::reject);
}

RevisionAuthoringDialog::~RevisionAuthoringDialog() = default;

void RevisionAuthoringDialog::setForm(QLayout *form)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // The button box was made first (here, in the base class): without this the focus would
    // open on it, and the first space typed would press a button instead of going into the
    // message. Focus starts in the first input; the buttons come last in the tab order; the
    // default button is the one that creates, never Cancel.
    QWidget *first = nullptr;
    QWidget *last = nullptr;
    for (int i = 0; i < form->count(); ++i) {
        QWidget *w = form->itemAt(i)->widget();
        if (!w || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        first = first ? first : w;
        last = w;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    if (last)
        setTabOrder(last, m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
}

void RevisionAuthoringDialog::validate()
{
    const Core::NewRevision r = candidate();
    QString problem = ownProblem(r);
    if (problem.isEmpty())
        problem = RevisionAuthoring::problems(m_project, r);
    showProblem(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void RevisionAuthoringDialog::accept()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    Core::Result<QString> path = Core::Error(Core::ErrorCode::Io, QString());
    if (m_alembic) {
        const Core::NewRevision r = candidate();
        const bool compare = autogenerate();
        runInBackground(this, compare ? tr("Comparing the models with the database…")
                                      : tr("Running the project's Alembic…"),
                        [&] {
                            path = RevisionAuthoring::writeThroughAlembic(m_project, m_graph, r,
                                                                         *m_alembic, compare);
                        });
    } else {
        path = RevisionAuthoring::write(m_project, m_graph, candidate());
    }
    if (!path) {
        showProblem(path.error().message());
        return;
    }
    m_writtenPath = *path;
    QDialog::accept();
}

void RevisionAuthoringDialog::setAlembic(const RevisionAuthoring::Alembic &alembic)
{
    m_alembic = alembic;
    alembicSet();
}

void RevisionAuthoringDialog::showProblem(const QString &problem)
{
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

} // namespace Stepwise::Ui
