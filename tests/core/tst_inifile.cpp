// IniFile: stepwise.ini as written by `stepwise init`, alembic.ini as Python's configparser reads
// it.
#include "core/repository/inifile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_IniFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void errors_data();
    void errors();
};

void tst_IniFile::values_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("python");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // interpolated with here=/p; "<absent>" when absent

    QTest::newRow("stepwise inline ; comment") << QByteArray(
        "[repository]\nversions = versions            ; one or more folders, comma-separated\n")
                                               << false << u"repository"_s << u"versions"_s
                                               << u"versions"_s;
    QTest::newRow("stepwise inline # comment, commas kept")
        << QByteArray("[repository]\nversions = a, b # two\n") << false << u"repository"_s
        << u"versions"_s << u"a, b"_s;
    QTest::newRow("stepwise empty value")
        << QByteArray("[database]\nurl =\n") << false << u"database"_s << u"url"_s << QString();
    QTest::newRow("stepwise ; inside a value is kept")
        << QByteArray("[database]\nurl = sqlite:///a;b.db\n") << false << u"database"_s << u"url"_s
        << u"sqlite:///a;b.db"_s;
    QTest::newRow("stepwise last duplicate wins")
        << QByteArray("[r]\nk = 1\nk = 2\n") << false << u"r"_s << u"k"_s << u"2"_s;
    QTest::newRow("python keeps ; in value")
        << QByteArray("[alembic]\nurl = a ; b\n") << true << u"alembic"_s << u"url"_s << u"a ; b"_s;
    QTest::newRow("python %(here)s")
        << QByteArray("[alembic]\nscript_location = %(here)s/alembic\n") << true << u"alembic"_s
        << u"script_location"_s << u"/p/alembic"_s;
    QTest::newRow("python %% and nested reference")
        << QByteArray("[alembic]\nbase = %(here)s/m\nloc = %(base)s/v 100%%\n") << true
        << u"alembic"_s << u"loc"_s << u"/p/m/v 100%"_s;
    QTest::newRow("python DEFAULT section")
        << QByteArray("[DEFAULT]\nroot = r\n[alembic]\nloc = %(root)s/v\n") << true << u"alembic"_s
        << u"loc"_s << u"r/v"_s;
    QTest::newRow("python multi-line value with comment and blank line") << QByteArray(
        "[alembic]\nversion_locations =\n    %(here)s/a\n    # skipped\n\n    %(here)s/b\n"
        "next = 1\n") << true << u"alembic"_s << u"version_locations"_s << u"\n/p/a\n\n/p/b"_s;
    QTest::newRow("python colon delimiter, key case")
        << QByteArray("[alembic]\nScript_Location: m\n") << true << u"alembic"_s
        << u"script_location"_s << u"m"_s;
    QTest::newRow("python CRLF and BOM")
        << QByteArray("\xEF\xBB\xBF[alembic]\r\nscript_location = m\r\n") << true << u"alembic"_s
        << u"script_location"_s << u"m"_s;
    QTest::newRow("absent") << QByteArray("[alembic]\n") << true << u"alembic"_s << u"x"_s
                            << u"<absent>"_s;
    QTest::newRow("section with trailing text")
        << QByteArray("[alembic] \nx = 1\n") << true << u"alembic"_s << u"x"_s << u"1"_s;
}

void tst_IniFile::values()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, python);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result<IniFile> ini = IniFile::parse(
        content, python ? IniFile::Syntax::Python : IniFile::Syntax::Stepwise, u"x.ini"_s);
    QVERIFY2(ini.ok(), qPrintable(ini.ok() ? QString() : ini.error().toString()));
    const auto value = python ? ini->interpolated(section, key, { { u"here"_s, u"/p"_s } })
                              : Result<std::optional<QString>>(ini->value(section, key));
    QVERIFY(value.ok());
    QCOMPARE(value->value_or(u"<absent>"_s), expected);
}

void tst_IniFile::errors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key before any section")
        << QByteArray("x = 1\n") << QString() << u"x.ini:1: a key outside any [section]"_s;
    QTest::newRow("no delimiter") << QByteArray("[a]\n\njust words\n") << QString()
                                  << u"x.ini:3: expected 'key = value'"_s;
    QTest::newRow("duplicate key (configparser strict)")
        << QByteArray("[alembic]\nx = 1\nX = 2\n") << QString()
        << u"x.ini:3: 'x' is set twice in [alembic] (first on line 2)"_s;
    QTest::newRow("bad % syntax")
        << QByteArray("[alembic]\nx = 100%\n") << u"x"_s
        << u"x.ini:2: '%' must be followed by '%' or '(name)s' (write %% for a literal %)"_s;
    QTest::newRow("unknown reference") << QByteArray("[alembic]\nx = %(nope)s\n") << u"x"_s
                                       << u"x.ini:2: unknown reference %(nope)s"_s;
    QTest::newRow("recursive reference") << QByteArray("[alembic]\nx = %(x)s\n") << u"x"_s
                                         << u"x.ini:2: %(...)s references nest too deeply"_s;
    QTest::newRow("invalid UTF-8")
        << QByteArray("[alembic]\nx = \xFF\n") << QString() << u"x.ini:2: invalid UTF-8"_s;
}

void tst_IniFile::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result<IniFile> ini = IniFile::parse(content, IniFile::Syntax::Python, u"x.ini"_s);
    if (key.isEmpty()) {
        QVERIFY(!ini.ok());
        QCOMPARE(ini.error().toString(), expected);
        QCOMPARE(ini.error().code(), ErrorCode::Config);
        return;
    }
    QVERIFY(ini.ok());
    const auto value = ini->interpolated(u"alembic"_s, key, {});
    QVERIFY(!value.ok());
    QCOMPARE(value.error().toString(), expected);
}

QTEST_GUILESS_MAIN(tst_IniFile)
#include "tst_inifile.moc"
