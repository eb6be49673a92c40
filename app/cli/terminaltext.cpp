#include "terminaltext.h"

namespace rater::cli {
namespace {

QByteArray escaped(const char *prefix, unsigned code, int digits)
{
    return prefix + QByteArray::number(code, 16).toUpper().rightJustified(digits, '0');
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
    QByteArray out;
    out.reserve(size + 8);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pending.isEmpty()) {
            if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7f)
                out += escaped("\\x", byte, 2);
            else if (byte == 0xc2 || byte == 0xe2)
                m_pending += char(byte); // may begin U+0080–U+009F or U+202A–U+2069
            else
                out += char(byte);
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
