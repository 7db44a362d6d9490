#include "ui/editor/editorsettingspage.h"

#include <QCheckBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

EditorSettingsPage::EditorSettingsPage(QWidget *parent) : QWidget(parent)
{
    m_font = new QFontComboBox(this);
    m_font->setObjectName(u"font"_s);
    // SQL lines up in columns: offer fixed-width fonts only.
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_size = new QSpinBox(this);
    m_size->setObjectName(u"fontSize"_s);
    m_size->setRange(6, 48);
    m_size->setSuffix(tr(" pt"));
    m_tabWidth = new QSpinBox(this);
    m_tabWidth->setObjectName(u"tabWidth"_s);
    m_tabWidth->setRange(1, 16);
    m_wrap = new QCheckBox(tr("&Wrap long lines"), this);
    m_wrap->setObjectName(u"wrap"_s);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Font:"), m_font);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Tab width:"), m_tabWidth);
    form->addRow(QString(), m_wrap);
    setSettings(EditorSettings::load());
}

EditorSettings EditorSettingsPage::settings() const
{
    EditorSettings s;
    s.font = m_font->currentFont();
    s.font.setPointSize(m_size->value());
    s.tabWidth = m_tabWidth->value();
    s.wrap = m_wrap->isChecked();
    return s;
}

void EditorSettingsPage::setSettings(const EditorSettings &settings)
{
    m_font->setCurrentFont(settings.font);
    m_size->setValue(settings.font.pointSize() > 0 ? settings.font.pointSize() : 10);
    m_tabWidth->setValue(settings.tabWidth);
    m_wrap->setChecked(settings.wrap);
}

void EditorSettingsPage::apply()
{
    const EditorSettings s = settings();
    s.save();
    Q_EMIT settingsChanged(s);
}

} // namespace Stepwise::Ui
