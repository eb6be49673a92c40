#pragma once

#include <QString>

// The settings MainWindow keeps. Stored on users' machines: keep the names.
namespace rater::gui::settingsKeys {

inline const QString recentDatabases = QStringLiteral("recentDatabases");
inline const QString questionnaire = QStringLiteral("questionnaire");
// The organisation store connected to last: never its password.
inline const QString storeHost = QStringLiteral("organisationStore/host");
inline const QString storePort = QStringLiteral("organisationStore/port");
inline const QString storeDatabase = QStringLiteral("organisationStore/database");
inline const QString storeUser = QStringLiteral("organisationStore/user");

// How many databases the File ▸ Open Recent menu remembers.
inline constexpr int recentCount = 8;

} // namespace rater::gui::settingsKeys
