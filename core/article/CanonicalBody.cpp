#include "CanonicalBody.h"

#include "BodyConverter.h"
#include "BodyDocument.h"
#include "BodyWriter.h"

#include <QTextDocument>
#include <QTextDocumentFragment>

#include <functional>

using namespace Qt::Literals::StringLiterals;

QString CanonicalBody::serialise(const QTextDocument &document)
{
    return BodyWriter::html(BodyDocument::read(document));
}

void CanonicalBody::load(QTextDocument &document, const QString &html, Report *report)
{
    BodyDocument::build(BodyConverter::convert(html, report), document);
}

QString CanonicalBody::sanitise(const QString &html, Report *report)
{
    return BodyWriter::html(BodyConverter::convert(html, report));
}

QString CanonicalBody::plainText(const QString &canonicalHtml)
{
    return BodyWriter::plainText(BodyConverter::convert(canonicalHtml));
}

QTextDocumentFragment CanonicalBody::fragment(const QString &html, Report *report)
{
    QTextDocument document;
    load(document, html, report);
    return QTextDocumentFragment(&document);
}

QString CanonicalBody::fromPlainText(const QString &text)
{
    using namespace BodyModel;
    Document document;
    Inlines paragraph;
    auto flush = [&] {
        if (!paragraph.isEmpty())
            document.append(Block { Block::Kind::Paragraph, 0, paragraph, {}, {}, {} });
        paragraph.clear();
    };
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = normalised.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph.append(Inline { Inline::Kind::LineBreak, {}, {}, {} });
        paragraph.append(Inline { Inline::Kind::Text, line, {}, {} });
    }
    flush();
    normalise(document);
    return BodyWriter::html(document);
}

QStringList CanonicalBody::imageIds(const QString &canonicalHtml)
{
    using namespace BodyModel;
    QStringList ids;
    auto collect = [&ids](const Inlines &inlines) {
        for (const Inline &item : inlines) {
            if (item.kind == Inline::Kind::Image && !ids.contains(item.imageId))
                ids.append(item.imageId);
        }
    };
    std::function<void(const List &)> collectList = [&](const List &list) {
        for (const ListItem &item : list.items) {
            collect(item.content);
            for (const List &sub : item.sublists)
                collectList(sub);
        }
    };
    const Document document = BodyConverter::convert(canonicalHtml);
    for (const Block &block : document) {
        collect(block.content);
        collectList(block.list);
        for (const Inlines &paragraph : block.paragraphs)
            collect(paragraph);
        for (const QList<Cell> &row : block.rows) {
            for (const Cell &cell : row)
                collect(cell.content);
        }
    }
    return ids;
}

bool CanonicalBody::isCanonical(const QString &html)
{
    return sanitise(html) == html;
}
