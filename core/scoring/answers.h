#pragma once

#include "expected/expected.h"
#include "questionnaire/questionnaire.h"

#include <QStringView>

#include <optional>
#include <vector>

namespace rater {

// Answers in statement order: answers[0] answers statement 1.
using Answers = std::vector<int>;

// Why a set of answers cannot be scored. `position` is the 1-based number
// of the offending answer, or 0 when the fault is the count itself.
struct AnswerFault
{
    int position = 0;
    QString message;
};

std::optional<AnswerFault> checkAnswers(const Questionnaire &questionnaire, const Answers &answers);

// Reads answers written as numbers separated by commas ("4,2,5,…"). Digits
// may be ASCII, Arabic-Indic (٠–٩) or Persian (۰–۹); the Arabic comma "،"
// separates as well as ",". Spaces around a number are ignored.
Expected<Answers> parseAnswers(QStringView text, const Questionnaire &questionnaire);

// Reads answers typed one digit each, as on a paper form: "41253…", in any
// of the digits Rater reads (i18n/language.h: digitValue), spaces ignored. For
// scales whose points are single digits.
Expected<Answers> parseAnswerDigits(QStringView text, const Questionnaire &questionnaire);

// Reads one whole number written in the digits Rater reads; empty when `text` is
// not one (a sign, a fraction, letters) or does not fit in an int.
std::optional<int> parseLocalizedInt(QStringView text);

} // namespace rater
