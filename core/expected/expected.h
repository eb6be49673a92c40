#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rater {

// A value, or the message that explains why there is none. std::expected
// arrives with C++23; this is the small part of it the product needs.
template <typename T>
class Expected
{
public:
    Expected(T value) : m_state(std::move(value)) {}

    static Expected failure(QString message)
    {
        Expected result;
        result.m_state = Failure{std::move(message)};
        return result;
    }

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    QString error() const
    {
        const auto *failure = std::get_if<Failure>(&m_state);
        return failure ? failure->message : QString();
    }

private:
    struct Failure
    {
        QString message;
    };

    Expected() = default;

    std::variant<Failure, T> m_state;
};

// The outcome of an operation that yields nothing but success or a message.
struct Done
{
};
using Status = Expected<Done>;

} // namespace rater
