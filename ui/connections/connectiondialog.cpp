#include "ui/connections/connectiondialog.h"

#include "ui/database/databaseconnection.h"
#include "ui/connections/driverinfo.h"

#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

QList<std::pair<QString, QString>> parseOptions(const QString &text)
{
    QList<std::pair<QString, QString>> options;
    const QStringList parts = text.split(u'&', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        const qsizetype eq = trimmed.indexOf(u'=');
        if (eq > 0)
            options.append({ trimmed.left(eq), trimmed.mid(eq + 1) });
    }
    return options;
}

// "NAME=VALUE NAME2=VALUE2": the variables an Alembic project's own Python gets on this
// connection (values are URLs and names, without spaces).
QList<std::pair<QString, QString>> parseEnvironment(const QString &text)
{
    QList<std::pair<QString, QString>> variables;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            variables.append({ part.left(eq), part.mid(eq + 1) });
    }
    return variables;
}

QString formatEnvironment(const QList<std::pair<QString, QString>> &variables)
{
    QStringList parts;
    for (const auto &[name, value] : variables)
        parts << name + u'=' + value;
    return parts.join(u' ');
}

QString formatOptions(const QList<std::pair<QString, QString>> &options)
{
    QStringList parts;
    for (const auto &[key, value] : options)
        parts << key + u'=' + value;
    return parts.join(u'&');
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_file(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_savePassword(new QCheckBox(tr("Save password in the system keychain"), this))
    , m_options(new QLineEdit(this))
    , m_environment(new QLineEdit(this))
    , m_url(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_testButton(new QPushButton(QIcon(u":/icons/test-connection.svg"_s), tr("&Test Connection"), this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connection"));
    m_name->setObjectName(u"name"_s);
    m_driver->setObjectName(u"driver"_s);
    m_file->setObjectName(u"file"_s);
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_savePassword->setObjectName(u"savePassword"_s);
    m_options->setObjectName(u"options"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_testButton->setObjectName(u"testButton"_s);

    m_name->setPlaceholderText(tr("e.g. Local development"));
    m_file->setPlaceholderText(tr("Database file (created when missing)"));
    m_host->setPlaceholderText(u"localhost"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Asked for when connecting if left empty"));
    m_options->setPlaceholderText(u"sslmode=require&connect_timeout=5"_s);
    m_environment->setObjectName(u"environment"_s);
    m_environment->setPlaceholderText(tr("For Alembic projects, e.g. DATABASE_URL={url}"));
    m_environment->setToolTip(tr("Environment variables for an Alembic or Flask-Migrate project's own "
                                 "Python when it runs on this connection, separated by spaces. "
                                 "{url} is this connection's URL with its password (from the "
                                 "keychain or the prompt), {password} the password alone."));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildDriverCombo();

    // One form for every driver; rows that do not fit the driver are hidden (driverChanged).
    auto *form = m_form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Driver:"), m_driver);
    m_fileRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_fileRow->addWidget(m_file, 1);
    m_fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, m_fileRow);
    m_hostRow = new QHBoxLayout;
    m_hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    m_hostRow->addWidget(portLabel);
    m_hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, m_hostRow);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_savePassword);
    form->addRow(tr("&Options:"), m_options);
    form->addRow(tr("&Environment:"), m_environment);

    auto *copy = new QPushButton(QIcon(u":/icons/copy.svg"_s), tr("&Copy URL"), this);
    auto *paste = new QPushButton(QIcon(u":/icons/import.svg"_s), tr("&Import URL…"), this);
    copy->setToolTip(tr("Copy this connection as a URL, without the password"));
    form->addRow(tr("URL:"), m_url);
    auto *urlButtons = new QHBoxLayout;
    urlButtons->addStretch(1);
    urlButtons->addWidget(copy);
    urlButtons->addWidget(paste);
    form->addRow(QString(), urlButtons);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(copy, &QPushButton::clicked, this, &ConnectionDialog::copyUrl);
    connect(paste, &QPushButton::clicked, this, &ConnectionDialog::pasteUrl);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseFile);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &ConnectionDialog::driverChanged);
    for (QLineEdit *edit : { m_file, m_host, m_database, m_user, m_options, m_password }) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateUrl);
        connect(edit, &QLineEdit::textEdited, m_testResult, &QLabel::clear);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::updateUrl);
    driverChanged();
    setMinimumWidth(480);
    resize(540, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildDriverCombo()
{
    auto *model = new QStandardItemModel(m_driver);
    int firstInstalled = -1;
    for (const DriverInfo &info : knownDrivers()) {
        auto *item = new QStandardItem(QIcon(info.iconName), info.displayName);
        item->setData(info.driver, Qt::UserRole);
        if (!info.isInstalled()) {
            item->setEnabled(false);
            item->setText(tr("%1 (install %2)").arg(info.displayName, info.package));
            item->setToolTip(tr("The Qt driver %1 is not installed; the package %2 provides it.")
                                 .arg(info.driver, info.package));
        } else if (firstInstalled < 0) {
            firstInstalled = model->rowCount();
        }
        model->appendRow(item);
    }
    m_driver->setModel(model);
    m_driver->setCurrentIndex(qMax(0, firstInstalled));
}

void ConnectionDialog::driverChanged()
{
    const DriverInfo info = driverInfo(m_driver->currentData().toString());
    m_form->setRowVisible(m_fileRow, info.fileBased);
    m_form->setRowVisible(m_hostRow, !info.fileBased);
    for (QWidget *field : { static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                            static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_savePassword),
                            static_cast<QWidget *>(m_options) })
        m_form->setRowVisible(field, !info.fileBased);
    m_testResult->clear();
    if (isVisible())
        resize(width(), sizeHint().height());
    m_port->setSpecialValueText(info.defaultPort > 0 ? tr("default (%1)").arg(info.defaultPort)
                                                     : tr("default"));
    m_database->setPlaceholderText(info.driver == u"QODBC"_s ? tr("Data source name (DSN)")
                                                             : tr("Database name"));
    m_password->setPlaceholderText(info.passwordFromLibpq
                                       ? tr("Empty: asked for, or PGPASSWORD / ~/.pgpass")
                                       : tr("Asked for when connecting if left empty"));
    updateUrl();
}

void ConnectionDialog::setProfile(const Core::ConnectionProfile &p)
{
    m_originalName = p.name;
    m_name->setText(p.name);
    const int driver = m_driver->findData(p.driver);
    if (driver >= 0)
        m_driver->setCurrentIndex(driver);
    if (driverInfo(p.driver).fileBased)
        m_file->setText(p.database);
    else
        m_database->setText(p.database);
    m_host->setText(p.host);
    m_port->setValue(qMax(0, p.port));
    m_user->setText(p.user);
    m_savePassword->setChecked(p.savePassword);
    m_options->setText(formatOptions(p.options));
    m_environment->setText(formatEnvironment(p.environment));
    updateUrl();
}

Core::ConnectionProfile ConnectionDialog::profile() const
{
    Core::ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.driver = m_driver->currentData().toString();
    p.environment = parseEnvironment(m_environment->text());
    const DriverInfo info = driverInfo(p.driver);
    if (info.fileBased) {
        p.database = m_file->text().trimmed();
        return p;
    }
    p.host = m_host->text().trimmed();
    p.port = m_port->value() > 0 ? m_port->value() : -1;
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.savePassword = m_savePassword->isChecked();
    p.options = parseOptions(m_options->text());
    return p;
}

QString ConnectionDialog::password() const
{
    return driverInfo(m_driver->currentData().toString()).fileBased ? QString() : m_password->text();
}

void ConnectionDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ConnectionDialog::updateUrl()
{
    // Zero-width spaces let a long URL wrap at its separators.
    QString url = Core::ConnectionProfiles::toUrl(profile()).toHtmlEscaped();
    for (const QString &separator : { u"/"_s, u"@"_s, u"?"_s, u"&amp;"_s })
        url.replace(separator, separator + u"\u200b"_s);
    m_url->setText(u"<tt>%1</tt>"_s.arg(url));
}

void ConnectionDialog::copyUrl()
{
    QApplication::clipboard()->setText(Core::ConnectionProfiles::toUrl(profile()));
}

void ConnectionDialog::pasteUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Import URL"), tr("Connection URL (a password in it is not saved):"),
        QLineEdit::Normal, QApplication::clipboard()->text().trimmed(), &ok);
    if (ok && !url.isEmpty())
        importUrl(url);
}

bool ConnectionDialog::importUrl(const QString &url)
{
    const Core::Result<Core::ConnectionUrl> parsed = Core::ConnectionUrl::parse(url.trimmed());
    if (!parsed) {
        showTestResult(false, parsed.error().message());
        return false;
    }
    const bool hadPassword = parsed->passwordInUrl(); // left out of the profile
    Core::ConnectionProfile p = Core::ConnectionProfiles::fromUrl(*parsed);
    if (!m_name->text().trimmed().isEmpty())
        p.name = m_name->text().trimmed();
    setProfile(p);
    m_originalName.clear();
    if (hadPassword)
        showTestResult(true, tr("The password in the URL was left out; enter it above to save it."));
    return true;
}

void ConnectionDialog::browseFile()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("SQLite Database"), m_file->text(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_file->setText(file);
}

void ConnectionDialog::testConnection()
{
    if (m_tester)
        return;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    m_tester = new DatabaseConnection(this);
    connect(m_tester, &DatabaseConnection::stateChanged, this, [this](DatabaseConnection::State state) {
        if (state != DatabaseConnection::State::Connected)
            return;
        const QString version = m_tester->serverVersion();
        showTestResult(true, version.isEmpty() ? tr("Connected.") : tr("Connected: %1").arg(version));
    });
    connect(m_tester, &DatabaseConnection::connectFailed, this, [this](const QString &error) {
        showTestResult(false, error);
    });
    m_tester->connectTo(profile(), password());
}

void ConnectionDialog::showTestResult(bool ok, const QString &message)
{
    const QString colour = ok ? u"#1e8e3e"_s : u"#d33c3c"_s;
    m_testResult->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(colour, message.toHtmlEscaped()));
    m_testButton->setEnabled(true);
    if (m_tester) {
        // Deleting the session closes the connection in its own thread.
        m_tester->deleteLater();
        m_tester = nullptr;
        Q_EMIT testFinished(ok, message);
    }
}

void ConnectionDialog::accept()
{
    const Core::ConnectionProfile p = profile();
    QString problem;
    if (p.name.isEmpty())
        problem = tr("Give the connection a name.");
    else if (p.name != m_originalName && m_takenNames.contains(p.name))
        problem = tr("A connection named “%1” already exists.").arg(p.name);
    else if (p.database.isEmpty())
        problem = driverInfo(p.driver).fileBased ? tr("Choose the database file.")
                                                 : tr("Enter the database name.");
    if (!problem.isEmpty()) {
        showTestResult(false, problem);
        return;
    }
    QDialog::accept();
}

} // namespace Stepwise::Ui
