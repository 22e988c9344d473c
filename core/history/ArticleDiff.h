#pragma once

#include "article/Article.h"
#include "history/WordDiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// One metadata field that differs between two versions of an article.
struct FieldChange
{
    QString field; // "headline", "tags", "embargo", "image.altText", … (see ArticleDiff::fields)
    QString subject; // for image fields: which image (its caption, alt text or short id)
    QString before; // as text; empty when absent
    QString after;
    QList<DiffSegment> words; // before → after word by word (for the longer text fields)

    bool operator==(const FieldChange &) const = default;
};

// What changed between two versions of an article: the body word by word (over its plain text,
// blocks on lines of their own) and the metadata field by field. Computed here so that the CLI
// (`newsroom-cli diff`) and the GUI's diff view show the same thing.
struct ArticleDiff
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDiff)

public:
    int fromVersion = 0;
    int toVersion = 0;
    QList<DiffSegment> body;
    // The body's markup changed (bold, a link, a list) while its words did not.
    bool bodyFormattingChanged = false;
    QList<FieldChange> metadata;

    static ArticleDiff compare(const Article &from, const Article &to);

    bool bodyChanged() const { return WordDiff::hasChanges(body) || bodyFormattingChanged; }
    bool isEmpty() const { return !bodyChanged() && metadata.isEmpty(); }
    const FieldChange *field(const QString &name) const;

    // The metadata fields compared, in the order they are reported.
    static QStringList fields();
    // A field's name for people ("Headline", "Image alt text").
    static QString fieldLabel(const QString &field);

    // Plain text for a terminal: metadata changes one a line, then the body with [-deleted-]
    // and {+inserted+} markers.
    QString toText() const;
    QJsonObject toJson() const;
};
