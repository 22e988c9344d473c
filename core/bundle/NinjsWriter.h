#pragma once

#include "article/Article.h"
#include "bundle/BundleBodyRenderer.h"
#include "bundle/BundleImage.h"

#include <QDateTime>
#include <QJsonObject>

// article.json: the article in IPTC ninjs 3.1 (https://iptc.org/std/ninjs/), valid against
// ninjs-schema_3.1.json. The mapping:
//   uri            urn:uuid:<article id>            type         "text"
//   version        the article's version            firstCreated / versionCreated  created /
//   updated embargoedUntil the embargo, in withheld bundles pubStatus    "usable" or "withheld"
//   language       BCP 47                           headlines    main: headline, sub: lead
//   descriptions   summary: lead, seo: SEO text     bodies       main: text/html, char/word counts
//   by             authors, comma separated         located      dateline place
//   slugline       slug                             subjects     tags (rel "keyword"), section
//                                                                (rel "section")
//   infoSources    the source credit (role "source")
//   renditions     the page (index.html)            associations one "picture" per image with its
//                                                                renditions (href, contentType,
//                                                                width, height, sizeInBytes)
//   copyrightNotice, copyrightHolder                standard     ninjs 3.1
// The editor's note is internal and never leaves the newsroom.
class NinjsWriter
{
public:
    struct Options
    {
        QDateTime exportedAt; // UTC
        bool withheld = false; // an embargoed bundle
        QString copyrightHolder; // the newsroom's publisher, if set
        QString copyrightNotice; // defaults to "© <year> <holder or source>"
        QString pageHref = QStringLiteral("index.html");
    };

    static QJsonObject write(const Article &article, const QList<BundleImage> &images,
                             const BundleBodyRenderer::Result &body, const Options &options);

    static QString copyrightNotice(const Article &article, const Options &options);
};
