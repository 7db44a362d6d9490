#pragma once

#include <QPalette>
#include <QString>

class QMenu;
class QWidget;

namespace Stepwise::Ui {

// Palettes for --palette light|dark (screenshots and users who want one regardless of the
// desktop). Without the option the system palette is used unchanged.
QPalette lightPalette();
QPalette darkPalette();
// Sets the Fusion style and the named palette ("light" or "dark"), or goes back to the style
// and palette the application started with ("system" or empty); false for another name.
bool applyPalette(const QString &name);
// The palette chosen in View → Palette, kept in the settings ("system" when never chosen).
QString savedPaletteName();
void savePaletteName(const QString &name);
// View → Palette: System, Light and Dark (actions "actionPalette_<name>"), the saved one checked;
// a choice applies at once and is saved.
QMenu *createPaletteMenu(QWidget *parent);

} // namespace Stepwise::Ui
