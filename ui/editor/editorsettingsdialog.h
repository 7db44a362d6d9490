#pragma once

#include "ui/editor/editorsettings.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QComboBox;

namespace Stepwise::Ui {

class EditorSettingsPage;

// The editor preferences (font, tab width, wrapping) as a dialog around EditorSettingsPage, and
// the Studio's language. OK stores them in QSettings; the window hands the editor settings to
// EditorTabs::applySettings(). The language applies at the next start (app/studio/main.cpp).
class EditorSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditorSettingsDialog(QWidget *parent = nullptr);

    EditorSettingsPage *page() const { return m_page; }
    // OK: stores the page's settings; they are then settings().
    void accept() override;
    EditorSettings settings() const;

    // Shows the dialog; the stored settings when OK changed them, nothing otherwise.
    static std::optional<EditorSettings> edit(QWidget *parent);

    // The languages Studio offers: a code ("" is the system's) and its name in that language.
    struct Language
    {
        QString code;
        QString name;
    };
    static QList<Language> languages();
    // The language chosen in the dialog, QSettings "ui/language": a code of languages(), ""
    // for the system's.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

private:
    EditorSettingsPage *m_page = nullptr;
    QComboBox *m_language = nullptr;
    EditorSettings m_initial;
};

} // namespace Stepwise::Ui
