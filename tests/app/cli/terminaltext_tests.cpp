#include "printing.h"

#include "terminaltext.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using rater::cli::TerminalText;

namespace {

// What reaches the terminal when `text` is written in pieces of `piece` bytes.
QByteArray shown(const QByteArray &text, qsizetype piece)
{
    QBuffer terminal;
    terminal.open(QIODevice::WriteOnly);
    {
        TerminalText filter(terminal);
        for (qsizetype at = 0; at < text.size(); at += piece)
            filter.write(text.mid(at, piece));
    }
    return terminal.data();
}

} // namespace

TEST_CASE("Control and direction characters are shown, never obeyed, however the text is split", "[cli]")
{
    const QByteArray hostile = "Te\x1b]0;x\x07" "am\xe2\x80\xae" "xyz\xc2\x85|\xe2\x81\xa6|\x7f\n";
    const QByteArray expected = "Te\\x1B]0;x\\x07am\\u202Exyz\\u0085|\\u2066|\\x7F\n";
    for (qsizetype piece = 1; piece <= hostile.size(); ++piece) {
        INFO("pieces of " << piece << " bytes");
        CHECK(shown(hostile, piece) == expected);
    }
    // Everything else passes as it is: tabs, line feeds, Arabic and Persian, the
    // marks of direction that reorder nothing beyond themselves, and emoji.
    const QByteArray plain = QStringLiteral("خدمة\tمشتری‌ها \u200F 🙂 \u2014 x\n").toUtf8();
    for (qsizetype piece = 1; piece <= plain.size(); ++piece)
        CHECK(shown(plain, piece) == plain);
    // Bytes that are not UTF-8 go out as they are, and the next character is still looked at.
    CHECK(shown("\xe2\xe2\x80\xae.", 1) == "\xe2\\u202E.");
    CHECK(shown("\xc2\x1b", 1) == "\xc2\\x1B");
}
