#pragma once

#include "ui/editor/editorsettings.h"

#include <QDialog>

#include <optional>

namespace Stepwise::Ui {

class EditorSettingsPage;

// The editor preferences (font, tab width, wrapping) as a dialog around EditorSettingsPage.
// OK stores them in QSettings; the window hands the result to EditorTabs::applySettings().
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

private:
    EditorSettingsPage *m_page = nullptr;
    EditorSettings m_initial;
};

} // namespace Stepwise::Ui
