// Revision writer: file names (Alembic's slug rule), new ids, rendering (read back by the
// parser), `stepwise init`, and writing a new revision (validated first, never overwriting).
#include "core/repository/nativerevisionparser.h"
#include "core/repository/revisionwriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_RevisionWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileName_data();
    void fileName();
    void generateId();
    void renderRoundTrip();
    void renderWithSql();
    void init();
    void writeNew_data();
    void writeNew();
    void writeRefusesOverwrite();
};

void tst_RevisionWriter::fileName_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    // Expected values computed with Alembic's own rule (script/base.py _rev_path).
    QTest::newRow("words") << u"Add invoices table"_s << u"3f2a_add_invoices_table.sql"_s;
    QTest::newRow("punctuation dropped")
        << u"Add users' e-mail (unique)!"_s << u"3f2a_add_users_e_mail_unique.sql"_s;
    QTest::newRow("underscores kept") << u"add_users  table"_s << u"3f2a_add_users_table.sql"_s;
    QTest::newRow("empty message") << QString() << u"3f2a_.sql"_s;
    QTest::newRow("cut at a word boundary (s14 long1)")
        << u"this is a very long message that will be truncated"_s
        << u"3f2a_this_is_a_very_long_message_that_will_.sql"_s;
    QTest::newRow("one long word cut at 40")
        << QString(50, u'x') << u"3f2a_"_s + QString(40, u'x') + u"_.sql"_s;
    QTest::newRow("exactly 40 kept")
        << QString(40, u'y') << u"3f2a_"_s + QString(40, u'y') + u".sql"_s;
    QTest::newRow("unicode letters are words") << u"Ajout de la table \u00C9l\u00E8ve"_s
                                               << u"3f2a_ajout_de_la_table_\u00E9l\u00E8ve.sql"_s;
}

void tst_RevisionWriter::fileName()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(revisionFileName(u"3f2a"_s, message), expected);
}

void tst_RevisionWriter::generateId()
{
    static const QRegularExpression hex12(u"^[0-9a-f]{12}$"_s);
    const QString a = generateRevisionId();
    const QString b = generateRevisionId();
    QVERIFY(hex12.match(a).hasMatch());
    QVERIFY(hex12.match(b).hasMatch());
    QVERIFY(a != b);
}

void tst_RevisionWriter::renderRoundTrip()
{
    NewRevision r { u"3f2a9c1b7d4e"_s, { u"1a2b"_s, u"5e6f"_s }, u"Merge\nbilling"_s,
        { u"billing"_s }, { u"9f8e"_s },
        QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc()) };
    const QString text = renderNativeRevision(r);
    QVERIFY(text.startsWith(
        u"-- revision: 3f2a9c1b7d4e\n-- parents: 1a2b, 5e6f\n-- message: Merge billing\n"
        "-- created: 2026-11-23T10:00:00Z\n-- branch_labels: billing\n-- depends_on: 9f8e\n"_s));
    const ParsedRevision p =
        NativeRevisionParser::parse(text.toUtf8(), u"3f2a9c1b7d4e_merge_billing.sql"_s);
    QVERIFY(p.ok());
    QVERIFY(p.warnings.isEmpty());
    QCOMPARE(p.revision.id, r.id);
    QCOMPARE(p.revision.parents, r.parents);
    QCOMPARE(p.revision.message, u"Merge billing"_s);
    QCOMPARE(p.revision.branchLabels, r.branchLabels);
    QCOMPARE(p.revision.dependsOn, r.dependsOn);
    QVERIFY(p.revision.up.present);
    QVERIFY(p.revision.down.present);
    QVERIFY(p.revision.up.text.trimmed().isEmpty());
    // A base without labels writes no optional headers.
    const QString base = renderNativeRevision(NewRevision { u"a1"_s, {}, u"init"_s, {}, {}, {} });
    QVERIFY(base.contains(u"-- parents: \n"_s));
    QVERIFY(!base.contains(u"branch_labels"_s));
    QVERIFY(NativeRevisionParser::parse(base.toUtf8(), u"a1_init.sql"_s).ok());
}

// Autogenerate's revision: its SQL in the sections, a rebuild's section outside a transaction.
void tst_RevisionWriter::renderWithSql()
{
    NewRevision r{u"b2"_s, {u"a1"_s}, u"email"_s, {}, {}, QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc())};
    r.upSql = u"ALTER TABLE people ADD COLUMN email TEXT;\n"_s;
    r.downSql = u"PRAGMA foreign_keys = OFF;\n\nBEGIN;\n\nDROP TABLE x;\n\nCOMMIT;\n"_s;
    r.downTransactional = false;
    const QString text = renderNativeRevision(r);
    QVERIFY2(text.endsWith(u"\n-- migrate:up\nALTER TABLE people ADD COLUMN email TEXT;\n\n"
                           "-- migrate:down transaction:false\nPRAGMA foreign_keys = OFF;\n\nBEGIN;\n\n"
                           "DROP TABLE x;\n\nCOMMIT;\n"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"Write the SQL"_s)); // the instructions are for empty sections
    const ParsedRevision p = NativeRevisionParser::parse(text.toUtf8(), u"b2_email.sql"_s);
    QVERIFY(p.ok());
    QVERIFY(p.revision.up.transactional);
    QVERIFY(!p.revision.down.transactional);
    QVERIFY(p.revision.up.holdsCode && p.revision.down.holdsCode);
}

void tst_RevisionWriter::init()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"app"_s);
    QVERIFY(initProject(project, u"postgresql"_s).ok());
    QVERIFY(QFileInfo(project + u"/versions"_s).isDir());
    const Result<Project> loaded = loadProject(project);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->config.dialect, u"postgresql"_s);
    QCOMPARE(loaded->config.versionTable, u"stepwise_version"_s);
    QCOMPARE(loaded->config.historyTable, u"stepwise_history"_s);
    QVERIFY(loaded->config.transactionPerMigration);
    QCOMPARE(loaded->config.url, QString());
    QVERIFY(loaded->revisions.isEmpty());
    QFile ini(project + u"/stepwise.ini"_s);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(ini.readAll().contains("; One or more folders holding revision files"));

    const Result<void> again = initProject(project, u"postgresql"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), ErrorCode::Usage);
    QVERIFY(!initProject(dir.filePath(u"other"_s), u"oracle"_s).ok());
    // A folder with a non-empty versions/ is refused; nothing is written into it.
    QDir(dir.path()).mkpath(u"busy/versions"_s);
    QFile stray(dir.filePath(u"busy/versions/x.sql"_s));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    QVERIFY(!initProject(dir.filePath(u"busy"_s), u"sqlite"_s).ok());
    QVERIFY(!QFile::exists(dir.filePath(u"busy/stepwise.ini"_s)));
}

static Project sampleProject(const QString &dir)
{
    Project p;
    p.config.projectDir = dir;
    p.config.versionLocations = { dir + u"/versions"_s };
    Revision a;
    a.id = u"a1"_s;
    a.branchLabels = { u"core"_s };
    Revision b;
    b.id = u"b2"_s;
    b.parents = { u"a1"_s };
    p.revisions = { a, b };
    return p;
}

void tst_RevisionWriter::writeNew_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::addColumn<QString>("error"); // empty: written
    QTest::newRow("child of the head") << u"c3"_s << QStringList { u"b2"_s } << QStringList()
                                       << QStringList { u"core"_s } << QString();
    QTest::newRow("generated id, new base")
        << QString() << QStringList() << QStringList { u"other"_s } << QStringList() << QString();
    QTest::newRow("merge") << u"m"_s << QStringList { u"a1"_s, u"b2"_s } << QStringList()
                           << QStringList() << QString();
    QTest::newRow("duplicate id") << u"b2"_s << QStringList { u"a1"_s } << QStringList()
                                  << QStringList() << u"Revision b2 is present more than once"_s;
    QTest::newRow("unknown parent")
        << u"c3"_s << QStringList { u"zz"_s } << QStringList() << QStringList()
        << u"parent zz is not a revision of this project"_s;
    QTest::newRow("same parent twice")
        << u"c3"_s << QStringList { u"b2"_s, u"b2"_s } << QStringList() << QStringList()
        << u"Duplicate head revisions specified"_s;
    QTest::newRow("label taken (Alembic's words)")
        << u"c3"_s << QStringList { u"b2"_s } << QStringList { u"core"_s } << QStringList()
        << u"Branch name 'core' in revision c3 already used by revision a1"_s;
    QTest::newRow("label equal to an id")
        << u"c3"_s << QStringList { u"b2"_s } << QStringList { u"a1"_s } << QStringList()
        << u"Branch name 'a1' in revision c3 already used by revision a1"_s;
    QTest::newRow("bad label") << u"c3"_s << QStringList { u"b2"_s } << QStringList { u"x@y"_s }
                               << QStringList() << u"contains '@'"_s;
    QTest::newRow("bad id") << u"c-3"_s << QStringList { u"b2"_s } << QStringList() << QStringList()
                            << u"contains '-'"_s;
    QTest::newRow("unknown dependency") << u"c3"_s << QStringList { u"b2"_s } << QStringList()
                                        << QStringList { u"nope"_s } << u"depends_on nope"_s;
}

void tst_RevisionWriter::writeNew()
{
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, dependsOn);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"versions"_s));
    const Project project = sampleProject(dir.path());
    const Result<QString> written = writeNewRevision(
        project, NewRevision { id, parents, u"Add things"_s, labels, dependsOn, {} });
    if (!error.isEmpty()) {
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message().contains(error), qPrintable(written.error().message()));
        QVERIFY(QDir(dir.filePath(u"versions"_s)).isEmpty()); // validated before writing
        return;
    }
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QVERIFY(written->endsWith(u"_add_things.sql"_s));
    QFile file(*written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParsedRevision p =
        NativeRevisionParser::parse(file.readAll(), QFileInfo(*written).fileName());
    QVERIFY(p.ok());
    QVERIFY(p.warnings.isEmpty()); // the file name matches the id
    if (!id.isEmpty())
        QCOMPARE(p.revision.id, id);
    QCOMPARE(p.revision.parents, parents);
    QCOMPARE(p.revision.branchLabels, labels);
    QCOMPARE(p.revision.dependsOn, dependsOn);
}

void tst_RevisionWriter::writeRefusesOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"versions"_s));
    const Project project = sampleProject(dir.path());
    const NewRevision r { u"c3"_s, { u"b2"_s }, u"same"_s, {}, {}, {} };
    const Result<QString> first = writeNewRevision(project, r);
    QVERIFY(first.ok());
    QFile f(*first);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const Result<QString> second = writeNewRevision(project, r); // the project was not reloaded
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code(), ErrorCode::Io);
    QVERIFY(second.error().message().contains(u"already exists; not overwritten"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    // Alembic projects get their files from `alembic revision`.
    Project alembic = project;
    alembic.config.kind = ProjectConfig::Kind::Alembic;
    QCOMPARE(writeNewRevision(alembic, NewRevision { u"d4"_s, { u"c3"_s }, u"x"_s, {}, {}, {} })
                 .error()
                 .code(),
        ErrorCode::Unsupported);
}

QTEST_GUILESS_MAIN(tst_RevisionWriter)
#include "tst_revisionwriter.moc"
