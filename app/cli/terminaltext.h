#pragma once

#include <QIODevice>

namespace rater::cli {

// Writes to another device what it is given, with every character that could
// take over a terminal or reorder the text around it made visible instead:
// control characters other than tab and line feed (ESC starts the escape
// sequences that move the cursor, retitle the window or ring the bell) as
// \x1B, and the C1 controls and the bidirectional embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) as \u202E. Names stored by other
// programs may hold any of them; what rater-cli prints never obeys them.
//
// It works on UTF-8 bytes, so a character split between two writes is still
// recognised.
class TerminalText : public QIODevice
{
public:
    explicit TerminalText(QIODevice &target);
    ~TerminalText() override;

    bool isSequential() const override { return true; }
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        Q_UNUSED(data)
        Q_UNUSED(maxSize)
        return -1; // written to only
    }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void flushPending();

    QIODevice &m_target;
    QByteArray m_pending; // the start of a character that may need escaping
};

} // namespace rater::cli
