#include "ui/editor/dialectsqllexer.h"

#include <QFont>

namespace Stepwise::Ui {

namespace {

// Keywords the generic SQL lexer lacks but migration scripts use a lot, per dialect.
const char *extraKeywords(Core::SqlSyntax dialect)
{
    switch (dialect) {
    case Core::SqlSyntax::PostgreSQL:
        return " language plpgsql returns replace function trigger returning concurrently "
               "serial bigserial jsonb text boolean sequence extension schema volatile stable "
               "immutable perform raise notice loop elsif new old";
    case Core::SqlSyntax::MySQL:
        return " auto_increment engine unsigned delimiter definer procedure replace trigger "
               "text tinyint mediumint longtext enum";
    case Core::SqlSyntax::SQLite:
        return " autoincrement pragma replace trigger text integer real blob without rowid "
               "strict";
    case Core::SqlSyntax::Generic:
        break;
    }
    return "";
}

} // namespace

void DialectSqlLexer::setDialect(Core::SqlSyntax dialect)
{
    // MySQL strings take backslash escapes and '#' starts a comment there only.
    setBackslashEscapes(dialect == Core::SqlSyntax::MySQL);
    setHashComments(dialect == Core::SqlSyntax::MySQL);
    m_keywords = QByteArray(QsciLexerSQL::keywords(1)) + extraKeywords(dialect);
}

const char *DialectSqlLexer::keywords(int set) const
{
    if (set == 1 && !m_keywords.isEmpty())
        return m_keywords.constData();
    return QsciLexerSQL::keywords(set);
}

// Text and paper come from the palette; accents sit at a lightness that reads on its base.
void DialectSqlLexer::applyPalette(const QPalette &pal, const QFont &font)
{
    applyBase(*this, pal, font);
    const QColor muted = mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    for (int style : {Comment, CommentLine, CommentDoc, CommentLineHash, PlusComment})
        setColor(muted, style);
    QFont bold = font;
    bold.setBold(true);
    for (int style : {Keyword, KeywordSet5, KeywordSet6}) {
        setColor(accent(pal, 215), style);
        setFont(bold, style);
    }
    for (int style : {DoubleQuotedString, SingleQuotedString})
        setColor(accent(pal, 120, 110), style);
    setColor(accent(pal, 28, 190), Number);
    setColor(accent(pal, 290, 110), QuotedIdentifier);
}

void DialectSqlLexer::applyBase(QsciLexer &lexer, const QPalette &pal, const QFont &font)
{
    const QColor base = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    lexer.setDefaultPaper(base);
    lexer.setDefaultColor(ink);
    lexer.setDefaultFont(font);
    for (int style = 0; style < 32; ++style) {
        lexer.setPaper(base, style);
        lexer.setFont(font, style);
        lexer.setColor(ink, style);
    }
}

bool DialectSqlLexer::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor DialectSqlLexer::accent(const QPalette &palette, int hue, int saturation)
{
    return QColor::fromHsl(hue, saturation, isDark(palette) ? 175 : 85);
}

QColor DialectSqlLexer::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace Stepwise::Ui
