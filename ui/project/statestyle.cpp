#include "ui/project/statestyle.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor stateColor(RevisionModel::State state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case RevisionModel::State::Unknown:
        return palette.color(QPalette::PlaceholderText);
    case RevisionModel::State::Pending:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xc2, 0x7c, 0x0e);
    case RevisionModel::State::Applied:
        return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x8e, 0x3e);
    case RevisionModel::State::Current:
        return dark ? QColor(0x5a, 0xa9, 0xff) : QColor(0x1a, 0x6f, 0xd6);
    case RevisionModel::State::Drifted:
        return dark ? QColor(0xc0, 0x8c, 0xff) : QColor(0x8a, 0x3f, 0xd1);
    case RevisionModel::State::Failed:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case RevisionModel::State::Missing:
        return dark ? QColor(0xa0, 0xa8, 0xb4) : QColor(0x6b, 0x72, 0x80);
    }
    return palette.color(QPalette::Text);
}

QIcon stateIcon(RevisionModel::State state)
{
    switch (state) {
    case RevisionModel::State::Unknown:
        return QIcon(u":/icons/state-unknown.svg"_s);
    case RevisionModel::State::Pending:
        return QIcon(u":/icons/state-pending.svg"_s);
    case RevisionModel::State::Applied:
        return QIcon(u":/icons/state-applied.svg"_s);
    case RevisionModel::State::Current:
        return QIcon(u":/icons/state-current.svg"_s);
    case RevisionModel::State::Drifted:
        return QIcon(u":/icons/state-drifted.svg"_s);
    case RevisionModel::State::Failed:
        return QIcon(u":/icons/state-failed.svg"_s);
    case RevisionModel::State::Missing:
        return QIcon(u":/icons/state-missing.svg"_s);
    }
    return {};
}

} // namespace Stepwise::Ui
