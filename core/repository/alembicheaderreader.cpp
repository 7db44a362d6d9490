#include "core/repository/alembicheaderreader.h"

#include "core/base/utf8.h"
#include "core/repository/pythontokenizer.h"
#include "core/repository/revisionid.h"

#include "core/base/tr.h"

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

using TokenSpan = std::span<const PyToken>;

enum Target { RevisionVar, DownRevisionVar, BranchLabelsVar, DependsOnVar, TargetCount, NoTarget };

// Views made once: comparing against a plain char pointer would measure it every time.
const QByteArrayView targetNames[TargetCount] = { "revision", "down_revision", "branch_labels",
    "depends_on" };

Target targetOf(const PyToken &token)
{
    if (token.kind != PyToken::Kind::Name)
        return NoTarget;
    for (int t = 0; t < TargetCount; ++t) {
        if (token.text == targetNames[t])
            return static_cast<Target>(t);
    }
    return NoTarget;
}

QString nameOf(Target t)
{
    return QString::fromLatin1(targetNames[t]);
}

// A value as Stepwise understands it without Python.
struct Value
{
    enum class Kind { None, String, Sequence, Unreadable };
    Kind kind = Kind::Unreadable;
    QStringList items; // String: one item; Sequence: the items in order
    bool inBlock = false; // Unreadable because assigned inside if/try/with/for/while
};

struct Assignment
{
    bool present = false;
    int line = 0;
    Value value;
};

bool isCompoundKeyword(const PyToken &t)
{
    static const QByteArrayView keywords[] = { "if", "elif", "else", "try", "except", "finally",
        "with", "for", "while", "def", "class", "async", "match", "case" };
    if (t.kind != PyToken::Kind::Name)
        return false;
    for (const QByteArrayView k : keywords) {
        if (t.text == k)
            return true;
    }
    return false;
}

bool opensFunctionScope(TokenSpan line)
{
    return line[0].isName("def") || line[0].isName("class")
        || (line[0].isName("async") && line.size() > 1 && line[1].isName("def"));
}

int depthChange(const PyToken &t)
{
    if (t.kind != PyToken::Kind::Op || t.text.size() != 1)
        return 0;
    const char c = t.text[0];
    return (c == '(' || c == '[' || c == '{') ? 1 : (c == ')' || c == ']' || c == '}') ? -1 : 0;
}

bool isAugmentedAssign(const PyToken &t)
{
    return t.kind == PyToken::Kind::Op && t.text.size() >= 2 && t.text.endsWith('=')
        && t.text != "==" && t.text != "<=" && t.text != ">=" && t.text != "!=";
}

// Index of the first token at bracket depth 0 equal to op, at or after `from`; -1 if none.
// `from` must itself be at depth 0 (callers resume after a top-level token), which keeps a
// line of many ';' linear.
qsizetype findTopLevel(TokenSpan s, QByteArrayView op, qsizetype from = 0)
{
    int depth = 0;
    for (qsizetype i = from; i < qsizetype(s.size()); ++i) {
        if (depth == 0 && s[i].isOp(op))
            return i;
        depth += depthChange(s[i]);
    }
    return -1;
}

// None, a string (adjacent literals concatenate), or a tuple/list of strings; else Unreadable.
Value parseValue(TokenSpan s)
{
    if (s.empty())
        return {};
    if (s.size() == 1 && s[0].isName("None"))
        return { Value::Kind::None, {} };
    const bool paren = s[0].isOp("(") && s.back().isOp(")");
    const bool bracket = s[0].isOp("[") && s.back().isOp("]");
    const TokenSpan inner = (paren || bracket) ? s.subspan(1, s.size() - 2) : s;
    QStringList items;
    QString current;
    bool haveCurrent = false, sawComma = false;
    for (const PyToken &t : inner) {
        if (t.isOp(",")) {
            if (!haveCurrent)
                return {};
            items.append(current);
            current.clear();
            haveCurrent = false;
            sawComma = true;
        } else if (t.kind == PyToken::Kind::String) {
            const std::optional<QString> text = PythonTokenizer::stringValue(t.text);
            if (!text)
                return {};
            current += *text;
            haveCurrent = true;
        } else {
            return {}; // a name, a call, an operator, a nested bracket: needs Python
        }
    }
    if (haveCurrent)
        items.append(current);
    if (bracket || (paren && inner.empty()))
        return { Value::Kind::Sequence, items };
    if (items.isEmpty())
        return {};
    if (!sawComma) // "a" and ("a") are strings; only a comma makes a tuple
        return { Value::Kind::String, items };
    return { Value::Kind::Sequence, items };
}

// Python's str.strip(): Unicode whitespace, including the separators U+001C..U+001F.
QString pythonStrip(const QString &s)
{
    auto space = [](QChar c) {
        return c.isSpace() || (c.unicode() >= 0x1C && c.unicode() <= 0x1F);
    };
    qsizetype begin = 0, end = s.size();
    while (begin < end && space(s[begin]))
        ++begin;
    while (end > begin && space(s[end - 1]))
        --end;
    return s.sliced(begin, end - begin);
}

class Reader
{
public:
    Reader(QByteArrayView bytes, const QString &relativePath)
        : m_bytes(bytes)
    {
        m_out.revision.format = Revision::Format::Alembic;
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
    void logicalLine(TokenSpan line);
    void docstring(TokenSpan line);
    void statement(TokenSpan s, bool inBlock);
    void assignedElsewhere(TokenSpan s, bool inBlock);
    void record(Target t, int line, Value value);
    void finish();
    void finishRevision();
    void finishDownRevision();
    QStringList optionalList(Target t);

    QByteArrayView m_bytes;
    ParsedRevision m_out;
    std::array<Assignment, TargetCount> m_assign;
    struct Scope
    {
        int indent;
        bool function; // inside def/class: assignments there are not module attributes
    };
    QList<Scope> m_scopes;
    bool m_first = true;
};

ParsedRevision Reader::run()
{
    const QByteArrayView body = m_bytes.sliced(Utf8::bomLength(m_bytes));
    if (const int bad = Utf8::firstInvalidLine(body)) {
        error(Tr::tr("invalid UTF-8"), bad);
        return m_out;
    }
    PythonTokenizer tokenizer(body);
    QList<PyToken> line;
    for (;;) {
        const PyToken token = tokenizer.next();
        if (token.kind == PyToken::Kind::Error) {
            error(Tr::tr("cannot be read: %1").arg(tokenizer.errorMessage()), token.line);
            return m_out;
        }
        if (token.kind == PyToken::Kind::EndOfFile)
            break;
        if (token.kind == PyToken::Kind::Newline) {
            logicalLine(TokenSpan(line.constData(), line.size()));
            line.clear();
            continue;
        }
        line.append(token);
    }
    finish();
    return m_out;
}

// One logical line: keeps the block structure (which lines are inside def/class, which inside
// if/try/…), finds the docstring, and hands each ';'-separated statement on.
void Reader::logicalLine(TokenSpan line)
{
    if (line.empty())
        return;
    const int indent = qMax(0, line[0].indent);
    while (!m_scopes.isEmpty() && m_scopes.last().indent >= indent)
        m_scopes.removeLast();
    bool inFunction = false;
    for (const Scope &scope : std::as_const(m_scopes))
        inFunction = inFunction || scope.function;
    const bool compound = isCompoundKeyword(line[0]);
    if (compound && line.back().isOp(":"))
        m_scopes.append({ indent, inFunction || opensFunctionScope(line) });
    if (m_first) {
        m_first = false;
        docstring(line);
    }
    if (inFunction || (compound && opensFunctionScope(line)))
        return;
    if (compound) { // "if x: revision = 'a'" binds conditionally
        assignedElsewhere(line, true);
        return;
    }
    const bool inBlock = indent > 0;
    qsizetype begin = 0;
    for (;;) {
        const qsizetype semicolon = findTopLevel(line, ";", begin);
        const qsizetype end = semicolon < 0 ? qsizetype(line.size()) : semicolon;
        statement(line.subspan(begin, end - begin), inBlock);
        if (semicolon < 0)
            break;
        begin = semicolon + 1;
    }
}

// §6.4: the docstring is a string literal forming the module's first statement.
void Reader::docstring(TokenSpan line)
{
    const qsizetype semicolon = findTopLevel(line, ";");
    const TokenSpan first = line.first(semicolon < 0 ? line.size() : size_t(semicolon));
    QString doc;
    for (const PyToken &t : first) {
        if (t.kind != PyToken::Kind::String)
            return;
        const std::optional<QString> text = PythonTokenizer::stringValue(t.text);
        if (!text)
            return; // bytes or f-strings are not docstrings
        doc += *text;
    }
    Revision &r = m_out.revision;
    r.longDoc = pythonStrip(doc);
    // Alembic splits on exactly two newline characters: a line of spaces is not a break.
    const qsizetype paragraph = r.longDoc.indexOf(u"\n\n"_s);
    r.message = paragraph < 0 ? r.longDoc : r.longDoc.first(paragraph);
}

void Reader::statement(TokenSpan s, bool inBlock)
{
    if (s.size() < 2)
        return;
    const Target target = targetOf(s[0]);
    if (target == NoTarget) {
        assignedElsewhere(s, inBlock);
        return;
    }
    qsizetype valueStart = -1;
    if (s[1].isOp("=")) {
        valueStart = 2;
    } else if (s[1].isOp(":")) {
        const qsizetype equals = findTopLevel(s, "=", 2);
        if (equals < 0)
            return; // an annotation without a value binds nothing
        valueStart = equals + 1;
    } else if (isAugmentedAssign(s[1]) || s[1].isOp(",")) {
        record(target, s[0].line, Value { Value::Kind::Unreadable, {}, inBlock });
        assignedElsewhere(s.subspan(1), inBlock);
        return;
    } else {
        return; // revision.x = …, revision[0] …, a bare expression: no rebinding
    }
    const TokenSpan rest = s.subspan(valueStart);
    if (inBlock) {
        record(target, s[0].line, Value { Value::Kind::Unreadable, {}, true });
        return;
    }
    record(target, s[0].line, parseValue(rest));
    assignedElsewhere(rest, false); // revision = down_revision = "a"
}

// Other statements that may bind one of the names: chained or unpacking assignments
// ("x = revision = 'a'", "a, revision = …") and one-line compound statements.
void Reader::assignedElsewhere(TokenSpan s, bool inBlock)
{
    // The last top-level '=', found once: "a, revision = …" binds the names before it.
    qsizetype lastEquals = -1;
    for (qsizetype i = 0, depth = 0; i < qsizetype(s.size()); ++i) {
        if (depth == 0 && s[i].isOp("="))
            lastEquals = i;
        depth += depthChange(s[i]);
    }
    int depth = 0;
    for (qsizetype i = 0; i + 1 < qsizetype(s.size()); ++i) {
        const Target target = targetOf(s[i]);
        const PyToken &next = s[i + 1];
        if (target != NoTarget && depth == 0
            && (next.isOp("=") || isAugmentedAssign(next) || next.isOp(":="))) {
            record(target, s[i].line, Value { Value::Kind::Unreadable, {}, inBlock });
        } else if (target != NoTarget && depth == 0 && next.isOp(",") && lastEquals > i) {
            record(target, s[i].line, Value { Value::Kind::Unreadable, {}, inBlock });
        }
        depth += depthChange(s[i]);
    }
}

void Reader::record(Target t, int line, Value value)
{
    Assignment &a = m_assign[t];
    if (a.present)
        warning(Tr::tr("%1 is assigned more than once (lines %2 and %3): the last assignment "
                       "wins")
                    .arg(nameOf(t))
                    .arg(a.line)
                    .arg(line),
            line);
    a.present = true;
    a.line = line;
    a.value = std::move(value);
}

QString unreadableMessage(Target t, const Value &value)
{
    if (value.inBlock)
        return Tr::tr("%1 is assigned inside a block (if/try/with/for/while), so it cannot be "
                      "read without running Python")
            .arg(nameOf(t));
    return Tr::tr("%1 cannot be read without running Python: Stepwise reads None, string "
                  "literals and tuples or lists of string literals")
        .arg(nameOf(t));
}

void Reader::finishRevision()
{
    Revision &r = m_out.revision;
    const Assignment &a = m_assign[RevisionVar];
    const QString &path = r.relativePath;
    const QString fileName = path.sliced(path.lastIndexOf(u'/') + 1);
    if (!a.present) {
        if (RevisionId::isLegacyHexFileName(fileName)) {
            r.id = fileName.chopped(3); // Alembic 0.1: the file name is the id
            if (const QString problem = RevisionId::checkAlembic(r.id); !problem.isEmpty())
                error(problem, 0);
            return;
        }
        // Alembic's message, verbatim (script/base.py): not translated.
        error(u"Could not determine revision id from filename "_s + fileName
                + u". Be sure the 'revision' variable is declared inside the script (please "
                  "see 'Upgrading from Alembic 0.1 to 0.2' in the documentation)."_s,
            0);
        return;
    }
    if (a.value.kind == Value::Kind::Unreadable) {
        error(unreadableMessage(RevisionVar, a.value), a.line);
    } else if (a.value.kind != Value::Kind::String) {
        error(Tr::tr("revision must be a string"), a.line);
    } else {
        r.id = a.value.items.constFirst();
        r.idLine = a.line;
        if (const QString problem = RevisionId::checkAlembic(r.id); !problem.isEmpty())
            error(problem, a.line);
    }
}

void Reader::finishDownRevision()
{
    Revision &r = m_out.revision;
    const Assignment &a = m_assign[DownRevisionVar];
    if (!a.present) {
        error(Tr::tr("no down_revision: Alembic needs it in every revision file (write "
                     "down_revision = None for a base revision)"),
            0);
        return;
    }
    r.parentsLine = a.line;
    if (a.value.kind == Value::Kind::Unreadable) {
        error(unreadableMessage(DownRevisionVar, a.value), a.line);
        return;
    }
    r.parents = a.value.items;
    if (r.parents.contains(QString()))
        error(Tr::tr("down_revision: empty revision id (use None for a base revision)"), a.line);
}

// branch_labels / depends_on: None, a string or a sequence; unreadable ones are dropped.
QStringList Reader::optionalList(Target t)
{
    const Assignment &a = m_assign[t];
    if (!a.present)
        return {};
    if (a.value.kind == Value::Kind::Unreadable) {
        warning(unreadableMessage(t, a.value)
                + Tr::tr("; the revision is loaded without its %1").arg(nameOf(t)),
            a.line);
        return {};
    }
    return a.value.items;
}

void Reader::finish()
{
    Revision &r = m_out.revision;
    finishRevision();
    finishDownRevision();
    r.branchLabels = optionalList(BranchLabelsVar);
    if (!r.branchLabels.isEmpty())
        r.branchLabelsLine = m_assign[BranchLabelsVar].line;
    for (const QString &label : std::as_const(r.branchLabels)) {
        if (const QString problem = RevisionId::checkLabel(label); !problem.isEmpty())
            error(problem, r.branchLabelsLine);
    }
    r.dependsOn = optionalList(DependsOnVar);
    if (!r.dependsOn.isEmpty())
        r.dependsOnLine = m_assign[DependsOnVar].line;
    if (r.dependsOn.contains(QString()))
        error(Tr::tr("depends_on: empty revision id"), r.dependsOnLine);
}

} // namespace

ParsedRevision AlembicHeaderReader::parse(QByteArrayView bytes, const QString &relativePath)
{
    return Reader(bytes, relativePath).run();
}

} // namespace Stepwise::Core
