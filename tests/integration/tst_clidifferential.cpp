// Differential: the same command sequence on a random graph (bench/generate_repo.py --shape
// random) run by real Alembic (Debian's 1.8.1, on its Alembic project, SQLite) and by
// `stepwise` (on the native twin, SQLite): after each command, alembic_version's rows and
// stepwise_version's rows are equal as sets. The seeds are ones on which Alembic completes
// every command (on others it crashes where alembic-semantics.md §3.5 ⚑ says Stepwise differs).
#include "tests/common/enginesupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString python = u"/usr/bin/python3"_s;

bool alembicInstalled()
{
    QProcess p;
    p.start(python, {u"-c"_s, u"import alembic"_s});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList rowsOf(const QString &file, const QString &table)
{
    QStringList rows;
    const QString name = u"diff-read"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        if (db.open())
            rows = Stepwise::Test::column(db, u"SELECT version_num FROM "_s + table);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class tst_CliDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameRowsAsAlembic_data();
    void sameRowsAsAlembic();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    bool m_alembic = false;
    int m_compared = 0;
    QStringList m_crashes;
};

void tst_CliDifferential::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI must name the stepwise binary");
    m_alembic = alembicInstalled();
}

void tst_CliDifferential::sameRowsAsAlembic_data()
{
    QTest::addColumn<int>("seed");
    for (int seed : {1, 2, 3, 4, 5, 6})
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

void tst_CliDifferential::sameRowsAsAlembic()
{
    QFETCH(int, seed);
    if (!m_alembic)
        QSKIP("python3 -m alembic is not installed (Debian: python3-alembic)");
    const QString out = Stepwise::Test::generateProject(m_dir.filePath(u"seed%1"_s.arg(seed)), u"random"_s, -1, seed);
    QVERIFY(!out.isEmpty());
    QFile graphFile(out + u"/graph.json"_s);
    QVERIFY(graphFile.open(QIODevice::ReadOnly));
    QStringList ids;
    for (const QJsonValue &r : QJsonDocument::fromJson(graphFile.readAll()).object().value(u"revisions"_s).toArray())
        ids << r.toObject().value(u"id"_s).toString();
    const qsizetype n = ids.size();
    QVERIFY(n > 10);
    const QList<QStringList> commands = {
        {u"upgrade"_s, ids.at(n / 3)}, {u"upgrade"_s, u"heads"_s},   {u"downgrade"_s, ids.at(n / 2)},
        {u"stamp"_s, ids.at(2 * n / 3)}, {u"upgrade"_s, u"heads"_s}, {u"downgrade"_s, u"base"_s},
    };
    const QString alembicDb = out + u"/alembic.db"_s;
    const QString stepwiseDb = out + u"/stepwise.db"_s;
    for (const QStringList &command : commands) {
        const QString label = command.join(u' ');
        QProcess alembic;
        alembic.setWorkingDirectory(out + u"/alembic"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PYTHONHASHSEED"_s, u"0"_s);
        alembic.setProcessEnvironment(env);
        alembic.start(python, QStringList{u"-m"_s, u"alembic"_s, u"-x"_s, u"url=sqlite:///"_s + alembicDb} + command);
        QVERIFY(alembic.waitForFinished(120000));
        const QString alembicErr = QString::fromUtf8(alembic.readAllStandardError());
        if (alembic.exitCode() != 0) {
            QVERIFY2(alembicErr.contains(u"KeyError"_s), qPrintable(label + u": "_s + alembicErr.right(600)));
            m_crashes << u"seed %1 at '%2'"_s.arg(seed).arg(label);
            return;
        }
        const auto stepwise = Stepwise::Test::runCli(QStringList{command} << u"-q"_s << u"--project"_s
                                                 << out + u"/native"_s << u"--url"_s
                                                 << u"sqlite:///"_s + stepwiseDb);
        QVERIFY2(stepwise.exitCode == 0, qPrintable(label + u": "_s + stepwise.out + stepwise.err));
        const QStringList expected = rowsOf(alembicDb, u"alembic_version"_s);
        QCOMPARE(rowsOf(stepwiseDb, u"stepwise_version"_s), expected);
        QVERIFY(!expected.isEmpty() || command.last() == u"base"_s);
        ++m_compared;
    }
}

void tst_CliDifferential::cleanupTestCase()
{
    if (!m_alembic)
        return;
    qInfo("%d commands compared; Alembic crashed (documented divergence) on %s", m_compared,
          qPrintable(m_crashes.isEmpty() ? u"none"_s : m_crashes.join(u", "_s)));
    QVERIFY2(m_compared >= 12, "too few commands compared: choose seeds on which Alembic runs further");
}

QTEST_GUILESS_MAIN(tst_CliDifferential)
#include "tst_clidifferential.moc"
