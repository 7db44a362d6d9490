#include "ui/editor/pythonlexer.h"

#include "ui/editor/dialectsqllexer.h"

namespace Stepwise::Ui {

void PythonLexer::applyPalette(const QPalette &pal, const QFont &font)
{
    DialectSqlLexer::applyBase(*this, pal, font);
    const QColor muted = DialectSqlLexer::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    for (int style : {Comment, CommentBlock})
        setColor(muted, style);
    QFont bold = font;
    bold.setBold(true);
    setColor(DialectSqlLexer::accent(pal, 215), Keyword);
    setFont(bold, Keyword);
    const QColor string = DialectSqlLexer::accent(pal, 120, 110);
    for (int style : {DoubleQuotedString, SingleQuotedString, TripleSingleQuotedString,
                      TripleDoubleQuotedString, DoubleQuotedFString, SingleQuotedFString,
                      TripleSingleQuotedFString, TripleDoubleQuotedFString, UnclosedString})
        setColor(string, style);
    setColor(DialectSqlLexer::accent(pal, 28, 190), Number);
    setColor(DialectSqlLexer::accent(pal, 290, 110), FunctionMethodName);
    setColor(DialectSqlLexer::accent(pal, 290, 110), ClassName);
    setColor(DialectSqlLexer::accent(pal, 180, 120), Decorator);
}

} // namespace Stepwise::Ui
