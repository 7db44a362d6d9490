#include "core/schema/mysqlddlwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

QString MysqlDdlWriter::columnDefinition(const SchemaColumn &c) const
{
    QString sql = id(c.name) + u' ' + c.type;
    if (!c.generated.isEmpty())
        sql += u" GENERATED ALWAYS AS ("_s + c.generated + (c.generatedStored ? u") STORED"_s : u") VIRTUAL"_s);
    if (!c.collation.isEmpty())
        sql += u" COLLATE "_s + c.collation;
    if (c.generated.isEmpty()) {
        sql += c.nullable ? u" NULL"_s : u" NOT NULL"_s;
        if (!c.defaultValue.isEmpty())
            sql += u" DEFAULT "_s + c.defaultValue;
    }
    if (c.identity == SchemaColumn::Identity::AutoIncrement)
        sql += u" AUTO_INCREMENT"_s;
    if (!c.comment.isEmpty())
        sql += u" COMMENT "_s + literal(c.comment);
    return sql;
}

QString MysqlDdlWriter::createTable(const SchemaTable &t) const
{
    SchemaTable unnamed = t;
    if (unnamed.primaryKey)
        unnamed.primaryKey->name.clear(); // always PRIMARY
    QString sql = DdlWriter::createTable(unnamed);
    if (!t.comment.isEmpty())
        sql += u" COMMENT="_s + literal(t.comment);
    return sql;
}

QStringList MysqlDdlWriter::alterColumn(const SchemaChange &c) const
{
    return {u"ALTER TABLE "_s + table(c.name) + u" MODIFY COLUMN "_s + columnDefinition(c.column)};
}

QString MysqlDdlWriter::dropIndex(const SchemaChange &c) const
{
    return u"DROP INDEX "_s + id(c.index.name) + u" ON "_s + table(c.name);
}

QString MysqlDdlWriter::dropConstraint(const TableName &tableName, const QString &name, const QString &kind) const
{
    const QString alter = u"ALTER TABLE "_s + table(tableName);
    if (kind == u"PRIMARY KEY"_s)
        return alter + u" DROP PRIMARY KEY"_s;
    if (kind == u"FOREIGN KEY"_s)
        return alter + u" DROP FOREIGN KEY "_s + id(name);
    if (kind == u"UNIQUE"_s)
        return alter + u" DROP INDEX "_s + id(name);
    return alter + u" DROP CONSTRAINT "_s + id(name); // CHECK: MariaDB and MySQL ≥ 8.0.19
}

QString MysqlDdlWriter::createIndex(const SchemaTable &t, const SchemaIndex &i) const
{
    static const QRegularExpression prefix(u"^(.+)\\((\\d+)\\)$"_s);
    QStringList parts;
    for (qsizetype k = 0; k < i.parts.size(); ++k) {
        const QString &part = i.parts.at(k);
        QString spelled;
        if (const QRegularExpressionMatch m = prefix.match(part); m.hasMatch() && t.column(m.captured(1)))
            spelled = id(m.captured(1)) + u'(' + m.captured(2) + u')'; // a prefix: name(10)
        else if (!t.column(part) && (part.contains(u'(') || part.contains(u' ')))
            spelled = u'(' + part + u')'; // a functional part (MySQL 8 wants it in parentheses)
        else
            spelled = id(part);
        if (k < i.descending.size() && i.descending.at(k))
            spelled += u" DESC"_s;
        parts << spelled;
    }
    const QString method = i.method.toUpper();
    const bool special = method == u"FULLTEXT"_s || method == u"SPATIAL"_s;
    QString sql = u"CREATE "_s + (special ? method + u' ' : i.unique ? u"UNIQUE "_s : QString()) + u"INDEX "_s
        + id(i.name) + u" ON "_s + table(t.name) + u" ("_s + parts.join(u", "_s) + u')';
    if (!special && !method.isEmpty())
        sql += u" USING "_s + method;
    return sql;
}

QStringList MysqlDdlWriter::change(const SchemaChange &c) const
{
    using Kind = SchemaChange::Kind;
    switch (c.kind) {
    case Kind::AddPrimaryKey: {
        SchemaChange unnamed = c;
        unnamed.key.name.clear();
        return DdlWriter::change(unnamed);
    }
    case Kind::SetTableComment:
        return {u"ALTER TABLE "_s + table(c.name) + u" COMMENT="_s + literal(c.table.comment)};
    default: return DdlWriter::change(c);
    }
}

} // namespace Stepwise::Core
