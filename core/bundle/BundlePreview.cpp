#include "BundlePreview.h"

#include "bundle/BundleBodyRenderer.h"
#include "bundle/BundleHtmlWriter.h"
#include "bundle/ImageRenditions.h"
#include "bundle/NinjsWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

std::optional<BundleFiles> BundlePreview::build(const Article &article, const QDateTime &shownAt,
                                                QString *error)
{
    QList<BundleImage> images;
    for (const ArticleImage &image : article.images) {
        QString why;
        const auto made = ImageRenditions::make(image, &why);
        if (!made) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        images.append(*made);
    }
    const BundleBodyRenderer::Result body
        = BundleBodyRenderer::render(article.body, images, article.meta.language);

    NinjsWriter::Options ninjs;
    ninjs.exportedAt = shownAt.toUTC();
    BundleHtmlWriter::Options page;
    const bool embargoed = article.meta.embargo.isValid() && article.meta.embargo > shownAt;
    page.published = (embargoed ? article.meta.embargo : shownAt).toUTC();
    page.copyrightNotice = NinjsWriter::copyrightNotice(article, ninjs);

    BundleFiles files;
    files.append({ u"index.html"_s, BundleHtmlWriter::write(article, images, body, page) });
    files.append({ BundleHtmlWriter::StylesheetPath, BundleHtmlWriter::stylesheet() });
    QSet<QString> seen;
    for (const BundleImage &image : std::as_const(images)) {
        for (const BundleImageFile &file : image.files) {
            if (!seen.contains(file.path)) {
                seen.insert(file.path);
                files.append({ file.path, file.data });
            }
        }
    }
    return files;
}

QString BundlePreview::write(const Article &article, const QDateTime &shownAt,
                             const QString &directory, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const std::optional<BundleFiles> files = build(article, shownAt, error);
    if (!files)
        return {};
    QDir root(directory);
    if (root.exists())
        return fail(tr("%1 exists already.").arg(QDir::toNativeSeparators(directory)));
    for (const BundleFile &file : *files) {
        const QString path = root.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path)));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.data) != file.data.size()
            || !out.commit())
            return fail(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    }
    return root.filePath(u"index.html"_s);
}
