#pragma once

#include "article/Article.h"
#include "bundle/BundleBodyRenderer.h"
#include "bundle/BundleImage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

// index.html: the article as a standalone HTML5 page that a browser renders harmlessly. The body
// comes from BundleBodyRenderer; everything else on the page is built here from escaped text.
// The page has no script but schema.org NewsArticle JSON-LD (a data block, with <, >, & and the
// line separators escaped as \uXXXX so that no text can close the element), no inline style, no
// event attribute, no URL but relative ones to the bundle's own files and the body's checked
// links, and a Content-Security-Policy that would block scripts, plugins and foreign resources
// even if one slipped through.
class BundleHtmlWriter
{
public:
    static inline const QString StylesheetPath = QStringLiteral("article.css");

    struct Options
    {
        QDateTime published; // UTC, shown in the dateline
        QString copyrightNotice;
        QString publisher; // optional, schema.org publisher
        bool contentSecurityPolicy = true; // off only in tests that prove the page safe without it
    };

    static QByteArray write(const Article &article, const QList<BundleImage> &images,
                            const BundleBodyRenderer::Result &body, const Options &options);

    // The schema.org NewsArticle object of the page.
    static QJsonObject jsonLd(const Article &article, const QList<BundleImage> &images,
                              const BundleBodyRenderer::Result &body, const Options &options);
    // JSON text made safe to sit inside <script type="application/ld+json">.
    static QString scriptSafeJson(const QJsonObject &object);

    // Our stylesheet (resources/bundle/article.css).
    static QByteArray stylesheet();
};
