#include "ZipScanner.h"

#include "bundle/BundleLimits.h"

#include <QSet>
#include <QStringDecoder>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kEndRecordSize = 22;
constexpr qsizetype kCentralHeaderSize = 46;
constexpr qsizetype kLocalHeaderSize = 30;

quint16 u16(QByteArrayView d, qsizetype at)
{
    return quint16(quint8(d[at]) | quint8(d[at + 1]) << 8);
}

quint32 u32(QByteArrayView d, qsizetype at)
{
    return quint32(u16(d, at)) | quint32(u16(d, at + 2)) << 16;
}

// Printable form of a raw name for messages, whatever its bytes.
QString shown(QByteArrayView raw)
{
    QString out;
    for (const char c : raw) {
        const auto b = quint8(c);
        if (b >= 0x20 && b < 0x7f)
            out += QLatin1Char(char(b));
        else
            out += u"\\x"_s + QString::number(b, 16).rightJustified(2, u'0');
    }
    return out;
}

} // namespace

quint32 ZipScanner::crc32(QByteArrayView data, quint32 crc)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

std::optional<QString> ZipScanner::checkName(QByteArrayView raw, QString *error,
                                             bool allowTrailingSlash)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("The entry “%1” is refused: %2").arg(shown(raw), why);
        return std::nullopt;
    };
    if (raw.isEmpty())
        return fail(tr("it has no name."));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString name = decoder.decode(raw);
    if (decoder.hasError())
        return fail(tr("its name is not valid UTF-8."));
    if (name.startsWith(u'/') || name.startsWith(u'\\')
        || (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())) {
        return fail(tr("it has an absolute path."));
    }
    if (name.contains(u'\\'))
        return fail(tr("its name contains a backslash."));
    for (const QChar c : std::as_const(name)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return fail(tr("its name contains a control character."));
    }
    if (allowTrailingSlash && name.endsWith(u'/'))
        name.chop(1);
    const QStringList parts = name.split(u'/');
    for (const QString &part : parts) {
        if (part == u"..")
            return fail(tr("its path contains “..”."));
        if (part.isEmpty() || part == u".")
            return fail(tr("its path has an empty or “.” component."));
    }
    return name;
}

std::optional<QList<ZipScanner::Entry>> ZipScanner::scan(QByteArrayView zip, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype size = zip.size();
    if (size < kEndRecordSize)
        return fail(tr("This is not a zip file."));

    // The end record is the last "PK\5\6" whose comment reaches exactly to the end of the file.
    qsizetype end = -1;
    const qsizetype lowest = qMax<qsizetype>(0, size - kEndRecordSize - 0xFFFF);
    for (qsizetype at = size - kEndRecordSize; at >= lowest; --at) {
        if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 5 && zip[at + 3] == 6
            && at + kEndRecordSize + u16(zip, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(tr("This is not a zip file, or it is truncated."));
    if (u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0)
        return fail(tr("Zip files split over several disks are not supported."));
    const quint16 count = u16(zip, end + 10);
    const quint32 directorySize = u32(zip, end + 12);
    const quint32 directoryOffset = u32(zip, end + 16);
    if (count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF)
        return fail(tr("Zip64 archives are not supported: a bundle is never that large."));
    if (u16(zip, end + 8) != count)
        return fail(tr("The zip file's entry counts disagree."));
    if (count > BundleLimits::MaxEntries)
        return fail(tr("The bundle has %1 entries; at most %2 are allowed.")
                        .arg(count)
                        .arg(BundleLimits::MaxEntries));
    if (qint64(directoryOffset) + directorySize > end)
        return fail(tr("The zip file's central directory lies outside the file."));

    QList<Entry> entries;
    QSet<QString> names;
    qint64 total = 0;
    qsizetype at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > end || u32(zip, at) != 0x02014b50)
            return fail(tr("The zip file's central directory is damaged."));
        const int hostSystem = u16(zip, at + 4) >> 8;
        const quint16 flags = u16(zip, at + 8);
        const quint16 method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16);
        const quint32 compressed = u32(zip, at + 20);
        const quint32 uncompressed = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        const quint16 extraLength = u16(zip, at + 30);
        const quint16 commentLength = u16(zip, at + 32);
        const quint32 external = u32(zip, at + 38);
        const quint32 localOffset = u32(zip, at + 42);
        const qsizetype next = at + kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > end)
            return fail(tr("The zip file's central directory is damaged."));
        const QByteArrayView rawName = zip.sliced(at + kCentralHeaderSize, nameLength);

        const auto name = checkName(rawName, error, true);
        if (!name)
            return std::nullopt;
        const QString label = *name;
        auto refuse = [&](const QString &why) {
            return fail(tr("The entry “%1” is refused: %2").arg(label, why));
        };
        const bool isDirectory = rawName.endsWith('/');
        if (hostSystem == 3) { // Unix: the file type is in the upper half of the attributes
            const quint32 type = (external >> 16) & 0170000;
            if (type == 0120000)
                return refuse(tr("it is a symbolic link."));
            if (type != 0 && type != 0100000 && type != 0040000)
                return refuse(tr("it is not a regular file."));
            if ((type == 0040000) != isDirectory && type != 0)
                return refuse(tr("it is not a regular file."));
        }
        if (flags & 0x0001)
            return refuse(tr("it is encrypted."));
        if (method != 0 && method != 8)
            return refuse(tr("it uses an unsupported compression method (%1).").arg(method));
        if (compressed == 0xFFFFFFFF || uncompressed == 0xFFFFFFFF || localOffset == 0xFFFFFFFF)
            return refuse(tr("Zip64 entries are not supported."));
        if (isDirectory && uncompressed != 0)
            return refuse(tr("a directory entry holds data."));
        if (uncompressed > BundleLimits::MaxEntrySize)
            return refuse(tr("it is %1 MB uncompressed; at most %2 MB are allowed.")
                              .arg(qint64(uncompressed) / (1024 * 1024))
                              .arg(BundleLimits::MaxEntrySize / (1024 * 1024)));
        total += uncompressed;
        if (total > BundleLimits::MaxTotalSize)
            return fail(tr("The bundle is more than %1 MB uncompressed.")
                            .arg(BundleLimits::MaxTotalSize / (1024 * 1024)));
        if (uncompressed >= BundleLimits::CompressionRatioFloor
            && qint64(uncompressed)
                > BundleLimits::MaxCompressionRatio * qMax<qint64>(compressed, 1))
            return refuse(tr("it is compressed more than %1 : 1 (a zip bomb?).")
                              .arg(BundleLimits::MaxCompressionRatio));
        if (method == 0 && compressed != uncompressed)
            return refuse(tr("its stored size disagrees with its size."));
        if (names.contains(label))
            return refuse(tr("the name occurs twice."));
        names.insert(label);

        // The local header must tell the same story, and the data must end before the directory.
        const qsizetype local = localOffset;
        if (local + kLocalHeaderSize > directoryOffset || u32(zip, local) != 0x04034b50)
            return refuse(tr("its local header is missing."));
        const quint16 localNameLength = u16(zip, local + 26);
        const quint16 localExtraLength = u16(zip, local + 28);
        const qint64 dataOffset
            = qint64(local) + kLocalHeaderSize + localNameLength + localExtraLength;
        if (u16(zip, local + 8) != method || dataOffset > directoryOffset
            || zip.sliced(local + kLocalHeaderSize, localNameLength) != rawName) {
            return refuse(tr("its local header disagrees with the central directory."));
        }
        if (dataOffset + compressed > directoryOffset)
            return refuse(tr("its data runs past the end of the archive."));

        entries.append({ label, isDirectory, int(method), crc, qint64(compressed),
                         qint64(uncompressed), dataOffset });
        at = next;
    }
    // A file and a directory of the same name, or a file used as a directory, would be ambiguous.
    for (const Entry &e : std::as_const(entries)) {
        QString parent = e.name.section(u'/', 0, -2);
        while (!parent.isEmpty()) {
            for (const Entry &other : std::as_const(entries)) {
                if (!other.isDirectory && other.name == parent)
                    return fail(tr("The entry “%1” is refused: %2")
                                    .arg(e.name, tr("its folder is also a file.")));
            }
            parent = parent.section(u'/', 0, -2);
        }
    }
    return entries;
}
