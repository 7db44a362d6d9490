// libFuzzer target for the statement splitter of one dialect (STEPWISE_FUZZ_DIALECT, set per
// executable in sql.cmake). Besides "never crash or hang" it checks what the splitter promises:
// the segments reproduce the input byte for byte, statement texts are their slices, and the three
// ways in (UTF-8 at once, UTF-8 streamed in odd-sized chunks, QString) agree on every statement,
// line and error.
#include "core/sql/sqlscript.h"
#include "core/sql/statementstream.h"

#include <QBuffer>
#include <QStringDecoder>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Stepwise::Core;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_splitter: broken promise: %s\n", what);
        std::abort();
    }
}

void checkLossless(QByteArrayView input, const SqlScript &script)
{
    QByteArray rebuilt;
    qsizetype expected = 0;
    qsizetype statement = 0;
    int previousEndLine = 0;
    for (const SqlSegment &segment : script.segments()) {
        check(segment.offset == expected && segment.length > 0, "segments tile the input");
        const QByteArrayView slice = input.sliced(segment.offset, segment.length);
        rebuilt += slice;
        expected += segment.length;
        if (segment.kind != SqlSegment::Kind::Statement)
            continue;
        check(statement < script.statements().size(), "a statement per statement segment");
        const SqlStatement &s = script.statements().at(statement++);
        check(s.offset == segment.offset && s.length == segment.length, "statement position");
        check(s.text.toUtf8() == slice, "statement text is its slice");
        check(s.startLine >= previousEndLine && s.endLine >= s.startLine, "lines in order");
        check(s.startColumn >= 1, "columns are 1-based");
        previousEndLine = s.endLine;
    }
    check(statement == script.statements().size(), "every statement has a segment");
    check(rebuilt == input, "segments reproduce the input");
}

Result<QList<SqlStatement>> streamed(QByteArrayView input, qsizetype chunk)
{
    QByteArray copy = input.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    StatementStream stream(STEPWISE_FUZZ_DIALECT);
    stream.setChunkSize(chunk);
    QList<SqlStatement> statements;
    const Result<qsizetype> run = stream.run(&buffer, [&](const SqlStatement &s) {
        statements << s;
        return true;
    });
    if (!run.ok())
        return run.error();
    check(*run == statements.size(), "stream counts what it delivers");
    return statements;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<SqlScript> whole = SqlScript::splitUtf8(input, STEPWISE_FUZZ_DIALECT);
    if (whole.ok())
        checkLossless(input, *whole);

    // Chunk sizes 1..16 put window ends inside every kind of token.
    const qsizetype chunk = size ? qsizetype(data[size - 1] % 16) + 1 : 1;
    const Result<QList<SqlStatement>> stream = streamed(input, chunk);
    check(stream.ok() == whole.ok(), "stream and whole agree on success");
    if (whole.ok()) {
        check(*stream == whole->statements(), "stream and whole give the same statements");
    } else {
        check(stream.error().message() == whole.error().message(), "same error");
        check(stream.error().line() == whole.error().line(), "same error line");
        return 0;
    }

    // Valid UTF-8 read as a QString: same texts and lines (offsets count QChars there).
    // Decoded keeping a leading U+FEFF, as the bytes have it (fromUtf8() would drop it).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const Result<SqlScript> text = SqlScript::split(decoder(input), STEPWISE_FUZZ_DIALECT);
    check(text.ok(), "QString input splits when the bytes did");
    check(text->statements().size() == whole->statements().size(), "same statement count");
    for (qsizetype i = 0; i < text->statements().size(); ++i) {
        const SqlStatement &a = text->statements().at(i);
        const SqlStatement &b = whole->statements().at(i);
        check(a.text == b.text && a.startLine == b.startLine && a.endLine == b.endLine,
            "QString and UTF-8 statements agree");
    }
    return 0;
}
