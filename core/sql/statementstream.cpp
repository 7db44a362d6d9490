#include "core/sql/statementstream.h"

#include "core/base/tr.h"
#include "core/sql/statementbuilder.h"
#include "core/sql/statementsplitter.h"

#include <QIODevice>

namespace Stepwise::Core {

StatementStream::StatementStream(SqlSyntax dialect, QString file, int firstLine)
    : m_dialect(dialect)
    , m_file(std::move(file))
    , m_firstLine(firstLine)
{
}

Result<qsizetype> StatementStream::readChunk(QIODevice *device, QByteArray *buffer)
{
    const qsizetype old = buffer->size();
    buffer->resize(old + m_chunkSize);
    qint64 n = device->read(buffer->data() + old, m_chunkSize);
    // A pipe may have nothing yet without being at its end.
    while (n == 0 && device->isSequential() && !device->atEnd() && device->waitForReadyRead(-1))
        n = device->read(buffer->data() + old, m_chunkSize);
    buffer->resize(old + qMax<qint64>(n, 0));
    m_peakBuffer = qMax(m_peakBuffer, buffer->capacity());
    if (n < 0)
        return Error(
            ErrorCode::Io, Tr::tr("cannot read the script: %1").arg(device->errorString()), m_file);
    return qsizetype(n);
}

Result<qsizetype> StatementStream::run(QIODevice *device, const Handler &onStatement)
{
    StatementSplitter splitter(m_dialect);
    StatementBuilder<char> builder(m_file, m_firstLine);
    QByteArray buffer;
    qsizetype bufferOffset = 0; // offset in the script of buffer[0]
    bool atEnd = false;
    qsizetype delivered = 0;
    m_peakBuffer = 0;
    SplitRegion region;
    for (;;) {
        const char *data = buffer.constData();
        switch (splitter.next(data, buffer.size(), bufferOffset, atEnd, &region)) {
        case StatementSplitter::Status::Done:
            return delivered;
        case StatementSplitter::Status::Failed:
            return builder.error(data, bufferOffset, splitter.problem());
        case StatementSplitter::Status::NeedMore: {
            // Forget what the splitter no longer needs before reading on: this is what keeps
            // memory at one statement.
            const qsizetype drop = splitter.keepFrom() - bufferOffset;
            if (drop > 0) {
                buffer.remove(0, drop);
                bufferOffset += drop;
            }
            const Result<qsizetype> read = readChunk(device, &buffer);
            if (!read.ok())
                return read.error();
            atEnd = *read == 0;
            continue;
        }
        case StatementSplitter::Status::Region:
            break;
        }
        const bool wanted = region.hasText() && !region.directive;
        SqlStatement statement;
        if (std::optional<Error> invalid =
                builder.take(data, bufferOffset, region, wanted ? &statement : nullptr))
            return *invalid;
        if (!wanted)
            continue;
        ++delivered;
        if (!onStatement(statement))
            return delivered;
    }
}

} // namespace Stepwise::Core
