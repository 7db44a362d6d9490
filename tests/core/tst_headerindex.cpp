// The header index (repository/headerindex.h) as ProjectLoader uses it: a warm load gives
// exactly what a load without the index gives, and every way a file or the index can change
// makes the loader read the file again.
#include "core/repository/headerindex.h"
#include "core/repository/projectloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

// Short racy window so the tests need not wait two seconds after writing a file.
constexpr qint64 TestWindowNs = 100'000'000;

void settle()
{
    QThread::msleep(150); // files written before now are older than TestWindowNs
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray nativeFile(int i, const QString &extra = {})
{
    QString text = u"-- revision: r%1\n"_s.arg(i, 4, 10, QChar(u'0'));
    text += i == 0 ? u"-- parents:\n"_s : u"-- parents: r%1\n"_s.arg(i - 1, 4, 10, QChar(u'0'));
    text += u"-- message: step %1\n-- created: 2026-01-01T00:00:00Z\n"_s.arg(i);
    if (i == 3)
        text += u"-- branch_labels: billing\n"_s;
    if (i == 7)
        text += u"-- depends_on: r0002\n"_s;
    text += extra;
    text += u"\n-- migrate:up\nCREATE TABLE t%1 (id INTEGER);\n\n-- migrate:down\nDROP TABLE t%1;\n"_s
                .arg(i);
    return text.toUtf8();
}

QByteArray alembicFile(int i)
{
    const QString id = u"a%1"_s.arg(i, 4, 10, QChar(u'0'));
    const QString down = i == 0 ? u"None"_s : u"'a%1'"_s.arg(i - 1, 4, 10, QChar(u'0'));
    return u"\"\"\"step %1\n\nRevision ID: %2\n\"\"\"\nrevision = '%2'\ndown_revision = %3\n"
           "branch_labels = %4\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\n"
           "def downgrade():\n    pass\n"_s
        .arg(QString::number(i), id, down, i == 2 ? u"('api',)"_s : u"None"_s)
        .toUtf8();
}

// Everything ProjectLoader fills in, so a difference in any field shows.
QStringList describe(const Project &p)
{
    QStringList out;
    for (const Revision &r : p.revisions) {
        QStringList extra;
        for (const auto &[k, v] : r.extraHeaders)
            extra << k + u'=' + v;
        out << QStringList{r.id, r.parents.join(u','), r.dependsOn.join(u','),
                           r.branchLabels.join(u','), r.message, r.longDoc, r.created, r.path,
                           r.relativePath, QString::number(int(r.format)),
                           QString::number(r.idLine), QString::number(r.parentsLine),
                           QString::number(r.dependsOnLine), QString::number(r.branchLabelsLine),
                           QString::number(r.up.present), QString::number(r.up.markerLine),
                           QString::number(r.down.present), r.up.text, r.up.checksum,
                           extra.join(u';')}
                   .join(u'|');
    }
    for (const Error &e : p.errors)
        out << u"error "_s + e.toString();
    for (const Error &e : p.warnings)
        out << u"warning "_s + e.toString();
    return out;
}

} // namespace

class tst_HeaderIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameAsWithoutIndex_data();
    void sameAsWithoutIndex();
    void editedSameSize();
    void deletedAndAdded();
    void corruptIndex_data();
    void corruptIndex();
    void racyEntry();
    void notForSmallProjects();
    void disabled();
    void fullLoadsIgnoreIndex();

private:
    Project load(const QString &dir, bool useIndex = true);
    QString indexFile() const;
    void makeNative(int count, bool withProblems = false);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_project;
    QString m_cache;
};

void tst_HeaderIndex::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_project = m_tmp->path() + u"/project"_s;
    m_cache = m_tmp->path() + u"/cache"_s;
    QVERIFY(QDir().mkpath(m_project + u"/versions"_s));
}

Project tst_HeaderIndex::load(const QString &dir, bool useIndex)
{
    LoadOptions options;
    options.useHeaderIndex = useIndex;
    options.indexMinFiles = 0;
    options.indexDir = m_cache;
    options.racyWindowNs = TestWindowNs;
    Result<Project> p = loadProject(dir, options);
    if (!p) {
        qWarning() << p.error().toString();
        return {};
    }
    return *p;
}

QString tst_HeaderIndex::indexFile() const
{
    const QStringList files = QDir(m_cache).entryList({u"headers-*.idx"_s}, QDir::Files);
    return files.size() == 1 ? m_cache + u'/' + files.first() : QString();
}

void tst_HeaderIndex::makeNative(int count, bool withProblems)
{
    QVERIFY(writeFile(m_project + u"/stepwise.ini"_s, "[repository]\nversions = versions\n"));
    for (int i = 0; i < count; ++i) {
        QString extra;
        if (withProblems && i == 4)
            extra = u"-- colour: blue\n"_s; // a warning: unknown header
        QVERIFY(writeFile(m_project + u"/versions/r%1.sql"_s.arg(i, 4, 10, QChar(u'0')),
                          nativeFile(i, extra)));
    }
    if (withProblems) // an error: no revision header
        QVERIFY(writeFile(m_project + u"/versions/9999.sql"_s, "-- parents: r0001\n"));
}

void tst_HeaderIndex::sameAsWithoutIndex_data()
{
    QTest::addColumn<bool>("alembic");
    QTest::addColumn<bool>("problems");
    QTest::newRow("native") << false << false;
    QTest::newRow("native, a warning and an error") << false << true;
    QTest::newRow("alembic") << true << false;
}

void tst_HeaderIndex::sameAsWithoutIndex()
{
    QFETCH(bool, alembic);
    QFETCH(bool, problems);
    const int n = 12;
    if (alembic) {
        QVERIFY(writeFile(m_project + u"/alembic.ini"_s,
                          "[alembic]\nscript_location = migrations\n"));
        QVERIFY(QDir().mkpath(m_project + u"/migrations/versions"_s));
        for (int i = 0; i < n; ++i)
            QVERIFY(writeFile(m_project + u"/migrations/versions/a%1.py"_s.arg(i, 4, 10, QChar(u'0')),
                              alembicFile(i)));
    } else {
        makeNative(n, problems);
    }
    settle();
    const QStringList expected = describe(load(m_project, false));
    QVERIFY(!expected.isEmpty());
    QVERIFY(indexFile().isEmpty()); // off: nothing written

    const Project first = load(m_project);
    QCOMPARE(describe(first), expected);
    QVERIFY(first.stats.indexUsed);
    QCOMPARE(first.stats.fromIndex, 0);
    QVERIFY(first.stats.indexWritten);
    QVERIFY(!indexFile().isEmpty());
    QVERIFY(!QDir(m_project).entryList().contains(u"cache"_s)); // never in the project

    const Project warm = load(m_project);
    QCOMPARE(describe(warm), expected);
    // Files with errors or warnings are never cached: they are read every time, and their
    // problems reported exactly as without the index.
    const int cached = problems ? n - 1 : n;
    QCOMPARE(warm.stats.fromIndex, cached);
    QCOMPARE(warm.stats.filesRead, problems ? 2 : 0);
    QVERIFY(!warm.stats.indexWritten); // nothing changed: not rewritten
}

void tst_HeaderIndex::editedSameSize()
{
    makeNative(10);
    settle();
    load(m_project);
    settle();
    const QString path = m_project + u"/versions/r0005.sql"_s;
    QByteArray bytes = nativeFile(5);
    const QByteArray before = "-- message: step 5\n", after = "-- message: STEP 5\n";
    QVERIFY(bytes.contains(before));
    bytes.replace(before, after);
    QVERIFY(writeFile(path, bytes)); // same size, new mtime
    settle();
    const Project p = load(m_project);
    QCOMPARE(p.stats.filesRead, 1);
    QCOMPARE(p.stats.fromIndex, 9);
    QVERIFY(p.stats.indexWritten);
    QCOMPARE(p.revisions.at(5).message, u"STEP 5"_s);
    QCOMPARE(describe(p), describe(load(m_project, false)));
    QCOMPARE(load(m_project).stats.fromIndex, 10); // and cached again
}

void tst_HeaderIndex::deletedAndAdded()
{
    makeNative(10);
    settle();
    load(m_project);
    QVERIFY(QFile::remove(m_project + u"/versions/r0009.sql"_s));
    Project p = load(m_project);
    QCOMPARE(p.revisions.size(), 9);
    QCOMPARE(p.stats.fromIndex, 9);
    QVERIFY(p.stats.indexWritten); // an entry went away
    QVERIFY(!load(m_project).stats.indexWritten);

    QVERIFY(writeFile(m_project + u"/versions/r0009.sql"_s, nativeFile(9)));
    QVERIFY(writeFile(m_project + u"/versions/r0010.sql"_s, nativeFile(10)));
    settle();
    p = load(m_project);
    QCOMPARE(p.revisions.size(), 11);
    QCOMPARE(p.stats.filesRead, 2);
    QCOMPARE(p.revisions.last().id, u"r0010"_s);
    QCOMPARE(describe(p), describe(load(m_project, false)));
}

void tst_HeaderIndex::corruptIndex_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated") << u"truncate"_s;
    QTest::newRow("one byte changed") << u"flip"_s;
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("not an index") << u"garbage"_s;
}

void tst_HeaderIndex::corruptIndex()
{
    QFETCH(QString, damage);
    makeNative(10);
    settle();
    const QStringList expected = describe(load(m_project, false));
    load(m_project);
    const QString index = indexFile();
    QVERIFY(!index.isEmpty());
    QFile f(index);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    if (damage == u"truncate"_s)
        bytes.chop(bytes.size() / 3);
    else if (damage == u"flip"_s)
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    else if (damage == u"empty"_s)
        bytes.clear();
    else
        bytes = QByteArray(4096, 'x');
    QVERIFY(QFile::remove(index));
    QVERIFY(writeFile(index, bytes));

    const Project p = load(m_project); // silently ignored, files read, index rebuilt
    QCOMPARE(describe(p), expected);
    QVERIFY(p.errors.isEmpty() && p.warnings.isEmpty());
    QCOMPARE(p.stats.fromIndex, 0);
    QVERIFY(p.stats.indexWritten);
    QCOMPARE(load(m_project).stats.fromIndex, 10);
}

void tst_HeaderIndex::racyEntry()
{
    makeNative(10);
    // Written just now: the index may store the entries, but must not trust them while a
    // change in the same clock tick could still leave size and mtime as they were.
    LoadOptions options;
    options.useHeaderIndex = true;
    options.indexMinFiles = 0;
    options.indexDir = m_cache;
    options.racyWindowNs = 60'000'000'000; // everything written in the last minute is racy
    Result<Project> first = loadProject(m_project, options);
    QVERIFY(first);
    QVERIFY(first->stats.indexWritten);
    Result<Project> second = loadProject(m_project, options);
    QVERIFY(second);
    QCOMPARE(second->stats.fromIndex, 0);
    QCOMPARE(second->stats.filesRead, 10);
    QCOMPARE(describe(*second), describe(*first));
    // With the default window and files two seconds old, the same entries are used.
    options.racyWindowNs = TestWindowNs;
    settle();
    QVERIFY(loadProject(m_project, options)); // rewritten: begun well after the files
    Result<Project> third = loadProject(m_project, options);
    QVERIFY(third);
    QCOMPARE(third->stats.fromIndex, 10);
}

void tst_HeaderIndex::notForSmallProjects()
{
    makeNative(5);
    settle();
    LoadOptions options;
    options.useHeaderIndex = true;
    options.indexDir = m_cache; // indexMinFiles left at its default
    Result<Project> p = loadProject(m_project, options);
    QVERIFY(p);
    QVERIFY(!p->stats.indexUsed);
    QVERIFY(indexFile().isEmpty());
}

void tst_HeaderIndex::disabled()
{
    makeNative(10);
    settle();
    load(m_project);
    qputenv("STEPWISE_NO_CACHE", "1");
    const Project p = load(m_project);
    qunsetenv("STEPWISE_NO_CACHE");
    QVERIFY(!p.stats.indexUsed);
    QCOMPARE(p.stats.filesRead, 10);
    QCOMPARE(load(m_project).stats.fromIndex, 10);
}

void tst_HeaderIndex::fullLoadsIgnoreIndex()
{
    makeNative(10);
    settle();
    load(m_project);
    LoadOptions options;
    options.headersOnly = false; // sections and checksums: never from the index
    options.useHeaderIndex = true;
    options.indexMinFiles = 0;
    options.indexDir = m_cache;
    Result<Project> p = loadProject(m_project, options);
    QVERIFY(p);
    QVERIFY(!p->stats.indexUsed);
    QCOMPARE(p->stats.filesRead, 10);
    QVERIFY(p->revisions.at(0).down.present);
    QVERIFY(!p->revisions.at(0).up.checksum.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HeaderIndex)
#include "tst_headerindex.moc"
