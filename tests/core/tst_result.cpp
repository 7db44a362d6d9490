// Error and Result: the value types every core API returns.
#include "core/base/result.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_Result : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorToString_data();
    void errorToString();
    void valueAndError();
};

void tst_Result::errorToString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file and line") << u"versions/3f2a_add_users.sql"_s << 14
                                   << u"versions/3f2a_add_users.sql:14: boom"_s;
    QTest::newRow("file only") << u"stepwise.ini"_s << 0 << u"stepwise.ini: boom"_s;
    QTest::newRow("nowhere") << QString() << 0 << u"boom"_s;
}

void tst_Result::errorToString()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const Error e(ErrorCode::Sql, u"boom"_s, file, line);
    QCOMPARE(e.toString(), expected);
}

void tst_Result::valueAndError()
{
    Result<int> good = 42;
    QVERIFY(good.ok());
    QCOMPARE(*good, 42);
    Result<int> bad = Error(ErrorCode::Target, u"nope"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code(), ErrorCode::Target);
    Result<void> fine;
    QVERIFY(fine.ok());
    Result<void> failed = Error(ErrorCode::Lock, u"timeout"_s).withNative(u"55P03"_s, u"lock"_s);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().nativeCode(), u"55P03"_s);
}

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
