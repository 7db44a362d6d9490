#pragma once

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Stepwise::Core {

class ConnectionUrl;
class PasswordProvider;

// A connection of its own (openDatabase under a unique name) that closes and removes itself:
// for the short reads of one use case (schema comparison, a shadow database). Use it in the
// thread that opened it.
class ScopedDatabase
{
public:
    static Result<std::unique_ptr<ScopedDatabase>> open(const ConnectionUrl &url, PasswordProvider *passwords = nullptr);
    ~ScopedDatabase();
    ScopedDatabase(const ScopedDatabase &) = delete;
    ScopedDatabase &operator=(const ScopedDatabase &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    explicit ScopedDatabase(QString name) : m_name(std::move(name)) { }
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace Stepwise::Core
