#pragma once

#include "core/db/connectionprofiles.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Stepwise::Ui {

// The connection profiles, kept in QSettings under "connections/<n>". Never stores a password.
// GUI thread; one instance per window, shared by the connections panel and the dialogs.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QObject *parent = nullptr);

    const QList<Core::ConnectionProfile> &profiles() const { return m_profiles; }
    int indexOf(const QString &name) const;
    Core::ConnectionProfile profile(const QString &name) const;

    // Adds or replaces (by oldName, or by profile.name when oldName is empty) and saves.
    void save(const Core::ConnectionProfile &profile, const QString &oldName = {});
    void remove(const QString &name);
    // A profile for this run only (from --url or the project's default URL): listed, never saved.
    void addTransient(const Core::ConnectionProfile &profile);
    bool isTransient(const QString &name) const { return m_transient.contains(name); }
    // A free name based on `name`: "demo", "demo (2)", …
    QString uniqueName(const QString &name) const;

    void reload();

Q_SIGNALS:
    void changed();

private:
    void write() const;

    QList<Core::ConnectionProfile> m_profiles;
    QStringList m_transient;
};

} // namespace Stepwise::Ui
