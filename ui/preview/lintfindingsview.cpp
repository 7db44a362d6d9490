#include "ui/preview/lintfindingsview.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

QString lintSeverityText(Core::LintSeverity severity)
{
    switch (severity) {
    case Core::LintSeverity::Error:
        return LintFindingsView::tr("error");
    case Core::LintSeverity::Warning:
        return LintFindingsView::tr("warning");
    case Core::LintSeverity::Notice:
        break;
    }
    return LintFindingsView::tr("notice");
}

QString lintFindingHtml(const Core::LintFinding &f)
{
    QString html = u"<p><b>%1 %2:</b> %3</p>"_s.arg(f.code.toHtmlEscaped(),
                                                   lintSeverityText(f.severity).toHtmlEscaped(),
                                                   f.message.toHtmlEscaped());
    if (f.live.measured())
        html += u"<p>%1</p>"_s.arg(f.live.summary.toHtmlEscaped());
    if (!f.explanation.isEmpty())
        html += u"<p>%1</p>"_s.arg(f.explanation.toHtmlEscaped());
    if (!f.safeAlternative.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(LintFindingsView::tr("Safer:").toHtmlEscaped(),
                                             f.safeAlternative.toHtmlEscaped());
    if (f.suppressed)
        html += u"<p>%1</p>"_s.arg(
            LintFindingsView::tr("Suppressed: %1").arg(f.suppressionReason).toHtmlEscaped());
    return html;
}

QString lintFindingsToolTip(const QList<const Core::LintFinding *> &findings)
{
    QStringList parts;
    for (const Core::LintFinding *f : findings)
        parts << lintFindingHtml(*f);
    const int width = QFontMetrics(QToolTip::font()).averageCharWidth() * 60;
    return u"<qt><table width=\"%1\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>%2</td></tr></table></qt>"_s
        .arg(width)
        .arg(parts.join(u"<hr/>"_s));
}

LintFindingsView::LintFindingsView(Where where, QWidget *parent)
    : QTreeWidget(parent)
    , m_where(where)
{
    setObjectName(u"lintFindings"_s);
    setRootIsDecorated(false);
    setWordWrap(true);
    setHeaderLabels({ tr("Check"), tr("Finding"), tr("Where") });
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
}

std::array<int, 3> LintFindingsView::setFindings(const QList<Core::LintFinding> &findings)
{
    clear();
    std::array<int, 3> counts {};
    QList<QTreeWidgetItem *> items;
    for (const Core::LintFinding &f : findings) {
        ++counts[int(f.severity)];
        const QStyle::StandardPixmap icon = f.severity == Core::LintSeverity::Error
            ? QStyle::SP_MessageBoxCritical
            : f.severity == Core::LintSeverity::Warning ? QStyle::SP_MessageBoxWarning
                                                        : QStyle::SP_MessageBoxInformation;
        QString text = f.message;
        if (f.live.measured())
            text += u'\n' + f.live.summary;
        const QString section = f.section == Core::LintFinding::Section::Up ? tr("up") : tr("down");
        // The revision and line; the file's path is in the column's tooltip, so the message
        // keeps the width.
        const QString where = m_where == Where::Revision
            ? tr("%1, line %2").arg(f.revision).arg(f.line)
            : tr("%1, line %2").arg(section).arg(f.line);
        auto *item = new QTreeWidgetItem(QStringList { f.code, text, where });
        item->setIcon(0, style()->standardIcon(icon));
        item->setData(0, Qt::UserRole, f.code);
        const QString tip = lintFindingsToolTip({ &f });
        for (int c = 0; c < 2; ++c)
            item->setToolTip(c, tip);
        item->setToolTip(2, u"%1:%2:%3"_s.arg(f.file).arg(f.line).arg(f.column));
        items << item;
    }
    addTopLevelItems(items);
    resizeColumnToContents(0);
    resizeColumnToContents(2);
    return counts;
}

QString LintFindingsView::summary(const std::array<int, 3> &counts)
{
    return tr("Safety checks: %1, %2, %3")
        .arg(tr("%n error(s)", nullptr, counts[int(Core::LintSeverity::Error)]),
             tr("%n warning(s)", nullptr, counts[int(Core::LintSeverity::Warning)]),
             tr("%n notice(s)", nullptr, counts[int(Core::LintSeverity::Notice)]));
}

} // namespace Stepwise::Ui
