#include "keychain.h"

#include <qt6keychain/keychain.h>

#include <QObject>
#include <QPointer>

namespace rater::gui::keychain {
namespace {

// Under this name the entries show in the keychain's own manager.
const QString service = QStringLiteral("Rater organisation store");

// Starts `job`, and calls `finished` with it when the keychain answered and
// `context` is still there. The job deletes itself afterwards.
void run(QKeychain::Job *job, QObject *context, const std::function<void(QKeychain::Job *)> &finished)
{
    job->setAutoDelete(true);
    // Plain settings are never a stand-in for the keychain.
    job->setInsecureFallback(false);
    const QPointer<QObject> alive(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [alive, finished](QKeychain::Job *done) {
        if (alive)
            finished(done);
    });
    job->start();
}

} // namespace

QString entryName(const organisation::StoreAddress &address)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(address.user, address.host, QString::number(address.port > 0 ? address.port : 5432), address.database);
}

void read(const organisation::StoreAddress &address, QObject *context,
          const std::function<void(const Expected<QString> &)> &done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(entryName(address));
    run(job, context, [done](QKeychain::Job *finished) {
        const auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (reading->error()) {
        case QKeychain::NoError:
            done(reading->textData());
            break;
        case QKeychain::EntryNotFound:
            done(QString());
            break;
        default:
            done(Expected<QString>::failure(reading->errorString()));
        }
    });
}

void write(const organisation::StoreAddress &address, QObject *context, const std::function<void(const Status &)> &done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(entryName(address));
    job->setTextData(address.password);
    run(job, context, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? Status(Done{}) : Status::failure(finished->errorString()));
    });
}

void forget(const organisation::StoreAddress &address, QObject *context, const std::function<void(const Status &)> &done)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(entryName(address));
    run(job, context, [done](QKeychain::Job *finished) {
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(gone ? Status(Done{}) : Status::failure(finished->errorString()));
    });
}

} // namespace rater::gui::keychain
