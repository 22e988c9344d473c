#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextDocument;

// The article body's one storage format: a small, explicit HTML subset (see BodyAllowlist) that the
// editor's QTextDocument is serialised to and loaded from. serialise(load(x)) == x for every
// canonical x. Anything outside the allowlist that comes in is converted or dropped, never passed
// through, and what was dropped is reported so the user can be told.
class CanonicalBody
{
    Q_DECLARE_TR_FUNCTIONS(CanonicalBody)

public:
    // What sanitising had to drop or convert, in words a press officer understands
    // ("script element", "style attribute", "link to javascript:"), each listed once.
    struct Report {
        QStringList dropped;
        bool isClean() const { return dropped.isEmpty(); }
    };

    // The document's structure as canonical HTML.
    static QString serialise(const QTextDocument &document);

    // Replaces the document's content with the canonical HTML. Input that is not canonical is
    // sanitised first.
    static void load(QTextDocument &document, const QString &html, Report *report = nullptr);

    // Any HTML (a paste from Word, LibreOffice or a web page; an imported bundle; the source view)
    // to canonical HTML.
    static QString sanitise(const QString &html, Report *report = nullptr);

    // The text of a canonical body, blocks separated by newlines (for search and statistics).
    static QString plainText(const QString &canonicalHtml);
};
