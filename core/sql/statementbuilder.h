#pragma once

#include "base/error.h"
#include "sql/linetracker.h"
#include "sql/sqlstatement.h"
#include "sql/statementsplitter.h"
#include "sql/utf8validator.h"

#include <QStringDecoder>

#include <optional>

namespace Stepwise::Core {

// Turns the splitter's regions into SqlStatements and its problems into Errors with the file's
// line numbers; shared by SqlScript (whole input) and StatementStream (a window at a time).
// Regions must be handed over in order, each one while its bytes are still in the window.
template<typename Char>
class StatementBuilder
{
public:
    StatementBuilder(const QString &file, int firstLine) : m_file(file), m_lines(firstLine) { }

    // UTF-8 input is validated region by region: every byte belongs to exactly one region.
    std::optional<Error> validate(const Char *data, qsizetype dataOffset, const SplitRegion &region)
    {
        if constexpr (sizeof(Char) == 1) {
            const qsizetype bad = firstInvalidUtf8(data + (region.begin - dataOffset),
                                                   region.end - region.begin);
            if (bad >= 0) {
                const SplitProblem problem { SplitProblem::Kind::InvalidUtf8, region.begin + bad, 0 };
                return error(data, dataOffset, problem);
            }
        } else {
            Q_UNUSED(data);
            Q_UNUSED(dataOffset);
            Q_UNUSED(region);
        }
        return std::nullopt;
    }

    // The statement of a region with text (then moves past the region).
    SqlStatement statement(const Char *data, qsizetype dataOffset, const SplitRegion &region)
    {
        SqlStatement s;
        s.offset = region.textBegin;
        s.length = region.textEnd - region.textBegin;
        s.text = toString(data + (region.textBegin - dataOffset), s.length);
        m_lines.advance(data, dataOffset, region.textBegin);
        s.startLine = m_lines.line();
        s.startColumn = m_lines.column(region.textBegin);
        m_lines.advance(data, dataOffset, region.textEnd - 1);
        s.endLine = m_lines.line();
        skip(data, dataOffset, region);
        return s;
    }

    // Moves past a region that yields no statement.
    void skip(const Char *data, qsizetype dataOffset, const SplitRegion &region)
    {
        m_lines.advance(data, dataOffset, region.end);
    }

    Error error(const Char *data, qsizetype dataOffset, const SplitProblem &problem)
    {
        m_lines.advance(data, dataOffset, problem.offset);
        const QString quoted = toString(data + (problem.offset - dataOffset), problem.length);
        return Error(ErrorCode::Sql, splitProblemMessage(problem.kind, quoted), m_file,
                     m_lines.line());
    }

    int line() const { return m_lines.line(); }

    static QString toString(const Char *text, qsizetype length)
    {
        if constexpr (sizeof(Char) == 1) {
            // fromUtf8() drops a leading byte-order mark; a U+FEFF starting a statement in the
            // middle of a file is text and must survive.
            if (length >= 3 && text[0] == '\xEF' && text[1] == '\xBB' && text[2] == '\xBF') {
                QStringDecoder keepBom(QStringDecoder::Utf8,
                                       QStringDecoder::Flag::ConvertInitialBom);
                return keepBom(QByteArrayView(text, length));
            }
            return QString::fromUtf8(text, length);
        }
        else
            return QString(reinterpret_cast<const QChar *>(text), length);
    }

private:
    QString m_file;
    LineTracker<Char> m_lines;
};

} // namespace Stepwise::Core
