#include "core/schema/schemasnapshot.h"

#include "core/schema/catalogquery.h"

#include "core/base/tr.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringView>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

using namespace CatalogQuery;

namespace {

// The pragmas give no constraint names, no CHECKs, no generation expressions, no collations and
// no index expressions: those are read from the CREATE statements sqlite_schema keeps. The
// tokenizer only needs to tell words from quoted text and comments and to pair parentheses.
struct Token
{
    enum Kind { Word, Identifier, String, Number, Symbol };
    Kind kind = Symbol;
    qsizetype begin = 0;
    qsizetype end = 0;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() > 127;
}

// The end of the quoted text starting at `from`; a doubled quote stands for itself, except in
// [brackets], which have no escape.
qsizetype quotedEnd(const QString &sql, qsizetype from, QChar close)
{
    for (qsizetype j = from + 1; j < sql.size(); ++j) {
        if (sql[j] != close)
            continue;
        if (close != u']' && j + 1 < sql.size() && sql[j + 1] == close) {
            ++j;
            continue;
        }
        return j + 1;
    }
    return sql.size(); // unterminated: SQLite would not have stored it
}

QList<Token> tokenize(const QString &sql)
{
    QList<Token> tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        const QChar next = i + 1 < n ? sql[i + 1] : QChar();
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'-' && next == u'-') {
            i = sql.indexOf(u'\n', i);
            i = i < 0 ? n : i + 1;
            continue;
        }
        if (c == u'/' && next == u'*') {
            i = sql.indexOf(u"*/"_s, i + 2);
            i = i < 0 ? n : i + 2;
            continue;
        }
        Token t { Token::Symbol, i, i + 1 };
        if (c == u'\'') {
            t = { Token::String, i, quotedEnd(sql, i, c) };
        } else if (c == u'"' || c == u'`') {
            t = { Token::Identifier, i, quotedEnd(sql, i, c) };
        } else if (c == u'[') {
            t = { Token::Identifier, i, quotedEnd(sql, i, u']') };
        } else if (c.isDigit() || (c == u'.' && next.isDigit())) {
            t.kind = Token::Number;
            while (t.end < n && (isWordChar(sql[t.end]) || sql[t.end] == u'.'))
                ++t.end;
        } else if (isWordChar(c)) {
            t.kind = Token::Word;
            while (t.end < n && isWordChar(sql[t.end]))
                ++t.end;
        }
        tokens.append(t);
        i = t.end;
    }
    return tokens;
}

// A CREATE statement as tokens, with the questions the parsers below ask of it. Indexes past
// the end are answered as "no such token", so the parsers need no bounds checks.
class SqlText
{
public:
    using Range = std::pair<qsizetype, qsizetype>; // tokens [first, second)

    explicit SqlText(const QString &sql)
        : m_sql(sql)
        , m_tokens(tokenize(sql))
    {
    }

    qsizetype size() const { return m_tokens.size(); }

    // A bare keyword: a quoted "check" is a name, never the keyword.
    bool isWord(qsizetype i, QStringView word) const
    {
        return i >= 0 && i < size() && m_tokens[i].kind == Token::Word
            && view(i).compare(word, Qt::CaseInsensitive) == 0;
    }

    bool isSymbol(qsizetype i, QChar c) const
    {
        return i >= 0 && i < size() && m_tokens[i].kind == Token::Symbol
            && m_sql[m_tokens[i].begin] == c;
    }

    // An identifier as SQLite reads it: unquoted, doubled quotes undone ('name' is accepted too).
    QString name(qsizetype i) const
    {
        if (i < 0 || i >= size())
            return {};
        const Token &t = m_tokens[i];
        if (t.kind != Token::Identifier && t.kind != Token::String)
            return view(i).toString();
        const QChar open = m_sql[t.begin];
        const qsizetype length = t.end - t.begin;
        QString inner = m_sql.mid(t.begin + 1, length >= 2 ? length - 2 : 0);
        if (open != u'[')
            inner.replace(QString(2, open), QString(open));
        return inner;
    }

    // The original text of tokens [from, to), comments between them included.
    QString text(qsizetype from, qsizetype to) const
    {
        to = std::min(to, size());
        if (from < 0 || from >= to)
            return {};
        return m_sql.mid(m_tokens[from].begin, m_tokens[to - 1].end - m_tokens[from].begin);
    }

    // The ')' that closes the '(' at `open` (size() when unbalanced).
    qsizetype closing(qsizetype open) const
    {
        int depth = 0;
        for (qsizetype i = open; i < size(); ++i) {
            if (isSymbol(i, u'('))
                ++depth;
            else if (isSymbol(i, u')') && --depth == 0)
                return i;
        }
        return size();
    }

    // The first bare `word` in [from, to) outside parentheses; `to` when none.
    qsizetype find(qsizetype from, qsizetype to, QStringView word) const
    {
        for (qsizetype i = from; i < to; ++i) {
            if (isSymbol(i, u'('))
                i = closing(i);
            else if (isWord(i, word))
                return i;
        }
        return to;
    }

    // The items of the parenthesised list opened at `open`, split at its top-level commas.
    QList<Range> items(qsizetype open) const
    {
        QList<Range> out;
        const qsizetype close = closing(open);
        qsizetype start = open + 1;
        for (qsizetype i = start; i <= close; ++i) {
            if (i < close && isSymbol(i, u'(')) {
                i = closing(i);
            } else if (i == close || isSymbol(i, u',')) {
                out.append({ start, i });
                start = i + 1;
            }
        }
        return out;
    }

    // The names a list of columns holds ("(a, b DESC)": a, b).
    QStringList names(qsizetype open) const
    {
        QStringList out;
        for (const auto &[first, last] : items(open)) {
            if (first < last)
                out << name(first);
        }
        return out;
    }

private:
    QStringView view(qsizetype i) const
    {
        return QStringView(m_sql).mid(m_tokens[i].begin, m_tokens[i].end - m_tokens[i].begin);
    }

    QString m_sql;
    QList<Token> m_tokens;
};

struct ParsedColumn
{
    QString collation;
    QString generated;
};

struct ParsedKey
{
    SchemaKey key;
    bool taken = false;
};

struct ParsedForeignKey
{
    QString name;
    QStringList columns;
    QString target;
    bool deferrable = false;
    bool initiallyDeferred = false;
    bool taken = false;
};

// What a CREATE TABLE says that the pragmas do not.
struct ParsedTable
{
    QString primaryKeyName;
    bool autoIncrement = false;
    QHash<QString, ParsedColumn> columns; // by lower-case name: SQLite's names ignore case
    QList<ParsedKey> uniques; // inline and table UNIQUE, to name the 'u' indexes
    QList<ParsedForeignKey> foreignKeys;
    QList<SchemaCheck> checks;
};

bool sameNames(const QStringList &a, const QStringList &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive) == 0; });
}

// After REFERENCES: the target, then the clauses; returns the token after them.
qsizetype parseReferences(const SqlText &s, qsizetype i, qsizetype end, ParsedForeignKey &fk)
{
    fk.target = s.name(i++);
    if (s.isSymbol(i, u'('))
        i = s.closing(i) + 1; // the target columns come from the pragma
    bool deferred = false;
    while (i < end) {
        if (s.isWord(i, u"ON")) { // ON DELETE|UPDATE action; the pragma has the action
            i += s.isWord(i + 2, u"SET") || s.isWord(i + 2, u"NO") ? 4 : 3;
        } else if (s.isWord(i, u"MATCH")) {
            i += 2;
        } else if (s.isWord(i, u"NOT") && s.isWord(i + 1, u"DEFERRABLE")) {
            fk.deferrable = false;
            i += 2;
        } else if (s.isWord(i, u"DEFERRABLE")) {
            fk.deferrable = true;
            ++i;
        } else if (s.isWord(i, u"INITIALLY")) {
            deferred = s.isWord(i + 1, u"DEFERRED");
            i += 2;
        } else {
            break;
        }
    }
    // NOT DEFERRABLE INITIALLY DEFERRED is immediate in SQLite.
    fk.initiallyDeferred = fk.deferrable && deferred;
    return i;
}

// The constraints of one column definition (`column` set, from the token after its name) or
// one table constraint (`column` empty), tokens [i, end).
void parseConstraints(const SqlText &s, qsizetype i, qsizetype end, const QString &column,
    ParsedTable &table, ParsedColumn *parsedColumn)
{
    // CONSTRAINT name stays in effect up to the next CONSTRAINT or the end of the definition,
    // as SQLite reads it: "CONSTRAINT c NOT NULL CHECK (…)" is the CHECK named c in its errors.
    QString name;
    while (i < end) {
        if (s.isWord(i, u"CONSTRAINT")) {
            name = s.name(i + 1);
            i += 2;
        } else if (s.isWord(i, u"PRIMARY")) {
            table.primaryKeyName = name;
            ++i; // its column list is skipped as any parenthesised group below
        } else if (s.isWord(i, u"UNIQUE")) {
            QStringList columns { column };
            if (column.isEmpty() && s.isSymbol(i + 1, u'(')) {
                columns = s.names(i + 1);
                i = s.closing(i + 1);
            }
            ParsedKey unique;
            unique.key = { name, columns };
            table.uniques.append(unique);
            ++i;
        } else if (s.isWord(i, u"CHECK") && s.isSymbol(i + 1, u'(')) {
            const qsizetype close = s.closing(i + 1);
            table.checks.append({ name, s.text(i + 2, close).trimmed() });
            i = close + 1;
        } else if (s.isWord(i, u"FOREIGN") && s.isWord(i + 1, u"KEY") && s.isSymbol(i + 2, u'(')) {
            ParsedForeignKey fk;
            fk.name = name;
            fk.columns = s.names(i + 2);
            i = s.closing(i + 2) + 1;
            if (s.isWord(i, u"REFERENCES"))
                i = parseReferences(s, i + 1, end, fk);
            table.foreignKeys.append(fk);
        } else if (s.isWord(i, u"REFERENCES") && !column.isEmpty()) {
            ParsedForeignKey fk;
            fk.name = name;
            fk.columns = QStringList { column };
            i = parseReferences(s, i + 1, end, fk);
            table.foreignKeys.append(fk);
        } else if (s.isWord(i, u"COLLATE") && parsedColumn) {
            parsedColumn->collation = s.name(i + 1);
            i += 2;
        } else if (s.isWord(i, u"AS") && s.isSymbol(i + 1, u'(') && parsedColumn) {
            // GENERATED ALWAYS AS (expr) or just AS (expr); STORED/VIRTUAL come from the pragma.
            const qsizetype close = s.closing(i + 1);
            parsedColumn->generated = s.text(i + 2, close).trimmed();
            i = close + 1;
        } else if (s.isWord(i, u"DEFAULT")) {
            // Skipped whole, so that a default's words are never read as keywords.
            ++i;
            if (s.isSymbol(i, u'-') || s.isSymbol(i, u'+'))
                ++i;
            i = s.isSymbol(i, u'(') ? s.closing(i) + 1 : i + 1;
        } else if (s.isSymbol(i, u'(')) {
            i = s.closing(i) + 1;
        } else {
            ++i;
        }
    }
}

bool isTableConstraint(const SqlText &s, qsizetype i)
{
    return s.isWord(i, u"CONSTRAINT") || s.isWord(i, u"PRIMARY") || s.isWord(i, u"UNIQUE")
        || s.isWord(i, u"CHECK") || s.isWord(i, u"FOREIGN");
}

ParsedTable parseTable(const QString &sql)
{
    ParsedTable table;
    const SqlText s(sql);
    qsizetype open = 0;
    while (open < s.size() && !s.isSymbol(open, u'('))
        ++open;
    for (const auto &[first, last] : s.items(open)) {
        if (first >= last)
            continue;
        // SQLite accepts AUTOINCREMENT only on the single INTEGER PRIMARY KEY, inline or in a
        // table PRIMARY KEY (id AUTOINCREMENT): the keyword anywhere but in a column's name
        // marks that column.
        for (qsizetype i = first + 1; i < last; ++i)
            table.autoIncrement = table.autoIncrement || s.isWord(i, u"AUTOINCREMENT");
        if (isTableConstraint(s, first)) {
            parseConstraints(s, first, last, {}, table, nullptr);
        } else {
            const QString column = s.name(first);
            parseConstraints(s, first + 1, last, column, table, &table.columns[column.toLower()]);
        }
    }
    return table;
}

struct ParsedIndex
{
    QStringList parts; // as written, without ASC/DESC and COLLATE
    QString predicate;
};

ParsedIndex parseIndex(const QString &sql)
{
    ParsedIndex index;
    const SqlText s(sql);
    qsizetype open = s.find(0, s.size(), u"ON");
    while (open < s.size() && !s.isSymbol(open, u'('))
        ++open;
    for (auto [first, last] : s.items(open)) {
        if (s.isWord(last - 1, u"ASC") || s.isWord(last - 1, u"DESC"))
            --last;
        if (last - 2 >= first && s.isWord(last - 2, u"COLLATE"))
            last -= 2;
        index.parts << s.text(first, last).trimmed();
    }
    const qsizetype where = s.find(s.closing(open) + 1, s.size(), u"WHERE");
    index.predicate = s.text(where + 1, s.size()).trimmed();
    return index;
}

// The SELECT of a CREATE VIEW name [(columns)] AS select.
QString viewDefinition(const QString &sql)
{
    const SqlText s(sql);
    return s.text(s.find(0, s.size(), u"AS") + 1, s.size()).trimmed();
}

// Lower case, whitespace collapsed and dropped around parentheses and commas:
// "VARCHAR (40)" and "varchar(40)" are one type. SQLite's spelling is kept otherwise, since its
// affinity rules tell INTEGER PRIMARY KEY (a rowid alias) from INT PRIMARY KEY.
QString normalizedType(const QString &declared)
{
    QString out;
    bool space = false;
    for (const QChar c : declared.trimmed().toLower()) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        const bool tight =
            c == u'(' || c == u')' || c == u',' || out.endsWith(u'(') || out.endsWith(u',');
        if (space && !tight && !out.isEmpty())
            out += u' ';
        out += c;
        space = false;
    }
    return out;
}

struct TableRead
{
    SchemaTable table;
    ParsedTable parsed;
    QList<std::pair<int, QString>> primaryKey; // (position in the key, column)
};

// Only the main database's own objects: not SQLite's (sqlite_sequence, sqlite_stat1…), not
// virtual tables (their module may not be loaded, and their pragmas would fail).
QString ownTables()
{
    return u"m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
           "AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%'"_s;
}

// One read: a step per query, each adding to what the previous ones found.
class Reader
{
public:
    explicit Reader(const QSqlDatabase &db)
        : m_db(db)
        , m_context(Tr::tr("Reading the SQLite schema"))
    {
        m_schema.dialect = u"sqlite"_s;
    }

    Result<void> readObjects();
    Result<void> readColumns();
    Result<void> readIndexes();
    Result<void> readForeignKeys();
    Schema finish(const SnapshotOptions &options);

private:
    TableRead *find(const QString &name)
    {
        const auto at = m_tableAt.constFind(name);
        return at == m_tableAt.cend() ? nullptr : &m_tables[*at];
    }
    void setPrimaryKey(TableRead &t);

    const QSqlDatabase &m_db;
    const QString m_context;
    Schema m_schema;
    QList<TableRead> m_tables;
    QHash<QString, qsizetype> m_tableAt; // by name as spelled
    QHash<QString, QString> m_tableByLower; // lower-case name → name, for foreign-key targets
    QHash<QString, QString> m_indexSql;
};

// sqlite_schema, and pragma_table_list to tell fts5's and other modules' shadow tables, which
// belong to their virtual table.
Result<void> Reader::readObjects()
{
    QSet<QString> shadows;
    const Result<void> read = forEachRow(m_db,
        u"SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'"_s, {},
        m_context, [&](const QSqlQuery &row) { shadows.insert(row.value(0).toString()); });
    if (!read)
        return read;
    return forEachRow(m_db,
        u"SELECT type, name, tbl_name, sql FROM sqlite_schema "
        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql IS NOT NULL ORDER BY name"_s,
        {}, m_context, [&](const QSqlQuery &row) {
            const QString type = row.value(0).toString();
            const QString name = row.value(1).toString();
            const QString sql = row.value(3).toString();
            if (type == u"index"_s) {
                m_indexSql.insert(name, sql);
            } else if (type == u"view"_s) {
                SchemaView view;
                view.name = { {}, name };
                view.definition = viewDefinition(sql);
                m_schema.views.append(view);
            } else if (type == u"trigger"_s) {
                m_schema.notCompared.append(
                    { u"trigger"_s, { {}, row.value(2).toString() + u'.' + name } });
            } else if (type == u"table"_s
                && sql.startsWith(u"CREATE VIRTUAL TABLE"_s, Qt::CaseInsensitive)) {
                m_schema.notCompared.append({ u"virtual table"_s, { {}, name } });
            } else if (type == u"table"_s && !shadows.contains(name)) {
                m_tableAt.insert(name, m_tables.size());
                m_tableByLower.insert(name.toLower(), name);
                TableRead t;
                t.table.name = { {}, name };
                t.parsed = parseTable(sql);
                m_tables.append(t);
            }
        });
}

Result<void> Reader::readColumns()
{
    const Result<void> read = forEachRow(m_db,
        u"SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
        "FROM sqlite_schema m JOIN pragma_table_xinfo(m.name, 'main') p WHERE "_s
            + ownTables() + u" ORDER BY m.name, p.cid"_s,
        {}, m_context, [&](const QSqlQuery &row) {
            TableRead *t = find(row.value(0).toString());
            const int hidden = row.value(6).toInt();
            if (!t || hidden == 1) // 1: a virtual table's hidden column
                return;
            SchemaColumn c;
            c.name = row.value(1).toString();
            c.type = row.value(2).toString();
            c.normalizedType = normalizedType(c.type);
            c.nullable = row.value(3).toInt() == 0;
            c.defaultValue = row.value(4).toString();
            const ParsedColumn parsed = t->parsed.columns.value(c.name.toLower());
            // Collation names ignore case in SQLite; BINARY is the default.
            if (parsed.collation.compare(u"BINARY"_s, Qt::CaseInsensitive) != 0)
                c.collation = parsed.collation.toUpper();
            if (hidden == 2 || hidden == 3) { // generated: 2 VIRTUAL, 3 STORED
                c.generated = parsed.generated;
                c.generatedStored = hidden == 3;
            }
            if (const int position = row.value(5).toInt(); position > 0)
                t->primaryKey.append({ position, c.name });
            t->table.columns.append(c);
        });
    if (read) {
        for (TableRead &t : m_tables)
            setPrimaryKey(t);
    }
    return read;
}

void Reader::setPrimaryKey(TableRead &t)
{
    if (t.primaryKey.isEmpty())
        return;
    std::sort(t.primaryKey.begin(), t.primaryKey.end());
    SchemaKey key { t.parsed.primaryKeyName, {} };
    for (const auto &[position, column] : std::as_const(t.primaryKey))
        key.columns << column;
    t.table.primaryKey = key;
    // AUTOINCREMENT is allowed on the INTEGER PRIMARY KEY alone; a plain one is a rowid alias.
    if (!t.parsed.autoIncrement || key.columns.size() != 1)
        return;
    for (SchemaColumn &c : t.table.columns) {
        if (c.name == key.columns.first() && c.type.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0)
            c.identity = SchemaColumn::Identity::AutoIncrement;
    }
}

// 'pk' indexes are the primary key's; 'u' ones a UNIQUE constraint's; 'c' CREATE INDEX.
Result<void> Reader::readIndexes()
{
    const Result<void> read = forEachRow(m_db,
        u"SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, ii.seqno, ii.cid, ii.name, "
        "ii.\"desc\" FROM sqlite_schema m JOIN pragma_index_list(m.name, 'main') il "
        "JOIN pragma_index_xinfo(il.name, 'main') ii WHERE "_s
            + ownTables()
            + u" AND il.origin <> 'pk' AND ii.key = 1 ORDER BY m.name, il.name, ii.seqno"_s,
        {}, m_context, [&](const QSqlQuery &row) {
            TableRead *t = find(row.value(0).toString());
            if (!t)
                return;
            const QString name = row.value(1).toString();
            const bool constraint = row.value(3).toString() == u"u"_s;
            const int seqno = row.value(5).toInt();
            if (seqno == 0 && constraint) {
                t->table.uniques.append(SchemaKey());
            } else if (seqno == 0) {
                SchemaIndex index;
                index.name = name;
                index.unique = row.value(2).toInt() != 0;
                t->table.indexes.append(index);
            }
            QString part = row.value(7).toString();
            if (constraint) {
                t->table.uniques.last().columns << part;
                return;
            }
            SchemaIndex &index = t->table.indexes.last();
            const bool partial = seqno == 0 && row.value(4).toInt() != 0;
            if (row.value(7).isNull() || partial) { // an expression part (cid -2), or a WHERE
                const ParsedIndex parsed = parseIndex(m_indexSql.value(name));
                if (row.value(7).isNull())
                    part = parsed.parts.value(seqno);
                if (partial)
                    index.predicate = parsed.predicate;
            }
            index.parts << part;
            index.descending << (row.value(8).toInt() != 0);
        });
    if (!read)
        return read;
    // The UNIQUE constraints' indexes are named sqlite_autoindex_…: their names come from the
    // CREATE TABLE, matched by columns (SQLite makes no second index for a repeated UNIQUE).
    for (TableRead &t : m_tables) {
        for (SchemaKey &key : t.table.uniques) {
            for (ParsedKey &parsed : t.parsed.uniques) {
                if (!parsed.taken && sameNames(parsed.key.columns, key.columns)) {
                    parsed.taken = true;
                    key.name = parsed.key.name;
                    break;
                }
            }
        }
    }
    return read;
}

// pragma_foreign_key_list numbers the keys in reverse order of declaration: the CREATE TABLE's
// clauses are matched by columns and target instead.
Result<void> Reader::readForeignKeys()
{
    TableRead *current = nullptr;
    int currentId = -1;
    const Result<void> read = forEachRow(m_db,
        u"SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
        "FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name, 'main') f WHERE "_s
            + ownTables() + u" ORDER BY m.name, f.id, f.seq"_s,
        {}, m_context, [&](const QSqlQuery &row) {
            TableRead *t = find(row.value(0).toString());
            if (!t)
                return;
            if (t != current || row.value(1).toInt() != currentId) {
                current = t;
                currentId = row.value(1).toInt();
                // The target as the table spells it (the clause may use another case).
                const QString target = row.value(2).toString();
                SchemaForeignKey fk;
                fk.target = { {}, m_tableByLower.value(target.toLower(), target) };
                fk.onUpdate = action(row.value(5).toString());
                fk.onDelete = action(row.value(6).toString());
                t->table.foreignKeys.append(fk);
            }
            SchemaForeignKey &fk = t->table.foreignKeys.last();
            const TableRead *target = find(fk.target.name);
            QString to = row.value(4).toString();
            if (row.value(4).isNull()) { // REFERENCES t alone: t's primary key
                to = target && target->table.primaryKey
                    ? target->table.primaryKey->columns.value(fk.columns.size())
                    : QString();
            } else if (target) {
                for (const SchemaColumn &c : target->table.columns) {
                    if (c.name.compare(to, Qt::CaseInsensitive) == 0)
                        to = c.name;
                }
            }
            fk.columns << row.value(3).toString();
            fk.targetColumns << to;
        });
    if (!read)
        return read;
    for (TableRead &t : m_tables) {
        for (SchemaForeignKey &fk : t.table.foreignKeys) {
            for (ParsedForeignKey &parsed : t.parsed.foreignKeys) {
                if (!parsed.taken && sameNames(parsed.columns, fk.columns)
                    && parsed.target.compare(fk.target.name, Qt::CaseInsensitive) == 0) {
                    parsed.taken = true;
                    fk.name = parsed.name;
                    fk.deferrable = parsed.deferrable;
                    fk.initiallyDeferred = parsed.initiallyDeferred;
                    break;
                }
            }
        }
    }
    return read;
}

// The excluded tables are left out only now: a foreign key to one still finds its key.
Schema Reader::finish(const SnapshotOptions &options)
{
    QSet<QString> excluded;
    for (const TableName &name : options.excluded)
        excluded.insert(name.name.toLower());
    for (TableRead &t : m_tables) {
        t.table.checks = t.parsed.checks;
        if (!excluded.contains(t.table.name.name.toLower()))
            m_schema.tables.append(std::move(t.table));
    }
    m_tables.clear();
    m_tableAt.clear();
    m_schema.sort();
    return std::move(m_schema);
}

} // namespace

// SQLite: five queries whatever the number of tables — sqlite_schema, pragma_table_list, then
// the column, index and foreign-key pragmas joined to sqlite_schema — and the CREATE statements
// parsed for what the pragmas leave out.
Result<Schema> SchemaSnapshot::readSqlite(const QSqlDatabase &db, const SnapshotOptions &options)
{
    Reader reader(db);
    for (Result<void> (Reader::*step)() : { &Reader::readObjects, &Reader::readColumns,
             &Reader::readIndexes, &Reader::readForeignKeys }) {
        if (const Result<void> read = (reader.*step)(); !read)
            return read.error();
    }
    return reader.finish(options);
}

} // namespace Stepwise::Core
