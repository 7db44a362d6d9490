#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Stepwise::Ui {

// Runs `work` on a thread of its own and returns when it is done. The window stays painted
// behind a modal busy dialog labelled `label` (shown when the work takes longer than half a
// second), so a blocking job of the core — starting the project's Python, Alembic's offline
// SQL, autogenerate — never freezes Studio. `work` must not touch widgets. GUI thread.
void runInBackground(QWidget *parent, const QString &label, const std::function<void()> &work);

} // namespace Stepwise::Ui
