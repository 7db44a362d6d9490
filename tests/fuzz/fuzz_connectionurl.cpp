// libFuzzer target: ConnectionUrl::parse and redactPasswords on arbitrary text. Besides
// crashes, hangs and leaks it checks what R6 relies on: no rendering of a URL depends on its
// password, errors never quote it, and redacting is idempotent.
#include "core/db/connectionurl.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Stepwise::Core;
using namespace Qt::StringLiterals;

static void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString once = redactPasswords(text);
    check(redactPasswords(once) == once);

    const Result<ConnectionUrl> url = ConnectionUrl::parse(text, u"/project"_s);
    if (!url.ok()) {
        check(!url.error().message().isEmpty());
        return 0;
    }
    ConnectionUrl other = *url;
    other.setPassword(url->hasPassword() ? u"Zq9-other"_s : QString());
    check(other.toString() == url->toString());
    check(other.redacted() == url->redacted());
    check(other.alembicDisplay() == url->alembicDisplay());
    check(!url->redacted().contains(u"Zq9-other"_s) || text.contains(u"Zq9-other"_s));
    check(url->effectivePort() == url->port() || url->port() < 0);
    check(url->port() < 0 || (url->port() >= 1 && url->port() <= 65535));
    // What toString() prints parses again to the same place, unless an '@' outside the user
    // information makes it ambiguous (SQLAlchemy's URLs have the same ambiguity).
    bool ambiguous = url->database().contains(u'@');
    for (const auto &[key, value] : url->options())
        ambiguous = ambiguous || key.contains(u'@') || value.contains(u'@');
    if (ambiguous)
        return 0;
    const Result<ConnectionUrl> again = ConnectionUrl::parse(url->toString(), u"/project"_s);
    check(again.ok());
    check(again->dialect().name() == url->dialect().name());
    check(again->port() == url->port());
    return 0;
}
