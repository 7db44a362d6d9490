// The Studio flow against the test PostgreSQL and MariaDB servers: a profile from the server's
// URL, connect with the password asked for (no keychain), read the database state of a project
// migrated there by the engine, and find its tables in the schema browser.
#include "tests/common/uitestsupport.h"
#include "tests/common/testdatabases.h"

#include "core/db/connectionurl.h"
#include "core/repository/projectloader.h"
#include "core/db/connectionprofiles.h"
#include "ui/connections/connectionsdock.h"
#include "ui/connections/profilestore.h"
#include "ui/database/databaseconnection.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/project/revisionmodel.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Stepwise::Ui;
using Stepwise::Core::ConnectionProfile;
using Stepwise::Test::Server;

class tst_StudioServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectAndBrowse_data();
    void connectAndBrowse();

private:
    QTemporaryDir m_dir;
};

void tst_StudioServers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Stepwise::Test::isolateSettings(m_dir);
}

void tst_StudioServers::connectAndBrowse_data()
{
    QTest::addColumn<int>("server");
    QTest::newRow("postgresql") << int(Server::PostgreSQL);
    QTest::newRow("mariadb") << int(Server::MySQL);
}

// A clean slate: the project's tables may remain from an earlier run.
static bool dropTables(Server server)
{
    bool ok = false;
    {
        QString error;
        QSqlDatabase db = Stepwise::Test::openServer(server, u"studio-cleanup"_s, &error);
        ok = db.isOpen();
        QSqlQuery q(db);
        const QString cascade = server == Server::PostgreSQL ? u" CASCADE"_s : QString();
        for (const QString &table : { u"orders"_s, u"products"_s, u"customers"_s,
                                      u"stepwise_version"_s, u"stepwise_history"_s })
            q.exec(u"DROP TABLE IF EXISTS "_s + table + cascade);
    }
    QSqlDatabase::removeDatabase(u"studio-cleanup"_s);
    return ok;
}

static QTreeWidgetItem *childItem(QTreeWidgetItem *parent, const QString &text)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == text)
            return parent->child(i);
    }
    return nullptr;
}

void tst_StudioServers::connectAndBrowse()
{
    QFETCH(int, server);
    STEPWISE_REQUIRE_SERVER_URL(Server(server));
    const QString url = Stepwise::Test::serverUrl(Server(server));
    QVERIFY(dropTables(Server(server)));
    // A project in SQL both servers accept, migrated half way by the engine.
    const QString demo = Stepwise::Test::sourceDir() + u"/tests/data/ui/server_shop"_s;
    QCOMPARE(Stepwise::Test::upgrade(demo, url, u"c1a000000002"_s), QString());

    const auto parsed = Stepwise::Core::ConnectionUrl::parse(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message()));
    ConnectionProfile profile = Stepwise::Core::ConnectionProfiles::fromUrl(*parsed);
    QVERIFY(profile.isValid());
    profile.name = u"server"_s;
    profile.savePassword = true;
    const QString password = Stepwise::Core::ConnectionUrl::parse(url)->password();

    MainWindow window(nullptr, new Stepwise::Test::NoKeychainStore);
    window.setAutoConnect(false);
    window.profiles()->save(profile);
    int asked = 0;
    window.connectionsDock()->setPasswordPrompt([&](const ConnectionProfile &, const QString &) {
        ++asked;
        return std::optional<QString>(password);
    });
    QVERIFY(window.openProject(demo));
    QSignalSpy updated(&window, &MainWindow::statusUpdated);
    QVERIFY(window.connectToProfile(u"server"_s));
    QVERIFY2(updated.wait(20000), qPrintable(window.lastError()));
    QCOMPARE(asked, parsed->passwordInUrl() ? 1 : asked);
    QVERIFY(window.database()->isConnected());
    QVERIFY(!window.database()->serverVersion().isEmpty());
    const RevisionModel *model = window.revisionModel();
    QCOMPARE(model->count(RevisionModel::State::Current), 1);
    QCOMPARE(model->count(RevisionModel::State::Applied), 1);
    QCOMPARE(model->count(RevisionModel::State::Pending), 2);

    QTreeWidgetItem *root = window.connectionsDock()->tree()->topLevelItem(0);
    QTRY_VERIFY_WITH_TIMEOUT(root->childCount() > 0 && root->child(0)->text(0) != u"Loading…"_s, 20000);
    QTreeWidgetItem *tables = root;
    if (server == int(Server::PostgreSQL)) {
        tables = childItem(root, u"public"_s);
        QVERIFY(tables);
        tables->setExpanded(true);
    }
    QTRY_VERIFY_WITH_TIMEOUT(childItem(tables, u"orders"_s), 20000);
    QTreeWidgetItem *orders = childItem(tables, u"orders"_s);
    orders->setExpanded(true);
    QTRY_VERIFY_WITH_TIMEOUT(childItem(orders, u"customer_id"_s), 20000);
    QVERIFY(childItem(orders, u"Foreign keys"_s));
    QVERIFY(childItem(childItem(orders, u"Indexes"_s), u"ix_orders_customer"_s));
    QVERIFY(!childItem(tables, u"products"_s)); // pending
    window.database()->disconnectFromDatabase();
    QVERIFY(dropTables(Server(server)));
}

QTEST_MAIN(tst_StudioServers)
#include "tst_studioservers.moc"
