#pragma once

#include "expected/expected.h"
#include "storage/publishing.h"

#include <QString>
#include <QUuid>

namespace rater {
class Database;
}

namespace rater::organisation {

// A bundle carries results to the organisation's store from a laptop with no
// network: one line of JSON naming the format, one line per result, and a
// last line with the SHA-256 of every line before it. Written whole or not
// at all; read only after the checksum and every line were found sound, so
// a damaged or altered bundle is refused whole.

// Writes the results of `local` that `store` is not known to hold (every
// result when `store` is null) to `path`, `batch` at a time; the number written.
Expected<qint64> writeBundle(Database &local, const QUuid &store, const QString &path, int batch);

// Whether `path` starts as a bundle does (its first line names the format).
bool isBundle(const QString &path);

// Checks `path` whole, then hands its results to `visit`, `batch` at a time.
Status readBundle(const QString &path, int batch, const storage::PublishingStore::BatchVisit &visit);

} // namespace rater::organisation
