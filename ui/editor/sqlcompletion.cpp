#include "ui/editor/sqlcompletion.h"

#include <QRegularExpression>

#include <algorithm>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// The identifier that ends at `end` (exclusive), without a quote around it.
QString identifierBefore(const QString &text, qsizetype end)
{
    if (end > 0
        && (text.at(end - 1) == u'"' || text.at(end - 1) == u'`' || text.at(end - 1) == u']')) {
        const QChar close = text.at(end - 1);
        const QChar open = close == u']' ? u'[' : close;
        const qsizetype start = text.lastIndexOf(open, end - 2);
        return start < 0 ? QString() : text.mid(start + 1, end - start - 2);
    }
    qsizetype start = end;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    return text.mid(start, end - start);
}

void sortUnique(QStringList &words)
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    words.erase(std::unique(words.begin(), words.end(),
                    [](const QString &a, const QString &b) {
                        return a.compare(b, Qt::CaseInsensitive) == 0;
                    }),
        words.end());
}

} // namespace

void SqlCompletion::setKeywords(const QStringList &keywords)
{
    m_keywords.clear();
    for (const QString &k : keywords) {
        // Scintilla's lists carry markers ("some|", "end-exec"): offer plain words only.
        if (!k.isEmpty() && std::all_of(k.cbegin(), k.cend(), isWordChar))
            m_keywords.append(k.toLower());
    }
    sortUnique(m_keywords);
}

void SqlCompletion::setTableColumns(const QHash<QString, QStringList> &tableColumns)
{
    m_tableColumns = tableColumns;
    m_tableByLowerName.clear();
    for (auto it = tableColumns.cbegin(); it != tableColumns.cend(); ++it) {
        m_tableByLowerName.insert(it.key().toLower(), it.key());
        // "schema.table" is also found by its table name.
        const qsizetype dot = it.key().lastIndexOf(u'.');
        if (dot >= 0 && !m_tableByLowerName.contains(it.key().mid(dot + 1).toLower()))
            m_tableByLowerName.insert(it.key().mid(dot + 1).toLower(), it.key());
    }
}

QString SqlCompletion::tableFor(const QString &name, const QString &context) const
{
    const QString lower = name.toLower();
    if (const auto it = m_tableByLowerName.constFind(lower); it != m_tableByLowerName.cend())
        return *it;
    if (lower.isEmpty() || context.isEmpty())
        return {};
    // "FROM t a", "JOIN t AS a", "UPDATE t a", with the table optionally quoted.
    static const QRegularExpression alias(
        uR"((?:from|join|update|into)\s+["`\[]?([\w.$]+)["`\]]?\s+(?:as\s+)?(\w+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = alias.globalMatch(context); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2).toLower() == lower)
            return m_tableByLowerName.value(m.captured(1).toLower());
    }
    return {};
}

SqlCompletion::Answer SqlCompletion::complete(
    const QString &text, int threshold, const QString &context) const
{
    Answer answer;
    qsizetype start = text.size();
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    const QString prefix = text.mid(start);
    answer.prefixLength = int(prefix.size());
    auto matches = [&prefix](const QString &word) {
        return word.startsWith(prefix, Qt::CaseInsensitive);
    };

    if (start > 0 && text.at(start - 1) == u'.') {
        const QString key = tableFor(identifierBefore(text, start - 1), context);
        for (const QString &column : m_tableColumns.value(key)) {
            if (matches(column))
                answer.words.append(column);
        }
        sortUnique(answer.words);
        return answer;
    }
    // A number is not the start of a word.
    if (prefix.size() < std::max(threshold, 0) || (!prefix.isEmpty() && prefix.at(0).isDigit()))
        return {};
    // Typed in capitals: offer the keywords in capitals too.
    const bool upper =
        !prefix.isEmpty() && prefix == prefix.toUpper() && prefix != prefix.toLower();
    for (const QString &keyword : m_keywords) {
        if (matches(keyword))
            answer.words.append(upper ? keyword.toUpper() : keyword);
    }
    for (auto it = m_tableColumns.cbegin(); it != m_tableColumns.cend(); ++it) {
        if (matches(it.key()))
            answer.words.append(it.key());
    }
    sortUnique(answer.words);
    // Nothing to offer once the word is typed out completely.
    if (answer.words.size() == 1 && answer.words.first().compare(prefix, Qt::CaseInsensitive) == 0)
        return {};
    return answer;
}

} // namespace Stepwise::Ui
