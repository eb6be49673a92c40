#pragma once

#include "history/history.h"
#include "storage/records.h"

#include <optional>
#include <vector>

namespace rater {

// Did a done action move the dimension it aimed at? The targeted dimension's
// mean in the last period with data that ends before the day the action was
// done, against the first period with data that starts after it, with the
// same 95% interval of the difference the history view uses. The period the
// action was done in belongs to neither side.
struct ActionReview
{
    enum class Kind {
        RealIncrease, // the interval lies above zero
        RealDecrease, // … below zero
        Noise,        // the interval holds zero
        Insufficient, // no period on one side, or one with a single assessment
    };
    struct Side
    {
        Period period;
        int n = 0;
        double mean = 0;
    };
    Kind kind = Kind::Insufficient;
    std::optional<Side> before;
    std::optional<Side> after;
    // The change in the dimension's mean, after less before, and its 95%
    // interval: when both sides are there (the interval when each has two
    // or more assessments).
    std::optional<double> change;
    std::optional<double> low;
    std::optional<double> high;
};

QString reviewKindName(ActionReview::Kind kind); // "real_increase", "real_decrease", "noise", "insufficient"

// `periods`: the team's history in one scheme, oldest first, periods with
// data only (aggregate() gives them); `dimension`: the index of the targeted
// dimension in the questionnaire, or none when the questionnaire has no
// dimension of that id, which leaves the review insufficient.
ActionReview reviewAction(const QDate &doneOn, const std::vector<PeriodStats> &periods,
                          std::optional<std::size_t> dimension);

} // namespace rater
