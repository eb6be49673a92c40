#pragma once

// A large Rater database written by SQL in one transaction, so that building
// millions of assessments takes seconds: 40 teams, 2,000 respondents, 200
// workshops of 50, the assessments over 1,400 days from 2023-01-01.

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace bench {

enum class Layout {
    // Stored in the order they were taken, as recording them over the years does.
    DateOrder,
    // Each row a day later than the one before, round the 1,400 days: a
    // quarter's rows lie spread over the whole file, as after merging old files.
    Interleaved,
};

inline bool exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

inline bool buildDatabase(const QString &path, qint64 count, Layout layout = Layout::Interleaved)
{
    auto opened = rater::Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return false;
    }
    const QString day = layout == Layout::Interleaved ? QStringLiteral("i % 1400")
                                                      : QStringLiteral("(i - 1) * 1400 / %1").arg(count);
    QSqlQuery query(opened.value()->connection());
    return exec(query, QStringLiteral("BEGIN"))
           && exec(query, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                                         "INSERT INTO team (name) SELECT 'Team ' || i FROM n"))
           && exec(query, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                         "INSERT INTO respondent (code) SELECT 'p-' || i FROM n"))
           && exec(query, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                                         "INSERT INTO workshop (title, held_on, facilitator, team_id, lang) "
                                         "SELECT 'Workshop ' || i, date('2023-01-01', '+' || (i * 5) || ' days'), "
                                         "'Facilitator', 1 + i % 40, 'en' FROM n"))
           && exec(query, QStringLiteral(
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                              "INSERT INTO assessment (team_id, respondent_id, workshop_id, taken_on, "
                              "questionnaire_id, questionnaire_version, lang, answers, recorded_at) "
                              "SELECT 1 + i % 40, CASE WHEN i % 3 = 0 THEN 1 + i % 2000 END, "
                              "CASE WHEN i <= 10000 THEN 1 + (i - 1) / 50 END, "
                              "date('2023-01-01', '+' || (%2) || ' days'), 'rater', 1, "
                              "CASE i % 3 WHEN 0 THEN 'en' WHEN 1 THEN 'ar' ELSE 'fa' END, "
                              "(1 + i % 5) || ',' || (1 + (i / 5) % 5) || ',3,4,2,5,1,3,4,2,5,1,3,4,2,' || "
                              "(1 + (i / 7) % 5) || ',' || (1 + (i / 11) % 5), '2026-01-01T00:00:00Z' FROM n")
                              .arg(count)
                              .arg(day))
           && exec(query, QStringLiteral("COMMIT"));
}

} // namespace bench
