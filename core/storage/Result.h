#pragma once

#include "StoreError.h"

#include <type_traits>
#include <utility>
#include <variant>

// A value or the StoreError that prevented it; the small part of C++23's std::expected we need.
//
//     Result<Article> r = store.article(id);
//     if (!r)
//         return r.error();          // a StoreError converts to any Result<U>
//     use(*r);
//
// Reading value() of a failed result (or error() of a good one) is a programming error and
// aborts with the error's message; check first.
template<typename T> class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<std::remove_cvref_t<T>, StoreError>);

public:
    Result(const T &value)
        : m_data(std::in_place_index<0>, value)
    { }
    Result(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(const StoreError &error)
        : m_data(std::in_place_index<1>, error)
    { }
    Result(StoreError &&error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool has_value() const { return m_data.index() == 0; }
    bool ok() const { return has_value(); }
    explicit operator bool() const { return has_value(); }

    T &value() &
    {
        checkValue();
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        checkValue();
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        checkValue();
        return std::get<0>(std::move(m_data));
    }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    template<typename U> T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    const StoreError &error() const
    {
        if (has_value())
            qFatal("Result::error() called on a value");
        return std::get<1>(m_data);
    }

private:
    void checkValue() const
    {
        if (!has_value())
            qFatal("Result::value() called on an error: %s", qPrintable(error().message));
    }

    std::variant<T, StoreError> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const StoreError &error)
        : m_failed(true)
        , m_error(error)
    { }
    Result(StoreError &&error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool has_value() const { return !m_failed; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const StoreError &error() const
    {
        if (!m_failed)
            qFatal("Result::error() called on a success");
        return m_error;
    }

private:
    bool m_failed = false;
    StoreError m_error;
};
