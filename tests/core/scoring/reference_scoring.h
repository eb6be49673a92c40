#pragma once

// An independent statement of the RATER scoring rules, written from the
// specification rather than from the questionnaire file, so that tests can
// check the data-driven core against it.

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace reference {

inline const std::set<int> reverseKeyed = {1, 5, 7, 8, 10, 12, 16};

inline const std::map<std::string, std::vector<int>> dimensionMembers = {
    {"reliability", {6, 7, 12, 13, 14}},
    {"assurance", {8, 9, 10, 15, 16, 17}},
    {"tangibles", {4, 7, 8, 9, 17}},
    {"empathy", {2, 3, 11, 14, 16}},
    {"responsiveness", {1, 4, 5, 7, 13}},
};

struct Result
{
    int total = 0;
    std::string band;
    std::map<std::string, double> mean;
    std::map<std::string, double> percent;
};

inline int itemScore(int statement, int answer)
{
    return reverseKeyed.count(statement) ? 6 - answer : answer;
}

inline Result score(const std::array<int, 17> &answers)
{
    Result r;
    for (int s = 1; s <= 17; ++s)
        r.total += itemScore(s, answers[s - 1]);
    r.band = r.total <= 39 ? "low" : r.total <= 62 ? "middle" : "high";
    for (const auto &[id, members] : dimensionMembers) {
        int sum = 0;
        for (int s : members)
            sum += itemScore(s, answers[s - 1]);
        const double mean = double(sum) / double(members.size());
        r.mean[id] = mean;
        r.percent[id] = (mean - 1.0) / 4.0 * 100.0;
    }
    return r;
}

} // namespace reference
