// Any bytes as a questionnaire file: the loader refuses or loads, never
// crashes, and what it loads can be scored at both ends of its scale.

#include "fuzzsupport.h"

#include "scoring/scoring.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const rater::Expected<rater::Questionnaire> loaded = rater::parseQuestionnaire(bytes, QStringLiteral("fuzz.json"));
    if (!loaded)
        return 0;
    for (const int answer : {loaded->scaleMin(), loaded->scaleMax()}) {
        const rater::Answers answers(std::size_t(loaded->statementCount()), answer);
        const auto scored = rater::score(*loaded, answers);
        fuzz::require(scored.hasValue(), "a loaded questionnaire scores answers within its scale");
        fuzz::require(scored->total >= scored->minTotal && scored->total <= scored->maxTotal,
                      "a total lies between the lowest and highest possible");
    }
    return 0;
}
