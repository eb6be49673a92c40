#include "printing.h"

#include "organisation/address.h"

#include <catch2/catch.hpp>

using namespace rater::organisation;

TEST_CASE("A store's address is read in libpq's URL forms", "[organisation]")
{
    const auto full = parseStoreAddress(QStringLiteral("postgresql://sara:s%40cret@db.example.org:6432/rater"));
    REQUIRE(full.hasValue());
    CHECK(full->user == QStringLiteral("sara"));
    CHECK(full->password == QStringLiteral("s@cret"));
    CHECK(full->host == QStringLiteral("db.example.org"));
    CHECK(full->port == 6432);
    CHECK(full->database == QStringLiteral("rater"));
    // What messages show never holds the password.
    CHECK(full->shown() == QStringLiteral("postgresql://sara@db.example.org:6432/rater"));

    const auto bare = parseStoreAddress(QStringLiteral("postgres://localhost/org"));
    REQUIRE(bare.hasValue());
    CHECK(bare->user.isEmpty());
    CHECK(bare->password.isEmpty());
    CHECK(bare->port == -1);

    const auto service = parseStoreAddress(QStringLiteral("postgresql:///?service=rater-org&sslmode=require"));
    REQUIRE(service.hasValue());
    CHECK(service->host.isEmpty());
    CHECK(service->options == QStringLiteral("service=rater-org;sslmode=require"));

    const auto socket = parseStoreAddress(QStringLiteral("postgresql:///rater?host=/run/postgresql&port=5433"));
    REQUIRE(socket.hasValue());
    CHECK(socket->host == QStringLiteral("/run/postgresql"));
    CHECK(socket->port == 5433);
    CHECK(socket->options.isEmpty());

    CHECK(isStoreAddress(QStringLiteral("postgresql://x/y")));
    CHECK(isStoreAddress(QStringLiteral("POSTGRES://x/y")));
    CHECK_FALSE(isStoreAddress(QStringLiteral("/home/sara/rater.sqlite")));
}

TEST_CASE("An address that names no database, or is no PostgreSQL URL, is refused with the reason", "[organisation]")
{
    const auto noDatabase = parseStoreAddress(QStringLiteral("postgresql://sara:secret@localhost"));
    REQUIRE_FALSE(noDatabase.hasValue());
    CHECK(noDatabase.error().contains(QStringLiteral("names no database")));
    CHECK_FALSE(noDatabase.error().contains(QStringLiteral("secret")));

    const auto other = parseStoreAddress(QStringLiteral("mysql://localhost/rater"));
    REQUIRE_FALSE(other.hasValue());
    CHECK(other.error().contains(QStringLiteral("is not the address of a PostgreSQL store")));

    const auto semicolon = parseStoreAddress(QStringLiteral("postgresql://h/d?application_name=a%3Bb"));
    REQUIRE_FALSE(semicolon.hasValue());
    CHECK(semicolon.error().contains(QStringLiteral("semicolon")));
}
