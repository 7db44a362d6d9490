// The connection profiles' QSettings format (core/db/connectionprofiles), which Stepwise Studio
// writes and the CLI's --connection reads: a round trip through a temporary settings file,
// Studio's file location, the URL form, the lookup error naming the known profiles, and no
// password in the file. That Studio's ProfileStore and the core read each other's writing is
// tests/ui/tst_profilestore's uiStoreAndCoreAgree.
#include "tests/common/profilefixtures.h"

#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

Q_DECLARE_METATYPE(Stepwise::Core::ConnectionProfile)

namespace {

QList<ConnectionProfile> sample()
{
    return Stepwise::Test::sampleProfiles();
}

} // namespace

class tst_ConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void environmentTravelsWithTheUrl();
    void skipsInvalidEntries();
    void studioLocation();
    void find_data();
    void find();
    void toUrl_data();
    void toUrl();

private:
    QTemporaryDir m_dir;
};

void tst_ConnectionProfiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never the user's real settings: both formats point into the temporary folder.
    QCoreApplication::setOrganizationName(u"StepwiseTest"_s);
    QCoreApplication::setApplicationName(u"connection-profiles-test"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
}

void tst_ConnectionProfiles::init()
{
    QSettings().clear();
}

// The variables an Alembic project's Python gets on a connection travel with its URL, from
// the settings file to the ConnectionUrl the engine receives.
void tst_ConnectionProfiles::environmentTravelsWithTheUrl()
{
    ConnectionProfile p = sample().at(1);
    p.environment = {{u"DATABASE_URL"_s, u"{url}"_s}, {u"SECRET_KEY"_s, u"x=y"_s}};
    {
        QSettings settings;
        ConnectionProfiles::write(settings, {p});
    }
    QSettings settings;
    QCOMPARE(settings.value(u"connections/1/environment"_s).toStringList(),
             (QStringList{u"DATABASE_URL={url}"_s, u"SECRET_KEY=x=y"_s}));
    const QList<ConnectionProfile> read = ConnectionProfiles::read(settings);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().environment, p.environment);
    const Result<ConnectionUrl> url = ConnectionProfiles::connectionUrl(read.first());
    QVERIFY(url);
    QCOMPARE(url->environment(), p.environment);
}

void tst_ConnectionProfiles::roundTrip()
{
    {
        QSettings settings;
        ConnectionProfiles::write(settings, sample());
    }
    QSettings settings;
    QVERIFY2(settings.fileName().startsWith(m_dir.path()), qPrintable(settings.fileName()));
    QCOMPARE(ConnectionProfiles::read(settings), sample());
    // The keys Studio has always written (older files stay readable).
    QCOMPARE(settings.value(u"connections/size"_s).toInt(), 3);
    QCOMPARE(settings.value(u"connections/1/name"_s).toString(), u"Production"_s);
    QCOMPARE(settings.value(u"connections/1/driver"_s).toString(), u"QPSQL"_s);
    QCOMPARE(settings.value(u"connections/1/port"_s).toInt(), 5433);
    QCOMPARE(settings.value(u"connections/1/options"_s).toStringList(),
             (QStringList{u"sslmode=require"_s, u"connect_timeout=5"_s}));
    QCOMPARE(settings.value(u"connections/1/savePassword"_s).toBool(), true);
    // A profile without extra variables writes no key for them (files stay as they were).
    QVERIFY(!settings.contains(u"connections/1/environment"_s));
    // Writing fewer profiles removes the rest.
    ConnectionProfiles::write(settings, sample().mid(0, 1));
    QCOMPARE(ConnectionProfiles::read(settings).size(), 1);
    // No password of any kind in the file.
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(text.contains("db.example.com"));
    QVERIFY(text.contains("savepassword=true")); // the choice is kept, never a password
    QVERIFY(!text.contains("\npassword="));
    QVERIFY(!text.contains("pwd="));
}

void tst_ConnectionProfiles::skipsInvalidEntries()
{
    QSettings settings;
    settings.beginWriteArray(u"connections"_s);
    settings.setArrayIndex(0);
    settings.setValue(u"name"_s, u"no driver"_s);
    settings.setArrayIndex(1);
    settings.setValue(u"name"_s, u"ok"_s);
    settings.setValue(u"driver"_s, u"QSQLITE"_s);
    settings.setValue(u"database"_s, u"/x.db"_s);
    settings.endArray();
    const QList<ConnectionProfile> read = ConnectionProfiles::read(settings);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().name, u"ok"_s);
    QCOMPARE(read.first().port, -1);
    QCOMPARE(read.first().savePassword, false);
}

// The CLI opens Studio's file whatever its own application name: organization "Stepwise",
// application "stepwise-studio", native format, under the user scope's path ($XDG_CONFIG_HOME).
void tst_ConnectionProfiles::studioLocation()
{
    const std::unique_ptr<QSettings> studio = ConnectionProfiles::studioSettings();
    QCOMPARE(studio->fileName(), m_dir.filePath(u"Stepwise/stepwise-studio.conf"_s));
    ConnectionProfiles::write(*studio, sample());
    QSettings again(m_dir.filePath(u"Stepwise/stepwise-studio.conf"_s), QSettings::IniFormat);
    QCOMPARE(ConnectionProfiles::read(again), sample());
    studio->clear();
}

void tst_ConnectionProfiles::find_data()
{
    QTest::addColumn<QList<ConnectionProfile>>("profiles");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("found") << sample() << u"Local"_s << true << QString();
    QTest::newRow("case-sensitive") << sample() << u"local"_s << false << u"'Local'"_s;
    QTest::newRow("unknown-lists-known") << sample() << u"Nope"_s << false
                                         << u"'Production', 'Local', 'Maria, with = and spaces'"_s;
    QTest::newRow("none-saved") << QList<ConnectionProfile>() << u"Nope"_s << false
                                << u"no profiles are saved"_s;
}

void tst_ConnectionProfiles::find()
{
    QFETCH(QList<ConnectionProfile>, profiles);
    QFETCH(QString, name);
    QFETCH(bool, found);
    QFETCH(QString, messagePart);
    const Result<ConnectionProfile> result = ConnectionProfiles::find(profiles, name);
    QCOMPARE(bool(result), found);
    if (found) {
        QCOMPARE(result->name, name);
        return;
    }
    QCOMPARE(result.error().code(), ErrorCode::Config);
    QVERIFY2(result.error().message().contains(u'\'' + name + u'\''), qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(messagePart), qPrintable(result.error().message()));
}

void tst_ConnectionProfiles::toUrl_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("url");
    const QList<ConnectionProfile> s = sample();
    QTest::newRow("postgresql") << s.at(0)
                                << u"postgresql://deploy@db.example.com:5433/shop?sslmode=require&connect_timeout=5"_s;
    QTest::newRow("sqlite") << s.at(1) << u"sqlite:////srv/data/local.db"_s;
    QTest::newRow("mysql-encoded-user") << s.at(2) << u"mysql://me%40corp@127.0.0.1/app"_s;
}

// The URL reads back into the same connection fields (ConnectionUrl owns the grammar).
void tst_ConnectionProfiles::toUrl()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, url);
    QCOMPARE(ConnectionProfiles::toUrl(profile), url);
    QCOMPARE(profile.displayUrl(), url);
    const Result<ConnectionUrl> parsed = ConnectionUrl::parse(url);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
    ConnectionProfile back = ConnectionProfiles::fromUrl(*parsed);
    QCOMPARE(back.driver, profile.driver);
    QCOMPARE(back.host, profile.host);
    QCOMPARE(back.port, profile.port);
    QCOMPARE(back.database, profile.database);
    QCOMPARE(back.user, profile.user);
    QCOMPARE(back.options, profile.options);
}

QTEST_GUILESS_MAIN(tst_ConnectionProfiles)
#include "tst_connectionprofiles.moc"
