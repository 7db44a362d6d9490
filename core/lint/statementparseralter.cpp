// ALTER TABLE actions and column definitions: the part of the classifier most rules read.
#include "core/lint/statementparser.h"

namespace Stepwise::Core::Lint {

void StatementParser::parseAlterTable(int i)
{
    ParsedStatement &s = m_statement;
    i = skipIfExists(i, &s.ifExists);
    if (isWord(i, "ONLY"))
        ++i;
    i = parseName(i, &s.name);
    if (isSymbol(i, u'*'))
        ++i;
    setHead(0, i);
    const int end = endOfTokens();
    while (i < end) {
        const int e = itemEnd(i, end);
        if (e > i)
            parseAction(i, e);
        i = e + 1;
    }
}

void StatementParser::parseAction(int b, int e)
{
    ParsedStatement &s = m_statement;
    AlterAction action;
    action.whole = spanOf(b, e);
    int i = b;
    if (isWord(i, "ADD")) {
        parseAdd(b, i + 1, e, &action);
        return;
    }
    if (isWord(i, "DROP")) {
        parseDropAction(i + 1, e, &action);
    } else if (isWord(i, "ALTER")) {
        parseAlterColumn(i + 1, e, &action);
    } else if (isWord(i, "MODIFY")) {
        i = isWord(i + 1, "COLUMN") ? i + 2 : i + 1;
        action.kind = AlterAction::ModifyColumn;
        action.column = parseColumnDef(i, e);
        action.target = action.column.name;
    } else if (isWord(i, "CHANGE")) {
        i = isWord(i + 1, "COLUMN") ? i + 2 : i + 1;
        action.kind = AlterAction::ChangeColumn;
        const int next = parseName(i, &action.target);
        action.column = parseColumnDef(next, e);
    } else if (isWord(i, "RENAME")) {
        parseRename(i + 1, e, &action);
    } else if (isWord(i, "VALIDATE") && isWord(i + 1, "CONSTRAINT")) {
        action.kind = AlterAction::ValidateConstraint;
        parseName(i + 2, &action.target);
    } else if (isWord(i, "SET")) {
        if (isWord(i + 1, "SCHEMA")) {
            action.kind = AlterAction::SetSchema;
            parseName(i + 2, &action.newName);
        } else if (isAnyWord(i + 1, { "LOGGED", "UNLOGGED", "TABLESPACE" })
            || (isWord(i + 1, "ACCESS") && isWord(i + 2, "METHOD"))) {
            action.kind = AlterAction::Rewrite;
        }
    } else if (isWord(i, "CONVERT") && isWord(i + 1, "TO")) {
        action.kind = AlterAction::ConvertCharset;
    } else if (isWord(i, "ENGINE") || isWord(i, "FORCE")) {
        action.kind = AlterAction::Rebuild;
    } else if (isWord(i, "DETACH") && isWord(i + 1, "PARTITION")) {
        action.kind = AlterAction::DetachPartition;
        for (int k = i + 2; k < e; ++k)
            action.concurrently = action.concurrently || isWord(k, "CONCURRENTLY");
        parseName(i + 2, &action.target);
    } else if (isWord(i, "ALGORITHM") || isWord(i, "LOCK")) {
        action.kind = AlterAction::Option;
        if (isWord(i, "ALGORITHM"))
            s.algorithm = algorithmAt(i);
    }
    s.actions.push_back(action);
}

// ADD ...: a column, a constraint or (MySQL) an index. `b` is the action's first token.
void StatementParser::parseAdd(int b, int i, int e, AlterAction *action)
{
    ParsedStatement &s = m_statement;
    const bool constraintAhead = isAnyWord(i,
        { "CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE", "INDEX", "KEY",
            "FULLTEXT", "SPATIAL" });
    if (constraintAhead) {
        action->kind = AlterAction::AddConstraint;
        parseConstraint(i, e, action);
        s.actions.push_back(*action);
        return;
    }
    if (isWord(i, "PARTITION")) {
        s.actions.push_back(*action);
        return;
    }
    if (isWord(i, "COLUMN"))
        ++i;
    bool ifNotExists = false;
    i = skipIfNotExists(i, &ifNotExists);
    if (isSymbol(i, u'(')) {
        // MySQL: ADD [COLUMN] (a int, b int)
        const int close = skipGroup(i) - 1;
        for (int k = i + 1; k < close;) {
            const int ke = itemEnd(k, close);
            AlterAction column = *action;
            column.kind = AlterAction::AddColumn;
            column.whole = spanOf(b, e);
            column.column = parseColumnDef(k, ke);
            s.actions.push_back(column);
            k = ke + 1;
        }
        return;
    }
    action->kind = AlterAction::AddColumn;
    action->column = parseColumnDef(i, e);
    s.actions.push_back(*action);
}

// [CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK | EXCLUDE | INDEX ... up to e.
int StatementParser::parseConstraint(int i, int e, AlterAction *action)
{
    if (isWord(i, "CONSTRAINT")) {
        const int next = parseName(i + 1, &action->target);
        // MySQL allows CONSTRAINT without a name before the kind keyword.
        i = isAnyWord(i + 1, { "PRIMARY", "UNIQUE", "FOREIGN", "CHECK" }) ? i + 1 : next;
    }
    if (isWord(i, "PRIMARY"))
        action->constraint = ConstraintKind::PrimaryKey;
    else if (isWord(i, "UNIQUE"))
        action->constraint = ConstraintKind::Unique;
    else if (isWord(i, "FOREIGN"))
        action->constraint = ConstraintKind::ForeignKey;
    else if (isWord(i, "CHECK"))
        action->constraint = ConstraintKind::Check;
    else if (isWord(i, "EXCLUDE"))
        action->constraint = ConstraintKind::Exclude;
    else if (isWord(i, "INDEX") || isWord(i, "KEY"))
        action->constraint = ConstraintKind::Index;
    else if (isWord(i, "FULLTEXT"))
        action->constraint = ConstraintKind::FullText;
    else if (isWord(i, "SPATIAL"))
        action->constraint = ConstraintKind::Spatial;
    ++i;
    // MySQL names its indexes here: ADD UNIQUE [INDEX | KEY] name (cols), ADD INDEX name (cols)
    if (isAnyWord(i, { "KEY", "INDEX" }))
        ++i;
    if (m_dialect == SqlSyntax::MySQL && !action->target.valid() && isNamePart(i)
        && !isAnyWord(i, { "USING" }))
        i = parseName(i, &action->target);
    if (action->constraint == ConstraintKind::PrimaryKey
        || action->constraint == ConstraintKind::Unique
        || action->constraint == ConstraintKind::ForeignKey) {
        int k = i;
        while (k < e && !isSymbol(k, u'(') && !isWord(k, "REFERENCES"))
            ++k; // MySQL: USING BTREE; PostgreSQL: NULLS NOT DISTINCT
        if (isSymbol(k, u'(')) {
            const int after = parseColumnList(k, &action->keyColumns);
            if (action->constraint == ConstraintKind::ForeignKey && isWord(after, "REFERENCES")) {
                if (const int next = parseName(after + 1, &action->references);
                    isSymbol(next, u'('))
                    parseColumnList(next, &action->referencedColumns);
            }
        }
    }
    for (int k = i; k < e; ++k) {
        if (isWord(k, "NOT") && isWord(k + 1, "VALID"))
            action->notValid = true;
        else if (isWord(k, "USING") && isWord(k + 1, "INDEX"))
            action->usingIndex = true;
        else if (action->constraint == ConstraintKind::Check && isSymbol(k, u'(')
            && !action->checkExpression.valid()) {
            const int close = skipGroup(k);
            action->checkExpression = spanOf(k + 1, close - 1);
        }
    }
    return e;
}

void StatementParser::parseDropAction(int i, int e, AlterAction *action)
{
    bool ifExists = false;
    if (isWord(i, "CONSTRAINT")) {
        action->kind = AlterAction::DropConstraint;
        parseName(skipIfExists(i + 1, &ifExists), &action->target);
    } else if (isWord(i, "PRIMARY")) {
        action->kind = AlterAction::DropConstraint;
        action->constraint = ConstraintKind::PrimaryKey;
    } else if (isWord(i, "FOREIGN")) {
        action->kind = AlterAction::DropConstraint;
        action->constraint = ConstraintKind::ForeignKey;
        parseName(skipIfExists(isWord(i + 1, "KEY") ? i + 2 : i + 1, &ifExists), &action->target);
    } else if (isWord(i, "CHECK")) {
        action->kind = AlterAction::DropConstraint;
        action->constraint = ConstraintKind::Check;
        parseName(i + 1, &action->target);
    } else if (isWord(i, "INDEX") || isWord(i, "KEY")) {
        action->kind = AlterAction::DropIndex;
        action->constraint = ConstraintKind::Index;
        parseName(skipIfExists(i + 1, &ifExists), &action->target);
    } else if (isAnyWord(i, { "PARTITION", "DEFAULT", "EXPRESSION" })) {
        action->kind = AlterAction::Other;
    } else {
        action->kind = AlterAction::DropColumn;
        if (isWord(i, "COLUMN"))
            ++i;
        parseName(skipIfExists(i, &ifExists), &action->target);
    }
    Q_UNUSED(e);
}

// ALTER [COLUMN] c TYPE t | SET NOT NULL | DROP NOT NULL | SET DEFAULT x | DROP DEFAULT ...
void StatementParser::parseAlterColumn(int i, int e, AlterAction *action)
{
    if (isAnyWord(i, { "CONSTRAINT", "INDEX", "CHECK" }))
        return; // ALTER CONSTRAINT (deferrability), MySQL ALTER INDEX i VISIBLE
    if (isWord(i, "COLUMN"))
        ++i;
    i = parseName(i, &action->target);
    action->column.name = action->target;
    if (isWord(i, "SET") && isWord(i + 1, "DATA") && isWord(i + 2, "TYPE")) {
        i += 3;
        action->kind = AlterAction::AlterType;
    } else if (isWord(i, "TYPE")) {
        ++i;
        action->kind = AlterAction::AlterType;
    } else if (isWord(i, "SET") && isWord(i + 1, "NOT") && isWord(i + 2, "NULL")) {
        action->kind = AlterAction::SetNotNull;
        return;
    } else if (isWord(i, "DROP") && isWord(i + 1, "NOT") && isWord(i + 2, "NULL")) {
        action->kind = AlterAction::DropNotNull;
        return;
    } else if (isWord(i, "SET") && isWord(i + 1, "DEFAULT")) {
        action->kind = AlterAction::SetDefault;
        action->column.defaultValue = spanOf(i + 2, e);
        return;
    } else if (isWord(i, "DROP") && isWord(i + 1, "DEFAULT")) {
        action->kind = AlterAction::DropDefault;
        return;
    } else {
        return;
    }
    int t = i;
    while (t < e && !isWord(t, "USING") && !isWord(t, "COLLATE"))
        t = isSymbol(t, u'(') ? skipGroup(t) : t + 1;
    action->column.type = spanOf(i, t);
}

void StatementParser::parseRename(int i, int e, AlterAction *action)
{
    if (isWord(i, "TO") || isWord(i, "AS")) {
        action->kind = AlterAction::RenameTo;
        parseName(i + 1, &action->newName);
        return;
    }
    if (isWord(i, "CONSTRAINT")) {
        action->kind = AlterAction::RenameConstraint;
        ++i;
    } else if (isWord(i, "INDEX") || isWord(i, "KEY")) {
        action->kind = AlterAction::RenameIndex;
        ++i;
    } else if (isWord(i, "COLUMN")) {
        action->kind = AlterAction::RenameColumn;
        ++i;
    } else if (isWord(i + 1, "TO")) {
        action->kind = AlterAction::RenameColumn; // PostgreSQL: RENAME a TO b
    } else {
        action->kind = AlterAction::RenameTo; // MySQL: RENAME new_name
        parseName(i, &action->newName);
        return;
    }
    const int next = parseName(i, &action->target);
    if (isWord(next, "TO"))
        parseName(next + 1, &action->newName);
    Q_UNUSED(e);
}

// (a, b DESC, c COLLATE "C" text_pattern_ops): the names, or nothing when an item is more than
// a name with ordering, collation or operator class (an expression, a MySQL prefix length).
int StatementParser::parseColumnList(int open, std::vector<Name> *columns)
{
    const int after = skipGroup(open);
    const int close = after - 1;
    std::vector<Name> found;
    bool plain = close > open + 1;
    for (int b = open + 1; plain && b < close;) {
        const int e = itemEnd(b, close);
        Name name;
        int k = parseName(b, &name);
        plain = k > b;
        while (plain && k < e) {
            if (isAnyWord(k, { "ASC", "DESC", "NULLS", "FIRST", "LAST" })) {
                ++k;
            } else if (isWord(k, "COLLATE")) {
                Name collation;
                const int next = parseName(k + 1, &collation);
                plain = next > k + 1;
                k = next;
            } else if (tok(k).kind == Token::Word && !isSymbol(k + 1, u'(')) {
                ++k; // an operator class
            } else {
                plain = false;
            }
        }
        if (plain)
            found.push_back(name);
        b = e + 1;
    }
    if (plain)
        *columns = std::move(found);
    return after;
}

// Words that end a column's type and start its constraints and options.
bool StatementParser::isColumnStop(int i)
{
    return isAnyWord(i,
        { "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "CONSTRAINT",
            "GENERATED", "COLLATE", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "AS",
            "FIRST", "AFTER", "VISIBLE", "INVISIBLE", "STORED", "VIRTUAL", "PERSISTENT", "IDENTITY",
            "USING", "KEY" });
}

ColumnDef StatementParser::parseColumnDef(int b, int e)
{
    ColumnDef c;
    c.whole = spanOf(b, e);
    int i = parseName(b, &c.name);
    const int typeStart = i;
    while (i < e && !isColumnStop(i))
        i = isSymbol(i, u'(') ? skipGroup(i) : i + 1;
    c.type = spanOf(typeStart, qMin(i, e));
    while (i < e) {
        if (isWord(i, "NOT") && isWord(i + 1, "NULL")) {
            c.notNull = true;
            i += 2;
        } else if (isWord(i, "NULL")) {
            c.nullable = true;
            ++i;
        } else if (isWord(i, "DEFAULT")) {
            int k = i + 2; // the expression has at least one token, even NULL
            if (isSymbol(i + 1, u'('))
                k = skipGroup(i + 1);
            while (k < e && !isColumnStop(k))
                k = isSymbol(k, u'(') ? skipGroup(k) : k + 1;
            c.defaultValue = spanOf(i + 1, qMin(k, e));
            i = k;
        } else if (isWord(i, "PRIMARY")) {
            c.primaryKey = true;
            i += isWord(i + 1, "KEY") ? 2 : 1;
        } else if (isWord(i, "UNIQUE")) {
            c.unique = true;
            i += isWord(i + 1, "KEY") ? 2 : 1;
        } else if (isWord(i, "REFERENCES")) {
            c.references = true;
            Name referenced;
            i = skipGroup(parseName(i + 1, &referenced));
        } else if (isWord(i, "CHECK") && isSymbol(i + 1, u'(')) {
            const int close = skipGroup(i + 1);
            c.checkExpression = spanOf(i + 2, close - 1);
            i = close;
        } else if (isWord(i, "GENERATED")) {
            int k = i + 1;
            while (k < e && !isWord(k, "AS"))
                ++k;
            if (isWord(k + 1, "IDENTITY")) {
                c.identity = true;
                i = skipGroup(k + 2);
            } else {
                c.generated = true;
                i = skipGroup(k + 1);
            }
        } else if (isWord(i, "AS") && isSymbol(i + 1, u'(')) {
            c.generated = true;
            i = skipGroup(i + 1);
        } else if (isAnyWord(i, { "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY" })) {
            c.identity = true;
            i = skipGroup(i + 1);
        } else if (isAnyWord(i, { "STORED", "PERSISTENT" })) {
            c.stored = true;
            ++i;
        } else {
            i = isSymbol(i, u'(') ? skipGroup(i) : i + 1;
        }
    }
    return c;
}

} // namespace Stepwise::Core::Lint
