#pragma once

#include "core/sql/sqlsyntax.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <type_traits>

// Character tests and classes for BasicStatementSplitter, written once for UTF-8 bytes and UTF-16
// units (internal to core/sql).
namespace Stepwise::Core::SqlCharacters {

// Character classes. Space and Plain never leave the hot loop; everything else is a token the
// loop stops for.
enum Class : quint8 {
    Space,
    Plain,
    Semicolon,
    Dash,
    Slash,
    SingleQuote,
    DoubleQuote,
    Backtick,
    Bracket,
    Dollar,
    Hash,
    Backslash,
    Word, // starts a word (token table only)
    Code, // any other code unit (token table only)
    Delimiter, // first unit of a custom MySQL delimiter; falls back to its own class
    OpenParen, // PostgreSQL only
    CloseParen,
};

template <typename Char> char32_t unit(Char c)
{
    return static_cast<char32_t>(static_cast<std::make_unsigned_t<Char>>(c));
}

// Table index: every non-ASCII unit shares the class of 0x80.
template <typename Char> unsigned index(Char c)
{
    const char32_t u = unit(c);
    return u < 0x80 ? unsigned(u) : 0x80u;
}

inline bool isSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

inline bool isWordStart(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

inline bool isIdent(char32_t c)
{
    return isWordStart(c) || isDigit(c) || c == '$';
}

// ASCII case-insensitive comparison of [b, e) with an upper-case keyword.
template <typename Char> inline bool isKeyword(const Char *b, const Char *e, const char *keyword)
{
    const size_t n = std::strlen(keyword);
    if (size_t(e - b) != n)
        return false;
    for (size_t i = 0; i < n; ++i) {
        char32_t c = unit(b[i]);
        if (c >= 'a' && c <= 'z')
            c -= 'a' - 'A';
        if (c != char32_t(keyword[i]))
            return false;
    }
    return true;
}

template <typename Char> const Char *findUnit(const Char *p, const Char *end, char c)
{
    if constexpr (sizeof(Char) == 1) {
        const void *hit = std::memchr(p, c, static_cast<size_t>(end - p));
        return hit ? static_cast<const Char *>(hit) : end;
    } else {
        return std::find(p, end, Char(c));
    }
}

inline quint8 baseClass(SqlSyntax dialect, unsigned c, bool token, bool customDelimiter)
{
    const bool pg = dialect == SqlSyntax::PostgreSQL;
    const bool my = dialect == SqlSyntax::MySQL;
    const bool lite = dialect == SqlSyntax::SQLite;
    if (isSpace(c))
        return Space;
    switch (c) {
    case ';':
        if (!customDelimiter)
            return Semicolon;
        break;
    case '-':
        return Dash;
    case '/':
        return Slash;
    case '\'':
        return SingleQuote;
    case '"':
        return DoubleQuote;
    case '`':
        if (my || lite)
            return Backtick;
        break;
    case '[':
        if (lite)
            return Bracket;
        break;
    case '$':
        if (pg)
            return Dollar;
        break;
    case '(':
        if (pg)
            return OpenParen;
        break;
    case ')':
        if (pg)
            return CloseParen;
        break;
    case '#':
        if (my)
            return Hash;
        break;
    case '\\':
        if (pg)
            return Backslash;
        break;
    default:
        break;
    }
    if (!token)
        return Plain;
    return isWordStart(c) ? Word : Code;
}

} // namespace Stepwise::Core::SqlCharacters
