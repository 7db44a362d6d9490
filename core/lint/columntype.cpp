#include "core/lint/columntype.h"

#include "core/lint/sqltokenizer.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Stepwise::Core::Lint {

namespace {

constexpr qint64 unbounded = -1;

struct Known
{
    QStringView name;
    ColumnType::Family family;
    qint64 size;
};

// Spellings of PostgreSQL, MySQL/MariaDB and SQLite; sizes are the defaults when the type
// has no arguments.
constexpr Known knownTypes[] = {
    { u"tinyint", ColumnType::Integer, 1 },
    { u"smallint", ColumnType::Integer, 2 },
    { u"int2", ColumnType::Integer, 2 },
    { u"mediumint", ColumnType::Integer, 3 },
    { u"int", ColumnType::Integer, 4 },
    { u"integer", ColumnType::Integer, 4 },
    { u"int4", ColumnType::Integer, 4 },
    { u"bigint", ColumnType::Integer, 8 },
    { u"int8", ColumnType::Integer, 8 },
    { u"smallserial", ColumnType::Integer, 2 },
    { u"serial2", ColumnType::Integer, 2 },
    { u"serial", ColumnType::Integer, 4 },
    { u"serial4", ColumnType::Integer, 4 },
    { u"bigserial", ColumnType::Integer, 8 },
    { u"serial8", ColumnType::Integer, 8 },
    { u"numeric", ColumnType::Decimal, unbounded },
    { u"decimal", ColumnType::Decimal, unbounded },
    { u"dec", ColumnType::Decimal, unbounded },
    { u"fixed", ColumnType::Decimal, unbounded },
    { u"real", ColumnType::Float, 4 },
    { u"float4", ColumnType::Float, 4 },
    { u"float", ColumnType::Float, 8 },
    { u"float8", ColumnType::Float, 8 },
    { u"double", ColumnType::Float, 8 },
    { u"double precision", ColumnType::Float, 8 },
    { u"varchar", ColumnType::String, unbounded },
    { u"character varying", ColumnType::String, unbounded },
    { u"nvarchar", ColumnType::String, unbounded },
    { u"varchar2", ColumnType::String, unbounded },
    { u"char", ColumnType::String, 1 },
    { u"character", ColumnType::String, 1 },
    { u"nchar", ColumnType::String, 1 },
    { u"bpchar", ColumnType::String, unbounded },
    { u"text", ColumnType::String, unbounded }, // MySQL's is 65,535: see parse()
    { u"citext", ColumnType::String, unbounded },
    { u"tinytext", ColumnType::String, 255 },
    { u"mediumtext", ColumnType::String, 16777215 },
    { u"longtext", ColumnType::String, 4294967295LL },
    { u"clob", ColumnType::String, unbounded },
    { u"bytea", ColumnType::Binary, unbounded },
    { u"blob", ColumnType::Binary, 65535 },
    { u"tinyblob", ColumnType::Binary, 255 },
    { u"mediumblob", ColumnType::Binary, 16777215 },
    { u"longblob", ColumnType::Binary, 4294967295LL },
    { u"varbinary", ColumnType::Binary, unbounded },
    { u"binary", ColumnType::Binary, 1 },
    { u"date", ColumnType::Temporal, 0 },
    { u"time", ColumnType::Temporal, 6 },
    { u"timetz", ColumnType::Temporal, 6 },
    { u"time with time zone", ColumnType::Temporal, 6 },
    { u"time without time zone", ColumnType::Temporal, 6 },
    { u"timestamp", ColumnType::Temporal, 6 },
    { u"timestamptz", ColumnType::Temporal, 6 },
    { u"timestamp with time zone", ColumnType::Temporal, 6 },
    { u"timestamp without time zone", ColumnType::Temporal, 6 },
    { u"datetime", ColumnType::Temporal, 0 },
    { u"year", ColumnType::Temporal, 0 },
    { u"interval", ColumnType::Temporal, 6 },
    { u"boolean", ColumnType::Boolean, 1 },
    { u"bool", ColumnType::Boolean, 1 },
    { u"enum", ColumnType::Enum, 0 },
    { u"set", ColumnType::Set, 0 },
};

QString unquote(QStringView s)
{
    if (s.size() >= 2 && (s.front() == u'\'' || s.front() == u'"'))
        s = s.mid(1, s.size() - 2);
    QString v = s.toString();
    v.replace(u"''"_s, u"'"_s);
    return v;
}

// Integers' range in decimal digits, for integer -> numeric changes.
int integerDigits(qint64 bytes)
{
    switch (bytes) {
    case 1:
        return 3;
    case 2:
        return 5;
    case 3:
        return 8;
    case 4:
        return 10;
    default:
        return 19;
    }
}

TypeChange bySize(qint64 from, qint64 to)
{
    if (from == to)
        return TypeChange::Same;
    if (to == unbounded)
        return TypeChange::Widening;
    if (from == unbounded)
        return TypeChange::Narrowing;
    return to > from ? TypeChange::Widening : TypeChange::Narrowing;
}

} // namespace

ColumnType ColumnType::parse(QStringView spelling, SqlSyntax dialect)
{
    ColumnType type;
    Tokenizer tokens(spelling, dialect);
    Token t;
    QStringList words;
    QList<qint64> numbers;
    bool afterArguments = false;
    bool array = false;
    int depth = 0;
    while (tokens.next(&t)) {
        const QStringView text = spelling.mid(t.offset, t.length);
        if (t.kind == Token::Symbol) {
            if (text == u"(") {
                ++depth;
            } else if (text == u")") {
                if (--depth == 0)
                    afterArguments = true;
            } else if (text == u"[") {
                array = true;
            }
            continue;
        }
        if (depth > 0) {
            if (t.kind == Token::Number)
                numbers << text.toLongLong();
            else if (t.kind == Token::String)
                type.values << unquote(text);
            continue;
        }
        if (t.kind != Token::Word)
            continue;
        const QString word = text.toString().toLower();
        if (word == u"unsigned") {
            type.isUnsigned = true;
        } else if (word == u"signed" || word == u"zerofill") {
            continue;
        } else if (word == u"character" && !words.isEmpty()) {
            break; // MySQL: ... CHARACTER SET x
        } else if (word == u"charset" || word == u"collate" || word == u"array") {
            array = array || word == u"array";
            break;
        } else if (!afterArguments || word == u"with" || word == u"without" || word == u"time"
            || word == u"zone" || word == u"varying" || word == u"precision") {
            words << word;
        }
    }
    type.base = words.join(u' ');
    if (type.base.isEmpty())
        return type;
    if (array) {
        type.family = Other;
        return type;
    }
    const Known *known = nullptr;
    for (const Known &k : knownTypes) {
        if (k.name == type.base) {
            known = &k;
            break;
        }
    }
    if (!known) {
        type.family = Other;
        return type;
    }
    type.family = known->family;
    type.size = known->size;
    type.serial = type.base.contains(u"serial");
    switch (type.family) {
    case Integer:
    case Boolean:
        break; // MySQL int(11): a display width, not a size
    case Decimal:
        if (!numbers.isEmpty()) {
            type.size = numbers.at(0);
            type.scale = numbers.size() > 1 ? int(numbers.at(1)) : 0;
        } else if (dialect == SqlSyntax::MySQL) {
            type.size = 10;
        }
        break;
    case Float:
        if (!numbers.isEmpty() && (type.base == u"float"))
            type.size = numbers.at(0) <= 24 ? 4 : 8;
        else if (type.base == u"float" && dialect == SqlSyntax::MySQL)
            type.size = 4;
        break;
    case String:
    case Binary:
        type.fixedLength = type.base == u"char" || type.base == u"character"
            || type.base == u"nchar" || type.base == u"binary";
        if (type.base == u"text" && dialect == SqlSyntax::MySQL)
            type.size = 65535;
        if (!numbers.isEmpty())
            type.size = numbers.at(0);
        break;
    case Temporal:
        if (!numbers.isEmpty())
            type.size = numbers.at(0);
        else if (dialect == SqlSyntax::MySQL)
            type.size = 0;
        break;
    default:
        break;
    }
    return type;
}

TypeChange compareTypes(const ColumnType &from, const ColumnType &to)
{
    using F = ColumnType::Family;
    if (from.family == F::Unknown || to.family == F::Unknown)
        return TypeChange::Unknown;
    if (from.family != to.family) {
        if (from.family == F::Integer && to.family == F::Decimal)
            return to.size == unbounded || to.size - to.scale >= integerDigits(from.size)
                ? TypeChange::Widening
                : TypeChange::Narrowing;
        // Anything can be spelled out as unbounded text; the rest depends on the values.
        if (to.family == F::String && to.size == unbounded && !to.fixedLength)
            return TypeChange::Widening;
        return TypeChange::Changed;
    }
    switch (from.family) {
    case F::Integer:
        if (from.isUnsigned != to.isUnsigned) {
            // unsigned n -> signed 2n keeps every value; the other ways lose some.
            if (from.isUnsigned && to.size > from.size)
                return TypeChange::Widening;
            return TypeChange::Narrowing;
        }
        return bySize(from.size, to.size);
    case F::Decimal: {
        if (from.size == to.size && from.scale == to.scale)
            return TypeChange::Same;
        if (to.size == unbounded)
            return TypeChange::Widening;
        if (from.size == unbounded || to.scale < from.scale
            || to.size - to.scale < from.size - from.scale)
            return TypeChange::Narrowing;
        return TypeChange::Widening;
    }
    case F::Float:
        return bySize(from.size, to.size);
    case F::String:
    case F::Binary: {
        const TypeChange bySizes = bySize(from.size, to.size);
        if (bySizes == TypeChange::Same && from.fixedLength != to.fixedLength)
            return from.fixedLength ? TypeChange::Widening : TypeChange::Changed;
        return bySizes;
    }
    case F::Temporal:
        if (from.base != to.base) {
            const bool toTimestamp = to.base.startsWith(u"timestamp") || to.base == u"datetime";
            return from.base == u"date" && toTimestamp ? TypeChange::Widening : TypeChange::Changed;
        }
        return bySize(from.size, to.size);
    case F::Enum:
    case F::Set: {
        if (from.values == to.values)
            return TypeChange::Same;
        for (const QString &v : from.values) {
            if (!to.values.contains(v))
                return TypeChange::Narrowing;
        }
        return TypeChange::Widening;
    }
    case F::Boolean:
        return TypeChange::Same;
    default:
        return from.base == to.base ? TypeChange::Same : TypeChange::Changed;
    }
}

bool changesWithoutRewrite(const ColumnType &from, const ColumnType &to)
{
    using F = ColumnType::Family;
    if (from.family == F::Unknown || to.family == F::Unknown || from.family != to.family)
        return false;
    if (from.base == to.base && from.size == to.size && from.scale == to.scale
        && from.isUnsigned == to.isUnsigned && from.values == to.values)
        return true;
    switch (from.family) {
    case F::String:
        // varchar(n) -> varchar(m >= n) / text / varchar; text -> varchar. Not to or from char(n).
        return !from.fixedLength && !to.fixedLength
            && (to.size == unbounded || (from.size != unbounded && to.size >= from.size));
    case F::Decimal:
        // numeric(p, s) -> numeric(q >= p, s), or to unconstrained numeric
        return to.size == unbounded
            || (to.scale == from.scale && from.size != unbounded && to.size >= from.size);
    default:
        return false;
    }
}

} // namespace Stepwise::Core::Lint
