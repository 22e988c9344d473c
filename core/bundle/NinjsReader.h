#pragma once

#include "article/Article.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// A ninjs document (ours or anyone's: IPTC's examples, an agency feed) to a new draft Article: the
// reverse of NinjsWriter's mapping, tolerant of what others leave out. The body goes through
// CanonicalBody::sanitise; images come from the bundle's own files (files, by path) — remote
// renditions are never fetched. An image that cannot be read or whose declared size exceeds the
// allocation limit refuses the whole import. What could not be carried over is listed in notes.
class NinjsReader
{
    Q_DECLARE_TR_FUNCTIONS(NinjsReader)

public:
    static std::optional<Article> read(const QJsonObject &ninjs,
                                       const QHash<QString, QByteArray> &files, QString *error,
                                       QStringList *notes);

    // Reads an image's header only: its MIME type and pixel size, refusing what we cannot publish
    // or what would take more memory to decode than BundleLimits::ImageAllocationLimitMiB.
    static std::optional<ArticleImage> inspectImage(const QByteArray &data, QString *error);
};
