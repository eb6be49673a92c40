#pragma once

#include "expected/expected.h"

#include <QString>
#include <QUuid>

namespace rater::organisation {

// Where the organisation's PostgreSQL store is, as libpq's URL gives it:
// postgresql://[user[:password]@][host][:port][/dbname][?keyword=value&…].
// What the URL leaves out, libpq takes from its environment (PGHOST, PGUSER,
// PGPASSWORD, ~/.pgpass, a service file) as psql does.
struct StoreAddress
{
    QString host;
    int port = -1; // -1: libpq's default
    QString database;
    QString user;
    QString password; // only when the URL holds one
    QString options;  // further libpq keywords, "k=v;k=v" as QPSQL takes them

    // The URL again, without its password: what messages show.
    QString shown() const;
};

// Whether `text` is meant as a store's address rather than a file's path.
bool isStoreAddress(const QString &text);

// A UUID as the store and bundles write it: lower case, without braces;
// empty for a null one.
QString uuidText(const QUuid &uuid);
// Reads a postgresql:// (or postgres://) URL; says what is wrong with one it cannot read.
Expected<StoreAddress> parseStoreAddress(const QString &text);

} // namespace rater::organisation
