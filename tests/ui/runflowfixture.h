#pragma once
// The run flow's tests share this: a scratch copy of the demo project on SQLite opened in a
// MainWindow whose confirmations and failures the test answers and records, and probes of the
// SQLite file from a connection of the test's own (tst_runflow, tst_runsafety).
#include "tests/common/uitestsupport.h"

#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"
#include "ui/database/databaseconnection.h"
#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"
#include "ui/graph/revisiongraphpanel.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/mainwindow/graphactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/studiopalette.h"
#include "ui/preview/sqlpreview.h"
#include "ui/project/revisionmodel.h"
#include "ui/run/runconfirmdialog.h"
#include "core/db/dialect.h"
#include "ui/run/runcontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The tests say `using namespace Stepwise::Test;`, which brings these names along.
namespace Stepwise::Test {

using namespace Qt::StringLiterals;
using Stepwise::Ui::MainWindow;
using Stepwise::Ui::RevisionGraphView;
using Stepwise::Ui::RevisionModel;
using Stepwise::Ui::RunController;
using Stepwise::Ui::RunFailure;
using Stepwise::Ui::RunPlanPreview;
using State = RevisionModel::State;


inline const QString billingTip = u"6f1c8b3e5a06"_s;

// The heads table of the SQLite file, read with a connection of the test's own.
inline QStringList databaseHeads(const QString &file)
{
    QStringList heads;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT version_num FROM stepwise_version"_s)) {
                while (q.next())
                    heads << q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    heads.sort();
    return heads;
}

inline bool tableExists(const QString &file, const QString &table)
{
    bool found = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT 1 FROM sqlite_master WHERE name = ?"_s);
            q.addBindValue(table);
            found = q.exec() && q.next();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return found;
}

inline State stateOf(const MainWindow &window, const QString &id)
{
    return State(window.revisionModel()->indexOf(id).data(RevisionModel::StateRole).toInt());
}

inline State nodeState(const MainWindow &window, const QString &id)
{
    const auto *scene = window.graphView()->graphScene();
    return scene->state(scene->indexOf(id));
}

// The node's context menu entry, triggered as a click would.
inline bool triggerMenu(MainWindow &window, const QString &revision, RevisionGraphView::Action action)
{
    std::unique_ptr<QMenu> menu(window.graphView()->createContextMenu(revision));
    if (!menu)
        return false;
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->data().value<RevisionGraphView::Action>() == action && !a->isSeparator()) {
            if (!a->isEnabled())
                return false;
            a->trigger();
            return true;
        }
    }
    return false;
}


// Each test class calls initFixture() from its initTestCase(), startTest() from init() and
// endTest() from cleanup().
class RunFlowFixture : public QObject
{
protected:
    void initFixture()
    {
        QVERIFY(m_settings.isValid());
        Stepwise::Test::isolateSettings(m_settings);
    }
    void startTest()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_demo = Stepwise::Test::copyDemo(*m_dir);
        m_dbFile = m_demo + u"/demo.db"_s;
        m_confirmed.clear();
        m_failures.clear();
    }
    void endTest()
    {
        m_window.reset();
        m_dir.reset();
    }
    // Opens the scratch demo (after `upgradeTo`, when given) and waits for the database state.
    void openWindow(const QString &upgradeTo = QString())
    {
        if (!upgradeTo.isEmpty())
            QCOMPARE(Stepwise::Test::upgrade(m_demo, u"sqlite:///demo.db"_s, upgradeTo), QString());
        m_window = std::make_unique<MainWindow>(nullptr, new Stepwise::Test::MemoryStore);
        m_window->resize(1200, 760);
        m_window->show();
        RunController *run = m_window->runController();
        run->setConfirmHandler([this](const RunPlanPreview &plan) {
            // The pending path is highlighted while the confirmation is open.
            const auto *scene = m_window->graphView()->graphScene();
            for (const QString &id : plan.path())
                if (!scene->isHighlighted(scene->indexOf(id)))
                    return false;
            m_confirmed << plan;
            return true;
        });
        run->setFailureHandler([this](const RunFailure &failure) { m_failures << failure; });
        QSignalSpy updated(m_window.get(), &MainWindow::statusUpdated);
        QVERIFY(m_window->openProject(m_demo)); // the SQLite default URL connects by itself
        QVERIFY(updated.wait(10000));
        QTRY_VERIFY(!m_window->isBusy());
    }

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_demo;
    QString m_dbFile;
    QList<RunPlanPreview> m_confirmed;
    QList<RunFailure> m_failures;
};

} // namespace Stepwise::Test
