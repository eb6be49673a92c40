#pragma once

// The rows the import and sync benchmarks time: 40 teams, three languages,
// respondent codes, no workshop.

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QString>

namespace bench {

inline QByteArray makeCsv(int rows)
{
    QByteArray csv = "team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17\n";
    csv.reserve(qsizetype(rows) * 80);
    const char *langs[] = {"en", "ar", "fa"};
    for (int r = 0; r < rows; ++r) {
        csv += "Team " + QByteArray::number(r % 40) + ",p" + QByteArray::number(r % 997) + ",,"
               + QDate(2023, 1, 1).addDays(r % 1200).toString(Qt::ISODate).toLatin1() + ',' + langs[r % 3];
        for (int s = 0; s < 17; ++s)
            csv += ',' + QByteArray::number(1 + (r * 7 + s * 3) % 5);
        csv += '\n';
    }
    return csv;
}

// The same rows, written to `path`; returns the path.
inline QString writeCsv(const QString &path, int rows)
{
    QFile csv(path);
    csv.open(QIODevice::WriteOnly);
    csv.write(makeCsv(rows));
    return path;
}

} // namespace bench
