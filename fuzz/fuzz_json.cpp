// Any bytes as a JSON import: refused with problems or read into records that
// export to JSON and read back the same.

#include "roundtrip.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto read = [](const QByteArray &bytes) {
        return rater::exchange::readJson(bytes, QStringLiteral("fuzz.json"), fuzz::raterQuiz());
    };
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The assessments only: a file read without taking actions holds none.
    const auto write = [](QIODevice &out, const rater::exchange::Source &source, const rater::Questionnaire &q) {
        return rater::exchange::writeJson(out, source, q);
    };
    fuzz::checkRoundTrip(read(bytes), write, read);
    return 0;
}
