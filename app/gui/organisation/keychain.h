#pragma once

// The organisation store's passwords in the system keychain (the Secret
// Service of a Linux desktop, KWallet, …) through QtKeychain: never in
// Rater's settings, nor in any file of Rater's. The keychain answers
// later, so each call hands its answer to `done`, unless `context` is
// gone by then.

#include "expected/expected.h"
#include "organisation/address.h"

#include <functional>

class QObject;

namespace rater::gui::keychain {

// One entry per login and store: "user@host:port/database".
QString entryName(const organisation::StoreAddress &address);

// The password kept for the address's login, empty when none is; a failure
// says why the keychain could not answer.
void read(const organisation::StoreAddress &address, QObject *context,
          const std::function<void(const Expected<QString> &)> &done);
// Keeps the address's password, replacing the one kept before.
void write(const organisation::StoreAddress &address, QObject *context, const std::function<void(const Status &)> &done);
// Forgets the address's password; forgetting one never kept is no failure.
void forget(const organisation::StoreAddress &address, QObject *context, const std::function<void(const Status &)> &done);

} // namespace rater::gui::keychain
