#include "ui/connections/profilestore.h"

#include "core/db/connectionprofiles.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    reload();
}

int ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return int(i);
    }
    return -1;
}

Core::ConnectionProfile ProfileStore::profile(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? Core::ConnectionProfile() : m_profiles.at(i);
}

void ProfileStore::save(const Core::ConnectionProfile &profile, const QString &oldName)
{
    const QString key = oldName.isEmpty() ? profile.name : oldName;
    const int i = indexOf(key);
    if (i >= 0)
        m_profiles[i] = profile;
    else
        m_profiles.append(profile);
    m_transient.removeAll(key); // saving a command-line profile keeps it
    write();
    Q_EMIT changed();
}

void ProfileStore::addTransient(const Core::ConnectionProfile &profile)
{
    const int i = indexOf(profile.name);
    if (i >= 0)
        m_profiles[i] = profile;
    else
        m_profiles.append(profile);
    if (!m_transient.contains(profile.name))
        m_transient.append(profile.name);
    Q_EMIT changed();
}

void ProfileStore::remove(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return;
    m_profiles.removeAt(i);
    m_transient.removeAll(name);
    write();
    Q_EMIT changed();
}

QString ProfileStore::uniqueName(const QString &name) const
{
    if (indexOf(name) < 0)
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(name).arg(n);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

void ProfileStore::reload()
{
    m_profiles.clear();
    QSettings settings;
    const QList<Core::ConnectionProfile> saved = Core::ConnectionProfiles::read(settings);
    for (const Core::ConnectionProfile &p : saved)
        m_profiles.append(p);
}

void ProfileStore::write() const
{
    QList<Core::ConnectionProfile> saved;
    for (const Core::ConnectionProfile &profile : m_profiles) {
        if (!m_transient.contains(profile.name))
            saved.append(profile);
    }
    QSettings settings;
    Core::ConnectionProfiles::write(settings, saved);
}

} // namespace Stepwise::Ui
