#include "BundleImporter.h"

#include "bundle/BundleLimits.h"
#include "bundle/BundleManifest.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleVerifier.h"
#include "bundle/JsonGuard.h"
#include "bundle/NinjsReader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {
std::optional<BundleImporter::Result> fromJson(const QByteArray &json, const QString &what,
                                               const QHash<QString, QByteArray> &files,
                                               QString *error)
{
    const auto doc = JsonGuard::parse(json, what, error, BundleLimits::MaxJsonDepth);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *error = BundleImporter::tr("%1 is not a ninjs object.").arg(what);
        return std::nullopt;
    }
    BundleImporter::Result result;
    auto article = NinjsReader::read(doc->object(), files, error, &result.notes);
    if (!article)
        return std::nullopt;
    result.article = *article;
    return result;
}
} // namespace

std::optional<BundleImporter::Result> BundleImporter::importPath(const QString &path,
                                                                 QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1 does not exist.").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        const auto files = BundleReader::readDirectory(path, error);
        return files ? importBundle(*files, error) : std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK")) {
        file.close();
        const auto files = BundleReader::readZip(path, error);
        return files ? importBundle(*files, error) : std::nullopt;
    }
    if (file.size() > BundleLimits::MaxEntrySize) {
        *error = tr("%1 is larger than %2 MB.")
                     .arg(path)
                     .arg(BundleLimits::MaxEntrySize / (1024 * 1024));
        return std::nullopt;
    }
    const QByteArray json = file.readAll();
    if (!json.trimmed().startsWith('{')) {
        *error = tr("%1 is neither a Newsroom bundle nor a ninjs JSON file.").arg(path);
        return std::nullopt;
    }
    return fromJson(json, info.fileName(), {}, error);
}

std::optional<BundleImporter::Result> BundleImporter::importBundle(const BundleFiles &files,
                                                                   QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const BundleVerifier::Report report = BundleVerifier::verify(files);
    if (!report.ok()) {
        QStringList messages;
        for (const auto &finding : report.findings)
            messages << finding.message;
        *error
            = tr("The bundle does not verify, so it is not imported: %1").arg(messages.join(u' '));
        return std::nullopt;
    }
    QHash<QString, QByteArray> byPath;
    for (const BundleFile &f : files)
        byPath.insert(f.path, f.data);
    return fromJson(byPath.value(u"article.json"_s), u"article.json"_s, byPath, error);
}

std::optional<BundleImporter::Result> BundleImporter::importNinjs(const QByteArray &json,
                                                                  QString *error)
{
    QString dummy;
    return fromJson(json, u"ninjs"_s, {}, error ? error : &dummy);
}
