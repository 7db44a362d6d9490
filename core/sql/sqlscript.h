#pragma once

#include "core/base/result.h"
#include "core/sql/sqlsyntax.h"
#include "core/sql/sqlstatement.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Stepwise::Core {

// The SQL text of one section (a revision's up or down part), split into the statements the
// engine sends one at a time, with where each sits in its file. A value: copy it freely.
// For a script too large to hold, use StatementStream.
class SqlScript
{
public:
    SqlScript() = default;

    // `firstLine` is the file line on which `text` begins; statement lines are file lines.
    // Offsets and columns count QChars of `text`.
    static Result<SqlScript> split(
        const QString &text, SqlSyntax dialect, const QString &file = {}, int firstLine = 1);
    // The same from UTF-8 bytes, which are validated (an invalid sequence is an error naming its
    // line). Offsets and columns count bytes of `utf8`. A leading byte-order mark is a separator.
    static Result<SqlScript> splitUtf8(
        QByteArrayView utf8, SqlSyntax dialect, const QString &file = {}, int firstLine = 1);

    const QString &file() const { return m_file; }
    int firstLine() const { return m_firstLine; }
    SqlSyntax dialect() const { return m_dialect; }
    const QList<SqlStatement> &statements() const { return m_statements; }
    // Statements, separators and directives in input order, covering every code unit once.
    const QList<SqlSegment> &segments() const { return m_segments; }

    // Index of the statement whose lines include the file line `line`, or -1 (editor markers).
    qsizetype statementAtLine(int line) const;

private:
    template <typename Char>
    static Result<SqlScript> splitUnits(
        const Char *data, qsizetype size, SqlSyntax dialect, const QString &file, int firstLine);

    QString m_file;
    int m_firstLine = 1;
    SqlSyntax m_dialect = SqlSyntax::Generic;
    QList<SqlStatement> m_statements;
    QList<SqlSegment> m_segments;
};

} // namespace Stepwise::Core
