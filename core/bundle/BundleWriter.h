#pragma once

#include "bundle/BundleFile.h"

#include <QCoreApplication>
#include <QString>

// Puts a bundle on disk as a directory or, when the destination ends in ".zip", as a zip file
// (KZip; images stored, text deflated).
//
// A kill at any moment leaves either the complete bundle or nothing at the destination: the
// bundle is written and synced to a hidden temporary sibling (".NAME.partial-PID-XXXXXX") and
// renamed into place. A zip replaces an existing one with a single rename(2). A directory replaces
// an existing one with renameat2(RENAME_EXCHANGE), which swaps the two atomically; only where the
// file system lacks it (EINVAL) does it fall back to renaming the old one aside first, which leaves
// a window of two renames during which the destination does not exist (the old bundle then sits
// beside it as ".NAME.old-PID-XXXXXX"). Leftover temporaries of dead processes are removed by the
// next write to the same destination.
//
// Only a Newsroom bundle is ever replaced: an existing file or directory at the destination that
// is not one is left alone and the write refused.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    enum class Format { Directory, Zip };

    static Format formatFor(const QString &destination);
    // "<slug>" or "<slug>.zip"
    static QString fileName(const QString &slug, Format format);

    static bool write(const BundleFiles &files, const QString &destination, QString *error);

    // Whether the path holds a Newsroom bundle (its signature file is there); for the replace rule.
    static bool isBundle(const QString &path);

    // For tests of kill safety: the temporaries this process (or a dead one) left beside the
    // destination.
    static QStringList temporarySiblings(const QString &destination);
};
