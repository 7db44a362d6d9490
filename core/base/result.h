#pragma once

#include "core/base/error.h"

#include <utility>
#include <variant>

namespace Stepwise::Core {

// Either a value or an Error. Result<void> carries only success or an Error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(value) { }
    Result(T &&value) : m_data(std::move(value)) { }
    Result(const Error &error) : m_data(error) { }
    Result(Error &&error) : m_data(std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error), m_failed(true) { }
    Result(Error &&error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Stepwise::Core
