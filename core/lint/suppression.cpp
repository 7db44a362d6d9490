#include "core/lint/suppression.h"

#include "core/lint/sqltokenizer.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core::Lint {

namespace {

constexpr QStringView marker = u"stepwise:ignore";

// SW101 and the like: letters, then three digits. A reason that starts with "v2" is a reason.
bool looksLikeCode(QStringView word)
{
    qsizetype letters = 0;
    while (
        letters < word.size() && word.at(letters).isLetter() && word.at(letters).unicode() < 0x80)
        ++letters;
    if (letters < 2 || word.size() - letters != 3)
        return false;
    for (qsizetype i = letters; i < word.size(); ++i) {
        if (!word.at(i).isDigit())
            return false;
    }
    return true;
}

void parseComment(QStringView comment, Suppression *s)
{
    QStringView rest = comment.mid(comment.indexOf(marker) + marker.size());
    if (rest.endsWith(u"*/"))
        rest.chop(2);
    for (;;) {
        qsizetype i = 0;
        while (i < rest.size() && (rest.at(i).isSpace() || rest.at(i) == u','))
            ++i;
        qsizetype end = i;
        while (end < rest.size() && (rest.at(end).isLetterOrNumber() || rest.at(end) == u'_'))
            ++end;
        const QStringView word = rest.mid(i, end - i);
        if (!looksLikeCode(word)) {
            rest = rest.mid(i);
            break;
        }
        s->codes << word.toString().toUpper();
        s->used << false;
        rest = rest.mid(end);
    }
    s->reason = rest.toString().simplified();
}

// Calls found(comment token) for each comment of `text` holding the marker.
template <typename Found>
void forEachMarkedComment(QStringView text, SqlSyntax dialect, Found found)
{
    Tokenizer tokens(text, dialect, Tokenizer::Comments);
    Token t;
    while (tokens.next(&t)) {
        if (t.kind == Token::Comment && text.mid(t.offset, t.length).contains(marker))
            found(t);
    }
}

Suppression make(QStringView text, int startLine, int startColumn, const Token &t,
    LintFinding::Section section, int owner)
{
    Suppression s;
    s.section = section;
    s.owner = owner;
    s.statement = owner;
    positionOf(text, startLine, startColumn, t.offset, &s.line, &s.column);
    positionOf(text, startLine, startColumn, t.offset + t.length, &s.endLine, &s.endColumn);
    parseComment(text.mid(t.offset, t.length), &s);
    return s;
}

} // namespace

bool mayHoldSuppression(QStringView text)
{
    return text.contains(marker);
}

void findSuppressions(const SqlStatement &statement, SqlSyntax dialect,
    LintFinding::Section section, int index, qsizetype codeStart, int previousEndLine,
    std::vector<Suppression> *out)
{
    const QStringView text = statement.text;
    forEachMarkedComment(text, dialect, [&](const Token &t) {
        Suppression s = make(text, statement.startLine, statement.startColumn, t, section, index);
        if (t.offset < codeStart && index > 0 && s.line == previousEndLine)
            s.statement = index - 1; // "DROP TABLE t; -- stepwise:ignore SW101 ..."
        out->push_back(std::move(s));
    });
}

void findTrailingSuppressions(const SqlStatement &last, QStringView sectionText, SqlSyntax dialect,
    LintFinding::Section section, int index, std::vector<Suppression> *out)
{
    const qsizetype end = last.offset + last.length;
    if (end < 0 || end > sectionText.size()
        || sectionText.mid(last.offset, last.length) != QStringView(last.text))
        return; // not the text these statements were split from
    const QStringView tail = sectionText.mid(end);
    if (!mayHoldSuppression(tail))
        return;
    int line = 0;
    int column = 0;
    positionOf(last.text, last.startLine, last.startColumn, last.text.size(), &line, &column);
    forEachMarkedComment(tail, dialect, [&](const Token &t) {
        Suppression s = make(tail, line, column, t, section, index);
        if (s.line != last.endLine)
            s.statement = -1; // after the last statement: suppresses nothing (SW408 says so)
        out->push_back(std::move(s));
    });
}

void positionOf(
    QStringView text, int startLine, int startColumn, qsizetype offset, int *line, int *column)
{
    const QStringView before = text.first(qBound<qsizetype>(0, offset, text.size()));
    const qsizetype lastNewline = before.lastIndexOf(u'\n');
    *line = startLine + int(before.count(u'\n'));
    *column = lastNewline < 0 ? startColumn + int(before.size()) : int(before.size() - lastNewline);
}

} // namespace Stepwise::Core::Lint
