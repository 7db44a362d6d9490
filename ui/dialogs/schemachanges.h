#pragma once

#include "core/db/connectionurl.h"
#include "core/db/passwordprovider.h"
#include "core/schema/ddlwriter.h"
#include "core/schema/schemadiff.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stepwise::Core {
struct ConnectionProfile;
}

namespace Stepwise::Ui {

class PasswordStore;
class ProfileStore;

// What the schema dialogs share (Compare Schemas, Autogenerate Revision, Schema Drift): the
// picker of a schema, the password questions of the core's work off the GUI thread, and the
// tree of changes grouped by object. GUI thread.

// A schema to read: a saved connection, a URL or a .sql file, with "SQL file…" at the end to
// browse for one. The connected database is resolved with the password it was opened with;
// other profiles' passwords come from the keychain or are asked for, as the Connections panel
// does.
class SchemaSourceCombo : public QComboBox
{
    Q_OBJECT

public:
    enum class Kind { Profile, Url, File, Browse };
    struct Choice
    {
        Kind kind = Kind::Browse; // Browse: nothing chosen
        QString value;            // the profile's name, the URL or the absolute path
    };
    struct Source
    {
        QString text;  // what the core takes (a URL with its password, or a path)
        QString label; // for messages, never with a password
    };

    // profiles, passwords: the window's (may be null: only URLs and files are offered).
    SchemaSourceCombo(ProfileStore *profiles, PasswordStore *passwords, QWidget *parent = nullptr);

    // Where SQL files are looked for first and relative sqlite URLs start (the project folder).
    void setBaseDirectory(const QString &directory) { m_baseDirectory = directory; }
    // The window's connected database; selectProfile() it to preselect it.
    void setCurrentConnection(const QString &profileName, const Core::ConnectionUrl &url);
    bool selectProfile(const QString &profileName);
    // A database URL, a saved profile's URL or a .sql file path (empty: nothing chosen).
    void selectSource(const QString &source);

    Choice choice() const;
    void choose(const Choice &choice);
    // What the core reads; nullopt with *error set when nothing is chosen, a profile is not
    // known or a password was declined. `side` names the combo in messages ("FROM").
    std::optional<Source> resolve(const QString &side, QString *error);

private:
    Kind kindAt(int index) const;
    void fill();
    void browse(int index);
    int addFileItem(const QString &path);
    int addUrlItem(const QString &url);
    std::optional<QString> profilePassword(const Core::ConnectionProfile &profile);

    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    QString m_baseDirectory;
    QString m_currentProfile;
    Core::ConnectionUrl m_currentUrl;
    int m_lastIndex = -1;
};

// Asks for a password the core needs while it works on another thread (a shadow database, a
// URL typed without one): the question is asked on the GUI thread.
class AskingPasswordProvider : public Core::PasswordProvider
{
public:
    explicit AskingPasswordProvider(QWidget *parent) : m_parent(parent) { }
    std::optional<QString> password(const Core::ConnectionUrl &url) override;

private:
    QWidget *m_parent;
};

// A tree of schema changes: one group per object (by name; the changes inside in the order
// they run), destructive changes bold red with their warning, possible renames noted, then
// what was not compared. Column 0 the change, column 1 the note.
class SchemaChangeTree
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Ui::SchemaChangeTree)

public:
    // The change's index in diff.changes, on its item (groups and the not-compared: -1).
    static constexpr int ChangeIndexRole = Qt::UserRole + 11;
    // The line of its statement in the SQL shown (0: none).
    static constexpr int LineRole = Qt::UserRole + 10;

    struct Options
    {
        bool checkable = false; // each change with a box (ticked), each group a tristate box
        std::function<int(const Core::SchemaChange &)> lineOf {}; // fills LineRole
    };
    // Sets up a tree's columns (two: change, note).
    static void setUp(QTreeWidget *tree);
    // Replaces the tree's items; returns the number of destructive changes.
    static int fill(QTreeWidget *tree, const Core::SchemaDiffResult &diff, const Options &options);
    // The indexes of the ticked changes, in the diff's order.
    static QList<int> checkedChanges(const QTreeWidget *tree);
    // "3 changes, 1 destructive" (without "(n not compared)").
    static QString summary(const Core::SchemaDiffResult &diff, int destructive);
    // Where each change's statement starts in `sql` (which holds the script's statements).
    static std::function<int(const Core::SchemaChange &)> statementLocator(const QString &sql,
                                                                         const Core::DdlScript &script);
    // Scrolls a read-only SqlPreview to the item's line.
    static void scrollTo(QWidget *sqlPreview, const QTreeWidgetItem *item);

    // The dialogs' red line for a failure (objectName "error"; hidden until there is one) and
    // their bold summary above the tree (objectName "summary").
    static QLabel *errorLabel(QWidget *parent);
    static QLabel *summaryLabel(const QString &text, QWidget *parent);
};

} // namespace Stepwise::Ui
