#pragma once

#include "core/lint/parsedstatement.h"
#include "core/lint/sqltokenizer.h"

#include <vector>

namespace Stepwise::Core::Lint {

// The classifier: reads a statement's leading keywords and the names and clauses the rules
// look at (CREATE [UNIQUE] INDEX [CONCURRENTLY] ..., ALTER TABLE x ADD COLUMN y type NOT NULL
// DEFAULT ..., DROP ..., MySQL MODIFY / CHANGE / ALGORITHM=, ...), case-insensitive, with
// quoted and schema-qualified names, skipping comments. Not a SQL parser: what it does not
// recognise is Other, and rules ignore it. Tokens are read only as far as needed, so an INSERT
// ... VALUES costs a few tokens whatever its length. One per thread; reuses its buffers.
class StatementParser
{
public:
    explicit StatementParser(SqlSyntax dialect);

    // Valid until the next call; refers into `text`, which must outlive it.
    const ParsedStatement &parse(QStringView text);

private:
    const Token &tok(int i);
    bool atEnd(int i) { return tok(i).length == 0; }
    bool isWord(int i, const char *keyword);
    bool isAnyWord(int i, std::initializer_list<const char *> keywords);
    bool isSymbol(int i, char16_t c);
    bool isNamePart(int i);
    int parseName(int i, Name *name);
    int skipGroup(int i); // i on '(': past its ')'
    int itemEnd(int i, int end); // the next ',' at depth 0, or end
    int endOfTokens(); // tokenizes the rest
    int skipIfExists(int i, bool *flag);
    int skipIfNotExists(int i, bool *flag);
    qsizetype endOffset(int i) { return tok(i).offset + tok(i).length; }
    Span spanOf(int first, int last); // tokens [first, last)
    void setHead(int first, int last) { m_statement.head = spanOf(first, last); }

    // statementparserddl.cpp
    int objectKindAt(int i, ObjectKind *kind);
    // DROP / TRUNCATE: "a, b, …" into names (and name, the first); each name may carry a
    // group (DROP FUNCTION f(int)) or a '*' (TRUNCATE t *). Returns the token after the list.
    int parseNameList(int i);
    void scanCascade(int i); // CASCADE anywhere from i to the end
    // MySQL's ALGORITHM[=]value, i on ALGORITHM.
    ParsedStatement::Algorithm algorithmAt(int i);
    void parseCreate(int i);
    void parseCreateTable(int i);
    void parseCreateIndex(int i);
    void parseAlter(int i);
    void parseAlterOther(int i);
    void parseDrop(int i);
    void parseTruncate(int i);
    void parseRenameTables(int i);

    void parseInsert(int i);
    void parseUpdate(int i);
    void parseSet(int i);
    void parsePragma(int i);
    void parseReindex(int i);

    // statementparseralter.cpp: ALTER TABLE and column definitions
    void parseAlterTable(int i);
    void parseAction(int b, int e);
    void parseAdd(int b, int i, int e, AlterAction *action);
    void parseDropAction(int i, int e, AlterAction *action);
    void parseAlterColumn(int i, int e, AlterAction *action);
    void parseRename(int i, int e, AlterAction *action);
    int parseConstraint(int i, int e, AlterAction *action);
    ColumnDef parseColumnDef(int b, int e);
    int parseColumnList(int open, std::vector<Name> *columns); // open on '(': past its ')'
    bool isColumnStop(int i);

    SqlSyntax m_dialect;
    Tokenizer m_tokenizer;
    bool m_tokenizerDone = false;
    std::vector<Token> m_tokens;
    ParsedStatement m_statement;
    Token m_end; // returned past the last token: length 0
};

} // namespace Stepwise::Core::Lint
