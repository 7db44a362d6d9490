#include "tests/common/uitestsupport.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stepwise::Test {

void NoKeychainStore::read(const QString &, ReadCallback callback)
{
    ++reads;
    callback(false, {}, u"No keychain service available"_s);
}

void NoKeychainStore::write(const QString &, const QString &, DoneCallback callback)
{
    ++writes;
    callback(false, u"No keychain service available"_s);
}

void NoKeychainStore::remove(const QString &, DoneCallback callback)
{
    callback(true, {});
}

void MemoryStore::read(const QString &key, ReadCallback callback)
{
    if (entries.contains(key))
        callback(true, entries.value(key), {});
    else
        callback(false, {}, u"Entry not found"_s);
}

void MemoryStore::write(const QString &key, const QString &password, DoneCallback callback)
{
    entries.insert(key, password);
    callback(true, {});
}

void MemoryStore::remove(const QString &key, DoneCallback callback)
{
    entries.remove(key);
    callback(true, {});
}

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"unsavedChangesBox"_s);
        box->button(button)->click();
    });
}

} // namespace Stepwise::Test
