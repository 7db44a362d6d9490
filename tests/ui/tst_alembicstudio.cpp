// Studio runs an Alembic project's Python revisions through its own Alembic (issue 15): a
// generated project with branches on SQLite, *Upgrade to Here* on a branch revision — the
// confirmation lists Alembic's steps, the run completes through the driver, the nodes take
// their states and the history records each step. Debian's python3-alembic runs the driver.
// With STEPWISE_SCREENSHOT_DIR set, writes studio-alembic-run.png and
// run-confirmation-alembic.png; flaskProjectMidRun() writes studio-flask-midrun.png.
#include "runflowfixture.h"

#include "tests/common/enginesupport.h"

#include "ui/dialogs/mergeheadsdialog.h"
#include "ui/dialogs/newrevisiondialog.h"
#include "ui/dialogs/projectsettingsdialog.h"
#include "ui/project/projectsettings.h"

#include <QLineEdit>
#include <QProcess>
#include <QTimer>

using namespace Stepwise::Test;

namespace {

// Opens `dir` in `window` (1280×800) and waits until its database state is read.
bool openAndWait(MainWindow &window, const QString &dir)
{
    window.resize(1280, 800);
    window.show();
    QSignalSpy updated(&window, &MainWindow::statusUpdated);
    if (!window.openProject(dir) || !updated.wait(10000))
        return false;
    return QTest::qWaitFor([&] { return !window.isBusy(); }, 10000);
}

// Opens the project at `dir` in `window` (1280×800), connects to `url` and waits until the
// database state is read.
bool openAndConnect(MainWindow &window, const QString &dir, const QString &url)
{
    window.resize(1280, 800);
    window.show();
    if (!window.openProject(dir))
        return false;
    QSignalSpy updated(&window, &MainWindow::statusUpdated);
    if (!window.connectToUrl(url) || !updated.wait(10000))
        return false;
    return QTest::qWaitFor([&] { return !window.isBusy(); }, 10000);
}

// When the next modal dialog of type D opens: `fill` it, then accept() it (the dialog's own
// OK). Polls, since exec() starts its own event loop.
template<class D>
void whenDialogOpens(const std::function<void(D *)> &fill, bool *done)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill, done] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        fill(dialog);
        dialog->accept();
        *done = true;
    });
    timer->start();
}

// A Flask app with two models, its database from DATABASE_URL, and `flask db init`'s
// migrations folder made by Debian's Flask-Migrate.
bool makeFlaskApp(const QString &app, const QString &models)
{
    if (!QDir().mkpath(app))
        return false;
    const auto write = [](const QString &path, const QString &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
    };
    if (!write(app + u"/app.py"_s, uR"(import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrate import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)
migrate = Migrate(app, db)
)"_s + models)
        || !write(app + u"/.flaskenv"_s, u"FLASK_APP=app.py\n"_s))
        return false;
    QProcess init;
    init.setWorkingDirectory(app);
    init.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FLASK_APP"_s, u"app.py"_s);
    init.setProcessEnvironment(env);
    init.start(u"/usr/bin/python3"_s, {u"-m"_s, u"flask"_s, u"db"_s, u"init"_s});
    return init.waitForFinished(60000) && init.exitCode() == 0;
}

} // namespace

class tst_AlembicStudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeToABranchRevision();
    void flaskProjectMidRun();
    void failingRevisionMarkedAtItsLine();
    void authoringThroughAlembic();
    void previewStopsShortOfALiveRevision();
    void projectSettingsCheckThePython();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void tst_AlembicStudio::initTestCase()
{
    QVERIFY(m_settings.isValid() && m_dir.isValid());
    Stepwise::Test::isolateSettings(m_settings);
    qputenv("STEPWISE_PYTHON", "/usr/bin/python3");
    qputenv("STEPWISE_ALEMBIC_DRIVER",
            (Stepwise::Test::sourceDir() + u"/python/stepwise_alembic_driver.py"_s).toUtf8());
}

void tst_AlembicStudio::upgradeToABranchRevision()
{
    const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"gen"_s), u"synthetic"_s, 60);
    QVERIFY(!generated.isEmpty());
    const QString project = generated + u"/alembic"_s; // sqlalchemy.url = sqlite:///db.sqlite
    MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QVERIFY(openAndWait(window, project));
    QVERIFY(window.database()->isConnected());
    const auto &graph = *window.revisionModel()->project().graph;
    QString target; // the tip of the first side branch
    for (int i = 0; i < graph.size() && target.isEmpty(); ++i) {
        if (graph.children(i).size() > 1) {
            int r = graph.children(i).last();
            while (graph.children(r).size() == 1 && graph.parents(graph.children(r).first()).size() == 1)
                r = graph.children(r).first();
            target = graph.id(r);
        }
    }
    QVERIFY(!target.isEmpty());

    QList<RunPlanPreview> confirmed;
    RunController *run = window.runController();
    run->setConfirmHandler([&](const RunPlanPreview &plan) {
        confirmed << plan;
        return true;
    });
    QList<RunFailure> failures;
    run->setFailureHandler([&](const RunFailure &f) { failures << f; });
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(triggerMenu(window, target, RevisionGraphView::Action::Upgrade));
    QCOMPARE(confirmed.size(), 1);
    const RunPlanPreview &plan = confirmed.first();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    // Alembic's own offline SQL of the steps, as `alembic upgrade base:TARGET --sql` prints it.
    QVERIFY2(plan.sql.contains(u"-- Running upgrade  -> "_s), qPrintable(plan.sql));
    QVERIFY2(plan.sql.contains(u"CREATE TABLE t_00001"_s), qPrintable(plan.sql.left(2000)));
    QVERIFY2(plan.sql.contains(u"INSERT INTO alembic_version (version_num) VALUES"_s), qPrintable(plan.sql.left(2000)));
    QVERIFY(plan.sql.contains(target));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(),
             qPrintable(failures.isEmpty() ? QString() : failures.first().message));
    QTRY_VERIFY(!window.isBusy());
    QCOMPARE(nodeState(window, target), State::Current);
    for (const RunPlanPreview::Step &step : plan.steps) {
        if (step.revision != target)
            QCOMPARE(nodeState(window, step.revision), State::Applied);
    }
    QCOMPARE(window.revisionModel()->databaseStatus().heads, QStringList{target});
    QCOMPARE(window.revisionModel()->databaseStatus().history.size(), plan.steps.size());

    if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(window.selectRevision(target));
        QTest::qWait(50); // the history chart rebuilds on a queued call
        QVERIFY(window.grab().save(dir + u"/studio-alembic-run.png"_s));
        Stepwise::Ui::RunConfirmDialog dialog(Stepwise::Ui::RunConfirmDialog::Mode::Confirm);
        dialog.setPlan(plan, Stepwise::Core::SqlSyntax::SQLite);
        dialog.resize(900, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/run-confirmation-alembic.png"_s));
    }
}

// A Flask-Migrate app (Debian's Flask-Migrate made its migrations folder): Studio connects to
// the app's database, Upgrade to Head runs its revisions through the app's own Alembic, paused
// after the second step (states mid-run), then to the end.
void tst_AlembicStudio::flaskProjectMidRun()
{
    const QString app = m_dir.filePath(u"flask"_s);
    const QString database = app + u"/app.db"_s;
    qputenv("DATABASE_URL", (u"sqlite:///"_s + database).toUtf8());
    QVERIFY(makeFlaskApp(app, {}));
    const auto write = [](const QString &path, const QString &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
    };
    const QStringList names{u"authors"_s, u"books"_s, u"shelves"_s, u"loans"_s, u"reviews"_s};
    QString parent = u"None"_s;
    for (int i = 0; i < names.size(); ++i) {
        const QString id = u"f0000000000%1"_s.arg(i + 1);
        QVERIFY(write(app + u"/migrations/versions/%1_create_%2.py"_s.arg(id, names.at(i)),
                      u"\"\"\"create %1\n\nRevision ID: %2\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                      "revision = '%2'\ndown_revision = %3\nbranch_labels = None\ndepends_on = None\n\n\n"
                      "def upgrade():\n    op.create_table('%1', sa.Column('id', sa.Integer, primary_key=True))\n\n\n"
                      "def downgrade():\n    op.drop_table('%1')\n"_s
                          .arg(names.at(i), id, parent)));
        parent = u"'"_s + id + u"'"_s;
    }

    MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QVERIFY(openAndConnect(window, app, u"sqlite:///"_s + database));
    RunController *run = window.runController();
    QList<RunPlanPreview> confirmed;
    run->setConfirmHandler([&](const RunPlanPreview &plan) {
        confirmed << plan;
        return true;
    });
    run->setPause(RunController::Pause::AfterEachStep);
    bool sawMidRun = false;
    connect(run, &RunController::stepFinished, run, [&](int index) {
        if (index == 1) { // two applied, three pending, the run paused between steps
            sawMidRun = nodeState(window, u"f00000000002"_s) == State::Applied
                && nodeState(window, u"f00000000001"_s) == State::Applied
                && nodeState(window, u"f00000000003"_s) == State::Pending;
            if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty())
                window.grab().save(dir + u"/studio-flask-midrun.png"_s);
        }
        run->resume();
    });
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(window.upgradeToHeads());
    QCOMPARE(confirmed.size(), 1);
    QVERIFY2(confirmed.first().sql.contains(u"CREATE TABLE reviews"_s), qPrintable(confirmed.first().sql));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(sawMidRun);
    QTRY_VERIFY(!window.isBusy());
    QCOMPARE(nodeState(window, u"f00000000005"_s), State::Current);
    QCOMPARE(window.revisionModel()->databaseStatus().history.size(), 5);
    qunsetenv("DATABASE_URL");
}

// A Python revision that raises: the run fails at that step, the .py file opens at the
// revision's own line with the database's words, the node is marked failed and the steps before
// it stay applied.
void tst_AlembicStudio::failingRevisionMarkedAtItsLine()
{
    const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"failing"_s), u"synthetic"_s, 8);
    QVERIFY(!generated.isEmpty());
    const QString project = generated + u"/alembic"_s;
    int line = 0;
    const QString path = Stepwise::Test::breakAlembicRevision(project, 5, &line);
    QVERIFY(!path.isEmpty());
    const QString bad = QFileInfo(path).fileName().section(u'_', 0, 0);

    MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QVERIFY(openAndWait(window, project));
    RunController *run = window.runController();
    run->setConfirmHandler([](const RunPlanPreview &) { return true; });
    QList<RunFailure> failures;
    run->setFailureHandler([&](const RunFailure &f) { failures << f; });
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(window.upgradeToHeads());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QTRY_VERIFY(!window.isBusy());
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().revision, bad);
    QCOMPARE(failures.first().line, line);
    QVERIFY2(failures.first().message.contains(u"nowhere"_s), qPrintable(failures.first().message));
    // The Python traceback is the failure box's folded details.
    QVERIFY2(failures.first().statement.contains(u"Traceback (most recent call last)"_s),
             qPrintable(failures.first().statement));
    QCOMPARE(QFileInfo(failures.first().path).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
    Stepwise::Ui::ScriptEditor *editor = window.editorTabs()->editorFor(failures.first().path);
    QVERIFY(editor);
    QCOMPARE(editor->languageName(), u"Python"_s);
    QCOMPARE(editor->failureLine(), line);
    QCOMPARE(nodeState(window, bad), State::Failed);
    QCOMPARE(window.revisionModel()->databaseStatus().heads.size(), 1);
    QVERIFY(window.revisionModel()->databaseStatus().heads.first() != bad);
}

// Revisions of a Flask-Migrate project written from Studio by the app's own Alembic: *New
// Revision from Models…* autogenerates against the connected database (the file opens in the
// editor, the graph shows it, Upgrade to Head creates the tables), then a revision on top, a
// branch from the first (Alembic's --splice) and *Merge Heads…* join into one head — each file
// with the id the dialog showed.
void tst_AlembicStudio::authoringThroughAlembic()
{
    const QString app = m_dir.filePath(u"authoring"_s);
    const QString database = app + u"/app.db"_s;
    qputenv("DATABASE_URL", (u"sqlite:///"_s + database).toUtf8());
    auto unset = qScopeGuard([] { qunsetenv("DATABASE_URL"); });
    QVERIFY(makeFlaskApp(app, uR"(

class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False, unique=True)
)"_s));
    MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QVERIFY(openAndConnect(window, app, u"sqlite:///"_s + database));
    auto *fromModels = window.findChild<QAction *>(u"actionNewRevisionFromModels"_s);
    QVERIFY(fromModels && fromModels->isEnabled());
    QVERIFY(window.findChild<QAction *>(u"actionProjectSettings"_s)->isEnabled());

    QString first;
    bool done = false;
    whenDialogOpens<Stepwise::Ui::NewRevisionDialog>([&](Stepwise::Ui::NewRevisionDialog *d) {
        first = d->candidate().id;
        QVERIFY(d->autogenerate());
        d->findChild<QLineEdit *>(u"message"_s)->setText(u"authors"_s);
        if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty())
            d->grab().save(dir + u"/alembic-new-revision-from-models.png"_s);
    }, &done);
    fromModels->trigger();
    QVERIFY(done);
    const auto &graph = [&]() -> const Stepwise::Core::RevisionGraph & {
        return *window.revisionModel()->project().graph;
    };
    QTRY_COMPARE(graph().size(), 1);
    QCOMPARE(graph().id(0), first);
    const QString script = Stepwise::Test::readFile(graph().revision(0).path);
    QVERIFY2(script.contains(u"op.create_table('author'"_s), qPrintable(script));
    QVERIFY(window.editorTabs()->editorFor(graph().revision(0).path));

    RunController *run = window.runController();
    run->setConfirmHandler([](const RunPlanPreview &) { return true; });
    QSignalSpy finished(run, &RunController::finished);
    QVERIFY(window.upgradeToHeads());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(finished.first().at(0).toBool());
    QTRY_VERIFY(!window.isBusy());
    QCOMPARE(nodeState(window, first), State::Current);

    // On top of the head, then a branch from the first revision (not a head: Alembic splices).
    QString second, side;
    for (QString *id : {&second, &side}) {
        done = false;
        whenDialogOpens<Stepwise::Ui::NewRevisionDialog>([&](Stepwise::Ui::NewRevisionDialog *d) {
            *id = d->candidate().id;
            QVERIFY(!d->autogenerate());
            d->findChild<QLineEdit *>(u"message"_s)->setText(id == &second ? u"second"_s : u"side"_s);
            d->findChild<QLineEdit *>(u"parents"_s)->setText(first);
        }, &done);
        QVERIFY(triggerMenu(window, first, RevisionGraphView::Action::NewRevision));
        QVERIFY(done);
        QTRY_VERIFY(graph().indexOf(*id) >= 0);
    }
    QCOMPARE(graph().heads().size(), 2);
    QString merge;
    done = false;
    whenDialogOpens<Stepwise::Ui::MergeHeadsDialog>([&](Stepwise::Ui::MergeHeadsDialog *d) {
        merge = d->candidate().id;
        QCOMPARE(d->candidate().parents.size(), 2);
    }, &done);
    QVERIFY(triggerMenu(window, side, RevisionGraphView::Action::MergeHeads));
    QVERIFY(done);
    QTRY_VERIFY(graph().indexOf(merge) >= 0);
    QCOMPARE(graph().heads().size(), 1);
    QCOMPARE(graph().id(graph().heads().first()), merge);
    QCOMPARE(graph().parents(graph().indexOf(merge)).size(), 2);
    QCOMPARE(graph().size(), 4);
}

// Project Settings of a Flask-Migrate project: *Check* starts the project's Alembic as a run
// would — a Python that does not exist and a missing FLASK_APP each say what to set; the
// settings found work and show the versions; OK keeps them for every later run.
void tst_AlembicStudio::projectSettingsCheckThePython()
{
    const QString app = m_dir.filePath(u"settings"_s);
    qputenv("DATABASE_URL", (u"sqlite:///"_s + app + u"/app.db"_s).toUtf8());
    auto unset = qScopeGuard([] { qunsetenv("DATABASE_URL"); });
    QVERIFY(makeFlaskApp(app, {}));
    QVERIFY(QFile::remove(app + u"/.flaskenv"_s)); // FLASK_APP comes from the settings
    const auto loaded = Stepwise::Test::loadProject(app);
    QVERIFY(loaded);
    QVERIFY(loaded->project.config.flaskMigrate);
    Stepwise::Ui::ProjectSettingsDialog dialog(loaded->project.config);
    dialog.show();
    dialog.setPython(app + u"/no/python"_s);
    QVERIFY(!dialog.check());
    QVERIFY2(dialog.checkResult().contains(u"no/python"_s), qPrintable(dialog.checkResult()));
    dialog.setPython(u"/usr/bin/python3"_s);
    QVERIFY(!dialog.check());
    QVERIFY2(dialog.checkResult().contains(u"FLASK_APP"_s), qPrintable(dialog.checkResult()));
    dialog.setFlaskApp(u"app.py"_s);
    QVERIFY(dialog.check());
    QVERIFY2(dialog.checkResult().contains(u"Alembic 1."_s) && dialog.checkResult().contains(u"Flask-Migrate"_s)
                 && dialog.checkResult().contains(u"/usr/bin/python3"_s),
             qPrintable(dialog.checkResult()));
    if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(dir + u"/alembic-project-settings.png"_s));
    }
    dialog.accept();
    const Stepwise::Core::PythonSetup setup = Stepwise::Ui::studioPythonSetup(loaded->project.config);
    QCOMPARE(setup.python, u"/usr/bin/python3"_s);
    QCOMPARE(setup.flaskApp, u"app.py"_s);
}

// A revision that reads through a live connection cannot be rendered offline: the
// confirmation shows Alembic's SQL up to it, names it in a warning and still offers the run.
void tst_AlembicStudio::previewStopsShortOfALiveRevision()
{
    const QString generated = Stepwise::Test::generateProject(m_dir.filePath(u"live"_s), u"synthetic"_s, 5);
    QVERIFY(!generated.isEmpty());
    const QString project = generated + u"/alembic"_s;
    const QDir versions(project + u"/migrations/versions"_s);
    const QStringList files = versions.entryList({u"*_create_table_t_00003.py"_s});
    QCOMPARE(files.size(), 1);
    QVERIFY(Stepwise::Test::replaceInFile(versions.filePath(files.first()), u"def upgrade() -> None:\n"_s,
        u"def upgrade() -> None:\n    op.get_bind().execute(sa.text(\"SELECT 1\")).scalar()\n"_s));
    MainWindow window(nullptr, new Stepwise::Test::MemoryStore);
    QVERIFY(openAndWait(window, project));
    QList<RunPlanPreview> confirmed;
    window.runController()->setConfirmHandler([&](const RunPlanPreview &plan) {
        confirmed << plan;
        return false;
    });
    window.upgradeToHeads();
    QCOMPARE(confirmed.size(), 1);
    const RunPlanPreview &plan = confirmed.first();
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.steps.size(), 5);
    QVERIFY2(plan.sql.contains(u"CREATE TABLE t_00002"_s) && plan.sql.contains(u"cannot be rendered offline"_s),
             qPrintable(plan.sql));
    QVERIFY2(plan.warnings.join(u'\n').contains(u"stops short: "_s + files.first().section(u'_', 0, 0)),
             qPrintable(plan.warnings.join(u'\n')));
    if (const QString dir = qEnvironmentVariable("STEPWISE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        Stepwise::Ui::RunConfirmDialog dialog(Stepwise::Ui::RunConfirmDialog::Mode::Confirm);
        dialog.setPlan(plan, Stepwise::Core::SqlSyntax::SQLite);
        dialog.resize(900, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/run-confirmation-alembic-live.png"_s));
    }
}

QTEST_MAIN(tst_AlembicStudio)
#include "tst_alembicstudio.moc"
