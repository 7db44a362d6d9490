#pragma once

#include <QPalette>
#include <QString>

namespace Stepwise::Ui {

// Palettes for --palette light|dark (screenshots and users who want one regardless of the
// desktop). Without the option the system palette is used unchanged.
QPalette lightPalette();
QPalette darkPalette();
// Sets the Fusion style and the named palette ("light" or "dark"); false for another name.
bool applyPalette(const QString &name);

} // namespace Stepwise::Ui
