#include "core/lint/statementparser.h"

#include "core/sql/sqlcharacters.h"

namespace Stepwise::Core::Lint {

void ParsedStatement::clear()
{
    // Field by field, so that the vectors keep their capacity from one statement to the next.
    const QStringView keep = text;
    std::vector<Name> n = std::move(names);
    std::vector<std::pair<Name, Name>> r = std::move(renames);
    std::vector<ColumnDef> c = std::move(columns);
    std::vector<AlterAction> a = std::move(actions);
    std::vector<Name> s = std::move(setColumns);
    *this = ParsedStatement();
    text = keep;
    n.clear();
    r.clear();
    c.clear();
    a.clear();
    s.clear();
    names = std::move(n);
    renames = std::move(r);
    columns = std::move(c);
    actions = std::move(a);
    setColumns = std::move(s);
}

namespace {

QString unquoted(QStringView part)
{
    if (part.size() < 2)
        return part.toString();
    const QChar open = part.front();
    const QChar close = open == u'[' ? QChar(u']') : open;
    QString result = part.mid(1, part.size() - 2).toString();
    if (open != u'[')
        result.replace(QString(2, close), QString(close));
    return result;
}

} // namespace

QString nameKey(QStringView text, const Name &name, SqlSyntax dialect)
{
    if (!name.valid())
        return {};
    const QStringView part = text.mid(name.partOffset, name.partLength);
    if (!name.quoted)
        return part.toString().toLower();
    const QString plain = unquoted(part);
    return dialect == SqlSyntax::PostgreSQL ? plain : plain.toLower();
}

QString nameDisplay(QStringView text, const Name &name)
{
    return name.valid() ? text.mid(name.offset, name.length).toString() : QString();
}

namespace {

QString storedPart(QStringView part, bool quoted, SqlSyntax dialect)
{
    if (quoted)
        return unquoted(part);
    return dialect == SqlSyntax::PostgreSQL ? part.toString().toLower() : part.toString();
}

} // namespace

QString nameStored(QStringView text, const Name &name, SqlSyntax dialect)
{
    if (!name.valid())
        return {};
    return storedPart(text.mid(name.partOffset, name.partLength), name.quoted, dialect);
}

QString schemaStored(QStringView text, const Name &name, SqlSyntax dialect)
{
    if (!name.valid() || name.partOffset <= name.offset)
        return {};
    // The qualifier's last name token: "db.schema." -> schema.
    const QStringView qualifier = text.mid(name.offset, name.partOffset - name.offset);
    Tokenizer tokens(qualifier, dialect);
    Token t;
    Token last;
    last.length = 0;
    while (tokens.next(&t)) {
        if (t.kind == Token::Word || t.kind == Token::QuotedName
            || (t.kind == Token::String && dialect == SqlSyntax::MySQL))
            last = t;
    }
    if (last.length == 0)
        return {};
    return storedPart(qualifier.mid(last.offset, last.length), last.kind != Token::Word, dialect);
}

StatementParser::StatementParser(SqlSyntax dialect)
    : m_dialect(dialect)
    , m_tokenizer(QStringView(), dialect)
{
}

const Token &StatementParser::tok(int i)
{
    while (!m_tokenizerDone && qsizetype(m_tokens.size()) <= i) {
        Token t;
        if (m_tokenizer.next(&t))
            m_tokens.push_back(t);
        else
            m_tokenizerDone = true;
    }
    if (i >= 0 && qsizetype(m_tokens.size()) > i)
        return m_tokens[size_t(i)];
    return m_end;
}

bool StatementParser::isWord(int i, const char *keyword)
{
    const Token &t = tok(i);
    if (t.kind != Token::Word || t.length == 0)
        return false;
    const char16_t *b = reinterpret_cast<const char16_t *>(m_statement.text.utf16()) + t.offset;
    return SqlCharacters::isKeyword(b, b + t.length, keyword);
}

bool StatementParser::isAnyWord(int i, std::initializer_list<const char *> keywords)
{
    for (const char *k : keywords) {
        if (isWord(i, k))
            return true;
    }
    return false;
}

bool StatementParser::isSymbol(int i, char16_t c)
{
    const Token &t = tok(i);
    return t.kind == Token::Symbol && t.length == 1 && m_statement.text.at(t.offset) == QChar(c);
}

bool StatementParser::isNamePart(int i)
{
    const Token &t = tok(i);
    // MySQL's "double-quoted" text is a string, yet some write names that way: accept it as a
    // name where a name is expected.
    return t.length > 0
        && (t.kind == Token::Word || t.kind == Token::QuotedName
            || (t.kind == Token::String && m_dialect == SqlSyntax::MySQL
                && m_statement.text.at(t.offset) == u'"'));
}

int StatementParser::parseName(int i, Name *name)
{
    if (!isNamePart(i))
        return i;
    const int first = i;
    while (isSymbol(i + 1, u'.') && isNamePart(i + 2))
        i += 2;
    const Token &last = tok(i);
    name->offset = tok(first).offset;
    name->length = last.offset + last.length - name->offset;
    name->partOffset = last.offset;
    name->partLength = last.length;
    name->quoted = last.kind != Token::Word;
    return i + 1;
}

int StatementParser::skipGroup(int i)
{
    if (!isSymbol(i, u'('))
        return i;
    int depth = 0;
    for (;; ++i) {
        if (atEnd(i))
            return i;
        if (isSymbol(i, u'('))
            ++depth;
        else if (isSymbol(i, u')') && --depth == 0)
            return i + 1;
    }
}

int StatementParser::itemEnd(int i, int end)
{
    int depth = 0;
    for (; i < end && !atEnd(i); ++i) {
        if (isSymbol(i, u'('))
            ++depth;
        else if (isSymbol(i, u')'))
            --depth;
        else if (depth == 0 && isSymbol(i, u','))
            return i;
    }
    return qMin(i, end);
}

int StatementParser::endOfTokens()
{
    tok(1 << 30);
    return int(m_tokens.size());
}

int StatementParser::skipIfExists(int i, bool *flag)
{
    if (isWord(i, "IF") && isWord(i + 1, "EXISTS")) {
        *flag = true;
        return i + 2;
    }
    return i;
}

int StatementParser::skipIfNotExists(int i, bool *flag)
{
    if (isWord(i, "IF") && isWord(i + 1, "NOT") && isWord(i + 2, "EXISTS")) {
        *flag = true;
        return i + 3;
    }
    return i;
}

Span StatementParser::spanOf(int first, int last)
{
    if (last <= first || atEnd(first))
        return {};
    const qsizetype begin = tok(first).offset;
    int l = last - 1;
    while (l > first && atEnd(l))
        --l;
    return { begin, endOffset(l) - begin };
}

const ParsedStatement &StatementParser::parse(QStringView text)
{
    m_statement.text = text;
    m_statement.clear();
    m_tokens.clear();
    m_tokenizer = Tokenizer(text, m_dialect);
    m_tokenizerDone = false;
    m_end = Token { Token::Symbol, text.size(), 0 };
    ParsedStatement &s = m_statement;
    setHead(0, 1);
    if (isWord(0, "CREATE")) {
        parseCreate(1);
    } else if (isWord(0, "ALTER")) {
        parseAlter(1);
    } else if (isWord(0, "DROP")) {
        parseDrop(1);
    } else if (isWord(0, "TRUNCATE")) {
        parseTruncate(1);
    } else if (isWord(0, "RENAME") && isWord(1, "TABLE")) {
        parseRenameTables(2);
    } else if (isWord(0, "INSERT") || isWord(0, "REPLACE")) {
        parseInsert(1);
    } else if (isWord(0, "UPDATE")) {
        parseUpdate(1);
    } else if (isWord(0, "DELETE")) {
        s.kind = ParsedStatement::Delete;
        int i = isWord(1, "FROM") ? 2 : 1;
        i = parseName(i, &s.name);
        for (int depth = 0; !atEnd(i); ++i) {
            depth += isSymbol(i, u'(') ? 1 : isSymbol(i, u')') ? -1 : 0;
            if (depth == 0 && isWord(i, "WHERE"))
                s.hasWhere = true;
        }
    } else if (isWord(0, "SET")) {
        parseSet(1);
    } else if (isWord(0, "BEGIN") || (isWord(0, "START") && isWord(1, "TRANSACTION"))) {
        s.kind = ParsedStatement::Begin;
    } else if (isWord(0, "COMMIT") || (isWord(0, "END") && m_dialect != SqlSyntax::MySQL)) {
        s.kind = ParsedStatement::Commit;
    } else if (isWord(0, "ROLLBACK")) {
        // ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] x stays in the transaction.
        const bool toSavepoint = isWord(1, "TO") || isWord(2, "TO");
        s.kind = toSavepoint ? ParsedStatement::Other : ParsedStatement::Rollback;
    } else if (isWord(0, "PRAGMA")) {
        parsePragma(1);
    } else if (isWord(0, "REINDEX")) {
        parseReindex(1);
    } else if (isWord(0, "VACUUM")) {
        s.kind = ParsedStatement::Vacuum;
        int i = 1;
        if (isSymbol(i, u'(')) {
            const int close = skipGroup(i);
            for (int k = i; k < close; ++k)
                s.full = s.full || isWord(k, "FULL");
            i = close;
        }
        while (isAnyWord(i, { "FULL", "FREEZE", "VERBOSE", "ANALYZE" }))
            s.full = s.full || isWord(i++, "FULL");
        parseName(i, &s.name);
    } else if (isWord(0, "CLUSTER")) {
        s.kind = ParsedStatement::Cluster;
        parseName(isWord(1, "VERBOSE") ? 2 : 1, &s.name);
    } else if (isWord(0, "REFRESH") && isWord(1, "MATERIALIZED") && isWord(2, "VIEW")) {
        s.kind = ParsedStatement::Refresh;
        s.object = ObjectKind::MaterializedView;
        int i = 3;
        if (isWord(i, "CONCURRENTLY")) {
            s.concurrently = true;
            ++i;
        }
        setHead(0, parseName(i, &s.name));
    }
    return m_statement;
}

void StatementParser::parseInsert(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Insert;
    // INSERT [OR REPLACE | IGNORE | LOW_PRIORITY ...] [INTO] name [(columns)] SELECT ... FROM x
    while (isAnyWord(i,
        { "OR", "REPLACE", "ROLLBACK", "ABORT", "FAIL", "IGNORE", "LOW_PRIORITY", "DELAYED",
            "HIGH_PRIORITY" }))
        ++i;
    if (isWord(i, "INTO"))
        ++i;
    i = parseName(i, &s.name);
    i = skipGroup(i);
    if (!isWord(i, "SELECT"))
        return; // VALUES (...): nothing more to know, and nothing more is read
    for (int depth = 0; !atEnd(i); ++i) {
        depth += isSymbol(i, u'(') ? 1 : isSymbol(i, u')') ? -1 : 0;
        if (depth == 0 && isWord(i, "FROM")) {
            parseName(i + 1, &s.source);
            return;
        }
    }
}

void StatementParser::parseUpdate(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Update;
    if (isWord(i, "ONLY"))
        ++i;
    i = parseName(i, &s.name);
    while (!atEnd(i) && !isWord(i, "SET"))
        ++i;
    const int end = endOfTokens();
    for (int b = i + 1; b < end;) {
        Name column;
        int next = parseName(b, &column);
        if (next == b)
            break;
        s.setColumns.push_back(column);
        const int e = itemEnd(next, end);
        for (int depth = 0; next < e; ++next) {
            depth += isSymbol(next, u'(') ? 1 : isSymbol(next, u')') ? -1 : 0;
            if (depth == 0 && isAnyWord(next, { "WHERE", "FROM", "RETURNING" }))
                break;
        }
        if (next < e) {
            s.hasWhere = isWord(next, "WHERE");
            break;
        }
        b = e + 1;
    }
    for (int k = i; k < end && !s.hasWhere; ++k)
        s.hasWhere = isWord(k, "WHERE");
}

void StatementParser::parseSet(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Set;
    // SET [SESSION | LOCAL | GLOBAL] name, SET @@session.name, MySQL's SET SESSION x = ...
    if (isAnyWord(i, { "SESSION", "LOCAL", "GLOBAL" }))
        ++i;
    while (isSymbol(i, u'@'))
        ++i;
    if (isAnyWord(i, { "SESSION", "LOCAL", "GLOBAL" }) && isSymbol(i + 1, u'.'))
        i += 2;
    const int afterName = parseName(i, &s.name);
    int v = afterName;
    if (isSymbol(v, u'=') || isWord(v, "TO"))
        ++v;
    else if (isSymbol(v, u':') && isSymbol(v + 1, u'='))
        v += 2;
    s.value = spanOf(v, endOfTokens());
    setHead(0, afterName);
}

void StatementParser::parsePragma(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Pragma;
    const int afterName = parseName(i, &s.name);
    setHead(0, afterName);
    int v = afterName;
    if (isSymbol(v, u'='))
        ++v;
    else if (isSymbol(v, u'('))
        ++v;
    if (!atEnd(v) && !isSymbol(v, u')'))
        s.value = spanOf(v, v + 1);
}

void StatementParser::parseReindex(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Reindex;
    if (isSymbol(i, u'(')) {
        const int close = skipGroup(i);
        for (int k = i; k < close; ++k)
            s.concurrently = s.concurrently || isWord(k, "CONCURRENTLY");
        i = close;
    }
    if (isWord(i, "INDEX"))
        s.object = ObjectKind::Index;
    else if (isWord(i, "TABLE"))
        s.object = ObjectKind::Table;
    else if (isAnyWord(i, { "SCHEMA", "DATABASE", "SYSTEM" }))
        s.object = ObjectKind::Schema;
    if (s.object != ObjectKind::None)
        ++i;
    if (isWord(i, "CONCURRENTLY")) {
        s.concurrently = true;
        ++i;
    }
    setHead(0, parseName(i, &s.name));
}

} // namespace Stepwise::Core::Lint
