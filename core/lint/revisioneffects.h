#pragma once

#include "core/lint/parsedstatement.h"

#include <QString>

#include <vector>

namespace Stepwise::Core::Lint {

// What a statement does to the schema's objects, by name, for checking that a down section
// undoes its up section (SW401).
struct Effect
{
    enum Op : quint8 { Create, Drop, Rename, Alter };
    enum Kind : quint8 {
        Table,
        Column,
        Index,
        View,
        Schema,
        Type,
        Sequence,
        Routine,
        Trigger,
        Constraint,
        Other
    };
    Op op = Create;
    Kind kind = Table;
    QString key; // Column / Constraint: "table.name"
    QString owner; // the table of a column, index, constraint or trigger, when known
    QString renamedTo; // Rename: the new key
    QString display; // as written
    bool orReplace = false; // CREATE OR REPLACE: a down that creates it again undoes it
    int statement = 0;
    Span span;
};

// Appends the effects of `statement` (the `index`th of its section).
void collectEffects(
    const ParsedStatement &statement, SqlSyntax dialect, int index, std::vector<Effect> *effects);

} // namespace Stepwise::Core::Lint
