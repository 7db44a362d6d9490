#pragma once

#include "ui/editor/editorsettings.h"

#include <QWidget>

class QCheckBox;
class QFontComboBox;
class QSpinBox;

namespace Stepwise::Ui {

// The Editor page of the settings dialog: font and size, tab width, line wrapping. apply()
// stores them and announces them, so open editors follow at once. GUI thread.
class EditorSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EditorSettingsPage(QWidget *parent = nullptr);

    EditorSettings settings() const;
    void setSettings(const EditorSettings &settings);
    void apply();

Q_SIGNALS:
    void settingsChanged(const Stepwise::Ui::EditorSettings &settings);

private:
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_tabWidth = nullptr;
    QCheckBox *m_wrap = nullptr;
};

} // namespace Stepwise::Ui
