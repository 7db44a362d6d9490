// The connection dialog and the Connections panel, driven through their real widgets: create
// an SQLite profile in the dialog, test it, connect, expand the schema browser down to a table
// created by a migration; passwords fall back to asking when there is no keychain.
#include "tests/common/uitestsupport.h"

#include "ui/connections/connectiondialog.h"
#include "core/db/connectionprofiles.h"
#include "ui/connections/connectionsdock.h"
#include "ui/connections/keychainpasswordstore.h"
#include "ui/connections/profilestore.h"
#include "ui/database/databaseconnection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Stepwise::Ui;
using Stepwise::Core::ConnectionProfile;

class tst_ConnectionsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dialogOffersInstalledDrivers();
    void dialogTestsConnection();
    void dialogShowsExactError();
    void dialogImportsUrl();
    void dialogKeepsEnvironment();
    void createConnectAndBrowse();
    void noKeychainFallsBackToAsking();
    void realKeychainFallsBackToAsking();
    void savedPasswordIsUsed();
    void duplicateAndDelete();

private:
    QTreeWidgetItem *findItem(QTreeWidgetItem *parent, const QString &text);
    QTemporaryDir m_dir;
};

void tst_ConnectionsDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Stepwise::Test::isolateSettings(m_dir);
}

void tst_ConnectionsDock::init()
{
    QSettings().remove(u"connections"_s);
}

void tst_ConnectionsDock::dialogOffersInstalledDrivers()
{
    ConnectionDialog dialog;
    auto *driver = dialog.findChild<QComboBox *>(u"driver"_s);
    QVERIFY(driver);
    QVERIFY(driver->count() >= 4);
    const int sqlite = driver->findData(u"QSQLITE"_s);
    QVERIFY(sqlite >= 0);
    driver->setCurrentIndex(sqlite);
    QVERIFY(dialog.findChild<QLineEdit *>(u"file"_s)->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit *>(u"host"_s)->isVisibleTo(&dialog));
    driver->setCurrentIndex(driver->findData(u"QPSQL"_s));
    QVERIFY(dialog.findChild<QLineEdit *>(u"host"_s)->isVisibleTo(&dialog));
    QVERIFY(dialog.findChild<QCheckBox *>(u"savePassword"_s)->isVisibleTo(&dialog));
}

void tst_ConnectionsDock::dialogTestsConnection()
{
    ConnectionDialog dialog;
    dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Scratch"_s);
    auto *driver = dialog.findChild<QComboBox *>(u"driver"_s);
    driver->setCurrentIndex(driver->findData(u"QSQLITE"_s));
    dialog.findChild<QLineEdit *>(u"file"_s)->setText(m_dir.filePath(u"scratch.db"_s));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString result = dialog.findChild<QLabel *>(u"testResult"_s)->text();
    QVERIFY2(result.contains(u"SQLite 3"_s), qPrintable(result)); // the server version
    QCOMPARE(dialog.profile().driver, u"QSQLITE"_s);
    QCOMPARE(dialog.profile().database, m_dir.filePath(u"scratch.db"_s));
    // STEPWISE_SCREENSHOT_DIR=dir keeps pictures of the dialog for a look by eye.
    if (const QString shots = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.show();
        dialog.grab().save(shots + u"/connectiondialog-sqlite.png"_s);
        driver->setCurrentIndex(driver->findData(u"QPSQL"_s));
        dialog.importUrl(u"postgresql://deploy@db.example.com:5432/shop?sslmode=require"_s);
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Production"_s);
        dialog.adjustSize();
        dialog.grab().save(shots + u"/connectiondialog-postgresql.png"_s);
    }
}

void tst_ConnectionsDock::dialogShowsExactError()
{
    ConnectionDialog dialog;
    auto *driver = dialog.findChild<QComboBox *>(u"driver"_s);
    driver->setCurrentIndex(driver->findData(u"QSQLITE"_s));
    dialog.findChild<QLineEdit *>(u"file"_s)->setText(u"/nonexistent-folder/x/y.db"_s);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(!finished.first().at(1).toString().isEmpty(), "an error message");
}

void tst_ConnectionsDock::dialogImportsUrl()
{
    ConnectionDialog dialog;
    QVERIFY(dialog.importUrl(u"postgresql://app:hunter2@db.internal:6543/shop?sslmode=require"_s));
    const ConnectionProfile p = dialog.profile();
    QCOMPARE(p.driver, u"QPSQL"_s);
    QCOMPARE(p.host, u"db.internal"_s);
    QCOMPARE(p.port, 6543);
    QCOMPARE(p.user, u"app"_s);
    QCOMPARE(p.options.size(), 1);
    QVERIFY(dialog.password().isEmpty()); // the URL's password is not taken over
    QVERIFY(!dialog.importUrl(u"nosuch://x"_s));
}

// The Environment field: NAME=VALUE pairs separated by spaces, kept through setProfile() and
// profile(), for file and server profiles alike.
void tst_ConnectionsDock::dialogKeepsEnvironment()
{
    ConnectionDialog dialog;
    QVERIFY(dialog.importUrl(u"sqlite:////tmp/app.db"_s));
    auto *field = dialog.findChild<QLineEdit *>(u"environment"_s);
    QVERIFY(field);
    field->setText(u"  DATABASE_URL={url}   APP_SETTINGS=config.Test  not-a-pair "_s);
    const QList<std::pair<QString, QString>> expected{{u"DATABASE_URL"_s, u"{url}"_s},
                                                      {u"APP_SETTINGS"_s, u"config.Test"_s}};
    QCOMPARE(dialog.profile().environment, expected);
    ConnectionProfile server = dialog.profile();
    server.driver = u"QPSQL"_s;
    server.host = u"db.internal"_s;
    server.database = u"shop"_s;
    ConnectionDialog edit;
    edit.setProfile(server);
    QCOMPARE(edit.findChild<QLineEdit *>(u"environment"_s)->text(), u"DATABASE_URL={url} APP_SETTINGS=config.Test"_s);
    QCOMPARE(edit.profile().environment, expected);
    if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(edit.grab().save(dir + u"/connection-dialog-environment.png"_s));
    }
}

QTreeWidgetItem *tst_ConnectionsDock::findItem(QTreeWidgetItem *parent, const QString &text)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == text)
            return parent->child(i);
    }
    return nullptr;
}

void tst_ConnectionsDock::createConnectAndBrowse()
{
    QTemporaryDir dir;
    const QString demo = Stepwise::Test::copyDemo(dir);
    QCOMPARE(Stepwise::Test::upgrade(demo, u"sqlite:///demo.db"_s, u"4d9a6f1c3e04"_s), QString());

    ProfileStore profiles;
    Stepwise::Test::MemoryStore passwords;
    DatabaseConnection session;
    ConnectionsDock dock(&profiles, &passwords, &session);
    dock.show();
    // New connection… through the real dialog, as a user fills it in.
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"Demo"_s);
        auto *driver = dialog->findChild<QComboBox *>(u"driver"_s);
        driver->setCurrentIndex(driver->findData(u"QSQLITE"_s));
        dialog->findChild<QLineEdit *>(u"file"_s)->setText(demo + u"/demo.db"_s);
        QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
        dialog->testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY(tested.first().at(0).toBool());
        dialog->accept();
    });
    dock.findChild<QAction *>(u"actionNewConnection"_s)->trigger();
    QVERIFY(dialogSeen);
    QCOMPARE(profiles.profiles().size(), 1);
    QCOMPARE(profiles.profiles().first().name, u"Demo"_s);

    dock.connectProfile(u"Demo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(session.isConnected(), 10000);
    QTreeWidgetItem *profile = dock.tree()->topLevelItem(0);
    QCOMPARE(profile->text(1), u"connected"_s);
    profile->setExpanded(true);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(profile, u"customers"_s), 10000);
    QTreeWidgetItem *orders = findItem(profile, u"orders"_s);
    QVERIFY(orders);
    QVERIFY(findItem(profile, u"order_items"_s)); // created by 4d9a6f1c3e04
    QVERIFY(!findItem(profile, u"invoices"_s));   // pending
    orders->setExpanded(true);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(orders, u"customer_id"_s), 10000);
    QTreeWidgetItem *id = findItem(orders, u"id"_s);
    QVERIFY(id->text(1).contains(u"INTEGER"_s, Qt::CaseInsensitive));
    QVERIFY(findItem(orders, u"Indexes"_s));
    QVERIFY(findItem(findItem(orders, u"Indexes"_s), u"ix_orders_customer"_s));
    QTreeWidgetItem *fks = findItem(orders, u"Foreign keys"_s);
    QVERIFY(fks && fks->childCount() == 1);
    QVERIFY2(fks->child(0)->text(1).contains(u"customers"_s), qPrintable(fks->child(0)->text(1)));

    // Refresh after another migration: the new table appears.
    QCOMPARE(Stepwise::Test::upgrade(demo, u"sqlite:///demo.db"_s, u"5e0b7a2d4f05"_s), QString());
    dock.findChild<QAction *>(u"actionRefreshSchema"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(findItem(profile, u"invoices"_s), 10000);

    dock.findChild<QAction *>(u"actionDisconnect"_s)->trigger();
    QVERIFY(!session.isConnected());
    QCOMPARE(profile->childCount(), 0);
}

void tst_ConnectionsDock::noKeychainFallsBackToAsking()
{
    ProfileStore profiles;
    ConnectionProfile server = Stepwise::Test::profile(u"Server"_s, u"QMYSQL"_s, u"127.0.0.1"_s, 1, u"db"_s, u"me"_s);
    server.savePassword = true;
    profiles.save(server);
    Stepwise::Test::NoKeychainStore passwords;
    DatabaseConnection session;
    ConnectionsDock dock(&profiles, &passwords, &session);
    QStringList reasons;
    dock.setPasswordPrompt([&](const ConnectionProfile &p, const QString &reason) -> std::optional<QString> {
        reasons << p.name + u": "_s + reason;
        return std::nullopt; // the user cancels: nothing is attempted
    });
    QSignalSpy messages(&dock, &ConnectionsDock::message);
    dock.connectProfile(u"Server"_s);
    QCOMPARE(passwords.reads, 1);
    QCOMPARE(reasons.size(), 1);
    QVERIFY2(reasons.first().contains(u"keychain"_s), qPrintable(reasons.first()));
    QCOMPARE(session.state(), DatabaseConnection::State::Disconnected);
    QVERIFY(!messages.isEmpty());
}

void tst_ConnectionsDock::realKeychainFallsBackToAsking()
{
    // Offscreen there is no Secret Service: the real store must fail cleanly, not hang.
    ProfileStore profiles;
    ConnectionProfile server = Stepwise::Test::profile(u"Server"_s, u"QMYSQL"_s, u"127.0.0.1"_s, 1, u"db"_s, u"me"_s);
    server.name = u"Unsaved "_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    server.savePassword = true;
    profiles.save(server);
    KeychainPasswordStore passwords;
    DatabaseConnection session;
    ConnectionsDock dock(&profiles, &passwords, &session);
    int asked = 0;
    dock.setPasswordPrompt([&](const ConnectionProfile &, const QString &) -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    });
    dock.connectProfile(server.name);
    QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 30000);
}

void tst_ConnectionsDock::savedPasswordIsUsed()
{
    ProfileStore profiles;
    ConnectionProfile server = Stepwise::Test::profile(u"Server"_s, u"QMYSQL"_s, u"127.0.0.1"_s, 1, u"db"_s, u"me"_s);
    server.savePassword = true;
    profiles.save(server);
    Stepwise::Test::MemoryStore passwords;
    passwords.entries.insert(server.keychainKey(), u"pw"_s);
    DatabaseConnection session;
    ConnectionsDock dock(&profiles, &passwords, &session);
    int asked = 0;
    dock.setPasswordPrompt([&](const ConnectionProfile &, const QString &) -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    });
    QSignalSpy failed(&session, &DatabaseConnection::connectFailed);
    dock.connectProfile(u"Server"_s);
    QCOMPARE(asked, 0); // straight from the keychain to the driver (port 1 then refuses)
    QVERIFY(failed.wait(30000));
}

void tst_ConnectionsDock::duplicateAndDelete()
{
    ProfileStore profiles;
    profiles.save(Stepwise::Test::profile(u"Local"_s, u"QSQLITE"_s, {}, -1, m_dir.filePath(u"l.db"_s)));
    Stepwise::Test::MemoryStore passwords;
    DatabaseConnection session;
    ConnectionsDock dock(&profiles, &passwords, &session);
    dock.selectProfile(u"Local"_s);
    dock.findChild<QAction *>(u"actionDuplicateConnection"_s)->trigger();
    QCOMPARE(profiles.profiles().size(), 2);
    QCOMPARE(dock.currentProfileName(), u"Local (2)"_s);
    QCOMPARE(dock.tree()->topLevelItemCount(), 2);
    QTimer::singleShot(0, this, [] {
        QWidget *box = QApplication::activeModalWidget();
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
        if (QApplication::activeModalWidget() == box)
            QTest::keyClick(box, Qt::Key_Enter);
    });
    dock.findChild<QAction *>(u"actionDeleteConnection"_s)->trigger();
    QCOMPARE(profiles.profiles().size(), 1);
    QCOMPARE(ProfileStore().profiles().size(), 1);
}

QTEST_MAIN(tst_ConnectionsDock)
#include "tst_connectionsdock.moc"
