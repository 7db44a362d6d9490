#include "ui/preview/sqlpreviewdialog.h"

#include "ui/preview/sqlpreview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

SqlPreviewDialog::SqlPreviewDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Confirm Run"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_preview = new SqlPreview(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    // Reading the SQL is the point of the dialog: Enter must not start the run unseen.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 600);
}

bool SqlPreviewDialog::setAction(const QString &summary, const Core::ProjectConfig &config,
                                 const Core::RevisionGraph &graph, const QStringList &rows,
                                 Core::Planner::Command command, const QStringList &targets,
                                 const Core::Dialect &dialect)
{
    m_summary->setText(summary);
    const bool ok = m_preview->setAction(config, graph, rows, command, targets, dialect);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    return ok;
}

bool SqlPreviewDialog::canRun() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace Stepwise::Ui
