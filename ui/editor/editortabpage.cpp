#include "ui/editor/editortabpage.h"

#include "ui/editor/dialectsqllexer.h"
#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

EditorTabPage::EditorTabPage(QWidget *parent)
    : QWidget(parent)
{
    bar = new QFrame(this);
    bar->setObjectName(u"externalChangeBar"_s);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    barText = new QLabel(bar);
    barText->setObjectName(u"externalChangeText"_s);
    barText->setWordWrap(true);
    reloadButton = new QPushButton(EditorTabs::tr("&Reload"), bar);
    reloadButton->setObjectName(u"reloadButton"_s);
    keepButton = new QPushButton(EditorTabs::tr("&Keep mine"), bar);
    keepButton->setObjectName(u"keepMineButton"_s);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(barText, 1);
    barLayout->addWidget(reloadButton);
    barLayout->addWidget(keepButton);
    bar->hide();

    editor = new ScriptEditor(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(editor, 1);
    setFocusProxy(editor);
    missingTimer.setSingleShot(true);
    missingTimer.setInterval(MissingRetryMs);
}

void EditorTabPage::showBar(const QString &text, bool canReload)
{
    // A warning tint of the window colour, light or dark alike.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window,
        DialectSqlLexer::mix(
            tinted.color(QPalette::Window), DialectSqlLexer::accent(tinted, 40, 200), 0.22));
    bar->setPalette(tinted);
    barText->setText(text);
    reloadButton->setVisible(canReload);
    bar->show();
}

} // namespace Stepwise::Ui
