#include "ui/dialogs/revisionauthoring.h"

#include "core/graph/revisiongraph.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

QString RevisionAuthoring::problems(const Core::Project &project, const Core::NewRevision &candidate)
{
    Core::Revision r;
    r.id = candidate.id;
    r.parents = candidate.parents;
    r.dependsOn = candidate.dependsOn;
    r.branchLabels = candidate.branchLabels;
    r.message = candidate.message;
    r.path = r.relativePath = Core::revisionFileName(candidate.id, candidate.message);
    r.up.present = r.down.present = true;
    Core::RevisionList all = project.revisions;
    all << r;
    Core::ErrorList errors;
    Core::RevisionGraph::build(all, &errors);
    QStringList lines;
    for (const Core::Error &e : std::as_const(errors))
        lines << e.message();
    return lines.join(u'\n');
}

Core::Result<QString> RevisionAuthoring::write(const Core::Project &project,
                                               const Core::RevisionGraph &graph,
                                               const Core::NewRevision &candidate)
{
    if (const QString reasons = problems(project, candidate); !reasons.isEmpty())
        return Core::Error(Core::ErrorCode::Graph, reasons);
    // With several version locations the new file goes next to its first parent (Alembic).
    QString folder;
    if (project.config.versionLocations.size() > 1) {
        for (const QString &p : candidate.parents) {
            if (const int i = graph.indexOf(p); i >= 0) {
                folder = QFileInfo(graph.revision(i).path).absolutePath();
                break;
            }
        }
        if (folder.isEmpty())
            return Core::Error(Core::ErrorCode::Usage,
                               QCoreApplication::translate("Stepwise::Ui::RevisionAuthoring",
                                   "The project has several version folders and the new revision "
                                   "has no parent to choose one by."));
    }
    return Core::writeNewRevision(project, candidate, folder);
}

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
    const Core::Result<QString> path = RevisionAuthoring::write(m_project, m_graph, candidate());
    if (!path) {
        showProblem(path.error().message());
        return;
    }
    m_writtenPath = *path;
    QDialog::accept();
}

void RevisionAuthoringDialog::showProblem(const QString &problem)
{
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

} // namespace Stepwise::Ui
