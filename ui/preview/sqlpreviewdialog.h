#pragma once

#include "core/graph/planner.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;

namespace Stepwise::Core {
class Dialect;
class RevisionGraph;
struct ProjectConfig;
} // namespace Stepwise::Core

namespace Stepwise::Ui {

class SqlPreview;

// The confirmation before a run (product.md): what will happen in one sentence, the exact SQL
// below it, and Run / Cancel. Run stays disabled when there is no script (the action would
// be refused). GUI thread.
class SqlPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SqlPreviewDialog(QWidget *parent = nullptr);

    // As SqlPreview::setAction; `summary` says what the run does ("Upgrade demo.db to heads").
    bool setAction(const QString &summary, const Core::ProjectConfig &config,
                   const Core::RevisionGraph &graph, const QStringList &rows,
                   Core::Planner::Command command, const QStringList &targets,
                   const Core::Dialect &dialect);
    SqlPreview *preview() const { return m_preview; }
    bool canRun() const;

private:
    QLabel *m_summary = nullptr;
    SqlPreview *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Stepwise::Ui
