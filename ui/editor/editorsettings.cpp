#include "ui/editor/editorsettings.h"

#include <QFontDatabase>
#include <QSettings>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

EditorSettings EditorSettings::load()
{
    QSettings settings;
    settings.beginGroup(u"editor"_s);
    EditorSettings s;
    s.font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (const QString font = settings.value(u"font"_s).toString(); !font.isEmpty())
        s.font.fromString(font);
    // Out-of-range values from a hand-edited file fall back rather than break the layout.
    s.tabWidth = std::clamp(settings.value(u"tabWidth"_s, 4).toInt(), 1, 16);
    s.wrap = settings.value(u"wrap"_s, false).toBool();
    return s;
}

void EditorSettings::save() const
{
    QSettings settings;
    settings.beginGroup(u"editor"_s);
    settings.setValue(u"font"_s, font.toString());
    settings.setValue(u"tabWidth"_s, tabWidth);
    settings.setValue(u"wrap"_s, wrap);
}

} // namespace Stepwise::Ui
