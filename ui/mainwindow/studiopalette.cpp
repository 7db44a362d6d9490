#include "ui/mainwindow/studiopalette.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe6, 0xea));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcc, 0xd2));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa6, 0xae));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x66, 0x70));
    p.setColor(QPalette::Highlight, QColor(0x1a, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x6f, 0xd6));
    p.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x8b, 0x94, 0x9e));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x25, 0x28, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x2a));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x8d, 0x95, 0xa0));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x22, 0x25, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x82, 0x8c));
    return p;
}

namespace {

// The style and palette the application had before the first switch: what "system" restores.
struct SystemLook
{
    QString style;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

} // namespace

bool applyPalette(const QString &name)
{
    if (name != u"light"_s && name != u"dark"_s && name != u"system"_s && !name.isEmpty())
        return false;
    const SystemLook &system = systemLook();
    if (name == u"system"_s || name.isEmpty()) {
        QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        return true;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(name == u"dark"_s ? darkPalette() : lightPalette());
    return true;
}

QString savedPaletteName()
{
    const QString name = QSettings().value(u"view/palette"_s, u"system"_s).toString();
    return name == u"light"_s || name == u"dark"_s ? name : u"system"_s;
}

void savePaletteName(const QString &name)
{
    QSettings().setValue(u"view/palette"_s, name);
}

QMenu *createPaletteMenu(QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("StudioPalette", "&Palette"), parent);
    auto *group = new QActionGroup(menu);
    const QString current = savedPaletteName();
    for (const auto &[name, text] : {std::pair{u"system"_s, QCoreApplication::translate("StudioPalette", "&System")},
                                     std::pair{u"light"_s, QCoreApplication::translate("StudioPalette", "&Light")},
                                     std::pair{u"dark"_s, QCoreApplication::translate("StudioPalette", "&Dark")}}) {
        QAction *a = menu->addAction(text, menu, [name] {
            applyPalette(name);
            savePaletteName(name);
        });
        a->setObjectName(u"actionPalette_"_s + name);
        a->setCheckable(true);
        a->setChecked(name == current);
        group->addAction(a);
    }
    return menu;
}

} // namespace Stepwise::Ui
