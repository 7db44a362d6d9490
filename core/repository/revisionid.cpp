#include "core/repository/revisionid.h"

#include "core/base/tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

bool RevisionId::isReserved(QStringView id)
{
    return id == u"head" || id == u"heads" || id == u"base" || id == u"current";
}

namespace {

QString checkCommon(QStringView id)
{
    if (id.isEmpty())
        return Tr::tr("empty revision id");
    if (RevisionId::isReserved(id))
        return Tr::tr("revision id '%1' is reserved: it means something else in targets").arg(id);
    if (id.size() > RevisionId::MaxLength)
        return Tr::tr("revision id '%1' is longer than %2 characters (the version table "
                      "column is VARCHAR(%2))")
            .arg(id)
            .arg(RevisionId::MaxLength);
    return {};
}

} // namespace

QString RevisionId::checkNative(QStringView id)
{
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_';
        if (!ok)
            return Tr::tr("revision id '%1' contains '%2': only letters A-Z, digits and '_' "
                          "are allowed")
                .arg(id, QString(c));
    }
    return checkCommon(id);
}

QString RevisionId::checkAlembic(QStringView id)
{
    if (id.isEmpty())
        return checkCommon(id);
    // Alembic's check (script/revision.py): the set of offending characters, sorted by code
    // point and joined by ", ". ':' is refused since Alembic 1.17.1.
    QList<QChar> illegal;
    for (const QChar c : id) {
        if ((c == u'@' || c == u'-' || c == u'+' || c == u':') && !illegal.contains(c))
            illegal.append(c);
    }
    if (!illegal.isEmpty()) {
        std::sort(illegal.begin(), illegal.end());
        QStringList chars;
        for (const QChar c : std::as_const(illegal))
            chars.append(QString(c));
        // Byte-identical to Alembic's message: not translated.
        return u"Character(s) '"_s + chars.join(u", "_s)
            + u"' not allowed in revision identifier '"_s + id + u"'"_s;
    }
    return checkCommon(id);
}

QString RevisionId::checkLabel(QStringView label)
{
    if (label.isEmpty())
        return Tr::tr("empty branch label");
    for (const QChar c : label) {
        if (c == u'@' || c == u':' || c == u'+' || c == u'-' || c == u',' || c.isSpace())
            return Tr::tr("branch label '%1' contains '%2', which is not allowed in labels "
                          "(it has a meaning in targets)")
                .arg(label, QString(c));
    }
    return {};
}

bool RevisionId::isLegacyHexFileName(QStringView fileName)
{
    if (!fileName.endsWith(u".py"))
        return false;
    const QStringView stem = fileName.chopped(3);
    if (stem.isEmpty())
        return false;
    return std::all_of(stem.begin(), stem.end(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace Stepwise::Core
