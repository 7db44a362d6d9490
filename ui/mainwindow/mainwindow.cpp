#include "mainwindow.h"

#include "base/version.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(QIcon(u":/icons/stepwise.svg"_s));
    auto *placeholder = new QLabel(tr("Open a project to see its revisions."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createActions();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Stepwise Studio"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString availableDriversText()
{
    QStringList names;
    const QStringList drivers = QSqlDatabase::drivers();
    for (const QString &d : drivers)
        names << d;
    return names.join(u", "_s);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About Stepwise Studio"));
    box.setIconPixmap(QIcon(u":/icons/stepwise.svg"_s).pixmap(64, 64));
    box.setText(tr("<h3>Stepwise Studio %1</h3><p>A visual database migration manager with "
                   "Alembic's semantics.</p>")
                    .arg(Core::toolVersion()));
    box.setInformativeText(tr("Qt %1 (runtime %2)<br>SQL drivers: %3")
                               .arg(QString::fromLatin1(QT_VERSION_STR),
                                    QString::fromLatin1(qVersion()), availableDriversText()));
    box.exec();
}

} // namespace Stepwise::Ui
