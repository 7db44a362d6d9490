// The main window comes up offscreen with the application's name, icon and About dialog.
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsWindow();
    void aboutListsDrivers();
};

void tst_MainWindow::initTestCase()
{
    QApplication::setApplicationDisplayName(u"Stepwise Studio"_s);
}

void tst_MainWindow::createsWindow()
{
    Stepwise::Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(u"Stepwise Studio"_s));
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(window.menuBar()->actions().size() >= 2);
}

void tst_MainWindow::aboutListsDrivers()
{
    QVERIFY(QSqlDatabase::drivers().contains(u"QSQLITE"_s));
    Stepwise::Ui::MainWindow window;
    QString text;
    QTimer::singleShot(0, &window, [&] {
        auto *box = window.findChild<QMessageBox *>(u"aboutBox"_s);
        QVERIFY(box);
        text = box->informativeText();
        box->accept();
    });
    window.showAbout();
    QVERIFY2(text.contains(u"QSQLITE"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
