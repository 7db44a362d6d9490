// The dialect-specific rules of BasicStatementSplitter that do not run in the hot loop: statement
// heads whose bodies hold `;` (SQLite CREATE TRIGGER, PostgreSQL CREATE FUNCTION|PROCEDURE),
// MySQL `DELIMITER` lines and the custom terminator they set, and the body of a PostgreSQL
// dollar quote. They were always called out of line, so moving them here changes no inlining
// in statementsplitter.cpp (which keeps the hot loop and the token dispatch).
#include "core/sql/statementsplitter.h"

#include "core/sql/sqlcharacters.h"

namespace Stepwise::Core {

using namespace SqlCharacters;

// SQLite (as sqlite3_complete() decides): CREATE [TEMP|TEMPORARY] TRIGGER starts a body in
// which `;` ends the statement only as the `;` of `; END ;`.
template <typename Char>
void BasicStatementSplitter<Char>::noteSqliteWord(const Char *b, const Char *e)
{
    switch (m_head) {
    case Head::Start:
        if (isKeyword(b, e, "CREATE"))
            m_head = Head::AfterCreate;
        else if (!isKeyword(b, e, "EXPLAIN") && !isKeyword(b, e, "QUERY")
            && !isKeyword(b, e, "PLAN"))
            m_head = Head::None;
        break;
    case Head::AfterCreate:
        if (isKeyword(b, e, "TRIGGER"))
            m_head = Head::Body;
        else if (!isKeyword(b, e, "TEMP") && !isKeyword(b, e, "TEMPORARY"))
            m_head = Head::None;
        break;
    case Head::Body:
        m_bodyToken = m_bodyToken == BodyToken::Semicolon && isKeyword(b, e, "END")
            ? BodyToken::EndAfterSemicolon
            : BodyToken::Other;
        break;
    default:
        break;
    }
}

// PostgreSQL (as psql decides): in CREATE [OR REPLACE] FUNCTION|PROCEDURE, outside
// parentheses, BEGIN opens a body that END closes (SQL-standard BEGIN ATOMIC bodies), and CASE
// inside a body opens one more level; `;` ends the statement only at level 0.
template <typename Char>
void BasicStatementSplitter<Char>::notePostgresWord(const Char *b, const Char *e)
{
    const bool routine = isKeyword(b, e, "FUNCTION") || isKeyword(b, e, "PROCEDURE");
    switch (m_head) {
    case Head::Start:
        m_head = isKeyword(b, e, "CREATE") ? Head::AfterCreate : Head::None;
        break;
    case Head::AfterCreate:
        m_head = routine ? Head::Body : isKeyword(b, e, "OR") ? Head::AfterOr : Head::None;
        break;
    case Head::AfterOr:
        m_head = isKeyword(b, e, "REPLACE") ? Head::AfterReplace : Head::None;
        break;
    case Head::AfterReplace:
        m_head = routine ? Head::Body : Head::None;
        break;
    case Head::Body:
        if (m_parenDepth > 0)
            break;
        if (isKeyword(b, e, "BEGIN"))
            ++m_beginDepth;
        else if (isKeyword(b, e, "CASE") && m_beginDepth > 0)
            ++m_beginDepth;
        else if (isKeyword(b, e, "END") && m_beginDepth > 0)
            --m_beginDepth;
        break;
    case Head::None:
        break;
    }
}

// `DELIMITER x` (mysql client command): the rest of the line sets the terminator; the line is
// a directive region of its own. Returns Continue when the word is not used as a command.
template <typename Char>
auto BasicStatementSplitter<Char>::delimiterLine(
    const Window &w, const Char *&p, const Char *wordEnd, SplitRegion *region) -> Step
{
    const Char *lineEnd = findUnit(wordEnd, w.end, '\n');
    if (lineEnd == w.end && !w.final)
        return Step::NeedMore;
    if (wordEnd < lineEnd && !isSpace(unit(*wordEnd)))
        return Step::Continue; // `DELIMITER;` or `DELIMITER=`: not the command
    const Char *a = wordEnd;
    while (a < lineEnd && isSpace(unit(*a)))
        ++a;
    const Char *b = a;
    while (b < lineEnd && !isSpace(unit(*b)))
        ++b;
    if (a == b)
        return fail(SplitProblem::Kind::MissingDelimiter, w.abs(p), wordEnd - p);
    if (std::find(a, b, Char('\\')) != b)
        return fail(SplitProblem::Kind::BadDelimiter, w.abs(a), b - a);
    const Char *textEnd = lineEnd;
    while (textEnd > b && isSpace(unit(textEnd[-1])))
        --textEnd;
    if (b - a == 1 && *a == ';')
        m_delimiter.clear();
    else
        m_delimiter.assign(a, b);
    buildTables();
    region->begin = m_regionBegin;
    region->textBegin = w.abs(p);
    region->textEnd = w.abs(textEnd);
    region->end = w.abs(lineEnd);
    region->directive = true;
    resetRegion(region->end);
    p = lineEnd;
    return Step::RegionEnd;
}

template <typename Char>
auto BasicStatementSplitter<Char>::customDelimiter(
    const Window &w, const Char *&p, SplitRegion *region, bool *matched) -> Step
{
    const qsizetype n = qsizetype(m_delimiter.size());
    const qsizetype have = std::min(n, qsizetype(w.end - p));
    *matched = false;
    if (!std::equal(p, p + have, m_delimiter.begin()))
        return Step::Continue;
    if (have < n)
        return w.final ? Step::Continue : Step::NeedMore;
    *matched = true;
    const qsizetype at = w.abs(p);
    finishRegion(w, at, at + n, region);
    return Step::RegionEnd;
}

// PostgreSQL: the body of a `$tag$` quote, up to the same tag.
template <typename Char>
auto BasicStatementSplitter<Char>::scanDollarQuote(const Window &w, const Char *&p) -> Step
{
    const qsizetype n = qsizetype(m_tag.size());
    while (p < w.end) {
        p = findUnit(p, w.end, '$');
        if (p == w.end)
            break;
        if (w.end - p < n) {
            if (!w.final)
                return Step::NeedMore;
            p = w.end;
            break;
        }
        if (std::equal(p, p + n, m_tag.begin())) {
            p += n;
            m_lex = Lex::Normal;
            return Step::Continue;
        }
        ++p;
    }
    return Step::Continue;
}

// Explicit instantiations of the members defined in this file (statementsplitter.cpp
// instantiates the class, hence the others; the header's `extern template` rules out implicit
// instantiation, so each member is named here).
#define STEPWISE_INSTANTIATE_DIALECT_RULES(Char)                                                   \
    template void BasicStatementSplitter<Char>::noteSqliteWord(const Char *, const Char *);        \
    template void BasicStatementSplitter<Char>::notePostgresWord(const Char *, const Char *);      \
    template BasicStatementSplitter<Char>::Step BasicStatementSplitter<Char>::delimiterLine(       \
        const Window &, const Char *&, const Char *, SplitRegion *);                               \
    template BasicStatementSplitter<Char>::Step BasicStatementSplitter<Char>::customDelimiter(     \
        const Window &, const Char *&, SplitRegion *, bool *);                                     \
    template BasicStatementSplitter<Char>::Step BasicStatementSplitter<Char>::scanDollarQuote(     \
        const Window &, const Char *&);

STEPWISE_INSTANTIATE_DIALECT_RULES(char)
STEPWISE_INSTANTIATE_DIALECT_RULES(char16_t)
#undef STEPWISE_INSTANTIATE_DIALECT_RULES

} // namespace Stepwise::Core
