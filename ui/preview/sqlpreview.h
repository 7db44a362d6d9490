#pragma once

#include "core/graph/planner.h"
#include "core/sql/sqlsyntax.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;

namespace Stepwise::Core {
class Dialect;
class RevisionGraph;
struct ProjectConfig;
} // namespace Stepwise::Core

namespace Stepwise::Ui {

class ScriptEditor;

// The exact SQL an action would run, read-only and highlighted, with Copy and Save as…: the
// text `stepwise … --sql` prints for the same action. GUI thread; the project and graph are
// only read during setAction().
class SqlPreview : public QWidget
{
    Q_OBJECT

public:
    explicit SqlPreview(QWidget *parent = nullptr);
    ~SqlPreview() override;

    // Shows the script of `command targets` starting from `rows` (empty: a new database), the
    // text `stepwise … --sql` prints (Core::OfflineAction renders both), or the reason there is
    // none. The graph must be built from a project loaded with its sections. False on error.
    bool setAction(const Core::ProjectConfig &config, const Core::RevisionGraph &graph,
                   const QStringList &rows, Core::Planner::Command command,
                   const QStringList &targets, const Core::Dialect &dialect);

    // Shows a script rendered already (a run's confirmation has it from RunController::prepare),
    // or errorText when there is none. False on error.
    bool showScript(const QString &sql, const QString &errorText, Core::SqlSyntax syntax);

    QString sql() const;          // empty after an error
    QString errorText() const;    // empty after success
    bool saveTo(const QString &path, QString *error = nullptr) const;

    QAction *copyAction() const { return m_copyAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }

private:
    void saveAs();

    ScriptEditor *m_view = nullptr;
    QLabel *m_error = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QString m_sql;
    QString m_errorText;
};

} // namespace Stepwise::Ui
