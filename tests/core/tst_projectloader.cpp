// ProjectLoader and findProjectDir: load order, every problem of every file, the fixtures in
// tests/data/repository, and the Alembic evidence projects checked against what Alembic printed.
#include "core/repository/projectloader.h"
#include "core/repository/projectconfigreader.h"
#include "core/repository/revisionid.h"
#include "tests/common/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_ProjectLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nativeFixture();
    void nativeFull();
    void flaskFixture();
    void recursiveFixture();
    void configErrors_data();
    void configErrors();
    void duplicateLocation();
    void fileNameOrder();
    void pyprojectProject();
    void findProjectDir();
    void codePointOrder_data();
    void codePointOrder();
    void manyFiles();
    void largeFiles();
    void evidenceGraphs_data();
    void evidenceGraphs();
    void emptyVersions();
    void evidenceForms();
    void evidenceErrors_data();
    void evidenceErrors();
    void unreadableEntries_data();
    void unreadableEntries();
    void unreadablePermission();

private:
    QString m_data;
    QString m_evidence;
};

static QStringList ids(const Project &p)
{
    QStringList out;
    for (const Revision &r : p.revisions)
        out.append(r.id);
    return out;
}

static QStringList describe(const ErrorList &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out.append(e.toString());
    return out;
}

static void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void tst_ProjectLoader::initTestCase()
{
    const QString source = Stepwise::Test::sourceDir();
    QVERIFY2(!source.isEmpty(), "no source folder (STEPWISE_SOURCE_DIR)");
    m_data = source + u"/tests/data/repository"_s;
    // The Alembic evidence of the spec (read-only); another checkout can point elsewhere.
    m_evidence =
        qEnvironmentVariable("STEPWISE_EVIDENCE_DIR", u"/work/shared/spec/alembic-evidence"_s);
    QVERIFY2(QFileInfo(m_evidence + u"/projects"_s).isDir(), qPrintable(m_evidence));
}

void tst_ProjectLoader::nativeFixture()
{
    const Result<Project> p = loadProject(m_data + u"/native"_s);
    QVERIFY(p.ok());
    QCOMPARE(p->config.kind, ProjectConfig::Kind::Native);
    QCOMPARE(p->config.versionTable, u"my_version"_s);
    QCOMPARE(p->config.historyTable, u"my_history"_s);
    QCOMPARE(p->config.versionTableSchema, u"meta"_s);
    QVERIFY(!p->config.transactionPerMigration);
    QCOMPARE(p->config.url, u"postgresql://app@localhost/app"_s);
    // Folders in configured order, files sorted by name; the broken file is left out.
    QCOMPARE(ids(*p), QStringList({ u"a1"_s, u"b2"_s, u"c3"_s, u"e9"_s, u"d4"_s }));
    QCOMPARE(describe(p->errors),
        QStringList {
            u"versions/zz_broken.sql:1: revision id 'bad-id' contains '-': only letters A-Z, digits and '_' are allowed"_s });
    QCOMPARE(describe(p->warnings),
        QStringList(
            { u"versions/e5_wrong_name.sql:1: file name does not match the revision id 'e9' (expected 'e9_<slug>.sql'; the header is what counts)"_s,
                u"versions/zz_broken.sql:1: file name does not match the revision id 'bad-id' (expected 'bad-id_<slug>.sql'; the header is what counts)"_s,
                u"more/d4_other_folder.sql:4: unknown header 'colour' (kept, not used)"_s }));
    const Revision &a1 = p->revisions[0];
    QCOMPARE(a1.branchLabels, QStringList { u"core"_s });
    QCOMPARE(a1.path, QDir(m_data).absoluteFilePath(u"native/versions/a1_init.sql"_s));
    QCOMPARE(a1.relativePath, u"versions/a1_init.sql"_s);
    QCOMPARE(p->revisions[2].message, u"Windows file"_s); // CRLF file
    QVERIFY(a1.up.text.isEmpty()); // headers only by default
}

void tst_ProjectLoader::nativeFull()
{
    const Result<Project> p = loadProject(m_data + u"/native"_s, LoadOptions { false });
    QVERIFY(p.ok());
    QCOMPARE(p->revisions.size(), 5);
    const Revision &b2 = p->revisions[1];
    QCOMPARE(b2.up.text, u"CREATE TABLE users (id INT);\n\n"_s);
    QCOMPARE(b2.up.firstLine, 6);
    QCOMPARE(b2.down.text, u"DROP TABLE users;\n"_s);
    QCOMPARE(b2.up.checksum.size(), 64);
    QVERIFY(!p->revisions[0].down.present);
    QCOMPARE(p->revisions[2].up.text, u"SELECT 1;\n"_s);
}

void tst_ProjectLoader::flaskFixture()
{
    const Result<Project> p = loadProject(m_data + u"/flask"_s);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    QCOMPARE(p->config.kind, ProjectConfig::Kind::Alembic);
    QCOMPARE(p->config.scriptLocation, QDir(m_data).absoluteFilePath(u"flask/migrations"_s));
    QCOMPARE(p->config.versionTable, u"flask_versions"_s); // a literal in env.py
    QVERIFY(p->errors.isEmpty());
    QVERIFY(p->warnings.isEmpty());
    QCOMPARE(ids(*p), QStringList({ u"3f2a9c1b7d4e"_s, u"8d1e"_s }));
    QCOMPARE(p->revisions[1].parents, QStringList { u"3f2a9c1b7d4e"_s });
    QCOMPARE(p->revisions[1].message, u"add email"_s);
    QCOMPARE(p->revisions[1].relativePath, u"migrations/versions/8d1e_add_email.py"_s);
    QCOMPARE(p->revisions[1].idLine, 13);
}

void tst_ProjectLoader::recursiveFixture()
{
    const Result<Project> p = loadProject(m_data + u"/recursive"_s);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    // Missing location skipped; recursive: files of a folder, then its subfolders, sorted.
    QCOMPARE(p->config.versionLocations.size(), 2);
    QCOMPARE(ids(*p), QStringList({ u"r1"_s, u"r2"_s, u"r25"_s, u"r3"_s, u"x1"_s }));
    QCOMPARE(p->revisions[2].relativePath, u"alembic/versions/2023/sub/r25_sub.py"_s);
    QCOMPARE(p->config.versionTable, u"custom_version"_s);
    QCOMPARE(p->config.versionTableSchema, u"audit"_s);
    QVERIFY(p->config.transactionPerMigration);
    QCOMPARE(p->config.url, QString()); // it holds a password
    QCOMPARE(p->config.notes.size(), 1);
    QVERIFY(p->errors.isEmpty());
}

void tst_ProjectLoader::configErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("native versions folder missing")
        << u"stepwise.ini"_s << QByteArray("[repository]\n\nversions = versions, nope\n")
        << int(ErrorCode::Config) << u"stepwise.ini:3: versions folder 'nope' does not exist"_s;
    QTest::newRow("Alembic default versions folder missing")
        << u"alembic.ini"_s << QByteArray("[alembic]\nscript_location = %(here)s/m\n")
        << int(ErrorCode::Config) << u"versions folder 'm/versions' does not exist"_s;
    QTest::newRow("Alembic script location missing")
        << u"alembic.ini"_s << QByteArray("[alembic]\nscript_location = gone\n")
        << int(ErrorCode::Config)
        << u"alembic.ini: Path doesn't exist: '<dir>/gone'.  Please use the 'init' command to create a new scripts folder."_s;
    QTest::newRow("package script location")
        << u"alembic.ini"_s << QByteArray("[alembic]\nscript_location = pkg.sub:migrations\n")
        << int(ErrorCode::Unsupported)
        << u"alembic.ini:2: script_location 'pkg.sub:migrations' names a Python package; Stepwise needs a folder path"_s;
}

void tst_ProjectLoader::configErrors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    writeFile(dir.filePath(file), content);
    QDir(dir.path()).mkpath(u"versions"_s);
    QDir(dir.path()).mkpath(u"m"_s);
    const Result<Project> p = loadProject(dir.path());
    QVERIFY(!p.ok());
    QCOMPARE(int(p.error().code()), code);
    QCOMPARE(p.error().toString(), QString(expected).replace(u"<dir>"_s, dir.path()));
}

void tst_ProjectLoader::duplicateLocation()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"stepwise.ini"_s), "[repository]\nversions = versions, ./versions/\n");
    writeFile(
        dir.filePath(u"versions/a1_x.sql"_s), "-- revision: a1\n-- parents:\n-- migrate:up\n");
    const Result<Project> p = loadProject(dir.path());
    QVERIFY(p.ok());
    QCOMPARE(p->config.versionLocations.size(), 1);
    QCOMPARE(p->revisions.size(), 1);
    QCOMPARE(p->config.notes.size(), 1);
}

// Load order is by file name in code-point order, whatever order the folder lists them in.
void tst_ProjectLoader::fileNameOrder()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"stepwise.ini"_s), "[repository]\n");
    const QList<std::pair<QString, QByteArray>> files { { u"\U0001F600_emoji.sql"_s, "e5" },
        { u"\uFF01_bang.sql"_s, "d4" }, { u"b_lower.sql"_s, "c3" }, { u"B_upper.sql"_s, "b2" },
        { u"10_ten.sql"_s, "a1" }, { u"9_nine.sql"_s, "a9" } };
    for (const auto &[name, id] : files)
        writeFile(dir.filePath(u"versions/"_s + name),
            QByteArray("-- revision: " + id + "\n-- parents:\n-- migrate:up\n"));
    const Result<Project> p = loadProject(dir.path());
    QVERIFY(p.ok());
    QCOMPARE(ids(*p), QStringList({ u"a1"_s, u"a9"_s, u"b2"_s, u"c3"_s, u"d4"_s, u"e5"_s }));
}

// Alembic ≥ 1.16 projects configured in pyproject.toml only, and an alembic.ini project whose
// pyproject.toml Stepwise cannot read (it still loads, with a note).
void tst_ProjectLoader::pyprojectProject()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"app/pyproject.toml"_s),
        "[project]\nname = \"app\"\n[tool.alembic]\nscript_location = \"%(here)s/alembic\"\n");
    writeFile(
        dir.filePath(u"app/alembic/versions/a_x.py"_s), "revision = 'a'\ndown_revision = None\n");
    QDir(dir.path()).mkpath(u"app/src"_s);
    const Result<Project> p = loadProject(dir.filePath(u"app"_s));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    QCOMPARE(p->config.kind, ProjectConfig::Kind::Alembic);
    QCOMPARE(ids(*p), QStringList { u"a"_s });
    QCOMPARE(p->revisions[0].relativePath, u"alembic/versions/a_x.py"_s);
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.filePath(u"app/src"_s)));
    const Result<QString> found = Stepwise::Core::findProjectDir(QString());
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(QDir(*found).canonicalPath(), QDir(dir.filePath(u"app"_s)).canonicalPath());
    // A pyproject.toml without the table is not a project.
    writeFile(dir.filePath(u"lib/pyproject.toml"_s), "[tool.black]\n");
    QVERIFY(!loadProject(dir.filePath(u"lib"_s)).ok());
    // alembic.ini + unreadable pyproject.toml: loads from the ini, says why the table was skipped.
    writeFile(dir.filePath(u"both/alembic.ini"_s), "[alembic]\nscript_location = m\n");
    writeFile(dir.filePath(u"both/pyproject.toml"_s), "[tool.alembic]\nx = \"never closed\n");
    writeFile(dir.filePath(u"both/m/versions/b_y.py"_s), "revision = 'b'\ndown_revision = None\n");
    const Result<Project> both = loadProject(dir.filePath(u"both"_s));
    QVERIFY(both.ok());
    QCOMPARE(ids(*both), QStringList { u"b"_s });
    QCOMPARE(both->config.notes.size(), 1);
    QVERIFY(both->config.notes[0].startsWith(
        u"pyproject.toml: [tool.alembic] not read: pyproject.toml:2:"_s));
}

void tst_ProjectLoader::findProjectDir()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"app/migrations/alembic.ini"_s), "[alembic]\n");
    QDir(dir.path()).mkpath(u"app/src/deep"_s);
    const QString app = QDir(dir.path()).canonicalPath() + u"/app"_s;
    QCOMPARE(*Stepwise::Core::findProjectDir(dir.filePath(u"app"_s)),
        QDir(dir.filePath(u"app"_s)).absolutePath());
    const Result<QString> notProject = Stepwise::Core::findProjectDir(dir.filePath(u"app/src"_s));
    QVERIFY(!notProject.ok());
    QCOMPARE(notProject.error().code(), ErrorCode::Config);
    QVERIFY(!Stepwise::Core::findProjectDir(dir.filePath(u"absent"_s)).ok());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.filePath(u"app/src/deep"_s)));
    const Result<QString> found = Stepwise::Core::findProjectDir(QString());
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY(found.ok());
    QCOMPARE(QDir(*found).canonicalPath(), app);
    // stepwise.ini wins over alembic.ini in the same folder.
    writeFile(dir.filePath(u"both/stepwise.ini"_s), "[repository]\n");
    writeFile(dir.filePath(u"both/alembic.ini"_s), "[alembic]\nscript_location = x\n");
    QDir(dir.path()).mkpath(u"both/versions"_s);
    QCOMPARE(loadProject(dir.filePath(u"both"_s))->config.kind, ProjectConfig::Kind::Native);
}

void tst_ProjectLoader::codePointOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("ascii") << u"a1_x.sql"_s << u"b1_x.sql"_s;
    QTest::newRow("upper before lower") << u"Z.sql"_s << u"a.sql"_s;
    QTest::newRow("prefix first") << u"a"_s << u"a_"_s;
    QTest::newRow("digit before underscore") << u"a1"_s << u"a_"_s;
    // U+FF01 (one UTF-16 unit) sorts before U+1F600 (a surrogate pair) by code point, although
    // its unit 0xFF01 is larger than the high surrogate 0xD83D.
    QTest::newRow("BMP private/fullwidth before astral") << u"\uFF01"_s << u"\U0001F600"_s;
}

void tst_ProjectLoader::codePointOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(ProjectLoader::codePointLess(a, b));
    QVERIFY(!ProjectLoader::codePointLess(b, a));
    QVERIFY(!ProjectLoader::codePointLess(a, a));
}

// Enough files for the parallel path: order and every problem are kept; prints the time.
void tst_ProjectLoader::manyFiles()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"stepwise.ini"_s), "[repository]\nversions = versions\n");
    const int n = 2000;
    QStringList expected;
    for (int i = 0; i < n; ++i) {
        const QByteArray id = "r" + QByteArray::number(i).rightJustified(5, '0');
        const QByteArray parent =
            i == 0 ? QByteArray() : "r" + QByteArray::number(i - 1).rightJustified(5, '0');
        const QByteArray idLine =
            QByteArray(i % 500 == 7 ? "-- revision: bad-" : "-- revision: ") + id;
        writeFile(dir.filePath(u"versions/"_s + QString::fromLatin1(id) + u"_step.sql"_s),
            QByteArray(idLine + "\n-- parents: " + parent
                + "\n-- message: step\n\n-- migrate:up\nSELECT 1;\n"
                  "\n-- migrate:down\nSELECT 2;\n"));
        if (i % 500 != 7)
            expected.append(QString::fromLatin1(id));
    }
    QElapsedTimer timer;
    timer.start();
    const Result<Project> p = loadProject(dir.path());
    const qint64 ms = timer.elapsed();
    QVERIFY(p.ok());
    QCOMPARE(ids(*p), expected);
    QCOMPARE(p->errors.size(), 4);
    QVERIFY(p->errors[0].toString().startsWith(u"versions/r00007_step.sql:1: "_s));
    QVERIFY(p->errors[3].toString().startsWith(u"versions/r01507_step.sql:1: "_s));
    qInfo("%d native files, headers only: %lld ms (first, cold-ish run)", n, ms);
}

// A header longer than the loader's first read, and a big up section a header-only load skips.
void tst_ProjectLoader::largeFiles()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"stepwise.ini"_s), "[repository]\nversions = versions\n");
    const QByteArray longMessage(10000, 'm');
    writeFile(dir.filePath(u"versions/a1_long.sql"_s),
        QByteArray("-- revision: a1\n-- parents:\n-- message: " + longMessage
            + "\n-- migrate:up\nSELECT 1;\n"));
    QByteArray big = "-- revision: b2\n-- parents: a1\n\n-- migrate:up\n";
    for (int i = 0; i < 20000; ++i)
        big += "INSERT INTO t VALUES (" + QByteArray::number(i) + ", 'caf\xC3\xA9');\n";
    big += "-- migrate:down\nDELETE FROM t;\n";
    writeFile(dir.filePath(u"versions/b2_big.sql"_s), big);
    for (const bool headersOnly : { true, false }) {
        const Result<Project> p = loadProject(dir.path(), LoadOptions { headersOnly });
        QVERIFY(p.ok());
        QVERIFY(p->errors.isEmpty());
        QCOMPARE(p->revisions.size(), 2);
        QCOMPARE(p->revisions[0].message, QString::fromLatin1(longMessage));
        QCOMPARE(p->revisions[1].parents, QStringList { u"a1"_s });
        QCOMPARE(p->revisions[1].down.present, !headersOnly);
        QCOMPARE(p->revisions[1].up.text.count(u'\n'), headersOnly ? 0 : 20000);
    }
}

// Every evidence project: the graph Alembic's scenario declared (log header "#   id: down=…
// labels=… depends_on=…") must be what Stepwise reads, except ids Stepwise refuses (⚑).
void tst_ProjectLoader::evidenceGraphs_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("log");
    const QDir projects(m_evidence + u"/projects"_s);
    for (const QString &name : projects.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString log = m_evidence + u"/logs/"_s + name + u".log"_s;
        if (QFile::exists(log) && name != u"e15_empty_versions"_s)
            QTest::newRow(qPrintable(name)) << projects.filePath(name) << log;
    }
}

// None, 'a', ('a',), ('a', 'b'), ['a', 'b'] as Python's repr writes them.
static QStringList pythonList(QString repr)
{
    if (repr == u"None"_s)
        return {};
    if (repr.startsWith(u'(') || repr.startsWith(u'['))
        repr = repr.sliced(1, repr.size() - 2);
    QStringList out;
    for (const QString &item : repr.split(u',', Qt::SkipEmptyParts)) {
        const QString t = item.trimmed();
        if (t.size() >= 2)
            out.append(t.sliced(1, t.size() - 2));
    }
    return out;
}

void tst_ProjectLoader::evidenceGraphs()
{
    QFETCH(QString, project);
    QFETCH(QString, log);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    static const QRegularExpression line(u"^#   (\\S+): down=(.*) labels=(.*) depends_on=(.*)$"_s);
    const Result<Project> p = loadProject(project);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    int checked = 0, refusedCount = 0, declared = 0;
    for (const QString &text : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch())
            continue;
        ++declared;
        const QString id = m.captured(1);
        const QStringList parents = pythonList(m.captured(2));
        const Revision *found = nullptr;
        for (const Revision &r : p->revisions) {
            if (r.id == id && !found)
                found = &r;
        }
        bool refused = !RevisionId::checkAlembic(id).isEmpty() || m.captured(2) == u"''"_s;
        for (const QString &label : pythonList(m.captured(3)))
            refused = refused || !RevisionId::checkLabel(label).isEmpty();
        QVERIFY2(bool(found) != refused, qPrintable(id));
        if (refused) {
            ++refusedCount;
            continue;
        }
        QCOMPARE(found->parents, parents);
        QCOMPARE(found->branchLabels, pythonList(m.captured(3)));
        QCOMPARE(found->dependsOn, pythonList(m.captured(4)));
        ++checked;
    }
    QCOMPARE(checked + refusedCount, declared);
    const QString name = QFileInfo(project).fileName();
    if (refusedCount > 0)
        QVERIFY(!p->errors.isEmpty());
    else if (name.startsWith(u's') && !name.startsWith(u"s07"_s)) // s07 has computed ids
        QVERIFY2(p->errors.isEmpty(), qPrintable(describe(p->errors).join(u'\n')));
}

// e15: Alembic with an empty versions folder does nothing and succeeds. (The evidence copy
// lost its empty folder; Stepwise refuses a missing one, so the folder is recreated here.)
void tst_ProjectLoader::emptyVersions()
{
    QTemporaryDir dir;
    const QString source = m_evidence + u"/projects/e15_empty_versions"_s;
    QVERIFY(QFile::copy(source + u"/alembic.ini"_s, dir.filePath(u"alembic.ini"_s)));
    QVERIFY(QDir(dir.path()).mkpath(u"migrations/versions"_s));
    QVERIFY(QFile::copy(source + u"/migrations/env.py"_s, dir.filePath(u"migrations/env.py"_s)));
    const Result<Project> p = loadProject(dir.path());
    QVERIFY(p.ok());
    QVERIFY(p->revisions.isEmpty());
    QVERIFY(p->errors.isEmpty());
    QCOMPARE(loadProject(source).error().code(), ErrorCode::Config);
}

void tst_ProjectLoader::evidenceForms()
{
    // s07_forms: what `alembic history` printed (logs/s07_forms.log), less f10 (computed ids).
    const Result<Project> p = loadProject(m_evidence + u"/projects/s07_forms"_s);
    QVERIFY(p.ok());
    QCOMPARE(ids(*p),
        QStringList({ u"f01"_s, u"f02"_s, u"f03"_s, u"f04"_s, u"f05"_s, u"f06"_s, u"f07"_s,
            u"f08"_s, u"f09"_s, u"f11"_s, u"f12"_s }));
    const QStringList messages { u"classic template"_s, u"typed template"_s, u"black formatted"_s,
        u"old template without labels"_s, u"merge of f04 and f06"_s, u"one element tuple parent"_s,
        u"first line of message\nsecond line of same paragraph"_s, QString(),
        u"Message with leading newline and 'quotes'"_s, u"Ajout de la table \u00E9l\u00E8ve"_s,
        QString() };
    for (qsizetype i = 0; i < messages.size(); ++i)
        QCOMPARE(p->revisions[i].message, messages[i]);
    QCOMPARE(p->revisions[4].parents, QStringList({ u"f04"_s, u"f06"_s }));
    QCOMPARE(p->revisions[4].dependsOn, QStringList { u"f01"_s });
    QCOMPARE(p->revisions[6].branchLabels, QStringList({ u"lbl7a"_s, u"lbl7b"_s }));
    QCOMPARE(p->revisions[8].parents, QStringList { u"f07"_s });
    QCOMPARE(p->revisions[10].parents, QStringList { u"f11"_s });
    QCOMPARE(describe(p->errors),
        QStringList({ u"migrations/versions/f10_computed.py:3: revision cannot be read without running Python: Stepwise reads None, string literals and tuples or lists of string literals"_s,
            u"migrations/versions/f10_computed.py:4: down_revision cannot be read without running Python: Stepwise reads None, string literals and tuples or lists of string literals"_s }));
    QCOMPARE(p->warnings.size(), 3); // f09 reassigns twice; f10's branch_labels
    QVERIFY(p->config.notes.join(u'\n').contains(u"transaction_per_migration"_s));
}

void tst_ProjectLoader::evidenceErrors_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("e11")
        << u"e11_illegal_chars"_s
        << QStringList({ u"migrations/versions/01_a-b.py:13: Character(s) '-' not allowed in revision identifier 'a-b'"_s,
               u"migrations/versions/02_c@d.py:13: Character(s) '@' not allowed in revision identifier 'c@d'"_s });
    QTest::newRow("e12")
        << u"e12_no_revision_variable"_s
        << QStringList {
               u"migrations/versions/notarev.py: Could not determine revision id from filename notarev.py. Be sure the 'revision' variable is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation)."_s
           };
    QTest::newRow("e13 legacy id loads") << u"e13_legacy_hex_filename"_s << QStringList();
    QTest::newRow("e14")
        << u"e14_no_down_revision"_s
        << QStringList {
               u"migrations/versions/02_b.py: no down_revision: Alembic needs it in every revision file (write down_revision = None for a base revision)"_s
           };
    QTest::newRow("e19")
        << u"e19_revision_not_string"_s
        << QStringList {
               u"migrations/versions/02_b.py:11: revision cannot be read without running Python: Stepwise reads None, string literals and tuples or lists of string literals"_s
           };
    QTest::newRow("e20")
        << u"e20_label_with_at"_s
        << QStringList {
               u"migrations/versions/01_a.py:15: branch label 'my@label' contains '@', which is not allowed in labels (it has a meaning in targets)"_s
           };
    QTest::newRow("e21")
        << u"e21_empty_string_down_revision"_s
        << QStringList {
               u"migrations/versions/02_b.py:14: down_revision: empty revision id (use None for a base revision)"_s
           };
}

void tst_ProjectLoader::evidenceErrors()
{
    QFETCH(QString, project);
    QFETCH(QStringList, errors);
    const Result<Project> p = loadProject(m_evidence + u"/projects/"_s + project);
    QVERIFY(p.ok());
    QCOMPARE(describe(p->errors), errors);
    if (project.startsWith(u"e13"_s)) {
        QCOMPARE(ids(*p), QStringList({ u"b"_s, u"a1b2c3"_s }));
        QCOMPARE(p->revisions[1].message, u"msg"_s);
    }
}

void tst_ProjectLoader::unreadableEntries_data()
{
    QTest::addColumn<QString>("kind"); // of the entry versions/b2_x.<ext>
    QTest::addColumn<bool>("alembic");
    QTest::addColumn<QString>("error"); // "" when the entry is not a revision (left alone)
    const QString dangling = u"%1: cannot read: a symbolic link to /nonexistent/b2.%2, which does not exist"_s;
    QTest::newRow("dangling link") << u"dangling"_s << false << dangling.arg(u"versions/b2_x.sql"_s, u"sql"_s);
    QTest::newRow("dangling link, Alembic")
        << u"dangling"_s << true << dangling.arg(u"migrations/versions/b2_x.py"_s, u"py"_s);
    QTest::newRow("link loop") << u"loop"_s << false
                               << u"versions/b2_x.sql: cannot read: Too many levels of symbolic links"_s;
    QTest::newRow("named pipe") << u"fifo"_s << false
                                << u"versions/b2_x.sql: cannot read: a named pipe, not a regular file"_s;
    // A folder is never read as a revision file (Alembic's listing skips folders too).
    QTest::newRow("folder named like a revision") << u"folder"_s << false << QString();
    QTest::newRow("dangling link not named like a revision") << u"dangling-txt"_s << false << QString();
}

// An entry named like a revision file that cannot be read is an error naming it (exit 2 in
// the CLI); before, a dangling link was skipped and the graph computed without it.
void tst_ProjectLoader::unreadableEntries()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links and named pipes: Unix only");
#else
    QFETCH(QString, kind);
    QFETCH(bool, alembic);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString versions = dir.filePath(alembic ? u"migrations/versions"_s : u"versions"_s);
    const QString ext = alembic ? u"py"_s : u"sql"_s;
    if (alembic) {
        writeFile(dir.filePath(u"alembic.ini"_s), "[alembic]\nscript_location = migrations\n");
        writeFile(versions + u"/a1_x.py"_s, "revision = 'a1'\ndown_revision = None\n");
    } else {
        writeFile(dir.filePath(u"stepwise.ini"_s), "[repository]\n");
        writeFile(versions + u"/a1_x.sql"_s, "-- revision: a1\n-- parents:\n-- migrate:up\n");
    }
    const QString entry = versions + u"/b2_x."_s + ext;
    const QByteArray entryPath = QFile::encodeName(entry);
    const auto link = [](const QByteArray &target, const QString &at) {
        return ::symlink(target.constData(), QFile::encodeName(at).constData()) == 0;
    };
    if (kind == u"dangling")
        QVERIFY(link("/nonexistent/b2." + ext.toLatin1(), entry));
    else if (kind == u"dangling-txt")
        QVERIFY(link("/nonexistent/notes.txt", versions + u"/notes.txt"_s));
    else if (kind == u"loop")
        QVERIFY(link(QFile::encodeName(u"b2_x."_s + ext), entry));
    else if (kind == u"fifo")
        QVERIFY(::mkfifo(entryPath.constData(), 0644) == 0);
    else
        QVERIFY(QDir().mkpath(entry));
    const Result<Project> p = loadProject(dir.path());
    QVERIFY(p.ok());
    QCOMPARE(describe(p->errors), error.isEmpty() ? QStringList() : QStringList{error});
    if (!error.isEmpty())
        QCOMPARE(p->errors.first().code(), ErrorCode::Io);
    QCOMPARE(ids(*p), QStringList{u"a1"_s}); // the readable file still loads
    // The header index path lists the folder the same way.
    LoadOptions indexed;
    indexed.useHeaderIndex = true;
    indexed.indexMinFiles = 1;
    indexed.indexDir = dir.filePath(u"index"_s);
    const Result<Project> again = loadProject(dir.path(), indexed);
    QVERIFY(again.ok());
    QCOMPARE(describe(again->errors), describe(p->errors));
#endif
}

// A revision file without read permission. Root reads it anyway (the tests usually run as
// root), so the check runs only for other users.
void tst_ProjectLoader::unreadablePermission()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes: Unix only");
#else
    if (::geteuid() == 0)
        QSKIP("running as root: a file without read permission is still readable");
    QTemporaryDir dir;
    writeFile(dir.filePath(u"stepwise.ini"_s), "[repository]\n");
    writeFile(dir.filePath(u"versions/a1_x.sql"_s), "-- revision: a1\n-- parents:\n-- migrate:up\n");
    QVERIFY(QFile::setPermissions(dir.filePath(u"versions/a1_x.sql"_s), QFileDevice::WriteOwner));
    const Result<Project> p = loadProject(dir.path());
    QVERIFY(p.ok());
    QCOMPARE(describe(p->errors), QStringList{u"versions/a1_x.sql: cannot read: Permission denied"_s});
    QVERIFY(p->revisions.isEmpty());
#endif
}

QTEST_GUILESS_MAIN(tst_ProjectLoader)
#include "tst_projectloader.moc"
