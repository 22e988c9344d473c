#pragma once

#include "bundle/BundleFile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

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

    // write() in two steps, for a caller that records the export in a database transaction
    // between them (bundle/Exporter): stage() writes and syncs the temporary sibling, place()
    // renames it into place, discard() removes it when the caller gives up.
    struct Staged
    {
        QString temporary;
        QString target; // absolute
        Format format = Format::Directory;
        bool replaces = false; // a bundle was at the target when staged
    };
    static std::optional<Staged> stage(const BundleFiles &files, const QString &destination,
                                       QString *error);
    static bool place(const Staged &staged, QString *error);
    static void discard(const Staged &staged);

    // Whether the path holds a Newsroom bundle (its signature file is there); for the replace rule.
    static bool isBundle(const QString &path);

    // For tests of kill safety: the temporaries this process (or a dead one) left beside the
    // destination.
    static QStringList temporarySiblings(const QString &destination);
};
