#include "BundleReader.h"

#include "bundle/BundleLimits.h"
#include "bundle/ZipScanner.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <KCompressionDevice>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Inflates one entry and checks it against what the central directory promised.
std::optional<QByteArray> inflate(QByteArrayView zip, const ZipScanner::Entry &entry,
                                  QString *error)
{
    auto fail = [&](const QString &why) {
        *error = BundleReader::tr("The entry “%1” is refused: %2").arg(entry.name, why);
        return std::nullopt;
    };
    const QByteArrayView compressed = zip.sliced(entry.dataOffset, entry.compressedSize);
    QByteArray data;
    if (entry.method == 0) {
        data = compressed.toByteArray();
    } else {
        QByteArray source = compressed.toByteArray();
        QBuffer buffer(&source);
        buffer.open(QIODevice::ReadOnly);
        KCompressionDevice device(&buffer, false, KCompressionDevice::GZip);
        device.setSkipHeaders(); // raw deflate, as in zip
        if (!device.open(QIODevice::ReadOnly))
            return fail(BundleReader::tr("its data cannot be decompressed."));
        data.reserve(entry.size);
        char chunk[65536];
        for (;;) {
            const qint64 n = device.read(chunk, sizeof chunk);
            if (n < 0)
                return fail(BundleReader::tr("its data cannot be decompressed."));
            if (n == 0)
                break;
            // Never trust the declared size: stop as soon as the data outgrows it.
            if (data.size() + n > entry.size)
                return fail(BundleReader::tr("it is larger than its declared size."));
            data.append(chunk, n);
        }
    }
    if (data.size() != entry.size)
        return fail(BundleReader::tr("it is shorter than its declared size."));
    if (ZipScanner::crc32(data) != entry.crc32)
        return fail(BundleReader::tr("its checksum does not match (the zip file is damaged)."));
    return data;
}

struct DirectoryWalk
{
    QString *error;
    BundleFiles files;
    int entries = 0;
    qint64 total = 0;

    bool fail(const QString &message)
    {
        *error = message;
        return false;
    }

    // Walks the directory open as dirFd; prefix is its path inside the bundle ("" or "images/").
    bool walk(int dirFd, const QByteArray &prefix)
    {
        DIR *dir = ::fdopendir(dirFd);
        if (!dir) {
            ::close(dirFd);
            return fail(BundleReader::tr("Cannot read the folder: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        QList<QByteArray> names;
        while (const dirent *e = ::readdir(dir)) {
            const QByteArray name(e->d_name);
            if (name != "." && name != "..")
                names << name;
        }
        std::sort(names.begin(), names.end());
        bool ok = true;
        for (const QByteArray &name : std::as_const(names)) {
            if (++entries > BundleLimits::MaxEntries) {
                ok = fail(BundleReader::tr("The bundle has more than %1 entries.")
                              .arg(BundleLimits::MaxEntries));
                break;
            }
            const QByteArray raw = prefix + name;
            const auto path = ZipScanner::checkName(raw, error);
            if (!path) {
                ok = false;
                break;
            }
            struct stat st;
            if (::fstatat(::dirfd(dir), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                ok = fail(BundleReader::tr("Cannot read %1.").arg(*path));
                break;
            }
            if (S_ISLNK(st.st_mode)) {
                ok = fail(BundleReader::tr("The entry “%1” is refused: %2")
                              .arg(*path, BundleReader::tr("it is a symbolic link.")));
                break;
            }
            if (S_ISDIR(st.st_mode)) {
                const int fd = ::openat(::dirfd(dir), name.constData(),
                                        O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (fd < 0 || !walk(fd, raw + '/')) {
                    if (fd < 0)
                        fail(BundleReader::tr("Cannot read %1.").arg(*path));
                    ok = false;
                    break;
                }
                continue;
            }
            if (!S_ISREG(st.st_mode)) {
                ok = fail(BundleReader::tr("The entry “%1” is refused: %2")
                              .arg(*path, BundleReader::tr("it is not a regular file.")));
                break;
            }
            if (st.st_size > BundleLimits::MaxEntrySize) {
                ok = fail(BundleReader::tr("The entry “%1” is refused: %2")
                              .arg(*path,
                                   BundleReader::tr("it is larger than %1 MB.")
                                       .arg(BundleLimits::MaxEntrySize / (1024 * 1024))));
                break;
            }
            total += st.st_size;
            if (total > BundleLimits::MaxTotalSize) {
                ok = fail(BundleReader::tr("The bundle is more than %1 MB.")
                              .arg(BundleLimits::MaxTotalSize / (1024 * 1024)));
                break;
            }
            const int fd
                = ::openat(::dirfd(dir), name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
            QFile file;
            if (fd < 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
                if (fd >= 0)
                    ::close(fd);
                ok = fail(BundleReader::tr("Cannot read %1.").arg(*path));
                break;
            }
            // Read at most what stat promised (plus one byte to notice growth).
            const QByteArray data = file.read(st.st_size + 1);
            if (data.size() != st.st_size) {
                ok = fail(BundleReader::tr("%1 changed while it was read.").arg(*path));
                break;
            }
            files.append({ *path, data });
        }
        ::closedir(dir);
        return ok;
    }
};

} // namespace

std::optional<BundleFiles> BundleReader::read(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir())
        return readDirectory(path, error);
    return readZip(path, error);
}

std::optional<BundleFiles> BundleReader::readZip(const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > BundleLimits::MaxTotalSize + 16 * 1024 * 1024) {
        *error = tr("%1 is larger than a bundle may be.").arg(path);
        return std::nullopt;
    }
    const uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
    if (!mapped) {
        *error = tr("%1 is not a zip file.").arg(path);
        return std::nullopt;
    }
    const QByteArrayView zip(reinterpret_cast<const char *>(mapped), file.size());
    const auto entries = ZipScanner::scan(zip, error);
    if (!entries)
        return std::nullopt;
    BundleFiles files;
    for (const ZipScanner::Entry &entry : *entries) {
        if (entry.isDirectory)
            continue;
        const auto data = inflate(zip, entry, error);
        if (!data)
            return std::nullopt;
        files.append({ entry.name, *data });
    }
    std::sort(files.begin(), files.end(),
              [](const BundleFile &a, const BundleFile &b) { return a.path < b.path; });
    return files;
}

std::optional<BundleFiles> BundleReader::readDirectory(const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("Cannot open the folder %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    DirectoryWalk walk { error, {}, 0, 0 };
    if (!walk.walk(fd, QByteArray()))
        return std::nullopt;
    std::sort(walk.files.begin(), walk.files.end(),
              [](const BundleFile &a, const BundleFile &b) { return a.path < b.path; });
    return walk.files;
}
