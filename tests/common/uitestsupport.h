#pragma once
// What the Studio tests share beyond tests/common/testsupport.h: connection profiles, password
// stores without a keychain, and answering the editor's modal boxes.

#include "tests/common/profilefixtures.h"
#include "tests/common/testsupport.h"

#include "core/db/connectionprofiles.h"
#include "ui/connections/passwordstore.h"

#include <QHash>
#include <QMessageBox>
#include <QString>

namespace Stepwise::Test {

// A password store that behaves like a desktop without a keychain service.
class NoKeychainStore : public Ui::PasswordStore
{
public:
    using PasswordStore::PasswordStore;
    int reads = 0;
    int writes = 0;
    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &password, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
};

// A working keychain in memory.
class MemoryStore : public Ui::PasswordStore
{
public:
    using PasswordStore::PasswordStore;
    QHash<QString, QString> entries;
    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &password, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
};

// Clicks `button` in the unsaved-changes box (ScriptEditor::maybeSave) once it is shown:
// queued, because the box is modal.
void answerNextMessageBox(QMessageBox::StandardButton button);

} // namespace Stepwise::Test
