#include "ui/editor/editorsettingsdialog.h"

#include "ui/editor/editorsettingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

EditorSettingsDialog::EditorSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_initial(EditorSettings::load())
{
    setObjectName(u"editorSettingsDialog"_s);
    setWindowTitle(tr("Editor Preferences"));
    m_page = new EditorSettingsPage(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    for (const Language &language : languages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    auto *restartNote = new QLabel(tr("A new language takes effect after a restart."), this);
    restartNote->setObjectName(u"languageNote"_s);
    restartNote->setWordWrap(true);
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(QString(), restartNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    layout->addLayout(languageForm);
    layout->addWidget(buttons);
}

void EditorSettingsDialog::accept()
{
    m_page->apply();
    saveLanguage(m_language->currentData().toString());
    QDialog::accept();
}

EditorSettings EditorSettingsDialog::settings() const
{
    return m_page->settings();
}

std::optional<EditorSettings> EditorSettingsDialog::edit(QWidget *parent)
{
    EditorSettingsDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const EditorSettings chosen = dialog.settings();
    if (chosen == dialog.m_initial)
        return std::nullopt;
    return chosen;
}

QList<EditorSettingsDialog::Language> EditorSettingsDialog::languages()
{
    // Each language by its own name, so it can be found whatever the current one is.
    return { { QString(), tr("System default") },
             { u"en"_s, u"English"_s },
             { u"de"_s, u"Deutsch"_s },
             { u"fr"_s, u"Français"_s } };
}

QString EditorSettingsDialog::savedLanguage()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void EditorSettingsDialog::saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(u"ui/language"_s);
    else
        settings.setValue(u"ui/language"_s, code);
}

} // namespace Stepwise::Ui
