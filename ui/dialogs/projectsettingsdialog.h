#pragma once

#include "core/repository/projectconfig.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Stepwise::Ui {

// Project ▸ Project Settings… of an Alembic or Flask-Migrate project: the Python that runs its
// revisions (empty: STEPWISE_PYTHON, else found) and a Flask app's FLASK_APP. *Check* starts
// the project's Alembic with these settings, as a run would, and shows the versions found or
// the message saying what to set where. OK stores them (ProjectSettings). GUI thread.
class ProjectSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectSettingsDialog(const Core::ProjectConfig &config, QWidget *parent = nullptr);
    ~ProjectSettingsDialog() override;

    void setPython(const QString &python);
    void setFlaskApp(const QString &app);
    // Starts the project's Alembic with the settings entered (on a thread of its own) and
    // shows the outcome; returns whether it started.
    bool check();
    QString checkResult() const;

    void accept() override;

private:
    Core::ProjectConfig m_config;
    QLineEdit *m_python = nullptr;
    QLineEdit *m_flaskApp = nullptr;
    QLabel *m_found = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace Stepwise::Ui
