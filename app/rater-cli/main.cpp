#include "cli.h"

int main(int argc, char *argv[])
{
    return rater::cli::start(argc, argv);
}
