#pragma once

#include <QHash>
#include <QStringList>

namespace Stepwise::Ui {

// What the editor offers while typing: the dialect's keywords and the connected database's
// tables, and after "table." that table's columns. Pure and GUI-free, so it is tested without
// a popup; ScriptEditor shows its answer in QScintilla's list. Matching ignores case.
class SqlCompletion
{
public:
    // Words the list starts with; keywords are offered in the case the prefix is typed in.
    void setKeywords(const QStringList &keywords);
    void setTableColumns(const QHash<QString, QStringList> &tableColumns);
    const QHash<QString, QStringList> &tableColumns() const { return m_tableColumns; }

    struct Answer
    {
        QStringList words; // sorted, case-insensitively, without duplicates
        int prefixLength = 0; // how many characters before the cursor the choice replaces
    };
    // For the text up to the cursor. An identifier prefix shorter than `threshold` gives
    // nothing, except after "table." where the columns come at once. `context` (the text
    // around the cursor) names aliases: after "FROM invoices i", "i." offers invoices' columns.
    Answer complete(
        const QString &textBeforeCursor, int threshold = 0, const QString &context = {}) const;

private:
    // The table `name` stands for: a table itself, or an alias given to one in `context`.
    QString tableFor(const QString &name, const QString &context) const;

    QStringList m_keywords;
    QHash<QString, QStringList> m_tableColumns;
    QHash<QString, QString> m_tableByLowerName;
};

} // namespace Stepwise::Ui
