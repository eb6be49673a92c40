#include "terminaltext.h"

#include <cstdint>
#include <cstring>

namespace rater::cli {
namespace {

QByteArray escaped(const char *prefix, unsigned code, int digits)
{
    return prefix + QByteArray::number(code, 16).toUpper().rightJustified(digits, '0');
}

// Whether a byte needs a second look: a C0 control other than tab and line
// feed, DEL, or the lead byte of U+0080–U+009F or U+202A–U+2069.
bool needsLook(unsigned char byte)
{
    return (byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7f || byte == 0xc2 || byte == 0xe2;
}

// Whether any of `size` bytes needs a second look, sixteen bytes at a time:
// long listings pass through here whole.
bool anyNeedsLook(const char *data, qint64 size)
{
    using Lanes = std::uint8_t __attribute__((vector_size(16)));
    qint64 i = 0;
    for (; i + 16 <= size; i += 16) {
        Lanes bytes;
        std::memcpy(&bytes, data + i, sizeof bytes);
        const auto flagged = ((bytes < 0x20) & (bytes != '\t') & (bytes != '\n')) | (bytes == 0x7f) | (bytes == 0xc2)
                             | (bytes == 0xe2);
        std::uint64_t halves[2];
        std::memcpy(halves, &flagged, sizeof halves);
        if ((halves[0] | halves[1]) != 0)
            return true;
    }
    for (; i < size; ++i) {
        if (needsLook(static_cast<unsigned char>(data[i])))
            return true;
    }
    return false;
}

} // namespace

TerminalText::TerminalText(QIODevice &target) : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalText::~TerminalText()
{
    flushPending();
    QIODevice::close();
}

void TerminalText::close()
{
    flushPending();
    QIODevice::close();
}

void TerminalText::flushPending()
{
    if (!m_pending.isEmpty())
        m_target.write(m_pending);
    m_pending.clear();
}

qint64 TerminalText::writeData(const char *data, qint64 size)
{
    // Nearly all text needs nothing: it goes out whole when it can, and else in runs.
    if (m_pending.isEmpty() && !anyNeedsLook(data, size))
        return m_target.write(data, size) == size ? size : -1;
    QByteArray out;
    out.reserve(size + 8);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pending.isEmpty()) {
            if (!needsLook(byte)) {
                qint64 end = i + 1;
                while (end < size && !needsLook(static_cast<unsigned char>(data[end])))
                    ++end;
                out.append(data + i, end - i);
                i = end - 1;
            } else if (byte == 0xc2 || byte == 0xe2) {
                m_pending += char(byte); // may begin U+0080–U+009F or U+202A–U+2069
            } else {
                out += escaped("\\x", byte, 2);
            }
            continue;
        }
        if ((byte & 0xc0U) != 0x80) {
            // Not a continuation: what was held was not a whole character. It
            // goes out as it is, and this byte is looked at afresh.
            out += m_pending;
            m_pending.clear();
            --i;
            continue;
        }
        const auto lead = static_cast<unsigned char>(m_pending.at(0));
        if (lead == 0xc2) {
            if (byte >= 0x80 && byte <= 0x9f)
                out += escaped("\\u", byte, 4); // a C1 control
            else
                out += m_pending + char(byte);
            m_pending.clear();
            continue;
        }
        if (m_pending.size() == 1) {
            if (byte == 0x80 || byte == 0x81) {
                m_pending += char(byte);
                continue;
            }
            out += m_pending + char(byte);
            m_pending.clear();
            continue;
        }
        const auto second = static_cast<unsigned char>(m_pending.at(1));
        const unsigned code = 0x2000 + ((second & 0x3fU) << 6) + (byte & 0x3fU);
        const bool directional = (second == 0x80 && byte >= 0xaa && byte <= 0xae)
                                 || (second == 0x81 && byte >= 0xa6 && byte <= 0xa9);
        if (directional)
            out += escaped("\\u", code, 4);
        else
            out += m_pending + char(byte);
        m_pending.clear();
    }
    if (!out.isEmpty() && m_target.write(out) != out.size())
        return -1;
    return size;
}

} // namespace rater::cli
