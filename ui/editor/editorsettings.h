#pragma once

#include <QFont>

namespace Stepwise::Ui {

// The editor's look, kept in QSettings (group "editor"): font, tab width, line wrapping.
// Plain value; load() falls back to the system's fixed-width font, 4 columns, no wrapping.
struct EditorSettings
{
    QFont font;
    int tabWidth = 4;
    bool wrap = false;

    static EditorSettings load();
    void save() const;
    bool operator==(const EditorSettings &other) const = default;
};

} // namespace Stepwise::Ui
