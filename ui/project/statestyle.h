#pragma once

#include "ui/project/revisionmodel.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace Stepwise::Ui {

// How revision states look: one colour and one icon per state, used by the revision list,
// the details panel and the legend alike. Colours are tuned for light and dark palettes.
QColor stateColor(RevisionModel::State state, const QPalette &palette);
QIcon stateIcon(RevisionModel::State state);

} // namespace Stepwise::Ui
