#include "core/repository/inifile.h"

#include "core/base/tr.h"
#include "core/base/utf8.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// configparser gives up after this many nested %(name)s references.
constexpr int MaxInterpolationDepth = 10;

int indentationOf(QStringView line)
{
    int width = 0;
    while (width < line.size() && line[width].isSpace())
        ++width;
    return width;
}

// Stepwise syntax: a ';' or '#' at the start of the value or after whitespace starts a comment.
QString stripInlineComment(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if ((value[i] == u';' || value[i] == u'#') && (i == 0 || value[i - 1].isSpace()))
            return value.first(i).trimmed();
    }
    return value;
}

class Parser
{
public:
    Parser(IniFile::Syntax syntax, const QString &fileName)
        : m_syntax(syntax)
        , m_fileName(fileName)
    {
    }

    // Returns an empty string when the line was accepted, else the message.
    QString line(const QString &text, int number);
    void finishValue();
    QHash<QString, QList<IniFile::Entry>> sections;

private:
    IniFile::Syntax m_syntax;
    QString m_fileName;
    QString m_section;
    bool m_haveSection = false;
    IniFile::Entry *m_current = nullptr; // the entry continuation lines extend (Python syntax)
    int m_currentIndent = 0;
    int m_pendingBlankLines = 0;
};

void Parser::finishValue()
{
    m_current = nullptr;
    m_pendingBlankLines = 0;
}

QString Parser::line(const QString &text, int number)
{
    const QString stripped = text.trimmed();
    const bool python = m_syntax == IniFile::Syntax::Python;
    if (stripped.startsWith(u'#') || stripped.startsWith(u';'))
        return {}; // whole-line comment; does not end a multi-line value (configparser)
    if (stripped.isEmpty()) {
        if (m_current)
            ++m_pendingBlankLines;
        return {};
    }
    const int indent = indentationOf(text);
    if (python && m_current && indent > m_currentIndent) {
        // A continuation line: blank lines inside the value are kept, as configparser does.
        m_current->value += QString(m_pendingBlankLines + 1, u'\n') + stripped;
        m_pendingBlankLines = 0;
        return {};
    }
    finishValue();
    if (stripped.startsWith(u'[') && stripped.contains(u']')) {
        m_section = stripped.sliced(1, stripped.lastIndexOf(u']') - 1);
        m_haveSection = true;
        sections[m_section]; // an empty section exists too
        return {};
    }
    if (!m_haveSection)
        return Tr::tr("a key outside any [section]");
    qsizetype delimiter = stripped.indexOf(u'=');
    if (python) {
        const qsizetype colon = stripped.indexOf(u':');
        if (colon >= 0 && (delimiter < 0 || colon < delimiter))
            delimiter = colon;
    }
    if (delimiter <= 0)
        return Tr::tr("expected 'key = value'");
    IniFile::Entry entry { stripped.first(delimiter).trimmed().toLower(),
        stripped.sliced(delimiter + 1).trimmed(), number };
    if (!python)
        entry.value = stripInlineComment(entry.value);
    QList<IniFile::Entry> &entries = sections[m_section];
    for (IniFile::Entry &existing : entries) {
        if (existing.key == entry.key) {
            if (python) // configparser (strict) refuses duplicates
                return Tr::tr("'%1' is set twice in [%2] (first on line %3)")
                    .arg(entry.key, m_section)
                    .arg(existing.line);
            existing = entry; // stepwise.ini: the last one wins, as in QSettings
            return {};
        }
    }
    entries.append(entry);
    m_current = &entries.last();
    m_currentIndent = indent;
    return {};
}

} // namespace

Result<IniFile> IniFile::parse(QByteArrayView bytes, Syntax syntax, const QString &fileName)
{
    const QByteArrayView body = bytes.sliced(Utf8::bomLength(bytes));
    if (const int bad = Utf8::firstInvalidLine(body))
        return Error(ErrorCode::Config, Tr::tr("invalid UTF-8"), fileName, bad);
    const QString text = QString::fromUtf8(body);
    Parser parser(syntax, fileName);
    int number = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString problem = parser.line(line.toString(), number);
        if (!problem.isEmpty())
            return Error(ErrorCode::Config, problem, fileName, number);
    }
    IniFile ini;
    ini.m_sections = std::move(parser.sections);
    ini.m_fileName = fileName;
    return ini;
}

std::optional<IniFile::Entry> IniFile::entry(const QString &section, const QString &key) const
{
    const auto it = m_sections.constFind(section);
    if (it == m_sections.constEnd())
        return std::nullopt;
    const QString lower = key.toLower();
    for (const Entry &e : it.value()) {
        if (e.key == lower)
            return e;
    }
    return std::nullopt;
}

std::optional<QString> IniFile::value(const QString &section, const QString &key) const
{
    if (const std::optional<Entry> e = entry(section, key))
        return e->value;
    return std::nullopt;
}

Result<std::optional<QString>> IniFile::interpolated(
    const QString &section, const QString &key, const QHash<QString, QString> &vars) const
{
    std::optional<Entry> e = entry(section, key);
    if (!e)
        e = entry(u"DEFAULT"_s, key);
    if (!e)
        return std::optional<QString>();
    Result<QString> value = interpolate(section, e->value, vars, 1, e->line);
    if (!value)
        return value.error();
    return std::optional<QString>(*value);
}

Result<QString> IniFile::interpolate(const QString &section, const QString &raw,
    const QHash<QString, QString> &vars, int depth, int line) const
{
    if (depth > MaxInterpolationDepth)
        return Error(
            ErrorCode::Config, Tr::tr("%(...)s references nest too deeply"), m_fileName, line);
    QString out;
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype percent = raw.indexOf(u'%', i);
        if (percent < 0) {
            out += QStringView(raw).sliced(i);
            break;
        }
        out += QStringView(raw).sliced(i, percent - i);
        if (raw.sliced(percent).startsWith(u"%%"_s)) {
            out += u'%';
            i = percent + 2;
            continue;
        }
        const qsizetype close = raw.indexOf(u")s"_s, percent);
        if (!raw.sliced(percent).startsWith(u"%("_s) || close < 0)
            return Error(ErrorCode::Config,
                Tr::tr("'%' must be followed by '%' or '(name)s' (write %% for a "
                       "literal %)"),
                m_fileName, line);
        const QString name = raw.sliced(percent + 2, close - percent - 2).toLower();
        std::optional<Entry> ref = entry(section, name);
        if (!ref)
            ref = entry(u"DEFAULT"_s, name);
        if (ref) {
            Result<QString> nested = interpolate(section, ref->value, vars, depth + 1, line);
            if (!nested)
                return nested;
            out += *nested;
        } else if (vars.contains(name)) {
            out += vars.value(name);
        } else {
            return Error(
                ErrorCode::Config, Tr::tr("unknown reference %(%1)s").arg(name), m_fileName, line);
        }
        i = close + 2;
    }
    return out;
}

} // namespace Stepwise::Core
