#pragma once

#include <QStringList>
#include <QTextStream>

namespace rater::cli {

// Exit statuses of rater-cli.
enum ExitStatus {
    Success = 0,
    Failure = 1,  // the command ran and found a problem (a damaged database, say)
    BadInput = 2, // the command was refused: bad arguments, answers or files
};

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// Runs rater-cli with `arguments` (the program name first) and returns the exit status.
int run(const QStringList &arguments, Streams streams);

// rater-cli as a program: sets up the application a command needs, then runs it.
int start(int argc, char *argv[]);

} // namespace rater::cli
