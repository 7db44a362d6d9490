#pragma once

#include "core/db/connectionurl.h"
#include "core/schema/schemacomparison.h"

#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace Stepwise::Ui {

class PasswordStore;
class ProfileStore;
class SchemaSourceCombo;
class SqlPreview;

// Database ▸ Compare Schemas… (issue 16): two schemas side by side — each a saved connection,
// a URL or a .sql file — compared by Core::SchemaComparison on a thread of its own, shown as
// a tree of differences grouped by object (destructive changes in red) beside the SQL that
// turns FROM into TO. Passwords come from the keychain or are asked for, as the Connections
// panel does, and are only held for the comparison. GUI thread.
class CompareSchemasDialog : public QDialog
{
    Q_OBJECT

public:
    // profiles, passwords: the window's (may be null: only URLs and files are offered).
    explicit CompareSchemasDialog(ProfileStore *profiles, PasswordStore *passwords,
                                  QWidget *parent = nullptr);
    ~CompareSchemasDialog() override;

    // The window's connected database: offered first and preselected as FROM; its URL carries
    // the password it was opened with, so it is not asked again.
    void setCurrentConnection(const QString &profileName, const Core::ConnectionUrl &url);
    // Where SQL files are looked for first (the project folder).
    void setBaseDirectory(const QString &directory);
    // The dialect of two .sql files ("sqlite", "postgresql", "mysql"): the project's.
    void setSqlDialect(const QString &dialect);
    // Where a .sql file is applied on PostgreSQL / MySQL (the project's shadow_url).
    void setShadowUrl(const QString &url);
    // Each a database URL, a saved profile's URL or a .sql file path, as `stepwise diff` takes.
    void setSources(const QString &from, const QString &to);

    bool hasResult() const { return m_result.has_value(); }
    const Core::SchemaComparisonResult *result() const { return m_result ? &*m_result : nullptr; }
    QString summaryText() const;
    QString errorText() const;
    QString sqlText() const; // as shown, with the transaction note

public Q_SLOTS:
    // Reads both schemas (passwords first, on this thread; the comparison on another) and
    // shows the differences or the error. False on error or when a password was declined.
    bool compare();
    void swapSources();

private:
    void showError(const QString &message);
    void showResult(const Core::SchemaComparisonResult &result);

    QString m_baseDirectory;
    SchemaSourceCombo *m_from = nullptr;
    SchemaSourceCombo *m_to = nullptr;
    QComboBox *m_dialect = nullptr;
    QLineEdit *m_shadowUrl = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_tree = nullptr;
    SqlPreview *m_sql = nullptr;
    QString m_shownSql;
    std::optional<Core::SchemaComparisonResult> m_result;
};

} // namespace Stepwise::Ui
