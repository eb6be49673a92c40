#include "review.h"

using namespace Qt::StringLiterals;

namespace rater {

QString reviewKindName(ActionReview::Kind kind)
{
    switch (kind) {
    case ActionReview::Kind::RealIncrease: return u"real_increase"_s;
    case ActionReview::Kind::RealDecrease: return u"real_decrease"_s;
    case ActionReview::Kind::Noise: return u"noise"_s;
    case ActionReview::Kind::Insufficient: return u"insufficient"_s;
    }
    return {};
}

ActionReview reviewAction(const QDate &doneOn, const std::vector<PeriodStats> &periods,
                          std::optional<std::size_t> dimension)
{
    ActionReview review;
    if (!dimension)
        return review;
    const PeriodStats *before = nullptr;
    const PeriodStats *after = nullptr;
    for (const PeriodStats &p : periods) {
        if (p.period.end < doneOn && *dimension < p.dimensions.size())
            before = &p; // the last such, periods being in time order
        if (p.period.start > doneOn && !after && *dimension < p.dimensions.size())
            after = &p;
    }
    const auto side = [&dimension](const PeriodStats *p) -> std::optional<ActionReview::Side> {
        if (!p)
            return std::nullopt;
        const Summary &s = p->dimensions[*dimension];
        return ActionReview::Side{p->period, s.n, s.mean};
    };
    review.before = side(before);
    review.after = side(after);
    if (!before || !after)
        return review;
    const Change change = compareMeans(before->dimensions[*dimension], after->dimensions[*dimension]);
    review.change = change.difference;
    switch (change.kind) {
    case Change::Kind::SingleAssessment:
        review.kind = ActionReview::Kind::Insufficient;
        break;
    case Change::Kind::WithinNoise:
        review.kind = ActionReview::Kind::Noise;
        break;
    case Change::Kind::Real:
        review.kind = change.difference > 0 ? ActionReview::Kind::RealIncrease : ActionReview::Kind::RealDecrease;
        break;
    }
    if (change.kind != Change::Kind::SingleAssessment) {
        review.low = change.low;
        review.high = change.high;
    }
    return review;
}

} // namespace rater
