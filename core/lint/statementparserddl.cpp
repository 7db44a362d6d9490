// CREATE, ALTER (other than ALTER TABLE's actions), DROP, TRUNCATE and MySQL's RENAME TABLE.
#include "core/lint/statementparser.h"

namespace Stepwise::Core::Lint {

// The object a CREATE, ALTER or DROP names, at token i: its kind and the token after the
// keyword(s) (MATERIALIZED VIEW takes two); ObjectKind::None and i when none is there.
int StatementParser::objectKindAt(int i, ObjectKind *kind)
{
    struct Kind
    {
        const char *word;
        ObjectKind kind;
    };
    static constexpr Kind kinds[] = {
        { "TABLE", ObjectKind::Table },
        { "INDEX", ObjectKind::Index },
        { "VIEW", ObjectKind::View },
        { "SCHEMA", ObjectKind::Schema },
        { "DATABASE", ObjectKind::Database },
        { "TYPE", ObjectKind::Type },
        { "DOMAIN", ObjectKind::Domain },
        { "SEQUENCE", ObjectKind::Sequence },
        { "FUNCTION", ObjectKind::Function },
        { "PROCEDURE", ObjectKind::Procedure },
        { "TRIGGER", ObjectKind::Trigger },
        { "EXTENSION", ObjectKind::Extension },
        { "POLICY", ObjectKind::Policy },
    };
    if (isWord(i, "MATERIALIZED") && isWord(i + 1, "VIEW")) {
        *kind = ObjectKind::MaterializedView;
        return i + 2;
    }
    for (const Kind &k : kinds) {
        if (isWord(i, k.word)) {
            *kind = k.kind;
            return i + 1;
        }
    }
    *kind = ObjectKind::None;
    return i;
}

void StatementParser::parseCreate(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Create;
    // The object keyword may follow modifiers: OR REPLACE, TEMP, UNLOGGED, UNIQUE, MySQL's
    // ALGORITHM=... DEFINER=`a`@`b` SQL SECURITY ... before VIEW, PostgreSQL's CONSTRAINT TRIGGER.
    for (int guard = 0; guard < 24 && !atEnd(i); ++guard, ++i) {
        if (isWord(i, "TEMP") || isWord(i, "TEMPORARY")) {
            s.temporary = true;
        } else if (isWord(i, "OR") && isWord(i + 1, "REPLACE")) {
            s.orReplace = true;
            ++i;
        } else if (isWord(i, "UNIQUE")) {
            s.unique = true;
            s.indexKind = ConstraintKind::Unique;
        } else if (isWord(i, "FULLTEXT")) {
            s.indexKind = ConstraintKind::FullText;
        } else if (isWord(i, "SPATIAL")) {
            s.indexKind = ConstraintKind::Spatial;
        } else if (const int next = objectKindAt(i, &s.object); s.object != ObjectKind::None) {
            i = next;
            break;
        } else if (isAnyWord(i, { "RULE", "EVENT", "AGGREGATE", "ROLE", "USER" })) {
            s.object = ObjectKind::Other;
            ++i;
            break;
        }
    }
    switch (s.object) {
    case ObjectKind::None:
        s.kind = ParsedStatement::Other;
        return;
    case ObjectKind::Table:
        parseCreateTable(i);
        return;
    case ObjectKind::Index:
        parseCreateIndex(i);
        return;
    default:
        break;
    }
    i = skipIfNotExists(i, &s.ifNotExists);
    const int afterName = parseName(i, &s.name);
    setHead(0, afterName);
    if (s.object == ObjectKind::Trigger || s.object == ObjectKind::Policy
        || s.object == ObjectKind::Other) {
        // CREATE TRIGGER name BEFORE INSERT ON table ..., CREATE POLICY name ON table ...
        for (int k = afterName; k < afterName + 40 && !atEnd(k); ++k) {
            if (isWord(k, "ON")) {
                parseName(k + 1, &s.table);
                break;
            }
        }
    } else if (s.object == ObjectKind::Domain) {
        const int end = endOfTokens();
        for (int k = afterName; k < end; ++k)
            s.hasCheck = s.hasCheck || isWord(k, "CHECK");
    }
}

void StatementParser::parseCreateTable(int i)
{
    ParsedStatement &s = m_statement;
    i = skipIfNotExists(i, &s.ifNotExists);
    i = parseName(i, &s.name);
    setHead(0, i);
    if (!isSymbol(i, u'('))
        return; // AS SELECT, LIKE, PARTITION OF ...
    const int close = skipGroup(i) - 1;
    for (int b = i + 1; b < close;) {
        const int e = itemEnd(b, close);
        const bool tableConstraint = isAnyWord(b,
            { "CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE", "KEY", "INDEX",
                "FULLTEXT", "SPATIAL", "LIKE", "PERIOD" });
        if (e > b && !tableConstraint)
            s.columns.push_back(parseColumnDef(b, e));
        b = e + 1;
    }
}

void StatementParser::parseCreateIndex(int i)
{
    ParsedStatement &s = m_statement;
    if (isWord(i, "CONCURRENTLY")) {
        s.concurrently = true;
        ++i;
    }
    i = skipIfNotExists(i, &s.ifNotExists);
    if (!isWord(i, "ON"))
        i = parseName(i, &s.name);
    // MySQL: CREATE INDEX i USING BTREE ON t (...)
    while (!atEnd(i) && !isWord(i, "ON") && i < 64)
        ++i;
    if (isWord(i, "ON")) {
        ++i;
        if (isWord(i, "ONLY"))
            ++i;
        i = parseName(i, &s.table);
    }
    setHead(0, i);
    if (s.unique && s.table.valid()) {
        // [USING method] (columns) ...: the key the live checks count duplicates of.
        int k = i;
        while (!atEnd(k) && !isSymbol(k, u'(') && k < i + 4)
            ++k;
        if (isSymbol(k, u'(')) {
            for (int w = parseColumnList(k, &s.indexColumns), depth = 0; !atEnd(w); ++w) {
                depth += isSymbol(w, u'(') ? 1 : isSymbol(w, u')') ? -1 : 0;
                if (depth == 0 && isWord(w, "WHERE")) {
                    s.indexColumns.clear(); // partial: only some rows must be unique
                    break;
                }
            }
        }
    }
    if (m_dialect != SqlSyntax::MySQL)
        return;
    const int end = endOfTokens();
    for (; i < end; ++i) {
        if (isWord(i, "ALGORITHM"))
            s.algorithm = algorithmAt(i);
    }
}

void StatementParser::parseAlter(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Alter;
    // MySQL: ALTER [ONLINE] [IGNORE] TABLE
    while (isWord(i, "ONLINE") || isWord(i, "IGNORE"))
        ++i;
    if (isWord(i, "TABLE")) {
        s.object = ObjectKind::Table;
        parseAlterTable(i + 1);
    } else {
        parseAlterOther(i);
    }
}

void StatementParser::parseAlterOther(int i)
{
    ParsedStatement &s = m_statement;
    i = objectKindAt(i, &s.object); // ALTER TABLE went to parseAlterTable()
    if (s.object == ObjectKind::None) {
        s.kind = ParsedStatement::Other;
        return;
    }
    i = skipIfExists(i, &s.ifExists);
    i = parseName(i, &s.name);
    setHead(0, i);
    i = skipGroup(i); // ALTER FUNCTION f(int) ...
    if (isWord(i, "ON")) // ALTER TRIGGER t ON table, ALTER POLICY p ON table
        i = parseName(i + 1, &s.table);
    AlterAction action;
    action.whole = spanOf(i, endOfTokens());
    if (isWord(i, "RENAME") && isWord(i + 1, "TO")) {
        action.kind = AlterAction::RenameTo;
        parseName(i + 2, &action.newName);
    } else if (isWord(i, "RENAME") && isWord(i + 1, "VALUE")) {
        action.kind = AlterAction::RenameValue;
    } else if (isWord(i, "SET") && isWord(i + 1, "SCHEMA")) {
        action.kind = AlterAction::SetSchema;
        parseName(i + 2, &action.newName);
    } else if (isWord(i, "ADD") && isWord(i + 1, "VALUE")) {
        action.kind = AlterAction::AddValue;
        const int end = endOfTokens();
        for (int k = i + 2; k < end; ++k)
            action.beforeOrAfter = action.beforeOrAfter || isAnyWord(k, { "BEFORE", "AFTER" });
    } else if (isWord(i, "ADD") && s.object == ObjectKind::Domain) {
        parseConstraint(i + 1, endOfTokens(), &action);
        action.kind = AlterAction::AddConstraint;
    }
    s.actions.push_back(action);
}

void StatementParser::parseDrop(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Drop;
    if (isWord(i, "TEMPORARY")) {
        s.temporary = true;
        ++i;
    }
    i = objectKindAt(i, &s.object);
    if (s.object == ObjectKind::None) {
        // DROP RULE, EVENT, ROLE, USER, ...: a name after one keyword; DROP OWNED is not a drop
        // of one object.
        if (isWord(i, "OWNED")) {
            s.kind = ParsedStatement::Other;
            return;
        }
        s.object = ObjectKind::Other;
        ++i;
    }
    if (isWord(i, "CONCURRENTLY")) {
        s.concurrently = true;
        ++i;
    }
    i = parseNameList(skipIfExists(i, &s.ifExists));
    setHead(0, i);
    if (isWord(i, "ON"))
        i = parseName(i + 1, &s.table);
    scanCascade(i);
}

void StatementParser::parseTruncate(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::Truncate;
    s.object = ObjectKind::Table;
    if (isWord(i, "TABLE"))
        ++i;
    if (isWord(i, "ONLY"))
        ++i;
    i = parseNameList(i);
    setHead(0, i);
    scanCascade(i);
}

int StatementParser::parseNameList(int i)
{
    ParsedStatement &s = m_statement;
    for (;;) {
        Name n;
        const int next = parseName(i, &n);
        if (next == i)
            break;
        s.names.push_back(n);
        i = skipGroup(next); // DROP FUNCTION f(int)
        if (isSymbol(i, u'*')) // TRUNCATE t * (and its descendants)
            ++i;
        if (!isSymbol(i, u','))
            break;
        ++i;
    }
    if (!s.names.empty())
        s.name = s.names.front();
    return i;
}

void StatementParser::scanCascade(int i)
{
    const int end = endOfTokens();
    for (; i < end; ++i)
        m_statement.cascade = m_statement.cascade || isWord(i, "CASCADE");
}

ParsedStatement::Algorithm StatementParser::algorithmAt(int i)
{
    const int v = isSymbol(i + 1, u'=') ? i + 2 : i + 1;
    return isWord(v, "INSTANT") ? ParsedStatement::Algorithm::Instant
        : isWord(v, "INPLACE")  ? ParsedStatement::Algorithm::Inplace
        : isWord(v, "COPY")     ? ParsedStatement::Algorithm::Copy
                                : ParsedStatement::Algorithm::Default;
}

void StatementParser::parseRenameTables(int i)
{
    ParsedStatement &s = m_statement;
    s.kind = ParsedStatement::RenameTables;
    s.object = ObjectKind::Table;
    for (;;) {
        Name from, to;
        const int afterFrom = parseName(i, &from);
        if (afterFrom == i || !isWord(afterFrom, "TO"))
            break;
        i = parseName(afterFrom + 1, &to);
        s.renames.emplace_back(from, to);
        if (!isSymbol(i, u','))
            break;
        ++i;
    }
    if (!s.renames.empty())
        s.name = s.renames.front().first;
    setHead(0, i);
}

} // namespace Stepwise::Core::Lint
