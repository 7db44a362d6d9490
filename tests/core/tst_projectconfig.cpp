// ProjectConfigReader and EnvPyReader: stepwise.ini, alembic.ini (every way of naming version
// locations), env.py literals, and the URL password rule.
#include "core/repository/envpyreader.h"
#include "core/repository/projectconfig.h"
#include "core/repository/projectconfigreader.h"
#include "core/repository/pyprojectreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_ProjectConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepwiseIni();
    void stepwiseIniErrors_data();
    void stepwiseIniErrors();
    void alembicLocations_data();
    void alembicLocations();
    void alembicErrors_data();
    void alembicErrors();
    void alembicUrl();
    void envPy_data();
    void envPy();
    void urlHasPassword_data();
    void urlHasPassword();
    void pyproject_data();
    void pyproject();
    void pyprojectSettings();
};

void tst_ProjectConfig::stepwiseIni()
{
    // The file `stepwise init` writes, filled in.
    const QByteArray ini = "[repository]\nversions = versions, ../shared/versions ; two\n"
                           "dialect = sqlite\n[database]\nurl = sqlite:///demo.db\n";
    const Result<ProjectConfig> c = ProjectConfigReader::parseStepwiseIni(ini, u"/p/app"_s);
    QVERIFY(c.ok());
    QCOMPARE(c->kind, ProjectConfig::Kind::Native);
    QCOMPARE(c->projectDir, u"/p/app"_s);
    QCOMPARE(c->iniPath, u"/p/app/stepwise.ini"_s);
    QCOMPARE(c->versionLocations, QStringList({ u"/p/app/versions"_s, u"/p/shared/versions"_s }));
    QCOMPARE(c->dialect, u"sqlite"_s);
    QCOMPARE(c->url, u"sqlite:///demo.db"_s);
    QCOMPARE(c->versionTable, u"stepwise_version"_s);
    QCOMPARE(c->historyTable, u"stepwise_history"_s);
    QCOMPARE(c->versionTableSchema, QString());
    QVERIFY(c->transactionPerMigration);

    // Defaults: versions/ when the key is absent; dialect from the URL; password dropped.
    const Result<ProjectConfig> d = ProjectConfigReader::parseStepwiseIni(
        "[database]\nurl = postgresql+psycopg2://u:secret@h/db\ntransaction_per_migration = no\n",
        u"/p"_s);
    QVERIFY(d.ok());
    QCOMPARE(d->versionLocations, QStringList { u"/p/versions"_s });
    QCOMPARE(d->url, QString());
    QCOMPARE(d->dialect, QString());
    QCOMPARE(d->notes.size(), 1);
    QVERIFY(!d->transactionPerMigration);
    const Result<ProjectConfig> e = ProjectConfigReader::parseStepwiseIni(
        "[database]\nurl = postgresql+psycopg2://u@h/db\n", u"/p"_s);
    QCOMPARE(e->dialect, u"postgresql"_s);
}

void tst_ProjectConfig::stepwiseIniErrors_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad boolean")
        << QByteArray("[database]\n\ntransaction_per_migration = maybe\n")
        << u"stepwise.ini:3: transaction_per_migration must be true or false, not 'maybe'"_s;
    QTest::newRow("no folder") << QByteArray("[repository]\nversions = ,\n")
                               << u"stepwise.ini:2: [repository] versions names no folder"_s;
    QTest::newRow("syntax") << QByteArray("versions = x\n")
                            << u"stepwise.ini:1: a key outside any [section]"_s;
}

void tst_ProjectConfig::stepwiseIniErrors()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, expected);
    const Result<ProjectConfig> c = ProjectConfigReader::parseStepwiseIni(ini, u"/p"_s);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code(), ErrorCode::Config);
    QCOMPARE(c.error().toString(), expected);
}

void tst_ProjectConfig::alembicLocations_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<bool>("flask");
    QTest::addColumn<QString>("scriptLocation");
    QTest::addColumn<QStringList>("locations");
    QTest::addColumn<bool>("recursive");

    const QByteArray head = "[alembic]\nscript_location = migrations\n";
    QTest::newRow("default versions") << head << false << u"/p/migrations"_s
                                      << QStringList { u"/p/migrations/versions"_s } << false;
    QTest::newRow("%(here)s script location")
        << QByteArray("[alembic]\nscript_location = %(here)s/alembic\n") << false << u"/p/alembic"_s
        << QStringList { u"/p/alembic/versions"_s } << false;
    QTest::newRow("spaces and commas (legacy)")
        << QByteArray(head + "version_locations = %(here)s/a, %(here)s/b  c,d\n") << false
        << u"/p/migrations"_s << QStringList { u"/p/a"_s, u"/p/b"_s, u"/p/c"_s, u"/p/d"_s }
        << false;
    QTest::newRow("version_path_separator = os")
        << QByteArray(head + "version_path_separator = os\nversion_locations = %(here)s/a b:x\n")
        << false << u"/p/migrations"_s << QStringList { u"/p/a b"_s, u"/p/x"_s } << false;
    QTest::newRow("path_separator = newline, multi-line value")
        << QByteArray(head
               + "path_separator = newline\nversion_locations =\n    %(here)s/one\n"
                 "    %(here)s/two, still two\n")
        << false << u"/p/migrations"_s << QStringList { u"/p/one"_s, u"/p/two, still two"_s }
        << false;
    QTest::newRow("path_separator wins over version_path_separator")
        << QByteArray(head
               + "path_separator = semicolon\nversion_path_separator = space\n"
                 "version_locations = a b;c\n")
        << false << u"/p/migrations"_s << QStringList { u"/p/a b"_s, u"/p/c"_s } << false;
    QTest::newRow("colon by name")
        << QByteArray(head + "path_separator = colon\nversion_locations = a:b\n") << false
        << u"/p/migrations"_s << QStringList { u"/p/a"_s, u"/p/b"_s } << false;
    QTest::newRow("recursive") << QByteArray(head + "recursive_version_locations = true\n") << false
                               << u"/p/migrations"_s << QStringList { u"/p/migrations/versions"_s }
                               << true;
    QTest::newRow("Flask-Migrate: no script_location")
        << QByteArray("[alembic]\n# file_template = %%(rev)s\n\n[loggers]\nkeys = root\n") << true
        << u"/p"_s << QStringList { u"/p/versions"_s } << false;
}

void tst_ProjectConfig::alembicLocations()
{
    QFETCH(QByteArray, ini);
    QFETCH(bool, flask);
    QFETCH(QString, scriptLocation);
    QFETCH(QStringList, locations);
    QFETCH(bool, recursive);
    const Result<ProjectConfig> c = ProjectConfigReader::parseAlembicIni(ini, u"/p"_s, flask);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE(c->kind, ProjectConfig::Kind::Alembic);
    QCOMPARE(c->scriptLocation, scriptLocation);
    QCOMPARE(c->versionLocations, locations);
    QCOMPARE(c->recursiveVersionLocations, recursive);
    QCOMPARE(c->versionTable, u"alembic_version"_s);
    QVERIFY(!c->transactionPerMigration); // Alembic's default
    QCOMPARE(c->projectDir, flask ? u"/"_s : u"/p"_s);
}

void tst_ProjectConfig::alembicErrors_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no script_location (Alembic's words)")
        << QByteArray("[alembic]\nsqlalchemy.url = sqlite://\n") << int(ErrorCode::Config)
        << u"alembic.ini: No 'script_location' key found in configuration."_s;
    QTest::newRow("package:path")
        << QByteArray("[alembic]\nscript_location = myapp:migrations\n")
        << int(ErrorCode::Unsupported)
        << u"alembic.ini:2: script_location 'myapp:migrations' names a Python package; Stepwise needs a folder path"_s;
    QTest::newRow("bad separator")
        << QByteArray("[alembic]\nscript_location = m\nversion_path_separator = "
                      "pipe\nversion_locations = a\n")
        << int(ErrorCode::Config)
        << u"alembic.ini:3: 'pipe' is not a valid value for version_path_separator; expected 'space', 'newline', 'os', ':', ';'"_s;
    QTest::newRow("bad recursive flag")
        << QByteArray("[alembic]\nscript_location = m\nrecursive_version_locations = sometimes\n")
        << int(ErrorCode::Config)
        << u"alembic.ini:3: recursive_version_locations must be true or false, not 'sometimes'"_s;
}

void tst_ProjectConfig::alembicErrors()
{
    QFETCH(QByteArray, ini);
    QFETCH(int, code);
    QFETCH(QString, expected);
    const Result<ProjectConfig> c = ProjectConfigReader::parseAlembicIni(ini, u"/p"_s, false);
    QVERIFY(!c.ok());
    QCOMPARE(int(c.error().code()), code);
    QCOMPARE(c.error().toString(), expected);
}

void tst_ProjectConfig::alembicUrl()
{
    const Result<ProjectConfig> plain = ProjectConfigReader::parseAlembicIni(
        "[alembic]\nscript_location = m\nsqlalchemy.url = sqlite:///%(here)s/db.sqlite\n", u"/p"_s,
        false);
    QCOMPARE(plain->url, u"sqlite:////p/db.sqlite"_s);
    QCOMPARE(plain->dialect, u"sqlite"_s);
    QVERIFY(plain->notes.isEmpty());
    const Result<ProjectConfig> secret =
        ProjectConfigReader::parseAlembicIni("[alembic]\nscript_location = m\nsqlalchemy.url = "
                                             "postgresql://scott:tiger@localhost/test\n",
            u"/p"_s, false);
    QCOMPARE(secret->url, QString());
    QCOMPARE(secret->dialect, u"postgresql"_s);
    QCOMPARE(secret->notes.size(), 1);
    QVERIFY(!secret->notes[0].contains(u"tiger"_s));
}

void tst_ProjectConfig::envPy_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("table"); // "<unset>" when not read
    QTest::addColumn<QString>("schema"); // "<unset>" when not read
    QTest::addColumn<int>("tpm"); // -1 unset, 0 false, 1 true
    QTest::addColumn<int>("notes");

    QTest::newRow("literals") << QByteArray(
        "context.configure(\n    connection=c,\n    version_table='v',\n"
        "    version_table_schema=\"s\",  # audit\n"
        "    transaction_per_migration=True,\n)\n")
                              << u"v"_s << u"s"_s << 1 << 0;
    QTest::newRow("not passed: defaults, no note")
        << QByteArray("context.configure(url=url, target_metadata=target_metadata)\n")
        << u"<unset>"_s << u"<unset>"_s << -1 << 0;
    QTest::newRow("variable: note (evidence env.py)")
        << QByteArray("tpm = x\ncontext.configure(url=url, transaction_per_migration=tpm)\n")
        << u"<unset>"_s << u"<unset>"_s << -1 << 1;
    QTest::newRow("same literal in online and offline calls")
        << QByteArray("def a():\n    context.configure(url=u, version_table='v')\n"
                      "def b():\n    context.configure(connection=c, version_table='v')\n")
        << u"v"_s << u"<unset>"_s << -1 << 0;
    QTest::newRow("different literals: note") << QByteArray(
        "context.configure(version_table='v1')\ncontext.configure(version_table='v2')\n")
                                              << u"<unset>"_s << u"<unset>"_s << -1 << 1;
    QTest::newRow("nested call arguments and strings")
        << QByteArray("context.configure(opts=dict(version_table='no'), s=\"version_table='no'\",\n"
                      "    version_table_schema=None, transaction_per_migration=False)\n")
        << u"<unset>"_s << QString() << 0 << 0;
    QTest::newRow("in a comment or string only") << QByteArray(
        "# context.configure(version_table='no')\nx = \"context.configure(version_table='no')\"\n")
                                                 << u"<unset>"_s << u"<unset>"_s << -1 << 0;
}

void tst_ProjectConfig::envPy()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, table);
    QFETCH(QString, schema);
    QFETCH(int, tpm);
    QFETCH(int, notes);
    const EnvPyOptions o = EnvPyReader::read(source, u"migrations/env.py"_s);
    QCOMPARE(o.versionTable.value_or(u"<unset>"_s), table);
    QCOMPARE(o.versionTableSchema.value_or(u"<unset>"_s), schema);
    QCOMPARE(o.transactionPerMigration ? int(*o.transactionPerMigration) : -1, tpm);
    QCOMPARE(o.notes.size(), notes);
    for (const QString &note : o.notes)
        QVERIFY(note.startsWith(u"migrations/env.py:"_s));
}

void tst_ProjectConfig::urlHasPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("expected");
    QTest::newRow("user:password") << u"postgresql://scott:tiger@localhost/test"_s << true;
    QTest::newRow("user only") << u"postgresql://scott@localhost/test"_s << false;
    QTest::newRow("empty password") << u"mysql://scott:@localhost/test"_s << false;
    QTest::newRow("port, no user") << u"postgresql://localhost:5432/test"_s << false;
    QTest::newRow("sqlite path with @ and :") << u"sqlite:///tmp/a:b@c.db"_s << false;
    QTest::newRow("@ in password") << u"postgresql://u:p@ss@host/db"_s << true;
    QTest::newRow("no scheme") << u"just text"_s << false;
}

void tst_ProjectConfig::urlHasPassword()
{
    QFETCH(QString, url);
    QFETCH(bool, expected);
    QCOMPARE(ProjectConfigReader::urlHasPassword(url), expected);
}

void tst_ProjectConfig::pyproject_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("script"); // "<unset>" when absent
    QTest::addColumn<QStringList>("locations");
    QTest::addColumn<int>("recursive"); // -1 unset

    // Alembic 1.16's pyproject template, filled in.
    QTest::newRow("template") << QByteArray(
        "[project]\nname = \"app\"\n\n[tool.alembic]\n"
        "script_location = \"%(here)s/alembic\"\n"
        "# version_locations = [\"%(here)s/alembic/versions\"]\n"
        "prepend_sys_path = [\n    \".\",\n]\n")
                              << true << u"%(here)s/alembic"_s << QStringList() << -1;
    QTest::newRow("list over lines, comments, literal strings, boolean")
        << QByteArray("[tool.alembic]\nscript_location = 'migrations'  # here\n"
                      "version_locations = [\n  \"a\",  # first\n  'b c',\n]\n"
                      "recursive_version_locations = true\n")
        << true << u"migrations"_s << QStringList({ u"a"_s, u"b c"_s }) << 1;
    QTest::newRow("escapes") << QByteArray("[tool.alembic]\nscript_location = \"m\\u00e9\\\\x\"\n")
                             << true << u"m\u00e9\\x"_s << QStringList() << -1;
    QTest::newRow("header inside a multi-line string is text")
        << QByteArray(
               "[project]\ndescription = \"\"\"\n[tool.alembic]\nscript_location = 'no'\n\"\"\"\n"
               "[tool.other]\nx = { a = [1, 2], b = \"]\" }\n")
        << false << u"<unset>"_s << QStringList() << -1;
    QTest::newRow("other tool tables around it")
        << QByteArray("[tool.ruff]\nline-length = 100\n[tool.alembic]\nscript_location = \"s\"\n"
                      "[[tool.mypy.overrides]]\nscript_location = \"no\"\n")
        << true << u"s"_s << QStringList() << -1;
    QTest::newRow("no table") << QByteArray("[tool.black]\n") << false << u"<unset>"_s
                              << QStringList() << -1;
}

void tst_ProjectConfig::pyproject()
{
    QFETCH(QByteArray, toml);
    QFETCH(bool, present);
    QFETCH(QString, script);
    QFETCH(QStringList, locations);
    QFETCH(int, recursive);
    const Result<PyprojectAlembic> p = PyprojectReader::read(toml, u"pyproject.toml"_s);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    QCOMPARE(p->present, present);
    QCOMPARE(p->strings.value(u"script_location"_s).value(0, u"<unset>"_s), script);
    QCOMPARE(p->strings.value(u"version_locations"_s), locations);
    QCOMPARE(p->booleans.contains(u"recursive_version_locations"_s)
            ? int(p->booleans.value(u"recursive_version_locations"_s))
            : -1,
        recursive);
    const Result<PyprojectAlembic> broken =
        PyprojectReader::read(QByteArray(toml + "\n[x]\ny = \"open\n"), u"pyproject.toml"_s);
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().toString().startsWith(u"pyproject.toml:"_s));
}

void tst_ProjectConfig::pyprojectSettings()
{
    const Result<PyprojectAlembic> toml = PyprojectReader::read(
        "[tool.alembic]\nscript_location = \"%(here)s/alembic\"\n"
        "version_locations = [\"%(here)s/v1\", \"v2\"]\nrecursive_version_locations = true\n",
        u"pyproject.toml"_s);
    QVERIFY(toml.ok());
    // pyproject.toml alone.
    const Result<ProjectConfig> only =
        ProjectConfigReader::parseAlembicIni(QByteArray(), u"/p"_s, false, &*toml);
    QVERIFY(only.ok());
    QCOMPARE(only->iniPath, u"/p/pyproject.toml"_s);
    QCOMPARE(only->scriptLocation, u"/p/alembic"_s);
    QCOMPARE(only->versionLocations, QStringList({ u"/p/v1"_s, u"/p/v2"_s }));
    QVERIFY(only->recursiveVersionLocations);
    // alembic.ini beside it: the ini's settings first, the rest from the table.
    const Result<ProjectConfig> both = ProjectConfigReader::parseAlembicIni(
        "[alembic]\nscript_location = mine\nsqlalchemy.url = sqlite:///x.db\n", u"/p"_s, false,
        &*toml);
    QVERIFY(both.ok());
    QCOMPARE(both->iniPath, u"/p/alembic.ini"_s);
    QCOMPARE(both->scriptLocation, u"/p/mine"_s);
    QCOMPARE(both->versionLocations, QStringList({ u"/p/v1"_s, u"/p/v2"_s }));
    QCOMPARE(both->url, u"sqlite:///x.db"_s);
    // Neither gives script_location: Alembic's message, naming the file read.
    const Result<PyprojectAlembic> empty =
        PyprojectReader::read("[tool.alembic]\n", u"pyproject.toml"_s);
    const Result<ProjectConfig> none =
        ProjectConfigReader::parseAlembicIni(QByteArray(), u"/p"_s, false, &*empty);
    QCOMPARE(none.error().toString(),
        u"pyproject.toml: No 'script_location' key found in configuration."_s);
}

QTEST_GUILESS_MAIN(tst_ProjectConfig)
#include "tst_projectconfig.moc"
