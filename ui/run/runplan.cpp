#include "ui/run/runplan.h"

#include <QCoreApplication>

namespace Stepwise::Ui {

QStringList RunPlanPreview::path() const
{
    QStringList ids;
    ids.reserve(steps.size());
    for (const Step &step : steps)
        ids << step.revision;
    return ids;
}

QString directionText(Core::PlanStep::Direction direction)
{
    switch (direction) {
    case Core::PlanStep::Up:
        return QCoreApplication::translate("RunPlanPreview", "↑ upgrade");
    case Core::PlanStep::Down:
        return QCoreApplication::translate("RunPlanPreview", "↓ downgrade");
    case Core::PlanStep::Stamp:
        return QCoreApplication::translate("RunPlanPreview", "stamp");
    }
    return {};
}

} // namespace Stepwise::Ui
