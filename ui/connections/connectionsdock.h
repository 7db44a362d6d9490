#pragma once

#include "core/db/connectionprofiles.h"
#include "ui/database/schemanode.h"

#include <QDockWidget>

#include <functional>
#include <optional>

class QAction;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stepwise::Ui {

class DatabaseConnection;
class PasswordStore;
class ProfileStore;

// "Connections": the saved profiles with their driver icons and URLs; connect / disconnect /
// new / edit / duplicate / delete; the connected profile expands into the schema browser,
// loaded lazily by the session's worker thread.
class ConnectionsDock : public QDockWidget
{
    Q_OBJECT

public:
    // Asks the user for a password; std::nullopt when they cancel.
    using PasswordPrompt =
        std::function<std::optional<QString>(const Core::ConnectionProfile &profile, const QString &reason)>;

    ConnectionsDock(ProfileStore *profiles, PasswordStore *passwords, DatabaseConnection *session,
                    QWidget *parent = nullptr);

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    QTreeWidget *tree() const { return m_tree; }
    QList<QAction *> connectionActions() const;

    QString currentProfileName() const;
    // Schema requests sent to the worker and not answered yet.
    bool isLoadingSchema() const { return m_pendingSchema > 0; }
    void selectProfile(const QString &name);

public Q_SLOTS:
    void connectProfile(const QString &name);
    void connectCurrent();
    void disconnectCurrent();
    void newProfile();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void copyUrl();
    void refreshSchema();

Q_SIGNALS:
    void message(const QString &text, bool error);
    void schemaLoadingChanged(bool loading);

private:
    void rebuild();
    void updateActions();
    void updateConnectionState();
    void itemExpanded(QTreeWidgetItem *item);
    void schemaLoaded(const QStringList &path, const SchemaNodeList &children);
    void schemaFailed(const QStringList &path, const QString &error);
    void connectWithPassword(const Core::ConnectionProfile &profile, const QString &password);
    void askAndConnect(const Core::ConnectionProfile &profile, const QString &reason);
    QTreeWidgetItem *profileItem(const QString &name) const;
    QTreeWidgetItem *findSchemaItem(const QStringList &path) const;
    void setLoadingChild(QTreeWidgetItem *item);
    bool editProfile(Core::ConnectionProfile profile, const QString &oldName, const QString &title);

    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    DatabaseConnection *m_database;
    QTreeWidget *m_tree;
    PasswordPrompt m_prompt;
    QAction *m_connect;
    QAction *m_disconnect;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_copyUrl;
    QAction *m_refresh;
    int m_pendingSchema = 0;
};

} // namespace Stepwise::Ui
