#pragma once

#include "article/Article.h"

#include <QJsonObject>
#include <QJsonValue>

// Articles as JSON: how revisions and recovery slots keep metadata, and what
// `newsroom-cli article show --json` prints. Keys are camelCase and stable (scripts read them);
// times are ISO 8601 UTC with milliseconds or null; unknown keys are ignored when reading.
class ArticleJson
{
public:
    static QJsonObject metadataToJson(const ArticleMetadata &meta);
    static ArticleMetadata metadataFromJson(const QJsonObject &json);

    // An image without its bytes: id, mimeType, width, height, caption, altText, credit, plus
    // byteSize and sha256 of the bytes.
    static QJsonObject imageToJson(const ArticleImage &image);

    // Everything about the article (images without bytes): id, version, status, the metadata keys,
    // body (when withBody), images, created, createdBy, updated, updatedBy, contentHash.
    static QJsonObject toJson(const Article &article, bool withBody = true);

    static QJsonValue timeToJson(const QDateTime &time);
    static QDateTime timeFromJson(const QJsonValue &value);

    // Compact JSON text of a string list, and back (lists kept in a single column).
    static QString listToText(const QStringList &list);
    static QStringList listFromText(const QString &text);
};
