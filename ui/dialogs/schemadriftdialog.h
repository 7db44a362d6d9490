#pragma once

#include "core/db/connectionurl.h"
#include "core/engine/schemadrift.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class QLabel;
class QTreeWidget;

namespace Stepwise::Core {
class RevisionGraph;
struct Project;
}

namespace Stepwise::Ui {

class SqlPreview;

// Database ▸ Check Schema Drift (issue 16), `stepwise check --schema` in Studio: the connected
// database's schema against what the project's revisions build at its heads (in a shadow
// database, off the GUI thread), shown read-only — the differences grouped by object and the
// SQL that repairs them. GUI thread.
class SchemaDriftDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchemaDriftDialog(QWidget *parent = nullptr);
    ~SchemaDriftDialog() override;

    // Checks and shows the outcome; false on error (shown in red). The database is read, never
    // changed. shadowUrl: none takes the project's shadow_url.
    bool check(const Core::Project &project, const Core::RevisionGraph &graph, const Core::ConnectionUrl &database,
               const QStringList &heads, const std::optional<Core::ConnectionUrl> &shadowUrl = std::nullopt);

    bool hasResult() const { return m_drift.has_value(); }
    bool drifted() const { return m_drift && m_drift->drifted(); }
    const Core::SchemaDrift *drift() const { return m_drift ? &*m_drift : nullptr; }
    QString summaryText() const;
    QString errorText() const;
    QString sqlText() const { return m_shownSql; }

private:
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    SqlPreview *m_sql = nullptr;
    QString m_shownSql;
    std::optional<Core::SchemaDrift> m_drift;
};

} // namespace Stepwise::Ui
