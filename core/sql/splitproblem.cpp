#include "core/sql/splitproblem.h"

#include "core/base/tr.h"

namespace Stepwise::Core {

QString SplitProblem::message(Kind kind, QStringView quoted)
{
    switch (kind) {
    case Kind::UnterminatedString:
        return Tr::tr("unterminated string: the %1 opened here is never closed").arg(quoted);
    case Kind::UnterminatedIdentifier:
        return Tr::tr("unterminated quoted identifier: the %1 opened here is never closed")
            .arg(quoted);
    case Kind::UnterminatedComment:
        return Tr::tr("unterminated comment: the /* opened here is never closed");
    case Kind::UnterminatedDollarQuote:
        return Tr::tr("unterminated dollar quote: the %1 opened here is never closed").arg(quoted);
    case Kind::MetaCommand:
        return Tr::tr("psql meta-command %1 is not SQL; only SQL statements can be run")
            .arg(quoted);
    case Kind::MissingDelimiter:
        return Tr::tr("DELIMITER needs a delimiter string, as in DELIMITER //");
    case Kind::BadDelimiter:
        return Tr::tr("delimiter %1 must not contain a backslash").arg(quoted);
    case Kind::InvalidUtf8:
        return Tr::tr("invalid UTF-8 byte sequence");
    case Kind::None:
        break;
    }
    return {};
}

} // namespace Stepwise::Core
