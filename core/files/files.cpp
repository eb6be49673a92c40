#include "files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace rater::files {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Files)
};

// A file's name in its folder's canonical path; the file need not exist
// (a -wal file, an export's target, a database SQLite has not created yet).
QString canonicalName(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath()).canonicalPath() + u'/' + info.fileName();
}

class OpenDatabases
{
public:
    void add(const QString &path)
    {
        const QString name = canonicalName(path);
        const QMutexLocker lock(&m_mutex);
        m_paths << name;
    }
    void remove(const QString &path)
    {
        const QString name = canonicalName(path);
        const QMutexLocker lock(&m_mutex);
        m_paths.removeOne(name);
    }
    bool contains(const QString &path) const
    {
        // By name, and an existing file by its identity too (a link to it).
        const QString named = canonicalName(path);
        struct stat target{};
        const bool exists = ::stat(QFile::encodeName(path).constData(), &target) == 0;
        const QMutexLocker lock(&m_mutex);
        for (const QString &database : m_paths) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
                if (named == database + QLatin1String(suffix))
                    return true;
            }
            struct stat open{};
            if (exists && ::stat(QFile::encodeName(database).constData(), &open) == 0
                && open.st_dev == target.st_dev && open.st_ino == target.st_ino)
                return true;
        }
        return false;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_paths; // one entry per open connection
};

OpenDatabases &openDatabases()
{
    static OpenDatabases databases;
    return databases;
}

QString inUse(const QString &name)
{
    return Messages::tr("%1 belongs to the Rater database in use; choose another file").arg(name);
}

} // namespace

void claimDatabase(const QString &path)
{
    openDatabases().add(path);
}

void forgetDatabase(const QString &path)
{
    openDatabases().remove(path);
}

bool isOpenDatabaseFile(const QString &path)
{
    return openDatabases().contains(path);
}

Status checkReadable(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(Messages::tr("%1: cannot read the file (there is no such file)").arg(name));
    if (info.isDir())
        return Status::failure(Messages::tr("%1: cannot read the file (it is a folder)").arg(name));
    if (!info.isReadable())
        return Status::failure(Messages::tr("%1: cannot read the file (no permission)").arg(name));
    if (isOpenDatabaseFile(path))
        return Status::failure(inUse(name));
    return Done{};
}

Status checkWritable(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const QString folderName = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists())
        return Status::failure(Messages::tr("%1: cannot write the file; the folder %2 does not exist").arg(name, folderName));
    if (!folder.isDir())
        return Status::failure(Messages::tr("%1: cannot write the file; %2 is not a folder").arg(name, folderName));
    if (info.isDir())
        return Status::failure(Messages::tr("%1: cannot write the file; a folder has that name").arg(name));
    if (isOpenDatabaseFile(path))
        return Status::failure(inUse(name));
    if (info.exists() && !info.isWritable())
        return Status::failure(Messages::tr("%1: cannot write the file; no permission to change it").arg(name));
    if (!folder.isWritable())
        return Status::failure(
            Messages::tr("%1: cannot write the file; no permission to write in the folder %2").arg(name, folderName));
    return Done{};
}

} // namespace rater::files
