#pragma once

#include "ui/run/runplan.h"

#include "core/sql/sqlsyntax.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Stepwise::Ui {

class LintFindingsView;
class SqlPreview;

// The confirmation before every run (product.md "Stepping"): one sentence on what happens,
// the plan (revisions in order, with direction) and the exact SQL, highlighted, which can be
// copied or saved. Run is offered only when the plan can run; Cancel is the default button.
// In preview mode the dialog only shows (Close). GUI thread.
class RunConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Confirm, Preview };

    explicit RunConfirmDialog(Mode mode, QWidget *parent = nullptr);

    // Shows the plan and its SQL, as RunController::prepare rendered them (the script that
    // runs), highlighted for `syntax`.
    void setPlan(const RunPlanPreview &plan, Core::SqlSyntax syntax);

    QTreeWidget *planView() const { return m_steps; }
    SqlPreview *sqlPreview() const { return m_sql; }
    QPushButton *runButton() const { return m_run; }
    // Shown when the downgrade passes empty down sections; Run waits until it is ticked.
    QCheckBox *emptyDownConfirmation() const { return m_emptyDown; }
    // The plan's safety findings (hidden when there are none), and the check box Run waits for
    // when one of them is an error.
    QTreeWidget *findingsView() const;
    QCheckBox *findingsConfirmation() const { return m_lintConfirm; }

private:
    Mode m_mode;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QTreeWidget *m_steps = nullptr;
    SqlPreview *m_sql = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_run = nullptr;
    QCheckBox *m_emptyDown = nullptr;
    QLabel *m_findingsTitle = nullptr;
    LintFindingsView *m_findings = nullptr;
    QCheckBox *m_lintConfirm = nullptr;
    bool m_runnable = false;

    void updateRunButton();
    void showFindings(const RunPlanPreview &plan);
};

} // namespace Stepwise::Ui
