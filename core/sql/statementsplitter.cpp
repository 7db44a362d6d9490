// BasicStatementSplitter: the hot loop and the token rules; the longer dialect-specific rules
// (statement heads with bodies, MySQL DELIMITER, PostgreSQL dollar-quote bodies) are in
// statementsplitterdialects.cpp.
#include "core/sql/statementsplitter.h"

#include "core/sql/sqlcharacters.h"

namespace Stepwise::Core {

using namespace SqlCharacters;

template <typename Char>
BasicStatementSplitter<Char>::BasicStatementSplitter(SqlSyntax dialect)
    : m_dialect(dialect)
{
    buildTables();
}

template <typename Char> void BasicStatementSplitter<Char>::buildTables()
{
    const bool custom = !m_delimiter.empty();
    for (unsigned c = 0; c < 256; ++c) {
        const unsigned u = c < 0x80 ? c : 0x80;
        m_fast[c] = baseClass(m_dialect, u, false, custom);
        m_token[c] = baseClass(m_dialect, u, true, custom);
    }
    if (custom) {
        const unsigned first = index(m_delimiter.front());
        for (unsigned c = first; c < (first < 0x80 ? first + 1 : 256u); ++c)
            m_fast[c] = m_token[c] = Delimiter;
    }
    selectTable();
}

template <typename Char> void BasicStatementSplitter<Char>::selectTable()
{
    bool token = false;
    if (m_dialect == SqlSyntax::MySQL)
        token = !m_hasCode; // watching for DELIMITER
    else if (m_dialect == SqlSyntax::SQLite)
        token = m_head != Head::None; // watching for CREATE TRIGGER, or inside its body
    else if (m_dialect == SqlSyntax::PostgreSQL)
        token = m_head != Head::None; // watching for CREATE FUNCTION, or inside it
    m_table = token ? m_token.data() : m_fast.data();
}

template <typename Char> void BasicStatementSplitter<Char>::resetRegion(qsizetype begin)
{
    m_regionBegin = m_pos = begin;
    m_textBegin = -1;
    m_hasCode = false;
    m_lex = Lex::Normal;
    m_head = Head::Start;
    m_bodyToken = BodyToken::Other;
    m_beginDepth = 0;
    m_parenDepth = 0;
    selectTable();
}

template <typename Char> void BasicStatementSplitter<Char>::markCode(qsizetype at)
{
    if (!m_hasCode) {
        m_hasCode = true;
        if (m_textBegin < 0)
            m_textBegin = at;
    }
}

template <typename Char> void BasicStatementSplitter<Char>::markText(qsizetype at)
{
    if (m_textBegin < 0)
        m_textBegin = at;
}

// A code token other than a word: ends the detection of a statement head and, in a SQLite
// trigger body, separates a `;` from a following END.
template <typename Char> void BasicStatementSplitter<Char>::noteCodeToken()
{
    if (m_head == Head::Body) {
        m_bodyToken = BodyToken::Other;
    } else if (m_head != Head::None) {
        m_head = Head::None;
        selectTable();
    }
}

template <typename Char> void BasicStatementSplitter<Char>::noteWord(const Char *b, const Char *e)
{
    if (m_dialect == SqlSyntax::SQLite)
        noteSqliteWord(b, e);
    else if (m_dialect == SqlSyntax::PostgreSQL)
        notePostgresWord(b, e);
    selectTable();
}

template <typename Char>
void BasicStatementSplitter<Char>::finishRegion(
    const Window &w, qsizetype terminatorBegin, qsizetype end, SplitRegion *region)
{
    region->begin = m_regionBegin;
    region->end = end;
    region->directive = false;
    if (m_hasCode) {
        qsizetype textEnd = terminatorBegin;
        while (textEnd > m_textBegin && isSpace(unit(*w.ptr(textEnd - 1))))
            --textEnd;
        region->textBegin = m_textBegin;
        region->textEnd = textEnd;
    } else {
        region->textBegin = region->textEnd = m_regionBegin;
    }
    resetRegion(end);
}

template <typename Char>
auto BasicStatementSplitter<Char>::fail(SplitProblem::Kind kind, qsizetype offset, qsizetype length)
    -> Step
{
    m_problem = { kind, offset, length };
    return Step::Failed;
}

// True when only blanks stand between the start of p's line and p (meta-commands and
// DELIMITER are line commands of the psql and mysql clients).
template <typename Char>
bool BasicStatementSplitter<Char>::atLineStart(const Window &w, const Char *p) const
{
    qsizetype at = w.abs(p);
    while (at > m_regionBegin) {
        if (at == m_bomEnd)
            return true;
        const char32_t c = unit(*w.ptr(at - 1));
        if (c != ' ' && c != '\t')
            return c == '\n';
        --at;
    }
    return at == 0;
}

// A byte-order mark opens the leading separator, never a statement. Returns false when the
// window is too short to tell.
template <typename Char>
bool BasicStatementSplitter<Char>::skipByteOrderMark(const Window &w, const Char *&p)
{
    static constexpr char16_t bom16[] = { 0xFEFF };
    static constexpr unsigned char bom8[] = { 0xEF, 0xBB, 0xBF };
    const qsizetype bomSize = sizeof(Char) == 1 ? 3 : 1;
    const qsizetype have = std::min<qsizetype>(bomSize, w.end - p);
    bool prefix = true;
    for (qsizetype i = 0; i < have; ++i) {
        const char32_t want = sizeof(Char) == 1 ? char32_t(bom8[i]) : char32_t(bom16[i]);
        prefix = prefix && unit(p[i]) == want;
    }
    if (prefix && have < bomSize && !w.final)
        return false;
    m_bomChecked = true;
    if (prefix && have == bomSize) {
        m_bomEnd = bomSize;
        p += bomSize;
    }
    return true;
}

// All input scanned: an open quote or comment is an error; what is left is the last region.
template <typename Char>
auto BasicStatementSplitter<Char>::endOfInput(const Window &w, SplitRegion *region) -> Status
{
    switch (m_lex) {
    case Lex::Normal:
    case Lex::LineComment:
        break;
    case Lex::BlockComment:
        fail(SplitProblem::Kind::UnterminatedComment, m_openOffset, 2);
        return Status::Failed;
    case Lex::Quote: {
        const bool string = m_close == '\'' || (m_close == '"' && m_dialect == SqlSyntax::MySQL);
        fail(string ? SplitProblem::Kind::UnterminatedString
                    : SplitProblem::Kind::UnterminatedIdentifier,
            m_openOffset, 1);
        return Status::Failed;
    }
    case Lex::DollarQuote:
        fail(SplitProblem::Kind::UnterminatedDollarQuote, m_openOffset, qsizetype(m_tag.size()));
        return Status::Failed;
    }
    if (m_regionBegin < m_pos) {
        finishRegion(w, m_pos, m_pos, region); // the last statement needs no terminator
        return Status::Region;
    }
    m_done = true;
    return Status::Done;
}

template <typename Char>
auto BasicStatementSplitter<Char>::next(const Char *data, qsizetype size, qsizetype dataOffset,
    bool final, SplitRegion *region) -> Status
{
    if (m_problem.kind != SplitProblem::Kind::None)
        return Status::Failed;
    if (m_done)
        return Status::Done;
    const Window w { data, data + size, dataOffset, final };
    const Char *p = w.ptr(m_pos);
    if (!m_bomChecked && !skipByteOrderMark(w, p))
        return Status::NeedMore;
    for (;;) {
        Step step = Step::Continue;
        switch (m_lex) {
        case Lex::Normal:
            step = scanNormal(w, p, region);
            break;
        case Lex::LineComment:
            step = scanLineComment(w, p);
            break;
        case Lex::BlockComment:
            step = scanBlockComment(w, p);
            break;
        case Lex::Quote:
            step = scanQuote(w, p);
            break;
        case Lex::DollarQuote:
            step = scanDollarQuote(w, p);
            break;
        }
        if (step == Step::RegionEnd)
            return Status::Region;
        if (step == Step::Failed)
            return Status::Failed;
        if (step == Step::NeedMore) {
            m_pos = w.abs(p);
            return Status::NeedMore;
        }
        if (p == w.end)
            break;
    }
    m_pos = w.abs(p);
    return final ? endOfInput(w, region) : Status::NeedMore;
}

// The hot loop: skips blanks and ordinary code a table lookup at a time and stops at the next
// code unit that may start a token that matters (quote, comment, terminator...).
template <typename Char>
auto BasicStatementSplitter<Char>::scanNormal(const Window &w, const Char *&p, SplitRegion *region)
    -> Step
{
    const quint8 *table = m_table;
    const Char *const end = w.end;
    while (p < end) {
        if (!m_hasCode) {
            while (p < end && table[index(*p)] == Space)
                ++p;
            if (p == end)
                break;
            if (table[index(*p)] == Plain)
                markCode(w.abs(p));
        }
        while (p < end && table[index(*p)] <= Plain)
            ++p;
        if (p == end)
            break;
        const Step step = special(w, p, region, table[index(*p)]);
        if (step != Step::Continue || m_lex != Lex::Normal)
            return step;
        table = m_table;
    }
    return Step::Continue;
}

template <typename Char>
auto BasicStatementSplitter<Char>::special(
    const Window &w, const Char *&p, SplitRegion *region, unsigned cls) -> Step
{
    switch (cls) {
    case Semicolon:
        return semicolon(w, p, region);
    case Dash:
        return dash(w, p);
    case Slash:
        return slash(w, p);
    case SingleQuote:
        return openQuote(w, p, '\'');
    case DoubleQuote:
        return openQuote(w, p, '"');
    case Backtick:
        return openQuote(w, p, '`');
    case Bracket:
        return openQuote(w, p, ']');
    case Dollar:
        return dollar(w, p);
    case Hash:
        markText(w.abs(p));
        m_lex = Lex::LineComment;
        ++p;
        return Step::Continue;
    case Backslash:
        return backslash(w, p);
    case Word:
        return word(w, p, region);
    case OpenParen:
    case CloseParen:
        return paren(w, p, cls == OpenParen);
    case Delimiter: {
        bool matched = false;
        const Step step = customDelimiter(w, p, region, &matched);
        if (step != Step::Continue || matched)
            return step;
        const bool token = m_table == m_token.data();
        return special(w, p, region, baseClass(m_dialect, index(*p), token, true));
    }
    default: // Plain, Code
        markCode(w.abs(p));
        noteCodeToken();
        ++p;
        return Step::Continue;
    }
}

template <typename Char>
auto BasicStatementSplitter<Char>::semicolon(const Window &w, const Char *&p, SplitRegion *region)
    -> Step
{
    if (m_parenDepth > 0 || m_beginDepth > 0) {
        ++p; // PostgreSQL: inside parentheses or a routine's BEGIN ... END
        return Step::Continue;
    }
    if (m_dialect == SqlSyntax::SQLite && m_head == Head::Body
        && m_bodyToken != BodyToken::EndAfterSemicolon) {
        m_bodyToken = BodyToken::Semicolon; // a statement of the trigger body ends
        ++p;
        return Step::Continue;
    }
    const qsizetype at = w.abs(p);
    finishRegion(w, at, at + 1, region);
    return Step::RegionEnd;
}

template <typename Char>
auto BasicStatementSplitter<Char>::dash(const Window &w, const Char *&p) -> Step
{
    const qsizetype available = w.end - p;
    bool comment = available >= 2 && p[1] == '-';
    if (available < 2 && !w.final)
        return Step::NeedMore;
    if (comment && m_dialect == SqlSyntax::MySQL) {
        // MySQL wants blank or control after "--": `1--1` is one minus minus one.
        if (available < 3 && !w.final)
            return Step::NeedMore;
        comment = available < 3 || unit(p[2]) <= 0x20;
    }
    if (!comment) {
        markCode(w.abs(p));
        noteCodeToken();
        ++p;
        return Step::Continue;
    }
    markText(w.abs(p));
    m_lex = Lex::LineComment;
    p += 2;
    return Step::Continue;
}

template <typename Char>
auto BasicStatementSplitter<Char>::slash(const Window &w, const Char *&p) -> Step
{
    const qsizetype available = w.end - p;
    if (available < 2 && !w.final)
        return Step::NeedMore;
    if (available < 2 || p[1] != '*') {
        markCode(w.abs(p));
        noteCodeToken();
        ++p;
        return Step::Continue;
    }
    bool executable = false;
    if (m_dialect == SqlSyntax::MySQL) {
        // `/*!50003 ... */` and MariaDB's `/*M! ... */` are executed by the server: code, so a
        // mysqldump line made only of one is a statement, not a comment.
        if (available < 4 && !w.final)
            return Step::NeedMore;
        executable =
            (available >= 3 && p[2] == '!') || (available >= 4 && p[2] == 'M' && p[3] == '!');
    }
    if (executable) {
        markCode(w.abs(p));
        noteCodeToken();
    } else {
        markText(w.abs(p));
    }
    m_openOffset = w.abs(p);
    m_commentDepth = 1;
    m_lex = Lex::BlockComment;
    p += 2;
    return Step::Continue;
}

template <typename Char>
auto BasicStatementSplitter<Char>::openQuote(const Window &w, const Char *&p, Char close) -> Step
{
    const qsizetype at = w.abs(p);
    m_openOffset = at;
    m_close = close;
    m_doubledClose = close != ']'; // SQLite's [name] has no escape
    m_backslashEscapes = false;
    if (m_dialect == SqlSyntax::MySQL) {
        m_backslashEscapes = close == '\'' || close == '"';
    } else if (m_dialect == SqlSyntax::PostgreSQL && close == '\'') {
        // E'...' (a lone E, not the end of a longer word) takes C-style backslash escapes.
        m_backslashEscapes = at - 1 >= m_regionBegin && (p[-1] == 'E' || p[-1] == 'e')
            && (at - 2 < m_regionBegin || !isIdent(unit(p[-2])));
    }
    markCode(at);
    noteCodeToken();
    m_lex = Lex::Quote;
    ++p;
    return Step::Continue;
}

// PostgreSQL `$tag$`: not after an identifier character (`a$b$` is a name) nor `$1`.
template <typename Char>
auto BasicStatementSplitter<Char>::dollar(const Window &w, const Char *&p) -> Step
{
    const qsizetype at = w.abs(p);
    markCode(at);
    noteCodeToken();
    if (at > m_regionBegin && isIdent(unit(p[-1]))) {
        ++p;
        return Step::Continue;
    }
    const Char *q = p + 1;
    while (q < w.end && (isWordStart(unit(*q)) || (q > p + 1 && isDigit(unit(*q)))))
        ++q;
    if (q == w.end && !w.final)
        return Step::NeedMore;
    if (q == w.end || *q != '$') {
        ++p;
        return Step::Continue;
    }
    m_tag.assign(p, q + 1);
    m_openOffset = at;
    m_lex = Lex::DollarQuote;
    p = q + 1;
    return Step::Continue;
}

template <typename Char>
auto BasicStatementSplitter<Char>::backslash(const Window &w, const Char *&p) -> Step
{
    if (!atLineStart(w, p)) {
        markCode(w.abs(p));
        noteCodeToken();
        ++p;
        return Step::Continue;
    }
    // Quote the command name (bounded) in the message.
    const Char *q = p + 1;
    while (q < w.end && q - p < 32 && !isSpace(unit(*q)))
        ++q;
    if (q == w.end && q - p < 32 && !w.final)
        return Step::NeedMore;
    return fail(SplitProblem::Kind::MetaCommand, w.abs(p), q - p);
}

template <typename Char>
auto BasicStatementSplitter<Char>::paren(const Window &w, const Char *&p, bool open) -> Step
{
    markCode(w.abs(p));
    noteCodeToken();
    if (open)
        ++m_parenDepth;
    else if (m_parenDepth > 0)
        --m_parenDepth; // a stray `)` is the server's to report, not a reason to stop splitting
    ++p;
    return Step::Continue;
}

template <typename Char>
auto BasicStatementSplitter<Char>::word(const Window &w, const Char *&p, SplitRegion *region)
    -> Step
{
    const Char *q = p + 1;
    while (q < w.end && isIdent(unit(*q)) && m_table[index(*q)] != Delimiter)
        ++q;
    if (q == w.end && !w.final)
        return Step::NeedMore;
    if (m_dialect == SqlSyntax::MySQL && !m_hasCode && isKeyword(p, q, "DELIMITER")
        && atLineStart(w, p)) {
        const Step step = delimiterLine(w, p, q, region);
        if (step != Step::Continue)
            return step;
    }
    markCode(w.abs(p));
    noteWord(p, q);
    p = q;
    return Step::Continue;
}

template <typename Char>
auto BasicStatementSplitter<Char>::scanLineComment(const Window &w, const Char *&p) -> Step
{
    p = findUnit(p, w.end, '\n');
    if (p != w.end)
        m_lex = Lex::Normal; // the newline itself is a blank
    return Step::Continue;
}

// PostgreSQL nests block comments; the others end at the first `*/`.
template <typename Char>
auto BasicStatementSplitter<Char>::scanBlockComment(const Window &w, const Char *&p) -> Step
{
    const bool nested = m_dialect == SqlSyntax::PostgreSQL;
    while (p < w.end) {
        const Char c = *p;
        if (c != '*' && !(nested && c == '/')) {
            ++p;
            continue;
        }
        if (p + 1 == w.end)
            return w.final ? (++p, Step::Continue) : Step::NeedMore;
        if (c == '*' && p[1] == '/') {
            p += 2;
            if (--m_commentDepth == 0) {
                m_lex = Lex::Normal;
                return Step::Continue;
            }
        } else if (c == '/' && p[1] == '*') {
            ++m_commentDepth;
            p += 2;
        } else {
            ++p;
        }
    }
    return Step::Continue;
}

// Strings are most of a dump's bytes: jump from quote to quote with memchr, and look for a
// backslash only in the stretch before the next quote.
template <typename Char>
auto BasicStatementSplitter<Char>::scanQuote(const Window &w, const Char *&p) -> Step
{
    const char close = char(m_close);
    while (p < w.end) {
        const Char *q = findUnit(p, w.end, close);
        if (m_backslashEscapes) {
            const Char *slash = findUnit(p, q, '\\');
            if (slash != q) {
                if (slash + 1 == w.end) {
                    p = slash;
                    return w.final ? (p = w.end, Step::Continue) : Step::NeedMore;
                }
                p = slash + 2; // the escaped unit may be the quote itself
                continue;
            }
        }
        p = q;
        if (p == w.end)
            break;
        if (m_doubledClose) {
            if (p + 1 == w.end && !w.final)
                return Step::NeedMore; // '' or the end of the string: decided by the next unit
            if (p + 1 < w.end && p[1] == m_close) {
                p += 2;
                continue;
            }
        }
        ++p;
        m_lex = Lex::Normal;
        return Step::Continue;
    }
    return Step::Continue;
}

// Instantiates the members defined in this file; statementsplitterdialects.cpp instantiates its
// own.
template class BasicStatementSplitter<char>;
template class BasicStatementSplitter<char16_t>;

} // namespace Stepwise::Core
