#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Stepwise::Core {

// One token of Python source. Comments, blank lines and line joins never appear as tokens.
struct PyToken
{
    enum class Kind { Name, String, Number, Op, Newline, EndOfFile, Error };
    Kind kind = Kind::EndOfFile;
    QByteArrayView text; // raw source text (a string token includes its prefix and quotes)
    int line = 0; // 1-based line where the token starts
    int indent = -1; // first token of a logical line: its indentation width, else -1

    bool isOp(QByteArrayView op) const { return kind == Kind::Op && text == op; }
    bool isName(QByteArrayView name) const { return kind == Kind::Name && text == name; }
};

// A small tokenizer for Python source, enough to read module-level assignments and the
// docstring statically (alembic-semantics §6): it knows string literals of every kind
// (prefixes, triple quotes, escapes), comments, brackets and line joining, so text inside a
// string is never mistaken for code. Not a full Python lexer: numbers and operators are
// recognised only as far as needed to step over them. Pure and allocation-free per token.
class PythonTokenizer
{
public:
    // source: UTF-8 without a byte order mark
    explicit PythonTokenizer(QByteArrayView source)
        : m_src(source)
    {
    }

    // The next token; Newline ends each logical line; EndOfFile repeats at the end; Error
    // (an unterminated string) ends the stream, errorMessage() says why.
    PyToken next();
    const QString &errorMessage() const { return m_error; }

    // The value of a string literal token as Python would compute it (prefix, escapes, CRLF
    // read as LF), or nothing for bytes and f-strings and for escapes that need Python's
    // tables (\N{...}) or that Python rejects.
    static std::optional<QString> stringValue(QByteArrayView token);

private:
    bool startLogicalLine();
    PyToken scanString(qsizetype prefixLength, int line);
    PyToken scanOp(int line);
    PyToken make(PyToken::Kind kind, qsizetype begin, int line);
    bool atNewline() const;
    void consumeNewline();

    QByteArrayView m_src;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_depth = 0; // open brackets: newlines inside them do not end the line
    bool m_atLineStart = true;
    bool m_inLogicalLine = false;
    int m_pendingIndent = -1;
    bool m_failed = false;
    QString m_error;
};

} // namespace Stepwise::Core
