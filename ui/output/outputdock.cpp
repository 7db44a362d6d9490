#include "ui/output/outputdock.h"

#include <QAction>
#include <QDir>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTime>
#include <QToolBar>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

OutputDock::OutputDock(QWidget *parent)
    : QDockWidget(tr("Output"), parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(u"outputDock"_s);
    m_view->setObjectName(u"outputView"_s);
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setPlaceholderText(tr("Messages from the project and the database appear here."));
    QFont mono = m_view->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_view->document()->setDefaultFont(mono);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QUrlQuery query(url);
        Q_EMIT openFileRequested(url.path(), query.queryItemValue(u"line"_s).toInt());
    });

    auto *clear = new QAction(QIcon(u":/icons/clear.svg"_s), tr("Clear Output"), this);
    connect(clear, &QAction::triggered, this, &OutputDock::clear);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(clear);
    setWidget(m_view);
}

void OutputDock::append(Level level, const QString &message)
{
    // "versions/x.sql:12" (relative or absolute) → a link carrying the absolute path and line.
    static const QRegularExpression fileLine(
        u"((?:[A-Za-z]:)?[\\w./\\\\-]+\\.(?:sql|py|ini|mako)):(\\d+)"_s);
    QString html;
    qsizetype last = 0;
    auto it = fileLine.globalMatch(message);
    while (it.hasNext()) {
        const auto m = it.next();
        html += message.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString path = QDir(m_baseDir).absoluteFilePath(m.captured(1));
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(u"line="_s + m.captured(2));
        html += u"<a href=\"%1\">%2</a>"_s.arg(url.toString().toHtmlEscaped(),
                                               m.captured(0).toHtmlEscaped());
        last = m.capturedEnd();
    }
    html += message.mid(last).toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);

    const QString time = QTime::currentTime().toString(u"HH:mm:ss"_s);
    QString colour;
    QString prefix;
    switch (level) {
    case Level::Info:
        break;
    case Level::Warning:
        colour = u"#c27c0e"_s;
        prefix = tr("warning: ");
        break;
    case Level::Error:
        colour = u"#d33c3c"_s;
        prefix = tr("error: ");
        break;
    }
    QString line = u"<span style=\"color:gray\">%1</span>&nbsp;&nbsp;"_s.arg(time);
    if (colour.isEmpty())
        line += prefix.toHtmlEscaped() + html;
    else
        line += u"<span style=\"color:%1\">%2</span>%3"_s.arg(colour, prefix.toHtmlEscaped(), html);
    m_view->append(line);
}

void OutputDock::clear()
{
    m_view->clear();
}

QString OutputDock::plainText() const
{
    return m_view->toPlainText();
}

} // namespace Stepwise::Ui
