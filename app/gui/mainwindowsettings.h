#pragma once

#include <QString>

// The settings MainWindow keeps. Stored on users' machines: keep the names.
namespace rater::gui::settingsKeys {

inline const QString recentDatabases = QStringLiteral("recentDatabases");
inline const QString questionnaire = QStringLiteral("questionnaire");

// How many databases the File ▸ Open Recent menu remembers.
inline constexpr int recentCount = 8;

} // namespace rater::gui::settingsKeys
