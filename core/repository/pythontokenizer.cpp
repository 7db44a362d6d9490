#include "core/repository/pythontokenizer.h"

#include "core/base/tr.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

bool isNameStart(char c)
{
    // Bytes >= 0x80 belong to non-ASCII identifiers (Python allows them).
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
        || static_cast<unsigned char>(c) >= 0x80;
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

// A valid string prefix: r, u, b or f alone, or r together with b or f (any order, any case).
bool isStringPrefix(QByteArrayView name)
{
    auto lower = [](char c) { return static_cast<char>(c | 0x20); };
    if (name.size() == 1) {
        const char c = lower(name[0]);
        return c == 'r' || c == 'u' || c == 'b' || c == 'f';
    }
    if (name.size() != 2)
        return false;
    const char a = lower(name[0]), b = lower(name[1]);
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

} // namespace

bool PythonTokenizer::atNewline() const
{
    return m_pos < m_src.size() && (m_src[m_pos] == '\n' || m_src[m_pos] == '\r');
}

// Python reads source with universal newlines: CRLF, LF and a lone CR each end a line.
void PythonTokenizer::consumeNewline()
{
    if (m_src[m_pos] == '\r' && m_pos + 1 < m_src.size() && m_src[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

// At the start of a physical line outside brackets: measure the indentation and skip lines
// that hold only blanks or a comment. Returns false at the end of the source.
bool PythonTokenizer::startLogicalLine()
{
    while (m_pos < m_src.size()) {
        int width = 0;
        while (m_pos < m_src.size()) {
            const char c = m_src[m_pos];
            if (c == ' ')
                ++width;
            else if (c == '\t')
                width = (width / 8 + 1) * 8; // Python's tab stops
            else if (c != '\f')
                break;
            ++m_pos;
        }
        if (m_pos >= m_src.size())
            return false;
        if (m_src[m_pos] == '#') {
            while (m_pos < m_src.size() && !atNewline())
                ++m_pos;
        }
        if (atNewline()) {
            consumeNewline();
            continue;
        }
        m_pendingIndent = width;
        m_atLineStart = false;
        return true;
    }
    return false;
}

PyToken PythonTokenizer::make(PyToken::Kind kind, qsizetype begin, int line)
{
    PyToken token;
    token.kind = kind;
    token.text = m_src.sliced(begin, m_pos - begin);
    token.line = line;
    token.indent = m_pendingIndent;
    m_pendingIndent = -1;
    m_inLogicalLine = true;
    return token;
}

// The main loop: one token per call. Long because it is the whole lexical grammar we need;
// each branch is one token class (see the table tests in tst_alembicheaderreader).
PyToken PythonTokenizer::next()
{
    if (m_failed)
        return PyToken { PyToken::Kind::Error, {}, m_line, -1 };
    for (;;) {
        if (m_atLineStart && m_depth == 0 && !startLogicalLine())
            break;
        m_atLineStart = false;
        while (m_pos < m_src.size()
            && (m_src[m_pos] == ' ' || m_src[m_pos] == '\t' || m_src[m_pos] == '\f'))
            ++m_pos;
        if (m_pos >= m_src.size())
            break;
        const char c = m_src[m_pos];
        if (c == '#') {
            while (m_pos < m_src.size() && !atNewline())
                ++m_pos;
            continue;
        }
        if (c == '\\' && m_pos + 1 < m_src.size()
            && (m_src[m_pos + 1] == '\n' || m_src[m_pos + 1] == '\r')) {
            ++m_pos; // explicit line joining
            consumeNewline();
            continue;
        }
        if (c == '\n' || c == '\r') {
            const int line = m_line;
            consumeNewline();
            if (m_depth > 0)
                continue; // implicit line joining inside brackets
            m_atLineStart = true;
            if (m_inLogicalLine) {
                m_inLogicalLine = false;
                return PyToken { PyToken::Kind::Newline, {}, line, -1 };
            }
            continue;
        }
        const qsizetype begin = m_pos;
        const int line = m_line;
        if (isNameStart(c)) {
            while (m_pos < m_src.size() && isNameChar(m_src[m_pos]))
                ++m_pos;
            const QByteArrayView name = m_src.sliced(begin, m_pos - begin);
            if (m_pos < m_src.size() && (m_src[m_pos] == '\'' || m_src[m_pos] == '"')
                && isStringPrefix(name))
                return scanString(name.size(), line);
            return make(PyToken::Kind::Name, begin, line);
        }
        if (c == '\'' || c == '"')
            return scanString(0, line);
        const bool digit = c >= '0' && c <= '9';
        if (digit
            || (c == '.' && m_pos + 1 < m_src.size() && m_src[m_pos + 1] >= '0'
                && m_src[m_pos + 1] <= '9')) {
            while (m_pos < m_src.size() && (isNameChar(m_src[m_pos]) || m_src[m_pos] == '.'))
                ++m_pos;
            return make(PyToken::Kind::Number, begin, line);
        }
        return scanOp(line);
    }
    if (m_inLogicalLine) {
        m_inLogicalLine = false;
        return PyToken { PyToken::Kind::Newline, {}, m_line, -1 };
    }
    return PyToken { PyToken::Kind::EndOfFile, {}, m_line, -1 };
}

// Operators by their first characters (no table walk: this runs for every operator token).
PyToken PythonTokenizer::scanOp(int line)
{
    const qsizetype begin = m_pos;
    const char c = m_src[m_pos];
    const char n1 = m_pos + 1 < m_src.size() ? m_src[m_pos + 1] : '\0';
    const char n2 = m_pos + 2 < m_src.size() ? m_src[m_pos + 2] : '\0';
    qsizetype length = 1;
    switch (c) {
    case '*':
    case '/':
    case '<':
    case '>': // ** // << >>, each also with '=', and *= /= <= >=
        if (n1 == c)
            length = n2 == '=' ? 3 : 2;
        else if (n1 == '=')
            length = 2;
        break;
    case '.': // ...
        length = n1 == '.' && n2 == '.' ? 3 : 1;
        break;
    case '-': // -> -=
        length = n1 == '>' || n1 == '=' ? 2 : 1;
        break;
    case ':':
    case '=':
    case '!':
    case '+':
    case '%':
    case '&':
    case '|':
    case '^':
    case '@':
        length = n1 == '=' ? 2 : 1; // := == != += %= &= |= ^= @=
        break;
    case '(':
    case '[':
    case '{':
        ++m_depth;
        break;
    case ')':
    case ']':
    case '}':
        if (m_depth > 0)
            --m_depth;
        break;
    default:
        break;
    }
    m_pos += length;
    return make(PyToken::Kind::Op, begin, line);
}

PyToken PythonTokenizer::scanString(qsizetype prefixLength, int line)
{
    const qsizetype begin = m_pos - prefixLength;
    const char quote = m_src[m_pos];
    const bool triple =
        m_pos + 2 < m_src.size() && m_src[m_pos + 1] == quote && m_src[m_pos + 2] == quote;
    m_pos += triple ? 3 : 1;
    while (m_pos < m_src.size()) {
        const char c = m_src[m_pos];
        if (c == '\\' && m_pos + 1 < m_src.size()) {
            // A backslash protects the next character even in raw strings.
            ++m_pos;
            if (atNewline())
                consumeNewline();
            else
                ++m_pos;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple)
                break; // unterminated single-quoted string
            consumeNewline();
            continue;
        }
        ++m_pos;
        if (c != quote)
            continue;
        if (!triple)
            return make(PyToken::Kind::String, begin, line);
        if (m_pos + 1 < m_src.size() && m_src[m_pos] == quote && m_src[m_pos + 1] == quote) {
            m_pos += 2;
            return make(PyToken::Kind::String, begin, line);
        }
    }
    m_failed = true;
    m_error = Tr::tr("unterminated string literal (starting on line %1)").arg(line);
    return PyToken { PyToken::Kind::Error, m_src.sliced(begin), line, -1 };
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

// Reads exactly `count` hex digits at body[i...]; -1 when they are not there.
long hexNumber(QByteArrayView body, qsizetype i, int count)
{
    if (i + count > body.size())
        return -1;
    long value = 0;
    for (int k = 0; k < count; ++k) {
        const int digit = hexValue(body[i + k]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Decodes the escapes of a non-raw str literal body (newlines already LF).
std::optional<QString> decodeEscapes(QByteArrayView body)
{
    QString out;
    qsizetype runStart = 0;
    qsizetype i = 0;
    auto flush = [&](qsizetype end) {
        out += QString::fromUtf8(body.sliced(runStart, end - runStart));
    };
    while (i < body.size()) {
        if (body[i] != '\\' || i + 1 >= body.size()) {
            ++i;
            continue;
        }
        flush(i);
        const char e = body[i + 1];
        qsizetype used = 2;
        long code = -1;
        switch (e) {
        case '\n':
            break; // line continuation inside the literal
        case '\\':
        case '\'':
        case '"':
            out += QChar(QLatin1Char(e));
            break;
        case 'a':
            out += QChar(7);
            break;
        case 'b':
            out += QChar(8);
            break;
        case 'f':
            out += QChar(12);
            break;
        case 'n':
            out += QChar(u'\n');
            break;
        case 'r':
            out += QChar(u'\r');
            break;
        case 't':
            out += QChar(u'\t');
            break;
        case 'v':
            out += QChar(11);
            break;
        case 'x':
            code = hexNumber(body, i + 2, 2);
            used = 4;
            break;
        case 'u':
            code = hexNumber(body, i + 2, 4);
            used = 6;
            break;
        case 'U':
            code = hexNumber(body, i + 2, 8);
            used = 10;
            break;
        case 'N':
            return std::nullopt; // needs the Unicode name table
        default:
            if (e >= '0' && e <= '7') {
                code = 0;
                used = 1;
                while (used < 4 && i + used < body.size() && body[i + used] >= '0'
                    && body[i + used] <= '7')
                    code = code * 8 + (body[i + used++] - '0');
            } else {
                out += u'\\'; // unknown escapes stay as written
                used = 1;
            }
        }
        if (e == 'x' || e == 'u' || e == 'U' || (e >= '0' && e <= '7')) {
            if (code < 0 || code > 0x10FFFF)
                return std::nullopt; // Python refuses the literal
            const char32_t codePoint = static_cast<char32_t>(code);
            out += QString::fromUcs4(&codePoint, 1);
        }
        i += used;
        runStart = i;
    }
    flush(body.size());
    return out;
}

} // namespace

std::optional<QString> PythonTokenizer::stringValue(QByteArrayView token)
{
    qsizetype p = 0;
    bool raw = false;
    while (p < token.size() && token[p] != '\'' && token[p] != '"') {
        const char c = token[p] | 0x20;
        if (c == 'b' || c == 'f')
            return std::nullopt; // bytes or f-string: not a plain str value
        raw = raw || c == 'r';
        ++p;
    }
    if (p >= token.size())
        return std::nullopt;
    const char quote = token[p];
    const QByteArrayView quoted = token.sliced(p);
    const qsizetype quoteLength =
        quoted.size() >= 6 && quoted.startsWith(QByteArray(3, quote)) ? 3 : 1;
    if (quoted.size() < 2 * quoteLength)
        return std::nullopt;
    QByteArray body = quoted.sliced(quoteLength, quoted.size() - 2 * quoteLength).toByteArray();
    if (body.contains('\r')) { // universal newlines, only when needed: this runs per string
        body.replace("\r\n", "\n");
        body.replace('\r', '\n');
    }
    if (raw)
        return QString::fromUtf8(body);
    return decodeEscapes(body);
}

} // namespace Stepwise::Core
