#pragma once

// Lets Catch2 print Qt values readably when an assertion fails.

#include <QDate>
#include <QString>
#include <QStringList>

#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}

inline std::ostream &operator<<(std::ostream &os, const QStringList &value)
{
    return os << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

inline std::ostream &operator<<(std::ostream &os, const QDate &value)
{
    return os << value.toString(Qt::ISODate).toStdString();
}
