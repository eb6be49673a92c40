// The desktop app's loading of rater-views, when the library is not there or
// is not the views: the window then says why (see MainWindow::views()).

#include "viewlibrary.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>

TEST_CASE("Loading the views says what is wrong when the library is missing or foreign", "[gui]")
{
    // Beside this program there is no rater-views; in the installed place
    // (fake-views/ here) there is a library of that name without the views.
    REQUIRE_FALSE(QDir(QCoreApplication::applicationDirPath()).exists(QStringLiteral("rater-views.so")));
    const auto library = rater::gui::viewLibrary();
    REQUIRE_FALSE(library.hasValue());
    INFO(library.error().toStdString());
    CHECK(library.error().startsWith(QStringLiteral("The results and the other tabs cannot be shown: ")));
    CHECK(library.error().contains(QStringLiteral("fake-views/rater-views.so has no views in it")));
    // Asking again gives the same answer, without trying again.
    CHECK(rater::gui::viewLibrary().error() == library.error());
}
