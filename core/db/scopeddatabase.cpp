#include "core/db/scopeddatabase.h"

#include "core/db/database.h"

#include <QAtomicInt>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

Result<std::unique_ptr<ScopedDatabase>> ScopedDatabase::open(const ConnectionUrl &url, PasswordProvider *passwords)
{
    static QAtomicInt counter;
    auto scoped = std::unique_ptr<ScopedDatabase>(
        new ScopedDatabase(u"stepwise-scoped-%1"_s.arg(counter.fetchAndAddRelaxed(1))));
    Result<QSqlDatabase> db = openDatabase(url, scoped->m_name, passwords);
    if (!db)
        return db.error();
    scoped->m_db = *db;
    return scoped;
}

ScopedDatabase::~ScopedDatabase()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Stepwise::Core
