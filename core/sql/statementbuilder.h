#pragma once

#include "core/base/error.h"
#include "core/base/utf8.h"
#include "core/sql/linetracker.h"
#include "core/sql/sqlstatement.h"
#include "core/sql/statementsplitter.h"

#include <QStringDecoder>

#include <optional>

namespace Stepwise::Core {

// Turns the splitter's regions into SqlStatements and its problems into Errors with the file's
// line numbers; shared by SqlScript (whole input) and StatementStream (a window at a time).
// Regions must be handed over in order, each one while its bytes are still in the window.
template <typename Char> class StatementBuilder
{
public:
    StatementBuilder(const QString &file, int firstLine)
        : m_file(file)
        , m_lines(firstLine)
    {
    }

    // Moves past `region`, checking that its UTF-8 is valid (every byte belongs to exactly one
    // region, so the whole input gets checked). With `statement`, the region's text is made
    // into it; pass null for a region that yields no statement (no text, or a directive).
    std::optional<Error> take(
        const Char *data, qsizetype dataOffset, const SplitRegion &region, SqlStatement *statement)
    {
        if (!statement) {
            if (std::optional<Error> invalid = validate(data, dataOffset, region.begin, region.end))
                return invalid;
            m_lines.advance(data, dataOffset, region.end);
            return std::nullopt;
        }
        if (std::optional<Error> invalid =
                validate(data, dataOffset, region.begin, region.textBegin))
            return invalid;
        statement->offset = region.textBegin;
        statement->length = region.textEnd - region.textBegin;
        const Char *text = data + (region.textBegin - dataOffset);
        if constexpr (sizeof(Char) == 1) {
            // Most SQL is ASCII, which Latin-1 conversion copies at memory speed; otherwise one
            // pass decodes and detects invalid input, and only then is the offset looked for.
            if (Utf8::isAscii(QByteArrayView(text, statement->length))) {
                statement->text = QString::fromLatin1(text, statement->length);
            } else {
                m_decoder.resetState();
                statement->text = m_decoder(QByteArrayView(text, statement->length));
                if (m_decoder.hasError()) {
                    if (std::optional<Error> invalid =
                            validate(data, dataOffset, region.textBegin, region.textEnd))
                        return invalid;
                }
            }
        } else {
            statement->text = QString(reinterpret_cast<const QChar *>(text), statement->length);
        }
        if (std::optional<Error> invalid = validate(data, dataOffset, region.textEnd, region.end))
            return invalid;
        m_lines.advance(data, dataOffset, region.textBegin);
        statement->startLine = m_lines.line();
        statement->startColumn = m_lines.column(region.textBegin);
        m_lines.advance(data, dataOffset, region.textEnd - 1);
        statement->endLine = m_lines.line();
        m_lines.advance(data, dataOffset, region.end);
        return std::nullopt;
    }

    Error error(const Char *data, qsizetype dataOffset, const SplitProblem &problem)
    {
        m_lines.advance(data, dataOffset, problem.offset);
        const QString quoted = toString(data + (problem.offset - dataOffset), problem.length);
        return Error(
            ErrorCode::Sql, SplitProblem::message(problem.kind, quoted), m_file, m_lines.line());
    }

    int line() const { return m_lines.line(); }

private:
    std::optional<Error> validate(
        const Char *data, qsizetype dataOffset, qsizetype begin, qsizetype end)
    {
        if constexpr (sizeof(Char) == 1) {
            const qsizetype bad = Utf8::firstInvalidOffset(QByteArrayView(data + (begin - dataOffset), end - begin));
            if (bad >= 0)
                return error(data, dataOffset, { SplitProblem::Kind::InvalidUtf8, begin + bad, 0 });
        }
        return std::nullopt;
    }

public:
    static QString toString(const Char *text, qsizetype length)
    {
        if constexpr (sizeof(Char) == 1) {
            // fromUtf8() drops a leading byte-order mark; a U+FEFF starting a statement in the
            // middle of a file is text and must survive.
            if (Utf8::bomLength(QByteArrayView(text, length)) != 0) {
                QStringDecoder keepBom(
                    QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
                return keepBom(QByteArrayView(text, length));
            }
            return QString::fromUtf8(text, length);
        } else
            return QString(reinterpret_cast<const QChar *>(text), length);
    }

private:
    QString m_file;
    LineTracker<Char> m_lines;
    // Keeps a U+FEFF that starts a statement (fromUtf8() would drop it as a byte-order mark).
    QStringDecoder m_decoder { QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom };
};

} // namespace Stepwise::Core
