#include "profilestore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

ConnectionProfile readProfile(const QSettings &settings)
{
    ConnectionProfile p;
    p.name = settings.value(u"name"_s).toString();
    p.driver = settings.value(u"driver"_s).toString();
    p.host = settings.value(u"host"_s).toString();
    p.port = settings.value(u"port"_s, -1).toInt();
    p.database = settings.value(u"database"_s).toString();
    p.user = settings.value(u"user"_s).toString();
    p.savePassword = settings.value(u"savePassword"_s, false).toBool();
    const QStringList options = settings.value(u"options"_s).toStringList();
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq > 0)
            p.options.append({ option.left(eq), option.mid(eq + 1) });
    }
    return p;
}

void writeProfile(QSettings &settings, const ConnectionProfile &p)
{
    settings.setValue(u"name"_s, p.name);
    settings.setValue(u"driver"_s, p.driver);
    settings.setValue(u"host"_s, p.host);
    settings.setValue(u"port"_s, p.port);
    settings.setValue(u"database"_s, p.database);
    settings.setValue(u"user"_s, p.user);
    settings.setValue(u"savePassword"_s, p.savePassword);
    QStringList options;
    for (const auto &[key, value] : p.options)
        options << key + u'=' + value;
    settings.setValue(u"options"_s, options);
}

} // namespace

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

ConnectionProfile ProfileStore::profile(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? ConnectionProfile() : m_profiles.at(i);
}

void ProfileStore::save(const ConnectionProfile &profile, const QString &oldName)
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

void ProfileStore::addTransient(const ConnectionProfile &profile)
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
    const int count = settings.beginReadArray(u"connections"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p = readProfile(settings);
        if (p.isValid())
            m_profiles.append(p);
    }
    settings.endArray();
}

void ProfileStore::write() const
{
    QSettings settings;
    settings.remove(u"connections"_s);
    settings.beginWriteArray(u"connections"_s);
    int n = 0;
    for (const ConnectionProfile &profile : m_profiles) {
        if (m_transient.contains(profile.name))
            continue;
        settings.setArrayIndex(n++);
        writeProfile(settings, profile);
    }
    settings.endArray();
    settings.sync();
}

} // namespace Stepwise::Ui
