#pragma once

#include <QCommandLineOption>
#include <QList>

namespace rater::gui {

// The desktop app's own options, read by its parser and listed by its manual
// page (app/manual), so that the two cannot differ.
struct DesktopOptions
{
    DesktopOptions();

    QCommandLineOption database;
    QCommandLineOption demo;
    // For the start-up benchmark: prints the clock when the window is first
    // painted ("painted") and when its data is in ("ready"), then quits. Hidden.
    QCommandLineOption quitAfterFirstPaint;

    QList<QCommandLineOption> all() const { return { database, demo, quitAfterFirstPaint }; }
};

} // namespace rater::gui
