#pragma once

#include "article/Article.h"
#include "bundle/BundleFile.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Turns a bundle (ours: a directory or a zip) or a plain ninjs JSON file into a new draft Article,
// in memory. Import is hostile territory: BundleReader refuses unsafe archives, the bundle must
// verify (manifest hashes and signature), JSON nested deeper than BundleLimits::MaxJsonDepth is
// refused, and NinjsReader sanitises the body and checks images. On refusal nothing is returned
// and nothing anywhere has changed; storing the draft (in one transaction) is the caller's job.
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)

public:
    struct Result
    {
        Article article;
        QStringList notes; // what was left out or changed on the way in
    };

    static std::optional<Result> importPath(const QString &path, QString *error);
    static std::optional<Result> importBundle(const BundleFiles &files, QString *error);
    static std::optional<Result> importNinjs(const QByteArray &json, QString *error);
};
