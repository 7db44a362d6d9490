#include "ui/preview/sqlpreview.h"

#include "ui/editor/scripteditor.h"

#include "core/db/dialect.h"
#include "core/engine/offlineaction.h"
#include "core/graph/revisiongraph.h"
#include "core/repository/projectconfig.h"
#include "core/sql/sqlsyntax.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolBar>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

SqlPreview::SqlPreview(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QToolBar(this);
    m_copyAction = tools->addAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy the whole script to the clipboard"));
    m_saveAsAction = tools->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save &as…"));
    m_saveAsAction->setToolTip(tr("Save the script to a file"));
    layout->addWidget(tools);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    m_view = new ScriptEditor(this);
    m_view->setReadOnly(true);
    m_view->setRevisionChecks(false);
    layout->addWidget(m_view);
    connect(m_copyAction, &QAction::triggered, m_view, &ScriptEditor::copyAll);
    connect(m_saveAsAction, &QAction::triggered, this, &SqlPreview::saveAs);
    m_copyAction->setEnabled(false);
    m_saveAsAction->setEnabled(false);
}

SqlPreview::~SqlPreview() = default;

bool SqlPreview::setAction(const Core::ProjectConfig &config, const Core::RevisionGraph &graph,
                           const QStringList &rows, Core::Planner::Command command,
                           const QStringList &targets, const Core::Dialect &dialect)
{
    using Script = Core::OfflineAction::Script;
    const Core::Result<Script> sql = graph.isValid()
        ? Core::OfflineAction(command, targets, rows).render(graph, config, dialect)
        : Core::Result<Script>(Core::Error(Core::ErrorCode::Graph,
                                           tr("The revision graph has errors; fix them first.")));
    return showScript(sql ? sql->sql : QString(), sql ? QString() : sql.error().toString(),
                      Core::sqlSyntaxFromName(dialect.splitterName()));
}

bool SqlPreview::showScript(const QString &sql, const QString &errorText, Core::SqlSyntax syntax)
{
    const bool ok = errorText.isEmpty();
    m_sql = ok ? sql : QString();
    m_errorText = errorText;
    m_error->setText(tr("No SQL to show: %1").arg(m_errorText));
    m_error->setVisible(!ok);
    m_view->setDialect(syntax);
    m_view->setText(m_sql);
    m_view->setModified(false);
    m_copyAction->setEnabled(ok);
    m_saveAsAction->setEnabled(ok);
    return ok;
}

QString SqlPreview::sql() const
{
    return m_sql;
}

QString SqlPreview::errorText() const
{
    return m_errorText;
}

bool SqlPreview::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_sql.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void SqlPreview::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL script"), u"migration.sql"_s,
                                                      tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::critical(this, tr("Save failed"), error);
}

} // namespace Stepwise::Ui
