#include "ui/dialogs/projectsettingsdialog.h"

#include "ui/project/projectsettings.h"
#include "ui/run/background.h"

#include "core/engine/alembicdriver.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

ProjectSettingsDialog::ProjectSettingsDialog(const Core::ProjectConfig &config, QWidget *parent)
    : QDialog(parent), m_config(config)
{
    setWindowTitle(tr("Project Settings — %1").arg(QDir(config.projectDir).dirName()));
    const ProjectSettings settings = ProjectSettings::load(config.projectDir);

    m_python = new QLineEdit(settings.python, this);
    m_python->setObjectName(u"python"_s);
    m_python->setClearButtonEnabled(true);
    m_python->setPlaceholderText(tr("Found automatically"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("The Project's Python"),
                                                          m_config.projectDir);
        if (!file.isEmpty())
            m_python->setText(file);
    });
    auto *pythonRow = new QHBoxLayout;
    pythonRow->addWidget(m_python, 1);
    pythonRow->addWidget(browse);

    m_found = new QLabel(this);
    m_found->setWordWrap(true);
    m_found->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_found->setForegroundRole(QPalette::PlaceholderText);
    const auto showFound = [this] {
        Core::PythonSetup setup = ProjectSettings{ m_python->text().trimmed(), {} }.pythonSetup();
        const Core::Result<QString> found = setup.locate(m_config.projectDir);
        m_found->setText(found ? tr("Runs with %1").arg(QDir::toNativeSeparators(*found))
                               : found.error().message());
    };
    connect(m_python, &QLineEdit::textChanged, this, showFound);
    showFound();

    auto *form = new QFormLayout;
    auto *pythonLabel = new QLabel(tr("&Python:"), this);
    pythonLabel->setBuddy(m_python);
    form->addRow(pythonLabel, pythonRow);
    form->addRow(QString(), m_found);
    if (config.flaskMigrate) {
        m_flaskApp = new QLineEdit(settings.flaskApp, this);
        m_flaskApp->setObjectName(u"flaskApp"_s);
        m_flaskApp->setClearButtonEnabled(true);
        m_flaskApp->setPlaceholderText(tr("From the environment, .flaskenv or .env"));
        form->addRow(tr("Flask &app (FLASK_APP):"), m_flaskApp);
    }

    auto *checkButton = new QPushButton(tr("&Check"), this);
    checkButton->setObjectName(u"check"_s);
    checkButton->setToolTip(tr("Start the project's Alembic with these settings, as a run would."));
    connect(checkButton, &QPushButton::clicked, this, &ProjectSettingsDialog::check);
    m_result = new QLabel(this);
    m_result->setObjectName(u"checkResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(checkButton, 0, Qt::AlignTop);
    checkRow->addWidget(m_result, 1);

    auto *note = new QLabel(tr("Kept in Stepwise Studio's settings, not in the project. Variables "
                               "a connection needs (such as DATABASE_URL) belong to its "
                               "connection profile."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(checkRow);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(540);
    resize(560, sizeHint().height());
}

ProjectSettingsDialog::~ProjectSettingsDialog() = default;

void ProjectSettingsDialog::setPython(const QString &python)
{
    m_python->setText(python);
}

void ProjectSettingsDialog::setFlaskApp(const QString &app)
{
    if (m_flaskApp)
        m_flaskApp->setText(app);
}

bool ProjectSettingsDialog::check()
{
    const ProjectSettings settings{ m_python->text().trimmed(),
                                    m_flaskApp ? m_flaskApp->text().trimmed() : QString() };
    const Core::PythonSetup setup = settings.pythonSetup();
    QString text;
    bool ok = false;
    runInBackground(this, tr("Starting the project's Alembic…"), [&] {
        const auto driver = Core::AlembicDriver::start(setup, m_config, nullptr);
        ok = bool(driver);
        text = driver ? (*driver)->describe() : driver.error().message();
    });
    m_result->setText(ok ? tr("✓ %1").arg(text) : text);
    QPalette palette = this->palette();
    if (!ok)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_result->setPalette(palette);
    return ok;
}

QString ProjectSettingsDialog::checkResult() const
{
    return m_result->text();
}

void ProjectSettingsDialog::accept()
{
    ProjectSettings{ m_python->text().trimmed(), m_flaskApp ? m_flaskApp->text().trimmed() : QString() }
        .save(m_config.projectDir);
    QDialog::accept();
}

} // namespace Stepwise::Ui
