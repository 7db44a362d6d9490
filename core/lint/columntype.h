#pragma once

#include "core/sql/sqlsyntax.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Stepwise::Core::Lint {

// A column's type read from its spelling, enough to tell whether a change narrows it (values
// may not fit) or is one PostgreSQL makes without rewriting the table. Plain value.
struct ColumnType
{
    enum Family : quint8 {
        Unknown, // empty or unreadable
        Integer,
        Decimal,
        Float,
        String,
        Binary,
        Temporal,
        Boolean,
        Enum,
        Set,
        Other, // json, uuid, arrays, ...: compared by spelling
    };
    Family family = Unknown;
    QString base; // lower-case words without arguments: "character varying", "int", "enum"
    // Integer / Float: bytes; String / Binary: most characters or bytes; Decimal: precision;
    // Temporal: fractional second digits. -1: unbounded (text, bytea, numeric).
    qint64 size = -1;
    int scale = 0; // Decimal
    bool isUnsigned = false;
    bool fixedLength = false; // char(n), binary(n)
    bool serial = false; // serial, bigserial, smallserial: an integer with a sequence default
    QStringList values; // Enum / Set, in order

    static ColumnType parse(QStringView spelling, SqlSyntax dialect);
};

enum class TypeChange : quint8 {
    Same,
    Widening, // every old value fits
    Narrowing, // some old values cannot be kept as they are
    Changed, // another kind of type: whether values convert depends on them
    Unknown, // one side could not be read
};

TypeChange compareTypes(const ColumnType &from, const ColumnType &to);

// Whether PostgreSQL changes `from` to `to` without rewriting the table and its indexes:
// varchar(n) to varchar(m >= n) or text, numeric(p, s) to numeric(q >= p, s), no change at all.
bool changesWithoutRewrite(const ColumnType &from, const ColumnType &to);

} // namespace Stepwise::Core::Lint
