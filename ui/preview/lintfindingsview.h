#pragma once

#include "core/lint/lintfinding.h"

#include <QList>
#include <QTreeWidget>

#include <array>

namespace Stepwise::Ui {

// The safety findings of core/lint as Studio shows them wherever they appear (the run
// confirmation, the autogenerate dialog, the editor's tooltips): one look, one wording.

// "error", "warning", "notice", translated.
QString lintSeverityText(Core::LintSeverity severity);
// One finding as rich-text paragraphs: "SW102 error: message", the table's live numbers, why,
// the safer way, and a suppression's reason.
QString lintFindingHtml(const Core::LintFinding &finding);
// A tooltip of findings (separated by rules), about 60 characters wide so the explanation
// wraps to a few lines instead of one long one.
QString lintFindingsToolTip(const QList<const Core::LintFinding *> &findings);

// A list of findings: severity icon and code, the message (and live numbers), where. GUI thread.
class LintFindingsView : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Where { Revision, Section }; // "5e0b7a2d4f05, line 12" or "up, line 12"

    explicit LintFindingsView(Where where, QWidget *parent = nullptr);

    // Fills the list; returns the counts by severity (index: int(LintSeverity)).
    std::array<int, 3> setFindings(const QList<Core::LintFinding> &findings);
    // "Safety checks: 1 error, 2 warnings, 0 notices"
    static QString summary(const std::array<int, 3> &counts);

private:
    Where m_where;
};

} // namespace Stepwise::Ui
