#include "core/sql/sqlscript.h"

#include "core/sql/statementbuilder.h"
#include "core/sql/statementsplitter.h"

#include <algorithm>

namespace Stepwise::Core {

namespace {

void addSegment(QList<SqlSegment> *segments, SqlSegment::Kind kind, qsizetype begin, qsizetype end)
{
    if (end > begin)
        segments->append(SqlSegment { kind, begin, end - begin });
}

} // namespace

template <typename Char>
Result<SqlScript> SqlScript::splitUnits(
    const Char *data, qsizetype size, SqlSyntax dialect, const QString &file, int firstLine)
{
    SqlScript script;
    script.m_file = file;
    script.m_firstLine = firstLine;
    script.m_dialect = dialect;
    BasicStatementSplitter<Char> splitter(dialect);
    StatementBuilder<Char> builder(file, firstLine);
    SplitRegion region;
    for (;;) {
        switch (splitter.next(data, size, 0, true, &region)) {
        case BasicStatementSplitter<Char>::Status::Done:
            return script;
        case BasicStatementSplitter<Char>::Status::Failed:
        case BasicStatementSplitter<Char>::Status::NeedMore: // cannot happen: the input is final
            return builder.error(data, 0, splitter.problem());
        case BasicStatementSplitter<Char>::Status::Region:
            break;
        }
        using Kind = SqlSegment::Kind;
        if (!region.hasText()) {
            addSegment(&script.m_segments, Kind::Separator, region.begin, region.end);
        } else {
            addSegment(&script.m_segments, Kind::Separator, region.begin, region.textBegin);
            addSegment(&script.m_segments, region.directive ? Kind::Directive : Kind::Statement,
                region.textBegin, region.textEnd);
            addSegment(&script.m_segments, Kind::Separator, region.textEnd, region.end);
        }
        SqlStatement statement;
        const bool wanted = region.hasText() && !region.directive;
        if (std::optional<Error> invalid =
                builder.take(data, 0, region, wanted ? &statement : nullptr))
            return *invalid;
        if (wanted)
            script.m_statements.append(std::move(statement));
    }
}

Result<SqlScript> SqlScript::split(
    const QString &text, SqlSyntax dialect, const QString &file, int firstLine)
{
    return splitUnits(
        reinterpret_cast<const char16_t *>(text.utf16()), text.size(), dialect, file, firstLine);
}

Result<SqlScript> SqlScript::splitUtf8(
    QByteArrayView utf8, SqlSyntax dialect, const QString &file, int firstLine)
{
    return splitUnits(utf8.data(), utf8.size(), dialect, file, firstLine);
}

qsizetype SqlScript::statementAtLine(int line) const
{
    // Statements are in order and do not overlap: binary search on the last line.
    const auto it = std::lower_bound(m_statements.cbegin(), m_statements.cend(), line,
        [](const SqlStatement &s, int l) { return s.endLine < l; });
    if (it == m_statements.cend() || it->startLine > line)
        return -1;
    return it - m_statements.cbegin();
}

} // namespace Stepwise::Core
