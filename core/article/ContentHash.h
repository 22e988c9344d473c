#pragma once

#include "article/Article.h"

#include <QByteArray>
#include <QString>

// The SHA-256 that identifies an article's content: its body, every metadata field and its
// images (their bytes, type, size and texts). Revisions store it, approvals bind to it, bundles
// carry it; everyone computes it here and nowhere else.
//
// What is hashed is canonicalBytes(): a compact JSON object with sorted keys (as QJsonDocument
// writes it), UTF-8:
//   {"body":…, "format":"newsroom-content-1", "images":[{…}], "metadata":{…}}
// Empty and unset fields are left out, so adding an optional field to the article later leaves
// the hashes of existing content unchanged. Images appear in article order with the SHA-256 of
// their bytes, not the bytes. Status, version, ids of revisions and times are not content.
class ContentHash
{
public:
    // 64 lower-case hex digits.
    static QString compute(const Article &article);
    static QString compute(const ArticleMetadata &meta, const QString &body,
                           const QList<ArticleImage> &images);

    static QByteArray canonicalBytes(const ArticleMetadata &meta, const QString &body,
                                     const QList<ArticleImage> &images);

    // SHA-256 of an image's bytes, 64 lower-case hex digits (also the key images are stored by).
    static QString imageDigest(const QByteArray &data);
};
