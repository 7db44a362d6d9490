#include "core/repository/revisionwriter.h"

#include "core/repository/revisionid.h"

#include "core/base/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// Alembic's truncate_slug_length default.
constexpr qsizetype SlugLength = 40;

// Python's re "\w" on str: letters, digits (any script) and '_'.
bool isWordChar(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c);
}

const char stepwiseIniTemplate[] =
    R"(; Stepwise project settings. Relative paths are relative to this file's folder.
[repository]
; One or more folders holding revision files, comma-separated (like Alembic's version_locations).
versions = versions
; Dialect used for splitting and highlighting when no connection is open:
; sqlite, postgresql, mysql or generic.
dialect = %1

[database]
; Optional default target, e.g. sqlite:///demo.db or postgresql://user@localhost/app.
; Never put a password here: Stepwise asks for it or reads it from the keyring.
url =
; The heads table (Alembic's shape) and Stepwise's history table.
version_table = stepwise_version
history_table = stepwise_history
; Optional schema for both tables.
version_table_schema =
; true: each revision runs in its own transaction; false: one transaction for the whole run.
transaction_per_migration = true
)";

QString headerList(const QStringList &items)
{
    return items.join(u", "_s);
}

} // namespace

QString revisionFileName(const QString &id, const QString &message)
{
    // Work on code points so the 40-character cut counts characters as Python does.
    QList<char32_t> slug;
    bool inWord = false;
    for (const uint c : message.toUcs4()) {
        if (isWordChar(c)) {
            if (!inWord && !slug.isEmpty())
                slug.append(U'_');
            slug.append(c);
            inWord = true;
        } else {
            inWord = false;
        }
    }
    QString text = QString::fromUcs4(slug.constData(), slug.size()).toLower();
    const QList<uint> lowered = text.toUcs4();
    if (lowered.size() > SlugLength) {
        // slug[:40].rsplit("_", 1)[0] + "_"
        const QString cut =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(lowered.constData()), SlugLength);
        const qsizetype underscore = cut.lastIndexOf(u'_');
        text = (underscore >= 0 ? cut.first(underscore) : cut) + u'_';
    }
    return id + u'_' + text + u".sql"_s;
}

QString generateRevisionId()
{
    static const char hex[] = "0123456789abcdef";
    QString id;
    for (int i = 0; i < 12; ++i)
        id += QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return id;
}

QString renderNativeRevision(const NewRevision &revision)
{
    const QDateTime created =
        revision.created.isValid() ? revision.created : QDateTime::currentDateTimeUtc();
    QString message = revision.message;
    message.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    QString text = u"-- revision: "_s + revision.id + u"\n-- parents: "_s
        + headerList(revision.parents) + u"\n-- message: "_s + message.trimmed()
        + u"\n-- created: "_s + created.toUTC().toString(Qt::ISODate) + u'\n';
    if (!revision.branchLabels.isEmpty())
        text += u"-- branch_labels: "_s + headerList(revision.branchLabels) + u'\n';
    if (!revision.dependsOn.isEmpty())
        text += u"-- depends_on: "_s + headerList(revision.dependsOn) + u'\n';
    if (revision.upSql.isEmpty() && revision.downSql.isEmpty()) {
        text += u"\n"
                "-- Write the SQL that applies this revision under \"-- migrate:up\" and the SQL that\n"
                "-- undoes it under \"-- migrate:down\". Statements end with ';'. Add\n"
                "-- \"transaction:false\" after a marker for statements that cannot run inside a\n"
                "-- transaction (CREATE INDEX CONCURRENTLY). Without a down section the revision\n"
                "-- cannot be downgraded.\n"
                "\n"
                "-- migrate:up\n"
                "\n"
                "-- migrate:down\n"_s;
        return text;
    }
    const auto section = [](const QString &marker, const QString &sql, bool transactional) -> QString {
        QString body = sql.trimmed();
        return u"\n-- migrate:"_s + marker + (transactional ? QString() : u" transaction:false"_s) + u'\n'
            + (body.isEmpty() ? QString() : body + u'\n');
    };
    text += section(u"up"_s, revision.upSql, revision.upTransactional);
    text += section(u"down"_s, revision.downSql, revision.downTransactional);
    return text;
}

Result<void> initProject(const QString &dir, const QString &dialect)
{
    static const QStringList dialects { u"sqlite"_s, u"postgresql"_s, u"mysql"_s, u"generic"_s };
    if (!dialects.contains(dialect))
        return Error(ErrorCode::Usage,
            Tr::tr("unknown dialect '%1' (expected one of: %2)")
                .arg(dialect, dialects.join(u", "_s)));
    QDir root(dir);
    if (root.exists(u"stepwise.ini"_s) || root.exists(u"alembic.ini"_s)
        || root.exists(u"migrations/alembic.ini"_s))
        return Error(ErrorCode::Usage, Tr::tr("%1 already holds a project").arg(dir));
    const QDir versions(root.filePath(u"versions"_s));
    if (versions.exists()
        && !versions.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error(
            ErrorCode::Usage, Tr::tr("%1 already exists and is not empty").arg(versions.path()));
    if (!root.mkpath(u"versions"_s))
        return Error(ErrorCode::Io, Tr::tr("cannot create %1").arg(versions.path()));
    QSaveFile ini(root.filePath(u"stepwise.ini"_s));
    if (!ini.open(QIODevice::WriteOnly))
        return Error(
            ErrorCode::Io, Tr::tr("cannot write: %1").arg(ini.errorString()), ini.fileName());
    ini.write(QString::fromUtf8(stepwiseIniTemplate).arg(dialect).toUtf8());
    if (!ini.commit())
        return Error(
            ErrorCode::Io, Tr::tr("cannot write: %1").arg(ini.errorString()), ini.fileName());
    return {};
}

namespace {

// Every check of a new revision against the loaded project, before anything is written.
Result<void> validateNew(const Project &project, const NewRevision &r)
{
    if (const QString problem = RevisionId::checkNative(r.id); !problem.isEmpty())
        return Error(ErrorCode::Usage, problem);
    QHash<QString, QString> labelOwner; // label or id -> revision id
    QSet<QString> ids;
    for (const Revision &existing : project.revisions) {
        ids.insert(existing.id);
        labelOwner.insert(existing.id, existing.id);
        for (const QString &label : existing.branchLabels)
            labelOwner.insert(label, existing.id);
    }
    if (ids.contains(r.id))
        return Error(ErrorCode::Graph, Tr::tr("Revision %1 is present more than once").arg(r.id));
    QSet<QString> seenParents;
    for (const QString &parent : r.parents) {
        if (seenParents.contains(parent)) // Alembic's message for `merge c c`, verbatim
            return Error(ErrorCode::Target, u"Duplicate head revisions specified"_s);
        seenParents.insert(parent);
        if (!ids.contains(parent))
            return Error(ErrorCode::Target,
                Tr::tr("parent %1 is not a revision of this project").arg(parent));
    }
    for (const QString &label : r.branchLabels) {
        if (const QString problem = RevisionId::checkLabel(label); !problem.isEmpty())
            return Error(ErrorCode::Usage, problem);
        if (labelOwner.contains(label) || label == r.id) // Alembic's message, verbatim
            return Error(ErrorCode::Graph,
                u"Branch name '"_s + label + u"' in revision "_s + r.id
                    + u" already used by revision "_s + labelOwner.value(label, r.id));
    }
    for (const QString &dependency : r.dependsOn) {
        if (!labelOwner.contains(dependency))
            return Error(ErrorCode::Target,
                Tr::tr("depends_on %1 is not a revision or branch label of this project")
                    .arg(dependency));
    }
    return {};
}

} // namespace

Result<QString> writeNewRevision(
    const Project &project, const NewRevision &revision, const QString &folder)
{
    if (project.config.kind != ProjectConfig::Kind::Native)
        return Error(ErrorCode::Unsupported,
            Tr::tr("new revisions of an Alembic project are written by `alembic revision`"));
    NewRevision r = revision;
    if (r.id.isEmpty())
        r.id = generateRevisionId();
    if (const Result<void> valid = validateNew(project, r); !valid)
        return valid.error();
    QString target = folder.isEmpty() ? project.config.versionLocations.value(0)
                                      : QDir(project.config.projectDir).absoluteFilePath(folder);
    if (!QFileInfo(target).isDir())
        return Error(ErrorCode::Io, Tr::tr("folder %1 does not exist").arg(target));
    const QString path = QDir(target).filePath(revisionFileName(r.id, r.message));
    // Claim the name first (exclusive create): QSaveFile's rename would replace a file that
    // appeared since the check. The content then arrives atomically over the empty claim.
    QFile claim(path);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error(ErrorCode::Io,
            QFileInfo::exists(path) ? Tr::tr("%1 already exists; not overwritten").arg(path)
                                    : Tr::tr("cannot write: %1").arg(claim.errorString()),
            path);
    claim.close();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(renderNativeRevision(r).toUtf8());
        if (file.commit())
            return path;
    }
    const QString reason = file.errorString();
    QFile::remove(path);
    return Error(ErrorCode::Io, Tr::tr("cannot write: %1").arg(reason), path);
}

} // namespace Stepwise::Core
