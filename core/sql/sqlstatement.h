#pragma once

#include <QList>
#include <QString>

namespace Stepwise::Core {

// One statement of a script, as it is sent to the server. Lines are 1-based lines of the FILE
// (the section's first line already added); startColumn is 1-based. Offsets, lengths and columns
// count code units of the input that was split: QChars for QString input, bytes for UTF-8 input.
struct SqlStatement
{
    QString text; // comments before it included; leading/trailing blanks and terminator excluded
    int startLine = 0;
    int startColumn = 0;
    int endLine = 0; // line of the text's last character
    qsizetype offset = 0;
    qsizetype length = 0;

    friend bool operator==(const SqlStatement &, const SqlStatement &) = default;
};

// The lossless view of a script: segments tile the input in order, so concatenating them
// reproduces it exactly. Separators are blanks, terminators, and comments no statement follows;
// a directive is a client-side line (MySQL `DELIMITER //`) that is never sent to the server.
struct SqlSegment
{
    enum class Kind : quint8 { Statement, Separator, Directive };
    Kind kind = Kind::Separator;
    qsizetype offset = 0;
    qsizetype length = 0;

    friend bool operator==(const SqlSegment &, const SqlSegment &) = default;
};

} // namespace Stepwise::Core
