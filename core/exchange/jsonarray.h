#pragma once

#include "expected/expected.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonValue>

#include <optional>

namespace rater::json {

// How long one element of the list may be. A real record is a few hundred
// bytes; the bound stops one endless record from taking the file's memory.
constexpr qsizetype maxElementBytes = qsizetype(1) << 20;

struct Element
{
    qsizetype number = 0; // 1 for the first element of the list
    QJsonValue value;
};

// Reads a JSON text that is one list, [ … ], from a device one element at a
// time, holding no more than one element and one chunk of the input: a file
// of a million records is read in the memory of one. Each element is parsed
// by QJsonDocument; what lies between them is checked here. A refusal says
// what is wrong and at which byte of the file (counted from 0, as
// QJsonParseError counts).
class ArrayReader
{
public:
    explicit ArrayReader(QIODevice &input);

    // The next element; empty after the closing bracket, when nothing but
    // white space follows it.
    Expected<std::optional<Element>> next();

private:
    enum class Expect { Open, FirstElement, Element, CommaOrClose, End };
    std::optional<char> peek();      // the next byte, read as needed; empty at the end
    void skipSpace();
    Expected<QByteArray> takeValue(); // the bytes of one value, its end found by brackets and quotes
    static QString failure(qsizetype at, const QString &why);

    QIODevice &m_input;
    QByteArray m_chunk;
    qsizetype m_position = 0;    // in m_chunk
    qsizetype m_chunkStart = 0;  // the file offset of m_chunk's first byte
    Expect m_expect = Expect::Open;
    qsizetype m_count = 0;
};

} // namespace rater::json
