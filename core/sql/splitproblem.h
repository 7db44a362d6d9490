#pragma once

#include <QString>
#include <QStringView>

namespace Stepwise::Core {

// Why splitting stopped. `offset` is where the offending construct opened.
struct SplitProblem
{
    enum class Kind : quint8 {
        None,
        UnterminatedString,
        UnterminatedIdentifier,
        UnterminatedComment,
        UnterminatedDollarQuote,
        MetaCommand, // psql `\connect` and friends: client commands, not SQL
        MissingDelimiter, // `DELIMITER` without an argument
        BadDelimiter, // a delimiter the mysql client refuses too (contains a backslash)
        InvalidUtf8, // reported by the callers that validate (SqlScript, StatementStream)
    };
    Kind kind = Kind::None;
    qsizetype offset = 0;
    qsizetype length = 0; // of the text worth quoting in the message (tag, command, delimiter)

    // The translated message for a problem; `quoted` is the input text at
    // [offset, offset + length).
    static QString message(Kind kind, QStringView quoted);
};

} // namespace Stepwise::Core
