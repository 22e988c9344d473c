#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Reads a zip file's central directory byte by byte, before any archive library interprets it, and
// refuses what a bundle must never hold: more than BundleLimits::MaxEntries entries; names that are
// not valid UTF-8, absolute, with "..", "." or empty components, backslashes or control
// characters; duplicate names; symbolic links and other non-regular entries; encrypted, zip64 or
// unusually compressed entries; entries over the size limits or compressed more than
// MaxCompressionRatio : 1 (from CompressionRatioFloor up); local headers that disagree with the
// central directory or data that overlaps it. What it returns is safe to hand to KZip.
class ZipScanner
{
    Q_DECLARE_TR_FUNCTIONS(ZipScanner)

public:
    struct Entry
    {
        QString name; // without a trailing slash
        bool isDirectory = false;
        int method = 0; // 0 stored, 8 deflated
        quint32 crc32 = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 dataOffset = 0;
    };

    static std::optional<QList<Entry>> scan(QByteArrayView zip, QString *error);

    // The name rules shared with directory bundles. Returns the decoded name, or nullopt and a
    // message. A trailing slash (a directory entry in a zip) is allowed when allowTrailingSlash.
    static std::optional<QString> checkName(QByteArrayView raw, QString *error,
                                            bool allowTrailingSlash = false);

    static quint32 crc32(QByteArrayView data, quint32 crc = 0);
};
