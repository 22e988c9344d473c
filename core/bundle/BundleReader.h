#pragma once

#include "bundle/BundleFile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a bundle from a directory or a zip file into memory, refusing hostile input before it is
// interpreted (see ZipScanner for zips; directories get the same name rules and limits, and any
// symbolic link, device, socket or pipe inside them is refused). Nothing is ever extracted to
// disk: a refused bundle leaves no trace.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    static std::optional<BundleFiles> read(const QString &path, QString *error);
    static std::optional<BundleFiles> readZip(const QString &path, QString *error);
    static std::optional<BundleFiles> readDirectory(const QString &path, QString *error);
};
