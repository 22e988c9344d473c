#include "ArticleDiff.h"

#include "article/CanonicalBody.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

struct FieldName
{
    const char16_t *id;
    const char *label;
};

// QT_TR_NOOP: translated in ArticleDiff::fieldLabel.
const FieldName kFields[] = {
    { u"headline", QT_TRANSLATE_NOOP("ArticleDiff", "Headline") },
    { u"lead", QT_TRANSLATE_NOOP("ArticleDiff", "Lead") },
    { u"slug", QT_TRANSLATE_NOOP("ArticleDiff", "Slug") },
    { u"byline", QT_TRANSLATE_NOOP("ArticleDiff", "Byline") },
    { u"section", QT_TRANSLATE_NOOP("ArticleDiff", "Section") },
    { u"tags", QT_TRANSLATE_NOOP("ArticleDiff", "Tags") },
    { u"dateline", QT_TRANSLATE_NOOP("ArticleDiff", "Dateline") },
    { u"language", QT_TRANSLATE_NOOP("ArticleDiff", "Language") },
    { u"source", QT_TRANSLATE_NOOP("ArticleDiff", "Source") },
    { u"embargo", QT_TRANSLATE_NOOP("ArticleDiff", "Embargo") },
    { u"plannedPublication", QT_TRANSLATE_NOOP("ArticleDiff", "Planned publication") },
    { u"seoDescription", QT_TRANSLATE_NOOP("ArticleDiff", "Search description") },
    { u"editorsNote", QT_TRANSLATE_NOOP("ArticleDiff", "Editor's note") },
    { u"featuredImage", QT_TRANSLATE_NOOP("ArticleDiff", "Featured image") },
    { u"image", QT_TRANSLATE_NOOP("ArticleDiff", "Image") },
    { u"image.caption", QT_TRANSLATE_NOOP("ArticleDiff", "Image caption") },
    { u"image.altText", QT_TRANSLATE_NOOP("ArticleDiff", "Image alt text") },
    { u"image.credit", QT_TRANSLATE_NOOP("ArticleDiff", "Image credit") },
    { u"image.file", QT_TRANSLATE_NOOP("ArticleDiff", "Image file") },
    { u"body", QT_TRANSLATE_NOOP("ArticleDiff", "Body") },
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString imageName(const ArticleImage &image)
{
    if (!image.caption.trimmed().isEmpty())
        return image.caption.trimmed();
    if (!image.altText.trimmed().isEmpty())
        return image.altText.trimmed();
    return image.id.toString(QUuid::WithoutBraces).left(8);
}

QString imageFile(const ArticleImage &image)
{
    return u"%1, %2×%3, SHA-256 %4"_s.arg(image.mimeType)
        .arg(image.pixelSize.width())
        .arg(image.pixelSize.height())
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(image.data, QCryptographicHash::Sha256).toHex().left(12)));
}

QString imageIdText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString opName(DiffSegment::Op op)
{
    switch (op) {
    case DiffSegment::Op::Equal:
        return u"equal"_s;
    case DiffSegment::Op::Delete:
        return u"delete"_s;
    case DiffSegment::Op::Insert:
        return u"insert"_s;
    }
    return {};
}

QJsonArray segmentsToJson(const QList<DiffSegment> &segments)
{
    QJsonArray array;
    for (const DiffSegment &s : segments)
        array.append(QJsonObject { { u"op"_s, opName(s.op) }, { u"text"_s, s.text } });
    return array;
}

} // namespace

QStringList ArticleDiff::fields()
{
    QStringList list;
    for (const FieldName &f : kFields)
        list.append(QString::fromUtf16(f.id));
    return list;
}

QString ArticleDiff::fieldLabel(const QString &field)
{
    for (const FieldName &f : kFields) {
        if (field == QString::fromUtf16(f.id))
            return tr(f.label);
    }
    return field;
}

const FieldChange *ArticleDiff::field(const QString &name) const
{
    for (const FieldChange &c : metadata) {
        if (c.field == name)
            return &c;
    }
    return nullptr;
}

ArticleDiff ArticleDiff::compare(const Article &from, const Article &to)
{
    ArticleDiff d;
    d.fromVersion = from.version;
    d.toVersion = to.version;

    const QString fromText = CanonicalBody::plainText(from.body);
    const QString toText = CanonicalBody::plainText(to.body);
    d.body = WordDiff::compare(fromText, toText);
    d.bodyFormattingChanged = fromText == toText && from.body != to.body;

    auto text
        = [&d](const QString &field, const QString &before, const QString &after, bool words) {
              if (before == after)
                  return;
              FieldChange c { field, {}, before, after, {} };
              if (words)
                  c.words = WordDiff::compare(before, after);
              d.metadata.append(c);
          };
    const ArticleMetadata &a = from.meta;
    const ArticleMetadata &b = to.meta;
    const QString listSeparator = u", "_s;
    text(u"headline"_s, a.headline, b.headline, true);
    text(u"lead"_s, a.lead, b.lead, true);
    text(u"slug"_s, a.slug, b.slug, false);
    text(u"byline"_s, a.byline.join(listSeparator), b.byline.join(listSeparator), false);
    text(u"section"_s, a.section, b.section, false);
    text(u"tags"_s, a.tags.join(listSeparator), b.tags.join(listSeparator), false);
    text(u"dateline"_s, a.dateline, b.dateline, false);
    text(u"language"_s, a.language, b.language, false);
    text(u"source"_s, a.source, b.source, false);
    text(u"embargo"_s, timeText(a.embargo), timeText(b.embargo), false);
    text(u"plannedPublication"_s, timeText(a.plannedPublication), timeText(b.plannedPublication),
         false);
    text(u"seoDescription"_s, a.seoDescription, b.seoDescription, true);
    text(u"editorsNote"_s, a.editorsNote, b.editorsNote, true);
    text(u"featuredImage"_s, imageIdText(a.featuredImage), imageIdText(b.featuredImage), false);

    // Images by id: removed ones in the old order, then added and changed ones in the new order.
    for (const ArticleImage &old : from.images) {
        if (!to.image(old.id))
            d.metadata.append({ u"image"_s, imageName(old), imageFile(old), {}, {} });
    }
    for (const ArticleImage &now : to.images) {
        const ArticleImage *old = from.image(now.id);
        if (!old) {
            d.metadata.append({ u"image"_s, imageName(now), {}, imageFile(now), {} });
            continue;
        }
        const QString name = imageName(now);
        auto imageField = [&](const QString &field, const QString &before, const QString &after) {
            if (before != after)
                d.metadata.append({ field, name, before, after, WordDiff::compare(before, after) });
        };
        imageField(u"image.caption"_s, old->caption, now.caption);
        imageField(u"image.altText"_s, old->altText, now.altText);
        imageField(u"image.credit"_s, old->credit, now.credit);
        if (old->data != now.data || old->mimeType != now.mimeType)
            d.metadata.append({ u"image.file"_s, name, imageFile(*old), imageFile(now), {} });
    }
    return d;
}

QString ArticleDiff::toText() const
{
    if (isEmpty())
        return tr("No differences.") + u'\n';
    QString out;
    for (const FieldChange &c : metadata) {
        QString label = fieldLabel(c.field);
        if (!c.subject.isEmpty())
            label += u" (“"_s + c.subject + u"”)"_s;
        QString change;
        if (!c.words.isEmpty())
            change = WordDiff::toMarkedText(c.words);
        else if (c.before.isEmpty())
            change = u"{+"_s + c.after + u"+}"_s;
        else if (c.after.isEmpty())
            change = u"[-"_s + c.before + u"-]"_s;
        else
            change = u"[-"_s + c.before + u"-] {+"_s + c.after + u"+}"_s;
        out += label + u": "_s + change + u'\n';
    }
    if (WordDiff::hasChanges(body)) {
        if (!out.isEmpty())
            out += u'\n';
        out += fieldLabel(u"body"_s) + u":\n"_s + WordDiff::toMarkedText(body);
        if (!out.endsWith(u'\n'))
            out += u'\n';
    } else if (bodyFormattingChanged) {
        out += tr("Body: the formatting changed; the words are the same.") + u'\n';
    }
    return out;
}

QJsonObject ArticleDiff::toJson() const
{
    QJsonArray meta;
    for (const FieldChange &c : metadata) {
        QJsonObject o { { u"field"_s, c.field },
                        { u"before"_s, c.before },
                        { u"after"_s, c.after } };
        if (!c.subject.isEmpty())
            o.insert(u"subject"_s, c.subject);
        if (!c.words.isEmpty())
            o.insert(u"words"_s, segmentsToJson(c.words));
        meta.append(o);
    }
    return QJsonObject { { u"from"_s, fromVersion },
                         { u"to"_s, toVersion },
                         { u"changed"_s, !isEmpty() },
                         { u"metadata"_s, meta },
                         { u"body_changed"_s, bodyChanged() },
                         { u"body_formatting_changed"_s, bodyFormattingChanged },
                         { u"body"_s, segmentsToJson(body) } };
}
