#pragma once

#include "article/Article.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

#include <optional>
#include <utility>

// The values the Store interface (storage/Store.h) takes and returns.

// What an explicit save produced.
struct SaveResult
{
    int version = 0; // the new version (= the new revision's number)
    QDateTime savedAt; // UTC
    QString contentHash; // ContentHash::compute of what was saved
    bool created = false; // the save created the article
};

// One stored revision, without its content (Store::articleRevision loads that).
struct RevisionInfo
{
    QUuid articleId;
    int version = 0;
    QDateTime savedAt; // UTC
    QString savedBy;
    QString contentHash;
    ArticleStatus status = ArticleStatus::Draft; // the status when it was saved
    QString headline;
};

// A list row: everything a list view shows, never the body or images.
struct ArticleSummary
{
    QUuid id;
    int version = 0;
    ArticleStatus status = ArticleStatus::Draft;
    QString headline;
    QString lead;
    QString slug;
    QStringList byline;
    QString section;
    QStringList tags;
    QString language;
    QString dateline;
    QDateTime embargo;
    QDateTime plannedPublication;
    QString contentHash;
    QDateTime created;
    QString createdBy;
    QDateTime updated;
    QString updatedBy;
    QDateTime statusChanged;
    QString statusChangedBy;
};

// Which articles. Empty fields do not filter; set ones combine with AND.
struct ArticleFilter
{
    enum class DateField { Updated, Created };

    QList<ArticleStatus> statuses; // any of these
    QString section; // exact
    QString author; // exact name in the byline
    QString createdBy; // exact user name
    QString language; // exact BCP 47 tag
    DateField dateField = DateField::Updated;
    QDateTime from; // inclusive
    QDateTime to; // exclusive

    bool operator==(const ArticleFilter &) const = default;
};

enum class ArticleSort {
    Updated, // then id
    Created, // then id
    Headline, // case-folded (ё = е), then id
    Status, // status name, then updated, then id
    Section, // section, then headline, then id
};

// Where a page ended; pass it back to get the next one (keyset paging: stable under inserts,
// as fast on page 1,000 as on page 1). Opaque to callers.
struct ListCursor
{
    QVariantList key;
    bool operator==(const ListCursor &) const = default;
};

struct ArticleQuery
{
    ArticleFilter filter;
    ArticleSort sort = ArticleSort::Updated;
    bool descending = true;
    int limit = 100; // 1…1000
    std::optional<ListCursor> after; // none = first page
};

struct ArticlePage
{
    QList<ArticleSummary> rows;
    std::optional<ListCursor> next; // set when there may be more rows
};

struct SearchRequest
{
    QString text; // what the user typed: words ("quoted phrases", prefix*) all must match
    ArticleFilter filter; // narrows the hits
    int limit = 20; // 1…500
    int offset = 0;
};

struct SearchHit
{
    ArticleSummary article;
    QString snippet; // plain text around the best match
    QList<std::pair<qsizetype, qsizetype>> highlights; // (position, length) of matches in snippet
    double rank = 0; // lower is better (FTS5/bm25 convention)

    // The snippet with each match wrapped in open/close; with escapeHtml the text is
    // HTML-escaped first (for rich-text labels).
    QString markedSnippet(const QString &open, const QString &close, bool escapeHtml = false) const;
};

// An unsaved editing state kept so that a crash loses at most a few seconds of typing.
struct RecoveryInfo
{
    QUuid articleId;
    QString user;
    int baseVersion = 0; // the version the state was based on (0: never saved)
    int storedVersion = 0; // the article's version now (0: not in the store); > baseVersion
                           // means the article was saved elsewhere since
    QDateTime savedAt;
    QString headline;
};

struct RecoveryState
{
    RecoveryInfo info;
    Article article; // id, version = baseVersion, metadata, body, images as they were
};
