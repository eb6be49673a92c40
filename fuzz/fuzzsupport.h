#pragma once

// What the harnesses share: the application object Qt's SQL drivers and
// translations expect, and a check that stops the fuzzer with a message.

#include "questionnaire/loader.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void startApplication()
{
    static int argc = 1;
    static char name[] = "rater-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace fuzz

// Each harness is one program and includes this header once.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

namespace fuzz {

inline const rater::Questionnaire &raterQuiz()
{
    static const rater::Questionnaire q = rater::loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    return q;
}

// A broken promise (a round trip that changed the data) is a crash to the fuzzer.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "round trip failed: %s\n", what);
        std::abort();
    }
}

} // namespace fuzz
