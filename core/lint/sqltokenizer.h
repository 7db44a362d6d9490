#pragma once

#include "core/sql/sqlsyntax.h"

#include <QStringView>

namespace Stepwise::Core::Lint {

struct Token
{
    enum Kind : quint8 {
        Word, // keyword or unquoted name
        QuotedName, // "name", `name`, [name]
        String, // '...', E'...', $tag$...$tag$ (and "..." in MySQL)
        Number,
        Symbol, // one character: ( ) , . ; = and the rest
        Comment, // only with Tokenizer::Comments
    };
    Kind kind = Symbol;
    qsizetype offset = 0;
    qsizetype length = 0;
};

// The tokens of one statement the splitter has already cut out, lexed by the same dialect
// rules (quotes, comments, PostgreSQL dollar quotes and nested comments, MySQL backslash
// escapes, `#` comments and /*! executable comments */) so that a keyword inside a string or
// comment is never taken for code. The splitter itself only finds statement ends, so it has no
// tokens to lend; the character tests are core/sql's. An unterminated construct runs to the end.
class Tokenizer
{
public:
    enum Mode { Code, Comments };

    Tokenizer(QStringView text, SqlSyntax dialect, Mode mode = Code);

    // The next token, or false at the end.
    bool next(Token *token);

private:
    bool skipComment(const char16_t *&p, Token *comment);
    const char16_t *endOfQuote(const char16_t *p, char16_t close, bool backslashes) const;
    const char16_t *endOfDollarQuote(const char16_t *p) const;

    const char16_t *m_begin;
    const char16_t *m_pos;
    const char16_t *m_end;
    SqlSyntax m_dialect;
    Mode m_mode;
    int m_executableComments = 0; // open MySQL /*! ... */ whose contents are code
};

} // namespace Stepwise::Core::Lint
