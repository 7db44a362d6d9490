#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstring>

namespace Stepwise::Core {

// Turns absolute offsets into file lines and columns while the input goes by once: offsets
// asked for only grow, so each code unit is looked at once (memchr for UTF-8).
template <typename Char> class LineTracker
{
public:
    explicit LineTracker(int firstLine)
        : m_line(firstLine)
    {
    }

    // `data` holds the input from `dataOffset`; it must cover [the previous target, to).
    void advance(const Char *data, qsizetype dataOffset, qsizetype to)
    {
        const Char *p = data + (m_pos - dataOffset);
        const Char *const end = data + (to - dataOffset);
        for (;;) {
            p = findNewline(p, end);
            if (p == end)
                break;
            ++p;
            ++m_line;
            m_lineStart = dataOffset + (p - data);
        }
        m_pos = to;
    }

    int line() const { return m_line; }
    // 1-based column of `at`, which must lie on the current line (advance(at) first).
    int column(qsizetype at) const { return static_cast<int>(at - m_lineStart) + 1; }

private:
    static const Char *findNewline(const Char *p, const Char *end)
    {
        if constexpr (sizeof(Char) == 1) {
            const void *hit = std::memchr(p, '\n', static_cast<size_t>(end - p));
            return hit ? static_cast<const Char *>(hit) : end;
        } else {
            return std::find(p, end, Char('\n'));
        }
    }

    int m_line;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
};

} // namespace Stepwise::Core
