#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace rater::reports {

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

// "Reliability: 60%; Assurance: 63%; …", for screen readers.
inline QString describe(const DimensionChartData &data)
{
    QStringList parts;
    for (qsizetype i = 0; i < data.names.size(); ++i)
        parts << data.names.at(i) + QStringLiteral(": ")
                     + data.locale.toString(data.percents[std::size_t(i)], 'f', 0) + data.locale.percent();
    return parts.join(QStringLiteral("; "));
}

} // namespace rater::reports
