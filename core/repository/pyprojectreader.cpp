#include "core/repository/pyprojectreader.h"

#include "core/base/tr.h"
#include "core/base/utf8.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// A cursor over TOML text that knows strings, arrays, inline tables and comments well enough
// to step over any value, so that text inside a string is never read as a table header.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_s(text)
    {
    }

    bool atEnd() const { return m_i >= m_s.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_i + ahead < m_s.size() ? m_s[m_i + ahead] : QChar();
    }
    int line() const { return m_line; }

    void skipBlanks()
    {
        while (peek() == u' ' || peek() == u'\t')
            ++m_i;
    }
    void skipToLineEnd()
    {
        while (!atEnd() && peek() != u'\n')
            ++m_i;
    }
    // Blanks, comments and newlines (between array items).
    void skipSpace()
    {
        for (;;) {
            skipBlanks();
            if (peek() == u'#')
                skipToLineEnd();
            if (peek() == u'\r' || peek() == u'\n')
                advance();
            else
                return;
        }
    }
    void advance()
    {
        if (peek() == u'\n')
            ++m_line;
        ++m_i;
    }
    std::optional<QString> string();
    bool skipValue();
    QString bareWord()
    {
        const qsizetype start = m_i;
        while (!atEnd()
            && (peek().isLetterOrNumber() || peek() == u'_' || peek() == u'-' || peek() == u'.'))
            ++m_i;
        return m_s.sliced(start, m_i - start).toString();
    }

private:
    QStringView m_s;
    qsizetype m_i = 0;
    int m_line = 1;
};

// Basic ("…", with escapes) and literal ('…') strings, single- or multi-line.
std::optional<QString> Scanner::string()
{
    const QChar quote = peek();
    const bool multi = peek(1) == quote && peek(2) == quote;
    m_i += multi ? 3 : 1;
    if (multi && peek() == u'\n') // a newline right after the opening quotes is dropped
        advance();
    QString out;
    while (!atEnd()) {
        const QChar c = peek();
        if (c == quote && (!multi || (peek(1) == quote && peek(2) == quote))) {
            m_i += multi ? 3 : 1;
            return out;
        }
        if (c == u'\n' && !multi)
            return std::nullopt;
        if (c == u'\\' && quote == u'"') {
            const QChar e = peek(1);
            m_i += 2;
            switch (e.unicode()) {
            case u'n':
                out += u'\n';
                break;
            case u't':
                out += u'\t';
                break;
            case u'r':
                out += u'\r';
                break;
            case u'"':
                out += u'"';
                break;
            case u'\\':
                out += u'\\';
                break;
            case u'u':
            case u'U': {
                const qsizetype digits = e == u'u' ? 4 : 8;
                bool ok = false;
                const uint code =
                    m_i + digits <= m_s.size() ? m_s.sliced(m_i, digits).toUInt(&ok, 16) : 0;
                if (!ok || code > 0x10FFFF)
                    return std::nullopt;
                const char32_t cp = code;
                out += QString::fromUcs4(&cp, 1);
                m_i += digits;
                break;
            }
            default:
                out += u'\\';
                out += e;
            }
            continue;
        }
        out += c;
        advance();
    }
    return std::nullopt;
}

// Steps over any value; false when it never ends (an unterminated string or bracket).
bool Scanner::skipValue()
{
    int depth = 0;
    while (!atEnd()) {
        const QChar c = peek();
        if (depth == 0 && (c == u'\n' || c == u'#'))
            return true;
        if (c == u'"' || c == u'\'') {
            if (!string())
                return false;
            continue;
        }
        if (c == u'#') { // a comment inside a multi-line array
            skipToLineEnd();
            continue;
        }
        if (c == u'[' || c == u'{')
            ++depth;
        else if ((c == u']' || c == u'}') && depth > 0)
            --depth;
        advance();
    }
    return depth == 0;
}

// An array of strings (items over lines, comments, trailing comma); nothing for other arrays.
std::optional<QStringList> stringArray(Scanner &s, bool &broken)
{
    QStringList items;
    s.advance(); // [
    for (;;) {
        s.skipSpace();
        if (s.peek() == u']') {
            s.advance();
            return items;
        }
        if (s.peek() != u'"' && s.peek() != u'\'') {
            broken = !s.skipValue();
            return std::nullopt;
        }
        const std::optional<QString> item = s.string();
        if (!item) {
            broken = true;
            return std::nullopt;
        }
        items.append(*item);
        s.skipSpace();
        if (s.peek() == u',')
            s.advance();
        else if (s.peek() != u']') {
            broken = !s.skipValue();
            return std::nullopt;
        }
    }
}

} // namespace

Result<PyprojectAlembic> PyprojectReader::read(QByteArrayView bytes, const QString &fileName)
{
    const QByteArrayView body = bytes.sliced(Utf8::bomLength(bytes));
    if (const int bad = Utf8::firstInvalidLine(body))
        return Error(ErrorCode::Config, Tr::tr("invalid UTF-8"), fileName, bad);
    const QString text = QString::fromUtf8(body);
    Scanner s(text);
    PyprojectAlembic out;
    bool inAlembic = false;
    auto unterminated = [&](int line) {
        return Error(ErrorCode::Config, Tr::tr("unterminated string or array"), fileName, line);
    };
    while (!s.atEnd()) {
        s.skipSpace();
        if (s.atEnd())
            break;
        const int line = s.line();
        if (s.peek() == u'[') { // [table] or [[array of tables]]
            QString name;
            while (!s.atEnd() && s.peek() != u'\n' && s.peek() != u'#') {
                if (s.peek() != u'[' && s.peek() != u']' && s.peek() != u' ' && s.peek() != u'\t')
                    name += s.peek();
                s.advance();
            }
            inAlembic = name == u"tool.alembic"_s;
            out.present = out.present || inAlembic;
            continue;
        }
        const QString key =
            (s.peek() == u'"' || s.peek() == u'\'') ? s.string().value_or(QString()) : s.bareWord();
        s.skipBlanks();
        if (s.peek() != u'=') { // not TOML we understand: skip the line
            s.skipToLineEnd();
            continue;
        }
        s.advance();
        s.skipBlanks();
        bool broken = false;
        if (inAlembic && (s.peek() == u'"' || s.peek() == u'\'')) {
            const std::optional<QString> value = s.string();
            if (!value)
                return unterminated(line);
            out.strings.insert(key, { *value });
            out.lines.insert(key, line);
        } else if (inAlembic && s.peek() == u'[') {
            if (const std::optional<QStringList> items = stringArray(s, broken)) {
                out.strings.insert(key, *items);
                out.lines.insert(key, line);
            }
        } else if (inAlembic && (s.peek() == u't' || s.peek() == u'f')) {
            const QString word = s.bareWord();
            if (word == u"true"_s || word == u"false"_s) {
                out.booleans.insert(key, word == u"true"_s);
                out.lines.insert(key, line);
            }
        } else {
            broken = !s.skipValue();
        }
        if (broken)
            return unterminated(line);
        s.skipToLineEnd();
    }
    return out;
}

} // namespace Stepwise::Core
