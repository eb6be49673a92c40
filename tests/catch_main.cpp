// Catch2 entry point for the tests that need only QtCore.
#define CATCH_CONFIG_RUNNER
#include "printing.h"

#include "settings/identity.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rater::nameApplication();
    return Catch::Session().run(argc, argv);
}
