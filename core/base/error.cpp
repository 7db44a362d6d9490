#include "core/base/error.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

Error::Error(ErrorCode code, QString message, QString file, int line)
    : m_code(code)
    , m_message(std::move(message))
    , m_file(std::move(file))
    , m_line(line)
{
}

Error &Error::withNative(QString code, QString text)
{
    m_nativeCode = std::move(code);
    m_nativeText = std::move(text);
    return *this;
}

Error &Error::withLocation(QString file, int line)
{
    m_file = std::move(file);
    m_line = line;
    return *this;
}

Error &Error::withDetail(QString detail)
{
    m_detail = std::move(detail);
    return *this;
}

QString Error::toString() const
{
    QString where;
    if (!m_file.isEmpty())
        where = m_line > 0 ? QString(m_file + u':' + QString::number(m_line) + u": "_s)
                           : QString(m_file + u": "_s);
    return where + m_message;
}

} // namespace Stepwise::Core
