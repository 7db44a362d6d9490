// Connection profiles round-trip through QSettings (in a temporary location), never with a
// password, and convert to and from URLs; the core (core/db/connectionprofiles, what the CLI's
// --connection reads) and the store read each other's writing.
#include "tests/common/profilefixtures.h"
#include "tests/common/uitestsupport.h"

#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"

#include "ui/connections/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Stepwise::Core::ConnectionProfile;
using Stepwise::Ui::ProfileStore;

Q_DECLARE_METATYPE(Stepwise::Core::ConnectionProfile)

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crudRoundTrip();
    void transientProfilesAreNotSaved();
    void uniqueNames();
    void toUrl_data();
    void toUrl();
    void fromUrl_data();
    void fromUrl();
    void fromBadUrl();
    void uiStoreAndCoreAgree();

private:
    QTemporaryDir m_dir;
};

namespace {

ConnectionProfile postgres()
{
    ConnectionProfile p;
    p.name = u"Production"_s;
    p.driver = u"QPSQL"_s;
    p.host = u"db.example.com"_s;
    p.port = 5433;
    p.database = u"shop"_s;
    p.user = u"deploy"_s;
    p.options = { { u"sslmode"_s, u"require"_s }, { u"connect_timeout"_s, u"5"_s } };
    p.savePassword = true;
    return p;
}

} // namespace

void tst_ProfileStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Stepwise::Test::isolateSettings(m_dir);
}

void tst_ProfileStore::crudRoundTrip()
{
    ConnectionProfile sqlite = Stepwise::Test::profile(u"Local"_s, u"QSQLITE"_s, {}, -1, m_dir.filePath(u"local.db"_s));
    {
        ProfileStore store;
        QCOMPARE(store.profiles().size(), 0);
        QSignalSpy changed(&store, &ProfileStore::changed);
        store.save(postgres());
        store.save(sqlite);
        QCOMPARE(changed.size(), 2);
    }
    {
        ProfileStore store; // a fresh read from QSettings
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(u"Production"_s), postgres());
        QCOMPARE(store.profile(u"Local"_s), sqlite);
        // Edit with a rename.
        ConnectionProfile renamed = postgres();
        renamed.name = u"Production (read-only)"_s;
        renamed.user = u"reader"_s;
        // What an Alembic project's Python gets on this connection; {url} is filled in at run time.
        renamed.environment = {{u"DATABASE_URL"_s, u"{url}"_s}, {u"APP_ENV"_s, u"production"_s}};
        store.save(renamed, u"Production"_s);
        store.remove(u"Local"_s);
    }
    ProfileStore store;
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, u"Production (read-only)"_s);
    QCOMPARE(store.profiles().first().user, u"reader"_s);
    QCOMPARE(store.profiles().first().environment,
             (QList<std::pair<QString, QString>>{{u"DATABASE_URL"_s, u"{url}"_s}, {u"APP_ENV"_s, u"production"_s}}));
    QCOMPARE(store.indexOf(u"Production"_s), -1);

    // The settings file holds no password of any kind.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(text.contains("db.example.com"));
    QVERIFY(text.contains("savepassword=true")); // the choice is kept, the password never
    QVERIFY(!text.contains("\npassword="));
    QVERIFY(!text.contains("pwd="));
}

void tst_ProfileStore::transientProfilesAreNotSaved()
{
    {
        ProfileStore store;
        store.addTransient(Stepwise::Test::profile(u"from --url"_s, u"QSQLITE"_s, {}, -1, u"/tmp/x.db"_s));
        QVERIFY(store.isTransient(u"from --url"_s));
        QVERIFY(store.indexOf(u"from --url"_s) >= 0);
        store.save(postgres()); // writing the others leaves the transient one out
    }
    ProfileStore store;
    QCOMPARE(store.indexOf(u"from --url"_s), -1);
    QVERIFY(store.indexOf(u"Production"_s) >= 0);
}

void tst_ProfileStore::uniqueNames()
{
    ProfileStore store;
    store.save(postgres());
    QCOMPARE(store.uniqueName(u"Other"_s), u"Other"_s);
    QCOMPARE(store.uniqueName(u"Production"_s), u"Production (2)"_s);
}

void tst_ProfileStore::toUrl_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("url");
    QTest::newRow("postgresql") << postgres()
        << u"postgresql://deploy@db.example.com:5433/shop?sslmode=require&connect_timeout=5"_s;
    QTest::newRow("sqlite absolute") << Stepwise::Test::profile(u"a"_s, u"QSQLITE"_s, {}, -1, u"/var/db/a.db"_s)
                                     << u"sqlite:////var/db/a.db"_s;
    QTest::newRow("mysql default port") << Stepwise::Test::profile(u"m"_s, u"QMYSQL"_s, u"localhost"_s, -1,
                                                               u"shop"_s, u"root"_s)
                                        << u"mysql://root@localhost/shop"_s;
    QTest::newRow("odbc") << Stepwise::Test::profile(u"o"_s, u"QODBC"_s, {}, -1, u"Warehouse"_s, u"me"_s)
                          << u"odbc://me@Warehouse"_s;
}

void tst_ProfileStore::toUrl()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, url);
    QCOMPARE(Stepwise::Core::ConnectionProfiles::toUrl(profile), url);
    // And back: the same connection.
    const auto parsed = Stepwise::Core::ConnectionUrl::parse(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message()));
    const ConnectionProfile back = Stepwise::Core::ConnectionProfiles::fromUrl(*parsed);
    QVERIFY(back.isValid());
    QCOMPARE(back.driver, profile.driver);
    QCOMPARE(back.database, profile.database);
    QCOMPARE(back.user, profile.user);
    QCOMPARE(back.port, profile.port);
    QCOMPARE(back.options, profile.options);
}

void tst_ProfileStore::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("hadPassword");
    QTest::newRow("password dropped") << u"postgresql://u:s3cret@h:5432/d"_s << u"QPSQL"_s << u"h"_s << true;
    QTest::newRow("postgres alias") << u"postgres://u@h/d"_s << u"QPSQL"_s << u"h"_s << false;
    QTest::newRow("mariadb") << u"mariadb://u@h/d"_s << u"QMYSQL"_s << u"h"_s << false;
}

void tst_ProfileStore::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, driver);
    QFETCH(QString, host);
    QFETCH(bool, hadPassword);
    const auto parsed = Stepwise::Core::ConnectionUrl::parse(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message()));
    const ConnectionProfile p = Stepwise::Core::ConnectionProfiles::fromUrl(*parsed);
    QVERIFY(p.isValid());
    QCOMPARE(p.driver, driver);
    QCOMPARE(p.host, host);
    QCOMPARE(parsed->passwordInUrl(), hadPassword);
    QVERIFY(!Stepwise::Core::ConnectionProfiles::toUrl(p).contains(u"s3cret"_s));
}

void tst_ProfileStore::fromBadUrl()
{
    const auto parsed = Stepwise::Core::ConnectionUrl::parse(u"oracle://x/y"_s);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message().isEmpty());
}

// Studio's store and the core's settings format (tests/core/tst_connectionprofiles) read each
// other's writing, in the settings file the CLI's --connection opens.
void tst_ProfileStore::uiStoreAndCoreAgree()
{
    namespace ConnectionProfiles = Stepwise::Core::ConnectionProfiles;
    using Stepwise::Test::sampleProfiles;
    QSettings().clear();
    {
        ProfileStore store; // Studio writes …
        for (const Stepwise::Core::ConnectionProfile &p : sampleProfiles())
            store.save(p);
        store.addTransient(Stepwise::Test::profile(u"from --url"_s, u"QSQLITE"_s, {}, -1, u"/tmp/x.db"_s));
    }
    {
        QSettings settings; // … the core reads, without the transient profile
        QCOMPARE(ConnectionProfiles::read(settings), sampleProfiles());
        // The core writes …
        QList<Stepwise::Core::ConnectionProfile> edited = sampleProfiles();
        edited[1].database = u"/srv/data/other.db"_s;
        edited.removeAt(2);
        ConnectionProfiles::write(settings, edited);
    }
    ProfileStore store; // … Studio reads
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(Stepwise::Core::ConnectionProfile(store.profile(u"Production"_s)), sampleProfiles().at(0));
    QCOMPARE(store.profile(u"Local"_s).database, u"/srv/data/other.db"_s);
    QCOMPARE(store.indexOf(u"Maria, with = and spaces"_s), -1);
}

QTEST_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
