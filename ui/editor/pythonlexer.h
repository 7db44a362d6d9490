#pragma once
// Internal to ui/editor: included only by .cpp files, so QScintilla stays out of public headers.

#include <QPalette>

#define slots Q_SLOTS
#define signals Q_SIGNALS
#include <Qsci/qscilexerpython.h>
#undef signals
#undef slots

namespace Stepwise::Ui {

// QScintilla's Python lexer for Alembic revisions (.py), coloured from the palette the way
// DialectSqlLexer colours SQL, so both read alike in light and dark.
class PythonLexer : public QsciLexerPython
{
public:
    explicit PythonLexer(QObject *parent) : QsciLexerPython(parent) { }

    void applyPalette(const QPalette &palette, const QFont &font);
};

} // namespace Stepwise::Ui
