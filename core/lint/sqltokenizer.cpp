#include "core/lint/sqltokenizer.h"

#include "core/sql/sqlcharacters.h"

namespace Stepwise::Core::Lint {

using namespace SqlCharacters;

Tokenizer::Tokenizer(QStringView text, SqlSyntax dialect, Mode mode)
    : m_begin(reinterpret_cast<const char16_t *>(text.utf16()))
    , m_pos(m_begin)
    , m_end(m_begin + text.size())
    , m_dialect(dialect)
    , m_mode(mode)
{
}

// Skips one comment at p, if there is one there; fills *comment with its extent.
bool Tokenizer::skipComment(const char16_t *&p, Token *comment)
{
    const bool mysql = m_dialect == SqlSyntax::MySQL;
    const char16_t *start = p;
    const char16_t c = *p;
    const char32_t after = p + 1 < m_end ? unit(p[1]) : 0;
    bool line = false;
    if (c == u'-' && after == '-') {
        // MySQL wants a blank (or the end) after "--"; "--1" is minus minus one there.
        line = !mysql || p + 2 >= m_end || isSpace(unit(p[2])) || unit(p[2]) < 0x20;
    } else if (c == u'#' && mysql) {
        line = true;
    }
    if (line) {
        while (p < m_end && *p != u'\n')
            ++p;
    } else if (c == u'/' && after == '*') {
        if (mysql && p + 2 < m_end
            && (p[2] == u'!' || (p[2] == u'M' && p + 3 < m_end && p[3] == u'!'))) {
            // /*!50001 CODE */ and /*M! CODE */: the server runs the code; only the marker and
            // its version number are skipped, and the closing */ later.
            p += p[2] == u'!' ? 3 : 4;
            while (p < m_end && isDigit(unit(*p)))
                ++p;
            ++m_executableComments;
            return true;
        }
        const bool nests = m_dialect == SqlSyntax::PostgreSQL;
        int depth = 1;
        p += 2;
        while (p < m_end && depth > 0) {
            if (*p == u'*' && p + 1 < m_end && p[1] == u'/') {
                --depth;
                p += 2;
            } else if (nests && *p == u'/' && p + 1 < m_end && p[1] == u'*') {
                ++depth;
                p += 2;
            } else {
                ++p;
            }
        }
    } else if (c == u'*' && after == '/' && m_executableComments > 0) {
        --m_executableComments;
        p += 2;
        return true;
    } else {
        return false;
    }
    if (comment) {
        comment->kind = Token::Comment;
        comment->offset = start - m_begin;
        comment->length = p - start;
    }
    return true;
}

// The end of a quoted run starting at p (on the opening quote): doubled closing quotes stay
// inside, as does a backslash-escaped character where the dialect has those.
const char16_t *Tokenizer::endOfQuote(const char16_t *p, char16_t close, bool backslashes) const
{
    ++p;
    while (p < m_end) {
        if (backslashes && *p == u'\\') {
            p += 2;
            continue;
        }
        if (*p == close) {
            if (p + 1 < m_end && p[1] == close && close != u']') {
                p += 2;
                continue;
            }
            return p + 1;
        }
        ++p;
    }
    return m_end;
}

// p is on a '$' that opens $tag$...$tag$, or nullptr when it does not (a parameter like $1).
const char16_t *Tokenizer::endOfDollarQuote(const char16_t *p) const
{
    const char16_t *tagEnd = p + 1;
    while (tagEnd < m_end && *tagEnd != u'$') {
        if (!isIdent(unit(*tagEnd)) || (tagEnd == p + 1 && isDigit(unit(*tagEnd))))
            return nullptr;
        ++tagEnd;
    }
    if (tagEnd >= m_end)
        return nullptr;
    const QStringView tag(p, tagEnd + 1);
    const qsizetype close = QStringView(tagEnd + 1, m_end).indexOf(tag);
    return close < 0 ? m_end : tagEnd + 1 + close + tag.size();
}

bool Tokenizer::next(Token *token)
{
    const bool mysql = m_dialect == SqlSyntax::MySQL;
    const bool sqlite = m_dialect == SqlSyntax::SQLite;
    const bool postgres = m_dialect == SqlSyntax::PostgreSQL;
    for (;;) {
        while (m_pos < m_end && isSpace(unit(*m_pos)))
            ++m_pos;
        if (m_pos >= m_end)
            return false;
        Token comment;
        comment.length = -1;
        if (skipComment(m_pos, &comment)) {
            if (m_mode == Comments && comment.length >= 0) {
                *token = comment;
                return true;
            }
            continue;
        }
        break;
    }
    const char16_t *start = m_pos;
    const char16_t c = *m_pos;
    Token::Kind kind = Token::Symbol;
    if (c == u'\'') {
        m_pos = endOfQuote(m_pos, u'\'', mysql);
        kind = Token::String;
    } else if (c == u'"') {
        m_pos = endOfQuote(m_pos, u'"', mysql);
        kind = mysql ? Token::String : Token::QuotedName; // MySQL without ANSI_QUOTES
    } else if (c == u'`' && (mysql || sqlite)) {
        m_pos = endOfQuote(m_pos, u'`', false);
        kind = Token::QuotedName;
    } else if (c == u'[' && sqlite) {
        m_pos = endOfQuote(m_pos, u']', false);
        kind = Token::QuotedName;
    } else if (c == u'$' && postgres && endOfDollarQuote(m_pos)) {
        m_pos = endOfDollarQuote(m_pos);
        kind = Token::String;
    } else if (isWordStart(unit(c))) {
        while (m_pos < m_end && isIdent(unit(*m_pos)))
            ++m_pos;
        kind = Token::Word;
        // E'..' (PostgreSQL escapes), N'..', X'..', B'..': one string token, prefix included.
        if (m_pos - start == 1 && m_pos < m_end && *m_pos == u'\'') {
            const bool escapes = mysql || (postgres && (c == u'E' || c == u'e'));
            m_pos = endOfQuote(m_pos, u'\'', escapes);
            kind = Token::String;
        }
    } else if (isDigit(unit(c)) || (c == u'.' && m_pos + 1 < m_end && isDigit(unit(m_pos[1])))) {
        while (m_pos < m_end && (isIdent(unit(*m_pos)) || *m_pos == u'.'))
            ++m_pos;
        kind = Token::Number;
    } else {
        ++m_pos;
    }
    token->kind = kind;
    token->offset = start - m_begin;
    token->length = m_pos - start;
    return true;
}

} // namespace Stepwise::Core::Lint
