#include "ui/run/runconfirmdialog.h"

#include "ui/preview/lintfindingsview.h"
#include "ui/preview/sqlpreview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

RunConfirmDialog::RunConfirmDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(u"runConfirmDialog"_s);
    setWindowTitle(mode == Mode::Confirm ? tr("Confirm Run") : tr("Preview SQL"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"runSummary"_s);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"runProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_steps = new QTreeWidget(split);
    m_steps->setObjectName(u"runPlan"_s);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({ tr("#"), tr("Direction"), tr("Revision"), tr("Message") });
    m_steps->header()->setStretchLastSection(true);
    // The safety checks: errors and destructive changes first, each with the table's live
    // numbers; the explanation and the safer way in the tooltip.
    auto *findingsBox = new QWidget(split);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsTitle = new QLabel(findingsBox);
    m_findingsTitle->setObjectName(u"runFindingsTitle"_s);
    m_findingsTitle->setWordWrap(true);
    findingsLayout->addWidget(m_findingsTitle);
    m_findings = new LintFindingsView(LintFindingsView::Where::Revision, findingsBox);
    m_findings->setObjectName(u"runFindings"_s);
    findingsLayout->addWidget(m_findings);
    m_sql = new SqlPreview(split);
    split->addWidget(m_steps);
    split->addWidget(findingsBox);
    split->addWidget(m_sql);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);

    m_emptyDown = new QCheckBox(this);
    m_emptyDown->setObjectName(u"emptyDownConfirmation"_s);
    m_emptyDown->hide();
    layout->addWidget(m_emptyDown);
    connect(m_emptyDown, &QCheckBox::toggled, this, &RunConfirmDialog::updateRunButton);
    m_lintConfirm = new QCheckBox(this);
    m_lintConfirm->setObjectName(u"findingsConfirmation"_s);
    m_lintConfirm->hide();
    layout->addWidget(m_lintConfirm);
    connect(m_lintConfirm, &QCheckBox::toggled, this, &RunConfirmDialog::updateRunButton);

    m_buttons = new QDialogButtonBox(this);
    if (mode == Mode::Confirm) {
        m_run = m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
        m_run->setObjectName(u"runButton"_s);
        QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setDefault(true);
        cancel->setFocus();
    } else {
        m_buttons->addButton(QDialogButtonBox::Close);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(860, 640);
}

void RunConfirmDialog::setPlan(const RunPlanPreview &plan, Core::SqlSyntax syntax)
{
    m_summary->setText(plan.summary);
    QStringList problems;
    if (!plan.error.isEmpty())
        problems << tr("This run cannot start: %1").arg(plan.error);
    problems += plan.warnings;
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());

    m_steps->clear();
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const RunPlanPreview::Step &step = plan.steps.at(i);
        items << new QTreeWidgetItem(QStringList{ QString::number(i + 1), directionText(step.direction),
                                                  step.revision, step.message });
    }
    m_steps->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_steps->resizeColumnToContents(c);

    showFindings(plan);
    m_sql->showScript(plan.sql, plan.error, syntax);
    m_emptyDown->setChecked(false);
    m_emptyDown->setText(tr("Downgrade through %1 although its down section is empty (its changes "
                            "stay in the database)", nullptr, int(plan.emptyDowns.size()))
                             .arg(plan.emptyDowns.join(u", "_s)));
    m_emptyDown->setVisible(m_run && plan.ok() && !plan.emptyDowns.isEmpty());
    m_lintConfirm->setChecked(false);
    m_lintConfirm->setText(
        tr("Run although the plan has %n error-level finding(s) (%1): I have read them",
           nullptr, int(std::count_if(plan.findings.cbegin(), plan.findings.cend(),
                                      [](const Core::LintFinding &f) {
                                          return f.severity == Core::LintSeverity::Error;
                                      })))
            .arg(plan.blockingCodes.join(u", "_s)));
    m_lintConfirm->setVisible(m_run && plan.ok() && !plan.blockingCodes.isEmpty());
    m_runnable = plan.ok() && !plan.steps.isEmpty();
    if (m_run)
        m_run->setText(plan.steps.size() == 1 ? tr("&Run 1 Step") : tr("&Run %1 Steps").arg(plan.steps.size()));
    updateRunButton();
}

void RunConfirmDialog::updateRunButton()
{
    if (m_run)
        m_run->setEnabled(m_runnable && (m_emptyDown->isHidden() || m_emptyDown->isChecked())
                          && (m_lintConfirm->isHidden() || m_lintConfirm->isChecked()));
}

QTreeWidget *RunConfirmDialog::findingsView() const
{
    return m_findings;
}

void RunConfirmDialog::showFindings(const RunPlanPreview &plan)
{
    m_findings->parentWidget()->setVisible(!plan.findings.isEmpty());
    m_findingsTitle->setText(LintFindingsView::summary(m_findings->setFindings(plan.findings)));
}

} // namespace Stepwise::Ui
