#pragma once

#include "core/base/result.h"
#include "core/sql/sqlsyntax.h"
#include "core/sql/sqlstatement.h"

#include <QString>

#include <functional>

class QIODevice;

namespace Stepwise::Core {

// Splits a script read from a device chunk by chunk and hands each statement to a callback,
// holding only the statement being read (plus one chunk) in memory, whatever the script's
// size (quality.md M3). Offsets and columns count bytes; the input is validated as UTF-8.
// Runs on the calling thread; the device stays the caller's.
class StatementStream
{
public:
    // Return false to stop reading.
    using Handler = std::function<bool(const SqlStatement &statement)>;

    explicit StatementStream(SqlSyntax dialect, QString file = {}, int firstLine = 1);

    void setChunkSize(qsizetype bytes) { m_chunkSize = qMax<qsizetype>(1, bytes); }
    qsizetype chunkSize() const { return m_chunkSize; }

    // Reads `device` from its current position to its end; returns how many statements were
    // delivered, or the first error (unterminated quote, invalid UTF-8, read failure).
    Result<qsizetype> run(QIODevice *device, const Handler &onStatement);

    // The largest buffer the last run() held, in bytes: the M3 figure.
    qsizetype peakBufferSize() const { return m_peakBuffer; }

private:
    Result<qsizetype> readChunk(QIODevice *device, QByteArray *buffer);

    SqlSyntax m_dialect;
    QString m_file;
    int m_firstLine;
    qsizetype m_chunkSize = 1 << 20;
    qsizetype m_peakBuffer = 0;
};

} // namespace Stepwise::Core
