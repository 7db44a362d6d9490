#include "core/repository/nativerevisionparser.h"

#include "core/base/utf8.h"
#include "core/repository/revisionid.h"

#include "core/base/tr.h"

#include <QCryptographicHash>
#include <QHash>
#include <QVarLengthArray>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// One physical line: its text without the line break, its 1-based number and byte offsets
// (begin of the line, begin of the next line).
struct Line
{
    QByteArrayView text;
    int number = 0;
    qsizetype begin = 0;
    qsizetype next = 0;
};

// Walks lines with memchr: the hot path of a 10,000-file headers-only load.
class LineCursor
{
public:
    explicit LineCursor(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    bool next(Line &line)
    {
        if (m_pos >= m_bytes.size())
            return false;
        const char *start = m_bytes.data() + m_pos;
        const auto *nl =
            static_cast<const char *>(std::memchr(start, '\n', m_bytes.size() - m_pos));
        const qsizetype length = nl ? nl - start : m_bytes.size() - m_pos;
        line.text = QByteArrayView(start, length);
        if (line.text.endsWith('\r'))
            line.text.chop(1);
        line.number = ++m_number;
        line.begin = m_pos;
        m_pos += length + (nl ? 1 : 0);
        line.next = m_pos;
        return true;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_number = 0;
};

bool isBlankByte(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isBlankByte(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isBlankByte(v.back()))
        v.chop(1);
    return v;
}

bool isKeyByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

enum class LineKind { Blank, Header, Marker, Comment, Other };

struct Classified
{
    LineKind kind = LineKind::Other;
    QByteArrayView key;
    QByteArrayView value;
};

// "-- key: value" (any case here; the caller enforces lower case), "-- migrate:…", another
// "--" comment, a blank line, or anything else. No regular expressions: this runs per line.
Classified classify(QByteArrayView line)
{
    const QByteArrayView t = trimmed(line);
    if (t.isEmpty())
        return { LineKind::Blank, {}, {} };
    if (!t.startsWith("--"))
        return { LineKind::Other, {}, {} };
    QByteArrayView rest = t.sliced(2);
    while (!rest.isEmpty() && (rest.front() == ' ' || rest.front() == '\t'))
        rest = rest.sliced(1);
    qsizetype i = 0;
    while (i < rest.size() && isKeyByte(rest[i]))
        ++i;
    if (i == 0 || i >= rest.size() || rest[i] != ':')
        return { LineKind::Comment, {}, {} };
    const QByteArrayView key = rest.first(i);
    const QByteArrayView value = trimmed(rest.sliced(i + 1));
    return { key == "migrate" ? LineKind::Marker : LineKind::Header, key, value };
}

bool isLowerKey(QByteArrayView key)
{
    if (key.front() < 'a' || key.front() > 'z')
        return false;
    for (const char c : key) {
        if (c >= 'A' && c <= 'Z')
            return false;
    }
    return true;
}

const QList<QByteArrayView> &knownKeys()
{
    static const QList<QByteArrayView> keys { "revision", "parents", "message", "created",
        "branch_labels", "depends_on" };
    return keys;
}

bool digits(QStringView s, qsizetype from, qsizetype count)
{
    if (from + count > s.size())
        return false;
    for (qsizetype i = from; i < from + count; ++i) {
        if (s[i] < u'0' || s[i] > u'9')
            return false;
    }
    return true;
}

// ISO 8601 as Stepwise writes it: YYYY-MM-DD, optionally THH:MM[:SS[.fff]] and Z or ±HH:MM.
// By hand: QDateTime::fromString costs more than the rest of a header-only parse.
bool isIsoDateTime(QStringView s)
{
    if (!digits(s, 0, 4) || s.size() < 10 || s[4] != u'-' || !digits(s, 5, 2) || s[7] != u'-'
        || !digits(s, 8, 2))
        return false;
    if (s.size() == 10)
        return true;
    if ((s[10] != u'T' && s[10] != u' ') || !digits(s, 11, 2) || s.size() < 16 || s[13] != u':'
        || !digits(s, 14, 2))
        return false;
    qsizetype i = 16;
    if (i < s.size() && s[i] == u':') {
        if (!digits(s, i + 1, 2))
            return false;
        i += 3;
        if (i < s.size() && s[i] == u'.') {
            ++i;
            const qsizetype start = i;
            while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
                ++i;
            if (i == start)
                return false;
        }
    }
    if (i == s.size())
        return true;
    if (s[i] == u'Z')
        return i + 1 == s.size();
    return (s[i] == u'+' || s[i] == u'-') && digits(s, i + 1, 2) && s.size() == i + 6
        && s[i + 3] == u':' && digits(s, i + 4, 2);
}

QStringList splitList(const QString &value)
{
    QStringList items;
    if (value.isEmpty())
        return items;
    for (const QStringView item : QStringView(value).split(u','))
        items.append(item.trimmed().toString());
    return items;
}

// The state of one parse; a class so that each step stays a short function.
class Parser
{
public:
    Parser(QByteArrayView bytes, const QString &relativePath, NativeRevisionParser::Mode mode)
        : m_bytes(bytes)
        , m_mode(mode)
    {
        m_out.revision.format = Revision::Format::Native;
        m_out.revision.relativePath = relativePath;
    }

    ParsedRevision run();

private:
    void error(const QString &message, int line)
    {
        m_out.errors.append(
            Error(ErrorCode::Repository, message, m_out.revision.relativePath, line));
    }
    void warning(const QString &message, int line)
    {
        m_out.warnings.append(
            Error(ErrorCode::Repository, message, m_out.revision.relativePath, line));
    }
    void headerLine(const Classified &c, int line);
    void knownHeader(QByteArrayView key, const QString &value, int line);
    void outsideSection(const Classified &c, int line);
    void marker(const Classified &c, const Line &line);
    void closeSection(qsizetype end);
    void finish();
    void checkFileName();

    QByteArrayView m_bytes;
    NativeRevisionParser::Mode m_mode;
    ParsedRevision m_out;
    // Header keys seen so far with their lines, for duplicates; views into the input bytes,
    // so a header-only parse allocates nothing for them.
    // Headers with many unknown keys spill into a hash, so that stays linear.
    static constexpr qsizetype SeenInline = 16;
    QVarLengthArray<std::pair<QByteArrayView, int>, SeenInline> m_seen;
    QHash<QByteArrayView, int> m_seenMore;
    int seenLine(QByteArrayView key) const
    {
        for (const auto &[seenKey, line] : m_seen) {
            if (seenKey == key)
                return line;
        }
        return m_seenMore.value(key, 0);
    }
    RevisionSection *m_section = nullptr;
    qsizetype m_sectionBegin = 0;
    bool m_sawMarker = false;
};

ParsedRevision Parser::run()
{
    const QByteArrayView body = m_bytes.sliced(Utf8::bomLength(m_bytes));
    qsizetype scanEnd = body.size();
    if (m_mode == NativeRevisionParser::Mode::HeaderOnly) {
        const qsizetype marker = NativeRevisionParser::firstMarkerOffset(body);
        if (marker >= 0)
            scanEnd = marker;
    }
    if (const int bad = Utf8::firstInvalidLine(body.first(scanEnd))) {
        error(Tr::tr("invalid UTF-8 (revision files are UTF-8)"), bad);
        return m_out;
    }
    m_bytes = body.first(scanEnd);
    LineCursor cursor(m_bytes);
    Line line;
    bool inHeader = true;
    while (cursor.next(line)) {
        const Classified c = classify(line.text);
        if (c.kind == LineKind::Marker) {
            inHeader = false;
            marker(c, line);
            continue;
        }
        if (inHeader && (c.kind == LineKind::Blank || c.kind == LineKind::Header)) {
            if (c.kind == LineKind::Header)
                headerLine(c, line.number);
            continue;
        }
        inHeader = false;
        if (!m_sawMarker)
            outsideSection(c, line.number);
        else if (m_section && c.kind == LineKind::Other)
            m_section->holdsCode = true;
    }
    closeSection(m_bytes.size());
    finish();
    return m_out;
}

void Parser::headerLine(const Classified &c, int line)
{
    if (!isLowerKey(c.key)) {
        error(Tr::tr("header key '%1' must be written in lower case").arg(QString::fromUtf8(c.key)),
            line);
        return;
    }
    const QByteArrayView key = c.key;
    if (const int first = seenLine(key)) {
        error(Tr::tr("header '%1' is given twice (first on line %2)")
                  .arg(QString::fromUtf8(key))
                  .arg(first),
            line);
        return;
    }
    if (m_seen.size() < SeenInline)
        m_seen.append({ key, line });
    else
        m_seenMore.insert(key, line);
    const QString value = QString::fromUtf8(c.value);
    if (knownKeys().contains(c.key)) {
        knownHeader(c.key, value, line);
        return;
    }
    m_out.revision.extraHeaders.append({ QString::fromUtf8(key), value });
    warning(Tr::tr("unknown header '%1' (kept, not used)").arg(QString::fromUtf8(key)), line);
}

void Parser::knownHeader(QByteArrayView key, const QString &value, int line)
{
    Revision &r = m_out.revision;
    if (key == "revision") {
        r.id = value;
        r.idLine = line;
        if (const QString problem = RevisionId::checkNative(value); !problem.isEmpty())
            error(problem, line);
    } else if (key == "parents") {
        r.parents = splitList(value);
        r.parentsLine = line;
        for (const QString &parent : std::as_const(r.parents)) {
            if (const QString problem = RevisionId::checkNative(parent); !problem.isEmpty())
                error(Tr::tr("parents: %1").arg(problem), line);
        }
    } else if (key == "message") {
        r.message = value;
        r.longDoc = value;
    } else if (key == "created") {
        r.created = value;
        if (!isIsoDateTime(value))
            warning(Tr::tr("created '%1' is not an ISO 8601 date and time").arg(value), line);
    } else if (key == "branch_labels") {
        r.branchLabels = splitList(value);
        r.branchLabelsLine = line;
        for (const QString &label : std::as_const(r.branchLabels)) {
            if (const QString problem = RevisionId::checkLabel(label); !problem.isEmpty())
                error(problem, line);
        }
    } else if (key == "depends_on") {
        r.dependsOn = splitList(value);
        r.dependsOnLine = line;
        if (r.dependsOn.contains(QString()))
            error(Tr::tr("depends_on: empty revision id"), line);
    }
}

// Between the header and the first section only blank lines and comments may appear.
void Parser::outsideSection(const Classified &c, int line)
{
    if (c.kind == LineKind::Header && knownKeys().contains(c.key)) {
        error(Tr::tr("header line '%1' after the end of the header: header lines must come "
                     "first, before any other line")
                  .arg(QString::fromUtf8(c.key)),
            line);
    } else if (c.kind == LineKind::Other) {
        error(Tr::tr("text outside a section: SQL must follow a '-- migrate:up' or "
                     "'-- migrate:down' line"),
            line);
    }
}

void Parser::marker(const Classified &c, const Line &line)
{
    closeSection(line.begin);
    m_sawMarker = true;
    const QByteArrayView rest = c.value;
    qsizetype space = 0;
    while (space < rest.size() && !isBlankByte(rest[space]))
        ++space;
    const QByteArrayView name = rest.first(space);
    QByteArrayView options = trimmed(rest.sliced(space));
    RevisionSection *section = name == "up" ? &m_out.revision.up
        : name == "down"                    ? &m_out.revision.down
                                            : nullptr;
    if (!section) {
        error(Tr::tr("unknown section '-- migrate:%1' (expected up or down)")
                  .arg(QString::fromUtf8(name)),
            line.number);
        return;
    }
    if (section->present) {
        error(Tr::tr("second '-- migrate:%1' section (the first is on line %2)")
                  .arg(QString::fromUtf8(name))
                  .arg(section->markerLine),
            line.number);
        return;
    }
    section->present = true;
    section->markerLine = line.number;
    section->firstLine = line.number + 1;
    while (!options.isEmpty()) {
        qsizetype end = 0;
        while (end < options.size() && !isBlankByte(options[end]))
            ++end;
        const QByteArrayView option = options.first(end);
        if (option == "transaction:false")
            section->transactional = false;
        else if (option == "transaction:true")
            section->transactional = true;
        else
            error(Tr::tr("unknown section option '%1' (known: transaction:false)")
                      .arg(QString::fromUtf8(option)),
                line.number);
        options = trimmed(options.sliced(end));
    }
    if (m_mode == NativeRevisionParser::Mode::Full) {
        m_section = section;
        m_sectionBegin = line.next;
    }
}

void Parser::closeSection(qsizetype end)
{
    if (!m_section)
        return;
    const QByteArrayView text = m_bytes.sliced(m_sectionBegin, end - m_sectionBegin);
    // Lines of the file are kept as they are, only CRLF becomes LF: the splitter counts lines.
    m_section->text = QString::fromUtf8(text);
    m_section->text.replace(u"\r\n"_s, u"\n"_s);
    if (m_section == &m_out.revision.up)
        m_section->checksum = NativeRevisionParser::checksum(text);
    m_section = nullptr;
}

void Parser::finish()
{
    const Revision &r = m_out.revision;
    if (r.idLine == 0)
        error(Tr::tr("missing '-- revision:' header"), 0);
    if (r.parentsLine == 0)
        error(Tr::tr("missing '-- parents:' header (an empty '-- parents:' marks a base "
                     "revision)"),
            0);
    if (m_mode == NativeRevisionParser::Mode::Full && !r.up.present)
        error(Tr::tr("no '-- migrate:up' section"), 0);
    if (r.idLine != 0)
        checkFileName();
}

void Parser::checkFileName()
{
    const QString &path = m_out.revision.relativePath;
    const QStringView name = QStringView(path).sliced(path.lastIndexOf(u'/') + 1);
    const QString &id = m_out.revision.id;
    const bool matches = name.startsWith(id)
        && (name.sliced(id.size()) == u".sql" || name.sliced(id.size()).startsWith(u'_'));
    if (!matches)
        warning(Tr::tr("file name does not match the revision id '%1' (expected "
                       "'%1_<slug>.sql'; the header is what counts)")
                    .arg(id),
            m_out.revision.idLine);
}

} // namespace

ParsedRevision NativeRevisionParser::parse(
    QByteArrayView bytes, const QString &relativePath, Mode mode)
{
    return Parser(bytes, relativePath, mode).run();
}

qsizetype NativeRevisionParser::firstMarkerOffset(QByteArrayView bytes)
{
    LineCursor cursor(bytes);
    Line line;
    while (cursor.next(line)) {
        // Cheap pre-check before classifying: a marker line contains "migrate".
        if (line.text.contains("migrate") && classify(line.text).kind == LineKind::Marker)
            return line.begin;
    }
    return -1;
}

QString NativeRevisionParser::checksum(QByteArrayView sectionBytes)
{
    LineCursor cursor(sectionBytes);
    Line line;
    qsizetype keepEnd = 0; // end of the last non-blank line
    while (cursor.next(line)) {
        if (!trimmed(line.text).isEmpty())
            keepEnd = line.next;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    LineCursor kept(sectionBytes.first(keepEnd));
    while (kept.next(line)) {
        hash.addData(line.text);
        hash.addData("\n");
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Stepwise::Core
