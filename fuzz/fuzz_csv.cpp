// Any bytes as a CSV import: refused with problems or read into records that
// export to CSV and read back the same.

#include "roundtrip.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto read = [](const QByteArray &bytes) {
        return rater::exchange::readCsv(bytes, QStringLiteral("fuzz.csv"), fuzz::raterQuiz());
    };
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkRoundTrip(read(bytes), rater::exchange::writeCsv, read);
    return 0;
}
