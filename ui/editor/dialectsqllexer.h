#pragma once
// Internal to ui/editor: included only by .cpp files, so QScintilla stays out of public headers.

#include "core/sql/sqlsyntax.h"

#include <QByteArray>
#include <QColor>
#include <QPalette>

// QScintilla's headers say `slots` and `signals`, which QT_NO_KEYWORDS removes: lend them the
// Q_ spellings for this include only.
#define slots Q_SLOTS
#define signals Q_SIGNALS
#include <Qsci/qscilexersql.h>
#undef signals
#undef slots

namespace Stepwise::Ui {

// QScintilla's SQL lexer with the dialect's extra keywords in its first set, MySQL's
// backslash escapes and '#' comments, and colours derived from a palette (light or dark).
class DialectSqlLexer : public QsciLexerSQL
{
public:
    explicit DialectSqlLexer(QObject *parent) : QsciLexerSQL(parent) { }

    void setDialect(Core::SqlSyntax dialect);
    void applyPalette(const QPalette &palette, const QFont &font);
    const char *keywords(int set) const override;

    static bool isDark(const QPalette &palette);
    // Every style of `lexer` in the palette's text on its base, in `font` (then accents on top).
    static void applyBase(QsciLexer &lexer, const QPalette &palette, const QFont &font);
    // An accent hue at a lightness that reads well on the palette's base colour.
    static QColor accent(const QPalette &palette, int hue, int saturation = 160);
    static QColor mix(const QColor &a, const QColor &b, qreal t);

private:
    QByteArray m_keywords;
};

} // namespace Stepwise::Ui
