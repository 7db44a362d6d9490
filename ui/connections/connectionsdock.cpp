#include "ui/connections/connectionsdock.h"

#include "ui/connections/connectiondialog.h"
#include "ui/database/databaseconnection.h"
#include "ui/connections/driverinfo.h"
#include "ui/connections/passwordstore.h"
#include "ui/connections/profilestore.h"

#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

enum ItemRole { KindRole = Qt::UserRole, PathRole, LoadedRole, ProfileRole };
constexpr int ProfileKind = 100;
constexpr int LoadingKind = 101;

QString iconFor(SchemaNode::Kind kind, bool primaryKey)
{
    switch (kind) {
    case SchemaNode::Kind::Schema:
        return u":/icons/schema.svg"_s;
    case SchemaNode::Kind::Table:
        return u":/icons/table.svg"_s;
    case SchemaNode::Kind::View:
        return u":/icons/view.svg"_s;
    case SchemaNode::Kind::Folder:
        return u":/icons/folder.svg"_s;
    case SchemaNode::Kind::Column:
        return primaryKey ? u":/icons/key.svg"_s : u":/icons/column.svg"_s;
    case SchemaNode::Kind::Index:
        return u":/icons/index.svg"_s;
    case SchemaNode::Kind::ForeignKey:
        return u":/icons/foreign-key.svg"_s;
    case SchemaNode::Kind::Message:
        return u":/icons/info.svg"_s;
    }
    return {};
}

std::optional<QString> askPassword(QWidget *parent, const Core::ConnectionProfile &profile,
                                   const QString &reason)
{
    bool ok = false;
    QString label = QCoreApplication::translate("Stepwise::Ui::ConnectionsDock",
                                                "Password for %1 on %2:")
                        .arg(profile.user.isEmpty() ? profile.name : profile.user,
                             Core::ConnectionProfiles::toUrl(profile));
    if (!reason.isEmpty())
        label = reason + u"\n\n"_s + label;
    const QString password = QInputDialog::getText(
        parent, QCoreApplication::translate("Stepwise::Ui::ConnectionsDock", "Password"), label,
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace

ConnectionsDock::ConnectionsDock(ProfileStore *profiles, PasswordStore *passwords,
                                 DatabaseConnection *session, QWidget *parent)
    : QDockWidget(tr("Connections"), parent)
    , m_profiles(profiles)
    , m_passwords(passwords)
    , m_database(session)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"connectionsDock"_s);
    m_prompt = [this](const Core::ConnectionProfile &profile, const QString &reason) {
        return askPassword(this, profile, reason);
    };
    m_tree->setObjectName(u"connectionsTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(2);
    // Names take what they need; details (states, column types, references) get the rest and
    // elide, so a long type never squeezes a table name to "ord…".
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    auto make = [this](const QString &icon, const QString &text, const QString &name) {
        auto *action = new QAction(QIcon(u":/icons/"_s + icon + u".svg"_s), text, this);
        action->setObjectName(name);
        return action;
    };
    m_connect = make(u"connect"_s, tr("&Connect"), u"actionConnect"_s);
    m_disconnect = make(u"disconnect"_s, tr("&Disconnect"), u"actionDisconnect"_s);
    m_new = make(u"add"_s, tr("&New Connection…"), u"actionNewConnection"_s);
    m_edit = make(u"edit"_s, tr("&Edit Connection…"), u"actionEditConnection"_s);
    m_duplicate = make(u"duplicate"_s, tr("D&uplicate Connection"), u"actionDuplicateConnection"_s);
    m_delete = make(u"delete"_s, tr("De&lete Connection"), u"actionDeleteConnection"_s);
    m_copyUrl = make(u"copy"_s, tr("Copy as &URL"), u"actionCopyUrl"_s);
    m_refresh = make(u"refresh"_s, tr("&Refresh Schema"), u"actionRefreshSchema"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_copyUrl->setToolTip(tr("Copy the connection as a URL, without the password"));

    connect(m_connect, &QAction::triggered, this, &ConnectionsDock::connectCurrent);
    connect(m_disconnect, &QAction::triggered, this, &ConnectionsDock::disconnectCurrent);
    connect(m_new, &QAction::triggered, this, &ConnectionsDock::newProfile);
    connect(m_edit, &QAction::triggered, this, &ConnectionsDock::editCurrent);
    connect(m_duplicate, &QAction::triggered, this, &ConnectionsDock::duplicateCurrent);
    connect(m_delete, &QAction::triggered, this, &ConnectionsDock::deleteCurrent);
    connect(m_copyUrl, &QAction::triggered, this, &ConnectionsDock::copyUrl);
    connect(m_refresh, &QAction::triggered, this, &ConnectionsDock::refreshSchema);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_new);
    toolbar->addAction(m_connect);
    toolbar->addAction(m_disconnect);
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_delete);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_tree, 1);
    setWidget(content);

    connect(m_tree, &QTreeWidget::itemExpanded, this, &ConnectionsDock::itemExpanded);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ConnectionsDock::updateActions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, KindRole).toInt() == ProfileKind && !item->childCount())
            connectCurrent();
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions(connectionActions());
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_profiles, &ProfileStore::changed, this, &ConnectionsDock::rebuild);
    connect(m_database, &DatabaseConnection::stateChanged, this, &ConnectionsDock::updateConnectionState);
    connect(m_database, &DatabaseConnection::schemaLoaded, this, &ConnectionsDock::schemaLoaded);
    connect(m_database, &DatabaseConnection::schemaFailed, this, &ConnectionsDock::schemaFailed);
    connect(m_database, &DatabaseConnection::connectFailed, this, [this](const QString &error) {
        Q_EMIT message(tr("Could not connect to %1: %2").arg(m_database->profile().name, error), true);
    });
    rebuild();
}

QList<QAction *> ConnectionsDock::connectionActions() const
{
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    auto *separator2 = new QAction(m_tree);
    separator2->setSeparator(true);
    return { m_connect, m_disconnect, m_refresh, separator, m_new, m_edit, m_duplicate,
             m_delete, separator2, m_copyUrl };
}

QTreeWidgetItem *ConnectionsDock::profileItem(const QString &name) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, ProfileRole).toString() == name)
            return item;
    }
    return nullptr;
}

QString ConnectionsDock::currentProfileName() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, ProfileRole).toString() : QString();
}

void ConnectionsDock::selectProfile(const QString &name)
{
    if (QTreeWidgetItem *item = profileItem(name))
        m_tree->setCurrentItem(item);
}

void ConnectionsDock::rebuild()
{
    const QString current = currentProfileName();
    m_tree->clear();
    for (const Core::ConnectionProfile &p : m_profiles->profiles()) {
        auto *item = new QTreeWidgetItem(m_tree);
        const DriverInfo info = driverInfo(p.driver);
        item->setIcon(0, QIcon(info.iconName));
        item->setText(0, p.name);
        item->setToolTip(0, tr("%1\n%2").arg(info.displayName, Core::ConnectionProfiles::toUrl(p)));
        item->setData(0, KindRole, ProfileKind);
        item->setData(0, ProfileRole, p.name);
    }
    selectProfile(current.isEmpty() && m_tree->topLevelItemCount()
                      ? m_tree->topLevelItem(0)->data(0, ProfileRole).toString()
                      : current);
    updateConnectionState();
}

void ConnectionsDock::updateConnectionState()
{
    const bool connected = m_database->isConnected();
    const QString active = m_database->state() == DatabaseConnection::State::Disconnected
        ? QString() : m_database->profile().name;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter); // the state, at the edge
        const bool isActive = item->data(0, ProfileRole).toString() == active;
        QFont font = item->font(0);
        font.setBold(isActive);
        item->setFont(0, font);
        if (isActive && m_database->state() == DatabaseConnection::State::Connecting) {
            item->setText(1, tr("connecting…"));
        } else if (isActive && connected) {
            item->setText(1, tr("connected"));
            if (!item->data(0, LoadedRole).toBool() && item->childCount() == 0) {
                item->setData(0, PathRole, QStringList());
                item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
                item->setExpanded(true); // show the first level of the schema at once
            }
        } else {
            if (isActive || active.isEmpty())
                m_pendingSchema = 0;
            item->setText(1, QString());
            qDeleteAll(item->takeChildren());
            item->setData(0, LoadedRole, false);
            item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicator);
        }
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    }
    updateActions();
}

void ConnectionsDock::updateActions()
{
    const QString name = currentProfileName();
    const bool has = !name.isEmpty();
    const bool activeSelected = has && m_database->state() != DatabaseConnection::State::Disconnected
        && m_database->profile().name == name;
    m_connect->setEnabled(has && !activeSelected);
    m_disconnect->setEnabled(activeSelected);
    m_refresh->setEnabled(activeSelected && m_database->isConnected());
    m_edit->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
    m_copyUrl->setEnabled(has);
}

void ConnectionsDock::connectCurrent()
{
    connectProfile(currentProfileName());
}

void ConnectionsDock::connectProfile(const QString &name)
{
    const Core::ConnectionProfile profile = m_profiles->profile(name);
    if (!profile.isValid())
        return;
    selectProfile(name);
    const DriverInfo info = driverInfo(profile.driver);
    if (info.fileBased || (profile.user.isEmpty() && !info.passwordFromLibpq)) {
        connectWithPassword(profile, {});
        return;
    }
    if (profile.savePassword) {
        m_passwords->read(profile.keychainKey(), [this, profile](bool ok, const QString &password,
                                                                 const QString &error) {
            if (ok) {
                connectWithPassword(profile, password);
                return;
            }
            Q_EMIT message(tr("The system keychain has no password for %1 (%2); asking instead.")
                               .arg(profile.name, error), false);
            askAndConnect(profile, tr("The password could not be read from the system keychain."));
        });
        return;
    }
    // libpq reads PGPASSWORD and ~/.pgpass itself: let it try before asking.
    const bool libpqHasOne = info.passwordFromLibpq
        && (qEnvironmentVariableIsSet("PGPASSWORD")
            || QFile::exists(qEnvironmentVariable("PGPASSFILE", QDir::homePath() + u"/.pgpass"_s)));
    if (libpqHasOne)
        connectWithPassword(profile, {});
    else
        askAndConnect(profile, {});
}

void ConnectionsDock::askAndConnect(const Core::ConnectionProfile &profile, const QString &reason)
{
    const std::optional<QString> password = m_prompt(profile, reason);
    if (!password) {
        Q_EMIT message(tr("Connecting to %1 cancelled.").arg(profile.name), false);
        return;
    }
    connectWithPassword(profile, *password);
}

void ConnectionsDock::connectWithPassword(const Core::ConnectionProfile &profile, const QString &password)
{
    Q_EMIT message(tr("Connecting to %1 (%2)…").arg(profile.name, Core::ConnectionProfiles::toUrl(profile)), false);
    m_database->connectTo(profile, password);
}

void ConnectionsDock::disconnectCurrent()
{
    const QString name = m_database->profile().name;
    m_database->disconnectFromDatabase();
    Q_EMIT message(tr("Disconnected from %1.").arg(name), false);
}

bool ConnectionsDock::editProfile(Core::ConnectionProfile profile, const QString &oldName,
                                  const QString &title)
{
    ConnectionDialog dialog(this);
    dialog.setWindowTitle(title);
    QStringList taken;
    for (const Core::ConnectionProfile &p : m_profiles->profiles())
        taken << p.name;
    dialog.setTakenNames(taken);
    dialog.setProfile(profile);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    profile = dialog.profile();
    m_profiles->save(profile, oldName);
    const QString password = dialog.password();
    if (profile.savePassword && !password.isEmpty()) {
        m_passwords->write(profile.keychainKey(), password, [this, profile](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT message(tr("The password for %1 could not be saved in the system keychain: "
                                  "%2. It will be asked for when connecting.").arg(profile.name, error), true);
        });
    } else if (!profile.savePassword) {
        m_passwords->remove(profile.keychainKey(), [](bool, const QString &) { });
    }
    selectProfile(profile.name);
    return true;
}

void ConnectionsDock::newProfile()
{
    Core::ConnectionProfile profile;
    profile.name = m_profiles->uniqueName(tr("New connection"));
    profile.driver = u"QSQLITE"_s;
    editProfile(profile, {}, tr("New Connection"));
}

void ConnectionsDock::editCurrent()
{
    const Core::ConnectionProfile profile = m_profiles->profile(currentProfileName());
    if (profile.isValid())
        editProfile(profile, profile.name, tr("Edit Connection"));
}

void ConnectionsDock::duplicateCurrent()
{
    Core::ConnectionProfile profile = m_profiles->profile(currentProfileName());
    if (!profile.isValid())
        return;
    profile.name = m_profiles->uniqueName(profile.name);
    profile.savePassword = false; // the copy asks until its own password is saved
    m_profiles->save(profile);
    selectProfile(profile.name);
}

void ConnectionsDock::deleteCurrent()
{
    const QString name = currentProfileName();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Connection"), tr("Delete the connection “%1”? Its saved password is "
                                          "removed from the keychain too.").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    if (m_database->profile().name == name)
        m_database->disconnectFromDatabase();
    const Core::ConnectionProfile profile = m_profiles->profile(name);
    if (profile.savePassword)
        m_passwords->remove(profile.keychainKey(), [](bool, const QString &) { });
    m_profiles->remove(name);
}

void ConnectionsDock::copyUrl()
{
    const Core::ConnectionProfile profile = m_profiles->profile(currentProfileName());
    if (profile.isValid())
        QApplication::clipboard()->setText(Core::ConnectionProfiles::toUrl(profile));
}

void ConnectionsDock::refreshSchema()
{
    QTreeWidgetItem *item = profileItem(m_database->profile().name);
    if (!item || !m_database->isConnected())
        return;
    qDeleteAll(item->takeChildren());
    item->setData(0, LoadedRole, false);
    if (item->isExpanded())
        itemExpanded(item);
}

void ConnectionsDock::setLoadingChild(QTreeWidgetItem *item)
{
    auto *loading = new QTreeWidgetItem(item);
    loading->setText(0, tr("Loading…"));
    loading->setData(0, KindRole, LoadingKind);
    loading->setFlags(Qt::ItemIsEnabled);
    loading->setForeground(0, palette().brush(QPalette::PlaceholderText));
}

void ConnectionsDock::itemExpanded(QTreeWidgetItem *item)
{
    if (item->data(0, LoadedRole).toBool() || !m_database->isConnected())
        return;
    const int kind = item->data(0, KindRole).toInt();
    if (kind == int(SchemaNode::Kind::Folder) || kind == LoadingKind)
        return;
    item->setData(0, LoadedRole, true);
    setLoadingChild(item);
    if (m_pendingSchema++ == 0)
        Q_EMIT schemaLoadingChanged(true);
    m_database->loadSchema(item->data(0, PathRole).toStringList());
}

QTreeWidgetItem *ConnectionsDock::findSchemaItem(const QStringList &path) const
{
    QTreeWidgetItem *item = profileItem(m_database->profile().name);
    if (!item || path.isEmpty())
        return item;
    QList<QTreeWidgetItem *> queue { item };
    while (!queue.isEmpty()) {
        QTreeWidgetItem *next = queue.takeFirst();
        for (int i = 0; i < next->childCount(); ++i) {
            QTreeWidgetItem *child = next->child(i);
            if (child->data(0, PathRole).toStringList() == path)
                return child;
            if (path.size() > child->data(0, PathRole).toStringList().size())
                queue << child;
        }
    }
    return nullptr;
}

void ConnectionsDock::schemaLoaded(const QStringList &path, const SchemaNodeList &children)
{
    if (m_pendingSchema > 0 && --m_pendingSchema == 0)
        Q_EMIT schemaLoadingChanged(false);
    QTreeWidgetItem *parent = findSchemaItem(path);
    if (!parent)
        return;
    qDeleteAll(parent->takeChildren());
    QTreeWidgetItem *indexes = nullptr;
    QTreeWidgetItem *foreignKeys = nullptr;
    auto folder = [&](QTreeWidgetItem *&slot, const QString &title) {
        if (!slot) {
            slot = new QTreeWidgetItem(parent);
            slot->setText(0, title);
            slot->setIcon(0, QIcon(iconFor(SchemaNode::Kind::Folder, false)));
            slot->setData(0, KindRole, int(SchemaNode::Kind::Folder));
            slot->setData(0, LoadedRole, true);
        }
        return slot;
    };
    for (const SchemaNode &node : children) {
        QTreeWidgetItem *owner = parent;
        if (node.kind == SchemaNode::Kind::Index)
            owner = folder(indexes, tr("Indexes"));
        else if (node.kind == SchemaNode::Kind::ForeignKey)
            owner = folder(foreignKeys, tr("Foreign keys"));
        auto *item = new QTreeWidgetItem(owner);
        item->setText(0, node.name);
        item->setText(1, node.detail);
        item->setToolTip(0, node.detail.isEmpty() ? node.name : node.name + u" "_s + node.detail);
        item->setIcon(0, QIcon(iconFor(node.kind, node.primaryKey)));
        item->setData(0, KindRole, int(node.kind));
        item->setData(0, PathRole, node.path);
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        if (node.hasChildren)
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
    if (children.isEmpty()) {
        auto *none = new QTreeWidgetItem(parent);
        none->setText(0, tr("(empty)"));
        none->setData(0, KindRole, LoadingKind);
        none->setForeground(0, palette().brush(QPalette::PlaceholderText));
    }
}

void ConnectionsDock::schemaFailed(const QStringList &path, const QString &error)
{
    if (m_pendingSchema > 0 && --m_pendingSchema == 0)
        Q_EMIT schemaLoadingChanged(false);
    QTreeWidgetItem *parent = findSchemaItem(path);
    if (!parent)
        return;
    qDeleteAll(parent->takeChildren());
    parent->setData(0, LoadedRole, false);
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, error);
    item->setIcon(0, QIcon(u":/icons/error.svg"_s));
    item->setData(0, KindRole, LoadingKind);
    Q_EMIT message(tr("Reading the schema failed: %1").arg(error), true);
}

} // namespace Stepwise::Ui
