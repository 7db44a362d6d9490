#include "ui/editor/editorsettingsdialog.h"

#include "ui/editor/editorsettingspage.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

EditorSettingsDialog::EditorSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_initial(EditorSettings::load())
{
    setObjectName(u"editorSettingsDialog"_s);
    setWindowTitle(tr("Editor Preferences"));
    m_page = new EditorSettingsPage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    layout->addWidget(buttons);
}

void EditorSettingsDialog::accept()
{
    m_page->apply();
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

} // namespace Stepwise::Ui
