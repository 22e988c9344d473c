#include "BundleWriter.h"

#include "bundle/BundleManifest.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <KZip>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool isCompressed(const QString &path)
{
    return path.endsWith(u".jpg") || path.endsWith(u".png") || path.endsWith(u".webp")
        || path.endsWith(u".gif");
}

// ".NAME.partial-PID-RANDOM" / ".NAME.old-PID-RANDOM" beside the destination.
QString siblingName(const QString &destination, const QString &kind)
{
    const QFileInfo info(destination);
    return info.absolutePath() + u"/."_s + info.fileName() + u'.' + kind + u'-'
        + QString::number(::getpid()) + u'-'
        + QString::number(QRandomGenerator::system()->generate(), 36);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

bool removePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}

void removeStaleSiblings(const QString &destination)
{
    const QFileInfo info(destination);
    const QString prefix = u'.' + info.fileName() + u'.';
    const QDir dir(info.absolutePath());
    const QStringList names
        = dir.entryList(QStringList { prefix + u"partial-*"_s, prefix + u"old-*"_s },
                        QDir::AllEntries | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QStringList parts = name.mid(prefix.size()).split(u'-');
        if (parts.size() != 3)
            continue;
        bool ok = false;
        const qint64 pid = parts.at(1).toLongLong(&ok);
        if (ok && !processAlive(pid))
            removePath(dir.filePath(name));
    }
}

bool writeFileSynced(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = BundleWriter::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        *error = BundleWriter::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeDirectory(const BundleFiles &files, const QString &target, QString *error)
{
    if (!QDir().mkdir(target)) {
        *error = BundleWriter::tr("Cannot create the directory %1.").arg(target);
        return false;
    }
    QStringList directories { target };
    for (const BundleFile &file : files) {
        const QString path = target + u'/' + file.path;
        const QString parent = QFileInfo(path).absolutePath();
        if (!directories.contains(parent)) {
            if (!QDir().mkpath(parent)) {
                *error = BundleWriter::tr("Cannot create the directory %1.").arg(parent);
                return false;
            }
            directories << parent;
        }
        if (!writeFileSynced(path, file.data, error))
            return false;
    }
    for (const QString &dir : std::as_const(directories))
        syncPath(dir, true);
    return true;
}

bool writeZip(const BundleFiles &files, const QString &target, QString *error)
{
    {
        KZip zip(target);
        zip.setExtraField(KZip::NoExtraField);
        if (!zip.open(QIODevice::WriteOnly)) {
            *error = BundleWriter::tr("Cannot create %1: %2").arg(target, zip.errorString());
            return false;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const BundleFile &file : files) {
            zip.setCompression(isCompressed(file.path) ? KZip::NoCompression
                                                       : KZip::DeflateCompression);
            if (!zip.writeFile(file.path, file.data, 0100644, QString(), QString(), now, now,
                               now)) {
                *error = BundleWriter::tr("Cannot write %1: %2").arg(target, zip.errorString());
                return false;
            }
        }
        if (!zip.close()) {
            *error = BundleWriter::tr("Cannot write %1: %2").arg(target, zip.errorString());
            return false;
        }
    }
    if (!syncPath(target, false)) {
        *error = BundleWriter::tr("Cannot write %1: %2").arg(target, systemError(errno));
        return false;
    }
    return true;
}

bool replaceDirectory(const QString &temporary, const QString &destination, QString *error)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(destination);
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0) {
        // The old bundle now sits at the temporary name.
        removePath(temporary);
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        *error = BundleWriter::tr("Cannot replace %1: %2").arg(destination, systemError(errno));
        return false;
    }
    const QString aside = siblingName(destination, u"old"_s);
    if (::rename(to.constData(), QFile::encodeName(aside).constData()) != 0) {
        *error = BundleWriter::tr("Cannot replace %1: %2").arg(destination, systemError(errno));
        return false;
    }
    if (::rename(from.constData(), to.constData()) != 0) {
        const int saved = errno;
        ::rename(QFile::encodeName(aside).constData(), to.constData()); // put the old one back
        *error = BundleWriter::tr("Cannot replace %1: %2").arg(destination, systemError(saved));
        return false;
    }
    removePath(aside);
    return true;
}

} // namespace

BundleWriter::Format BundleWriter::formatFor(const QString &destination)
{
    return destination.endsWith(u".zip"_s, Qt::CaseInsensitive) ? Format::Zip : Format::Directory;
}

QString BundleWriter::fileName(const QString &slug, Format format)
{
    return format == Format::Zip ? slug + u".zip"_s : slug;
}

bool BundleWriter::isBundle(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return false;
    if (info.isDir())
        return QFileInfo(path + u'/' + BundleManifest::SignatureFileName).isFile();
    if (!info.isFile())
        return false;
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return false;
    const KArchiveEntry *entry = zip.directory()->entry(BundleManifest::SignatureFileName);
    return entry && entry->isFile();
}

QStringList BundleWriter::temporarySiblings(const QString &destination)
{
    const QFileInfo info(destination);
    const QString prefix = u'.' + info.fileName() + u'.';
    return QDir(info.absolutePath())
        .entryList(QStringList { prefix + u"partial-*"_s, prefix + u"old-*"_s },
                   QDir::AllEntries | QDir::Hidden | QDir::System);
}

bool BundleWriter::write(const BundleFiles &files, const QString &destination, QString *error)
{
    const std::optional<Staged> staged = stage(files, destination, error);
    return staged && place(*staged, error);
}

std::optional<BundleWriter::Staged> BundleWriter::stage(const BundleFiles &files,
                                                        const QString &destination, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QString target = QFileInfo(destination).absoluteFilePath();
    const QFileInfo existing(target);
    const bool exists = existing.exists() || existing.isSymLink();
    const Format format = formatFor(target);
    if (exists) {
        if (existing.isSymLink()) {
            *error = tr("%1 is a symbolic link; not replacing it.").arg(target);
            return std::nullopt;
        }
        if ((format == Format::Zip) != existing.isFile() || !isBundle(target)) {
            *error = tr("%1 already exists and is not a Newsroom bundle; not replacing it.")
                         .arg(target);
            return std::nullopt;
        }
    }
    if (!QFileInfo(existing.absolutePath()).isDir()) {
        *error = tr("The folder %1 does not exist.").arg(existing.absolutePath());
        return std::nullopt;
    }
    removeStaleSiblings(target);

    const QString temporary = siblingName(target, u"partial"_s);
    const bool written = format == Format::Zip ? writeZip(files, temporary, error)
                                               : writeDirectory(files, temporary, error);
    if (!written) {
        removePath(temporary);
        return std::nullopt;
    }
    return Staged { temporary, target, format, exists };
}

bool BundleWriter::place(const Staged &staged, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QString &target = staged.target;
    // What was at the target when staged may have changed since: check again.
    const QFileInfo existing(target);
    const bool exists = existing.exists() || existing.isSymLink();
    if (exists
        && (existing.isSymLink() || (staged.format == Format::Zip) != existing.isFile()
            || !isBundle(target))) {
        *error
            = tr("%1 already exists and is not a Newsroom bundle; not replacing it.").arg(target);
        discard(staged);
        return false;
    }
    bool placed = false;
    if (staged.format == Format::Zip || !exists) {
        // rename(2) replaces a file atomically; for a new directory there is nothing to replace.
        placed = ::rename(QFile::encodeName(staged.temporary).constData(),
                          QFile::encodeName(target).constData())
            == 0;
        if (!placed)
            *error = tr("Cannot move the bundle to %1: %2").arg(target, systemError(errno));
    } else {
        placed = replaceDirectory(staged.temporary, target, error);
    }
    if (!placed) {
        discard(staged);
        return false;
    }
    syncPath(existing.absolutePath(), true);
    return true;
}

void BundleWriter::discard(const Staged &staged)
{
    if (!staged.temporary.isEmpty() && QFileInfo(staged.temporary).exists())
        removePath(staged.temporary);
}
