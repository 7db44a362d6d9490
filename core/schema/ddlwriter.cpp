#include "core/schema/ddlwriter.h"

#include "core/schema/mysqlddlwriter.h"
#include "core/schema/postgresddlwriter.h"
#include "core/schema/sqliteddlwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

QString DdlScript::text() const
{
    QString out;
    for (const QString &line : notCompared)
        out += line + u'\n';
    if (!notCompared.isEmpty())
        out += u'\n';
    for (const QString &statement : statements)
        out += statement + u";\n\n"_s;
    if (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out;
}

std::unique_ptr<DdlWriter> DdlWriter::create(const Dialect &dialect)
{
    if (dialect.name() == u"postgresql"_s)
        return std::make_unique<PostgresDdlWriter>(dialect);
    if (dialect.name() == u"mysql"_s)
        return std::make_unique<MysqlDdlWriter>(dialect);
    if (dialect.name() == u"sqlite"_s)
        return std::make_unique<SqliteDdlWriter>(dialect);
    return nullptr;
}

DdlScript DdlWriter::write(const SchemaDiffResult &diff, const Schema &) const
{
    DdlScript script;
    for (const NotCompared &n : diff.notCompared)
        script.notCompared << u"-- not compared: %1 %2"_s.arg(n.kind, qualifiedName(n.name));
    for (const SchemaChange &c : diff.changes) {
        QStringList statements = change(c);
        if (statements.isEmpty())
            continue;
        statements.first().prepend(comments(c)); // they go with the change's first statement
        script.statements << statements;
    }
    return script;
}

QString DdlWriter::comments(const SchemaChange &c)
{
    QString lines;
    if (!c.warning.isEmpty())
        lines += u"-- WARNING: "_s + c.warning + u'\n';
    if (c.destructive)
        lines += u"-- DESTRUCTIVE: "_s + c.describe() + u'\n';
    return lines;
}

QString DdlWriter::ids(const QStringList &identifiers) const
{
    QStringList quoted;
    for (const QString &identifier : identifiers)
        quoted << id(identifier);
    return quoted.join(u", "_s);
}

QString DdlWriter::createTable(const SchemaTable &t) const
{
    QStringList lines;
    for (const SchemaColumn &c : t.columns)
        lines << columnDefinition(c);
    lines << tableConstraints(t, !t.foreignKeys.isEmpty());
    return u"CREATE TABLE "_s + table(t.name) + u" (\n    "_s + lines.join(u",\n    "_s) + u"\n)"_s;
}

QStringList DdlWriter::tableConstraints(const SchemaTable &t, bool withForeignKeys) const
{
    QStringList lines;
    const auto named = [&](const QString &name) { return name.isEmpty() ? QString() : u"CONSTRAINT "_s + id(name) + u' '; };
    if (t.primaryKey)
        lines << named(t.primaryKey->name) + u"PRIMARY KEY ("_s + ids(t.primaryKey->columns) + u')';
    for (const SchemaKey &k : t.uniques)
        lines << named(k.name) + u"UNIQUE ("_s + ids(k.columns) + u')';
    for (const SchemaCheck &c : t.checks)
        lines << named(c.name) + u"CHECK ("_s + c.expression + u')';
    if (withForeignKeys) {
        for (const SchemaForeignKey &f : t.foreignKeys)
            lines << foreignKeyClause(f);
    }
    return lines;
}

QString DdlWriter::foreignKeyClause(const SchemaForeignKey &f) const
{
    QString clause = f.name.isEmpty() ? QString() : u"CONSTRAINT "_s + id(f.name) + u' ';
    clause += u"FOREIGN KEY ("_s + ids(f.columns) + u") REFERENCES "_s + table(f.target) + u" ("_s
        + ids(f.targetColumns) + u')';
    if (!f.onDelete.isEmpty())
        clause += u" ON DELETE "_s + f.onDelete;
    if (!f.onUpdate.isEmpty())
        clause += u" ON UPDATE "_s + f.onUpdate;
    if (f.deferrable)
        clause += f.initiallyDeferred ? u" DEFERRABLE INITIALLY DEFERRED"_s : u" DEFERRABLE"_s;
    return clause;
}

// A column name, a function call, or another expression (which CREATE INDEX wants in
// parentheses; a function call is written bare, as the user wrote it and the catalog reads it).
QString DdlWriter::indexPart(const SchemaTable &t, const QString &part) const
{
    static const QRegularExpression call(u"^[A-Za-z_][A-Za-z0-9_.]*\\("_s);
    if (t.column(part) || (!part.contains(u'(') && !part.contains(u' ')))
        return id(part);
    if (const QRegularExpressionMatch m = call.match(part); m.hasMatch() && part.endsWith(u')')) {
        // The call's parenthesis must be the one that closes at the end.
        int depth = 0;
        qsizetype closes = -1;
        for (qsizetype i = m.capturedLength() - 1; i < part.size(); ++i) {
            if (part.at(i) == u'(')
                ++depth;
            else if (part.at(i) == u')' && --depth == 0) {
                closes = i;
                break;
            }
        }
        if (closes == part.size() - 1)
            return part;
    }
    return u'(' + part + u')';
}

QString DdlWriter::createIndex(const SchemaTable &t, const SchemaIndex &i) const
{
    QStringList parts;
    for (qsizetype k = 0; k < i.parts.size(); ++k) {
        const QString &part = i.parts.at(k);
        QString spelled = indexPart(t, part);
        if (k < i.descending.size() && i.descending.at(k))
            spelled += u" DESC"_s;
        parts << spelled;
    }
    QString sql = (i.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s) + id(i.name) + u" ON "_s
        + table(t.name);
    if (!i.method.isEmpty())
        sql += u" USING "_s + i.method;
    sql += u" ("_s + parts.join(u", "_s) + u')';
    if (!i.predicate.isEmpty())
        sql += u" WHERE "_s + i.predicate;
    return sql;
}

QString DdlWriter::dropIndex(const SchemaChange &c) const
{
    return u"DROP INDEX "_s + table(TableName{c.name.schema, c.index.name});
}

QString DdlWriter::dropConstraint(const TableName &tableName, const QString &name, const QString &) const
{
    return u"ALTER TABLE "_s + table(tableName) + u" DROP CONSTRAINT "_s + id(name);
}

QStringList DdlWriter::change(const SchemaChange &c) const
{
    using Kind = SchemaChange::Kind;
    const QString t = table(c.name);
    const auto named = [&](const QString &name) { return name.isEmpty() ? QString() : u"CONSTRAINT "_s + id(name) + u' '; };
    switch (c.kind) {
    case Kind::DropView:
        return {(c.view.materialized ? u"DROP MATERIALIZED VIEW "_s : u"DROP VIEW "_s) + t};
    case Kind::CreateView:
        return {(c.view.materialized ? u"CREATE MATERIALIZED VIEW "_s : u"CREATE VIEW "_s) + t + u" AS "_s
                + c.view.definition};
    case Kind::DropForeignKey: return {dropConstraint(c.name, c.foreignKey.name, u"FOREIGN KEY"_s)};
    case Kind::DropCheck: return {dropConstraint(c.name, c.check.name, u"CHECK"_s)};
    case Kind::DropUnique: return {dropConstraint(c.name, c.key.name, u"UNIQUE"_s)};
    case Kind::DropPrimaryKey: return {dropConstraint(c.name, c.key.name, u"PRIMARY KEY"_s)};
    case Kind::DropIndex: return {dropIndex(c)};
    case Kind::DropTable: return {u"DROP TABLE "_s + t};
    case Kind::DropColumn: return {u"ALTER TABLE "_s + t + u" DROP COLUMN "_s + id(c.column.name)};
    case Kind::CreateTable: return {createTable(c.table)};
    case Kind::AddColumn: return {u"ALTER TABLE "_s + t + u" ADD COLUMN "_s + columnDefinition(c.column)};
    case Kind::AlterColumn: return alterColumn(c);
    case Kind::AddPrimaryKey:
        return {u"ALTER TABLE "_s + t + u" ADD "_s + named(c.key.name) + u"PRIMARY KEY ("_s + ids(c.key.columns) + u')'};
    case Kind::AddUnique:
        return {u"ALTER TABLE "_s + t + u" ADD "_s + named(c.key.name) + u"UNIQUE ("_s + ids(c.key.columns) + u')'};
    case Kind::AddIndex: return {createIndex(c.table, c.index)};
    case Kind::AddCheck:
        return {u"ALTER TABLE "_s + t + u" ADD "_s + named(c.check.name) + u"CHECK ("_s + c.check.expression + u')'};
    case Kind::AddForeignKey: return {u"ALTER TABLE "_s + t + u" ADD "_s + foreignKeyClause(c.foreignKey)};
    case Kind::SetTableComment:
    case Kind::CreateEnum:
    case Kind::AddEnumValues:
    case Kind::DropEnum:
    case Kind::CreateSequence:
    case Kind::AlterSequence:
    case Kind::DropSequence:
        return {}; // the dialects that have them say how
    }
    return {};
}

} // namespace Stepwise::Core
