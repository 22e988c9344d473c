#pragma once

#include "bundle/BundleImage.h"

#include <QList>
#include <QString>

// The one serialiser of a body that leaves the newsroom (index.html and the ninjs body alike).
// The body is sanitised by CanonicalBody first and then re-emitted element by element from an
// allowlist of its own, so that even a mistake upstream cannot put markup on a published page that
// is not in that list:
//   p h2 h3 h4 strong em u s q blockquote ul ol li table thead tbody tr th td hr br
//   (tables in a <div class="table"> of ours, so that a wide one scrolls on a phone)
//   a[href]      BodyAllowlist::cleanHref's http, https, mailto, tel; web links get
//                rel="noopener noreferrer"
//   img          only image:UUID of the article's own images, emitted as <figure> with the bundle's
//                files (src, srcset, width, height, alt) and a <figcaption> for caption and credit
// No other element, no other attribute (no style, no on*, no class from the input), every text
// and attribute value escaped. An h1 in the body becomes h2 (the page's h1 is the headline).
class BundleBodyRenderer
{
public:
    struct Result
    {
        QString html; // the body's HTML fragment
        QString plainText; // the text without figure captions, blocks separated by newlines
        int wordCount = 0;
        int charCount = 0; // characters of plainText, not counting the newlines between blocks
    };

    static Result render(const QString &body, const QList<BundleImage> &images,
                         const QString &language);
};
