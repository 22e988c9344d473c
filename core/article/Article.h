#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUuid>

// The workflow states of an article (see workflow/TransitionTable). Stored as their text names.
enum class ArticleStatus {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Published,
    Archived,
};

// "draft", "in_review", "changes_requested", "approved", "published", "archived".
QString statusName(ArticleStatus status);
// Returns false for an unknown name.
bool statusFromName(const QString &name, ArticleStatus *status);
QList<ArticleStatus> allStatuses();

// An image stored with its article (as a blob in the database). The body refers to it by id:
// <img src="image:{id without braces}" alt="…">.
struct ArticleImage {
    QUuid id;
    QByteArray data;     // the original file, unchanged
    QString mimeType;    // "image/jpeg", "image/png", "image/webp", "image/gif"
    QSize pixelSize;
    QString caption;
    QString altText;
    QString credit;

    bool operator==(const ArticleImage &) const = default;
};

// Everything about an article except its body.
struct ArticleMetadata {
    QString headline;
    QString lead;          // standfirst
    QString slug;
    QStringList byline;    // one or more authors, display names
    QString section;
    QStringList tags;
    QString dateline;      // place, e.g. "Kopyl"
    QString language;      // BCP 47: "ru", "be", "en"
    QString source;        // source / credit, e.g. "BelTA"
    QDateTime embargo;     // UTC; invalid = none
    QDateTime plannedPublication; // UTC; invalid = none
    QString seoDescription;
    QString editorsNote;
    QUuid featuredImage;   // one of the article's images, or null

    bool operator==(const ArticleMetadata &) const = default;
};

struct Article {
    QUuid id;
    int version = 0;       // bumped by every explicit save; 0 = never saved
    ArticleStatus status = ArticleStatus::Draft;
    ArticleMetadata meta;
    QString body;          // canonical HTML (article/CanonicalBody)
    QList<ArticleImage> images;

    QDateTime created;     // UTC
    QString createdBy;     // user name
    QDateTime updated;     // UTC
    QString updatedBy;

    const ArticleImage *image(const QUuid &imageId) const;
};
