#include "core/repository/envpyreader.h"

#include "core/base/utf8.h"
#include "core/repository/pythontokenizer.h"

#include "core/base/tr.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

const char *const keywords[] = { "version_table", "version_table_schema",
    "transaction_per_migration" };
constexpr int KeywordCount = 3;

// A literal argument: a string, None (as an empty string) or True/False.
struct Literal
{
    bool ok = false;
    QString text;
};

Literal literalOf(const QList<PyToken> &value)
{
    if (value.size() == 1 && value[0].kind == PyToken::Kind::Name) {
        if (value[0].text == "None")
            return { true, QString() };
        if (value[0].text == "True" || value[0].text == "False")
            return { true, QString::fromLatin1(value[0].text) };
        return {};
    }
    QString text;
    for (const PyToken &t : value) {
        if (t.kind != PyToken::Kind::String)
            return {};
        const std::optional<QString> s = PythonTokenizer::stringValue(t.text);
        if (!s)
            return {};
        text += *s;
    }
    return { !value.isEmpty(), text };
}

struct Seen
{
    QList<Literal> values;
    int firstLine = 0;
};

// Reads the keyword arguments of one context.configure( … ) call; `tokens` starts after '('.
void readCall(PythonTokenizer &tokenizer, Seen (&seen)[KeywordCount])
{
    int depth = 1;
    QList<PyToken> argument;
    auto flush = [&]() {
        if (argument.size() >= 3 && argument[0].kind == PyToken::Kind::Name
            && argument[1].isOp("=")) {
            for (int k = 0; k < KeywordCount; ++k) {
                if (argument[0].text != QByteArrayView(keywords[k]))
                    continue;
                if (seen[k].values.isEmpty())
                    seen[k].firstLine = argument[0].line;
                seen[k].values.append(literalOf(argument.mid(2)));
            }
        }
        argument.clear();
    };
    for (PyToken t = tokenizer.next();
         t.kind != PyToken::Kind::EndOfFile && t.kind != PyToken::Kind::Error;
         t = tokenizer.next()) {
        if (t.isOp("(") || t.isOp("[") || t.isOp("{"))
            ++depth;
        if (t.isOp(")") || t.isOp("]") || t.isOp("}"))
            --depth;
        if (depth == 0 || (depth == 1 && t.isOp(","))) {
            flush();
            if (depth == 0)
                return;
            continue;
        }
        argument.append(t);
    }
}

} // namespace

EnvPyOptions EnvPyReader::read(QByteArrayView bytes, const QString &relativePath)
{
    EnvPyOptions options;
    const QByteArrayView body = bytes.sliced(Utf8::bomLength(bytes));
    if (Utf8::firstInvalidLine(body) != 0) {
        options.notes.append(Tr::tr("%1 is not valid UTF-8; its context.configure() arguments "
                                    "were not read")
                                 .arg(relativePath));
        return options;
    }
    Seen seen[KeywordCount];
    PythonTokenizer tokenizer(body);
    // Look for the token sequence: context . configure (
    PyToken window[3];
    for (PyToken t = tokenizer.next();
         t.kind != PyToken::Kind::EndOfFile && t.kind != PyToken::Kind::Error;
         t = tokenizer.next()) {
        if (t.isOp("(") && window[0].isName("context") && window[1].isOp(".")
            && window[2].isName("configure")) {
            readCall(tokenizer, seen);
            continue;
        }
        window[0] = window[1];
        window[1] = window[2];
        window[2] = t;
    }
    for (int k = 0; k < KeywordCount; ++k) {
        if (seen[k].values.isEmpty())
            continue;
        bool consistent = true;
        for (const Literal &l : std::as_const(seen[k].values))
            consistent = consistent && l.ok && l.text == seen[k].values.constFirst().text;
        const QString name = QString::fromLatin1(keywords[k]);
        if (!consistent) {
            options.notes.append(Tr::tr("%1:%2: %3 is not passed to context.configure() as one "
                                        "literal value, so Stepwise cannot read it without "
                                        "running Python; Alembic's default is used")
                                     .arg(relativePath)
                                     .arg(seen[k].firstLine)
                                     .arg(name));
            continue;
        }
        const QString value = seen[k].values.constFirst().text;
        if (k == 0)
            options.versionTable = value;
        else if (k == 1)
            options.versionTableSchema = value;
        else if (value == u"True"_s || value == u"False"_s)
            options.transactionPerMigration = value == u"True"_s;
        else
            options.notes.append(Tr::tr("%1:%2: transaction_per_migration is not True or False; "
                                        "Alembic's default is used")
                                     .arg(relativePath)
                                     .arg(seen[k].firstLine));
    }
    return options;
}

} // namespace Stepwise::Core
