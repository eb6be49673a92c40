#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace rater::gui {

// What the dimension charts draw: names and percents in questionnaire order,
// with the language's locale (digits) and direction.
struct DimensionChartData
{
    QString title;
    QStringList names;
    std::vector<double> percents;
    QLocale locale;
    bool rightToLeft = false;
};

} // namespace rater::gui
