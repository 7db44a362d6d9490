#pragma once

#include "core/sql/splitproblem.h"
#include "core/sql/sqlsyntax.h"

#include <QString>

#include <array>
#include <string>

namespace Stepwise::Core {

// One stretch of input between two statement ends. Regions tile the input: the first begins at
// 0, each next one where the previous ended, the last ends at the end of the input.
// [textBegin, textEnd) is the statement (or directive) text inside it; empty when the region
// holds only blanks, comments and a terminator.
struct SplitRegion
{
    qsizetype begin = 0;
    qsizetype textBegin = 0;
    qsizetype textEnd = 0;
    qsizetype end = 0;
    bool directive = false; // MySQL `DELIMITER x`: read by the client, never sent

    bool hasText() const { return textEnd > textBegin; }
};

// The rules, as each dialect's own client splits (psql, mysql, sqlite3):
//  all         `;` ends a statement; `--` and `/* */` comments; '' strings and "" identifiers
//              with doubled quotes; comments before a statement belong to it; blank and
//              comment-only statements are dropped; the last statement needs no `;`.
//  PostgreSQL  nested comments; E'..\'..' escapes; $$ and $tag$ quotes; U&'..' is a plain
//              string; no end inside parentheses, nor inside BEGIN [ATOMIC] ... END of a
//              CREATE [OR REPLACE] FUNCTION|PROCEDURE (as psql); a line starting with `\`
//              (psql meta-command) is an error.
//              standard_conforming_strings is assumed on (the default since 9.1).
//  MySQL       `backtick` names; backslash escapes in '' and ""; `#` comments; `--` only when
//              followed by a blank; /*! */ and /*M! */ are code; `DELIMITER x` lines (a
//              directive, never sent) change the terminator. BEGIN ... END is not tracked:
//              as with the mysql client, a body with `;` needs a DELIMITER.
//  SQLite      [bracket] and `backtick` names; in CREATE [TEMP] TRIGGER, `;` ends the
//              statement only after `; END` (as sqlite3_complete() decides).
//  Generic     the common rules only.
// Finds where statements start and end, for one dialect, incrementally: feed it windows of the
// input and it returns one region at a time, asking for more input when a token crosses the end
// of the window. Works on UTF-8 bytes (char) or UTF-16 (char16_t); all offsets are absolute code
// unit offsets into the whole input. Plain value, no allocation while scanning; one per thread.
template <typename Char> class BasicStatementSplitter
{
public:
    enum class Status : quint8 { Region, NeedMore, Done, Failed };

    explicit BasicStatementSplitter(SqlSyntax dialect);

    // `data` holds the input's code units [dataOffset, dataOffset + size): it must start at or
    // before keepFrom() and reach at least as far as the previous call's window. `final` says no
    // more input follows. Returns Region (filled *region), NeedMore (give a longer window),
    // Done, or Failed (see problem()); Failed and Done are sticky.
    Status next(
        const Char *data, qsizetype size, qsizetype dataOffset, bool final, SplitRegion *region);

    // Input before this offset is no longer needed: the caller may drop it.
    qsizetype keepFrom() const { return m_regionBegin; }
    const SplitProblem &problem() const { return m_problem; }
    SqlSyntax dialect() const { return m_dialect; }

private:
    enum class Lex : quint8 { Normal, LineComment, BlockComment, Quote, DollarQuote };
    // How the statement begins: CREATE TRIGGER (SQLite) and CREATE [OR REPLACE] FUNCTION|PROCEDURE
    // (PostgreSQL) have bodies in which `;` does not end the statement.
    enum class Head : quint8 { Start, AfterCreate, AfterOr, AfterReplace, Body, None };
    enum class BodyToken : quint8 { Other, Semicolon, EndAfterSemicolon };
    enum class Step : quint8 { Continue, NeedMore, RegionEnd, Failed };

    struct Window
    {
        const Char *data;
        const Char *end;
        qsizetype offset; // absolute offset of data[0]
        bool final;
        qsizetype abs(const Char *p) const { return offset + (p - data); }
        const Char *ptr(qsizetype absolute) const { return data + (absolute - offset); }
    };

    void buildTables();
    void selectTable();
    void resetRegion(qsizetype begin);
    void markCode(qsizetype at);
    void markText(qsizetype at);
    void finishRegion(
        const Window &w, qsizetype terminatorBegin, qsizetype end, SplitRegion *region);
    Step fail(SplitProblem::Kind kind, qsizetype offset, qsizetype length);
    bool skipByteOrderMark(const Window &w, const Char *&p);
    Status endOfInput(const Window &w, SplitRegion *region);
    bool atLineStart(const Window &w, const Char *p) const;

    Step scanNormal(const Window &w, const Char *&p, SplitRegion *region);
    Step special(const Window &w, const Char *&p, SplitRegion *region, unsigned cls);
    Step dash(const Window &w, const Char *&p);
    Step slash(const Window &w, const Char *&p);
    Step openQuote(const Window &w, const Char *&p, Char close);
    Step dollar(const Window &w, const Char *&p);
    Step backslash(const Window &w, const Char *&p);
    Step paren(const Window &w, const Char *&p, bool open);
    Step word(const Window &w, const Char *&p, SplitRegion *region);
    Step delimiterLine(const Window &w, const Char *&p, const Char *wordEnd, SplitRegion *region);
    Step semicolon(const Window &w, const Char *&p, SplitRegion *region);
    Step customDelimiter(const Window &w, const Char *&p, SplitRegion *region, bool *matched);
    void noteCodeToken();
    void noteWord(const Char *begin, const Char *end);
    void noteSqliteWord(const Char *begin, const Char *end);
    void notePostgresWord(const Char *begin, const Char *end);

    Step scanLineComment(const Window &w, const Char *&p);
    Step scanBlockComment(const Window &w, const Char *&p);
    Step scanQuote(const Window &w, const Char *&p);
    Step scanDollarQuote(const Window &w, const Char *&p);

    SqlSyntax m_dialect;
    Lex m_lex = Lex::Normal;
    // Character classes: m_fast lets letters, digits and punctuation through the hot loop;
    // m_token stops at every token, used while a region's first words decide its fate
    // (MySQL DELIMITER, SQLite CREATE TRIGGER) and inside trigger bodies.
    std::array<quint8, 256> m_fast {};
    std::array<quint8, 256> m_token {};
    const quint8 *m_table = nullptr;

    qsizetype m_pos = 0; // where scanning resumes
    qsizetype m_regionBegin = 0;
    qsizetype m_textBegin = -1; // first comment or code of the region; -1 when none yet
    bool m_hasCode = false;
    bool m_bomChecked = false;
    qsizetype m_bomEnd = 0; // length of a leading byte-order mark
    bool m_done = false;

    // Open construct (quote, comment, dollar quote) and where it began, for errors.
    qsizetype m_openOffset = 0;
    Char m_close = 0;
    bool m_backslashEscapes = false;
    bool m_doubledClose = true;
    int m_commentDepth = 0;
    std::basic_string<Char> m_tag; // dollar-quote tag including both '$'

    Head m_head = Head::Start;
    BodyToken m_bodyToken = BodyToken::Other; // SQLite trigger body
    int m_beginDepth = 0; // PostgreSQL BEGIN [ATOMIC] ... END (and CASE ... END inside it)
    int m_parenDepth = 0; // PostgreSQL: psql does not end a statement inside parentheses

    std::basic_string<Char> m_delimiter; // empty: the default ';'
    SplitProblem m_problem;
};

extern template class BasicStatementSplitter<char>;
extern template class BasicStatementSplitter<char16_t>;

// UTF-8 input: the splitter the stream and the benchmarks use.
using StatementSplitter = BasicStatementSplitter<char>;
// QString input.
using Utf16StatementSplitter = BasicStatementSplitter<char16_t>;

} // namespace Stepwise::Core
