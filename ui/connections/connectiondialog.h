#pragma once

#include "core/db/connectionprofiles.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QFormLayout;
class QHBoxLayout;

namespace Stepwise::Ui {

class DatabaseConnection;

// Creates or edits a connection profile: driver among the installed Qt SQL drivers, the fields
// that driver needs, and "Test connection", which connects off the GUI thread and shows the
// server version or the driver's exact error.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setProfile(const Core::ConnectionProfile &profile);
    Core::ConnectionProfile profile() const;
    QString password() const;
    void setPassword(const QString &password);

    // Names already taken (the dialog refuses them).
    void setTakenNames(const QStringList &names) { m_takenNames = names; }

public Q_SLOTS:
    void testConnection();
    bool importUrl(const QString &url);
    void copyUrl();
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void buildDriverCombo();
    void driverChanged();
    void updateUrl();
    void showTestResult(bool ok, const QString &message);
    void pasteUrl();
    void browseFile();

    QLineEdit *m_name;
    QComboBox *m_driver;
    QFormLayout *m_form;
    QHBoxLayout *m_fileRow = nullptr;
    QHBoxLayout *m_hostRow = nullptr;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    QLineEdit *m_options;
    QLineEdit *m_environment;
    QLabel *m_url;
    QLabel *m_testResult;
    QPushButton *m_testButton;
    DatabaseConnection *m_tester = nullptr;
    QStringList m_takenNames;
    QString m_originalName;
};

} // namespace Stepwise::Ui
