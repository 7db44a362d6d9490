#pragma once

#include "core/base/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Stepwise::Core {

// An INI file as read by one of two readers. Our own reader rather than QSettings: QSettings
// has no continuation lines and no %(here)s interpolation, splits values at commas into
// lists, treats '\' and '%' specially and keeps keys case-sensitive, all unlike Python's
// configparser, which is what reads alembic.ini. Pure: bytes in, data out.
class IniFile
{
public:
    enum class Syntax {
        // stepwise.ini: "key = value"; ';' or '#' start a comment at the start of a line or
        // after whitespace in a value; no continuation lines, no interpolation.
        Stepwise,
        // alembic.ini as configparser reads it: '=' or ':', whole-line comments only, indented
        // continuation lines (joined with '\n'), %(name)s and %% in interpolated().
        Python
    };

    struct Entry
    {
        QString key; // lower case (configparser's optionxform)
        QString value;
        int line = 0;
    };

    // fileName is used in error messages only.
    static Result<IniFile> parse(QByteArrayView bytes, Syntax syntax, const QString &fileName);

    bool hasSection(const QString &section) const { return m_sections.contains(section); }
    std::optional<Entry> entry(const QString &section, const QString &key) const;
    // The raw value, or nothing when the key is absent.
    std::optional<QString> value(const QString &section, const QString &key) const;
    // configparser's BasicInterpolation: %(name)s from the section, then [DEFAULT], then
    // `vars` (e.g. here); %% is a literal %. Nothing when the key is absent.
    Result<std::optional<QString>> interpolated(
        const QString &section, const QString &key, const QHash<QString, QString> &vars) const;

private:
    Result<QString> interpolate(const QString &section, const QString &raw,
        const QHash<QString, QString> &vars, int depth, int line) const;

    QHash<QString, QList<Entry>> m_sections;
    QString m_fileName;
};

} // namespace Stepwise::Core
