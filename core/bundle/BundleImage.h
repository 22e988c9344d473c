#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>
#include <QUuid>

// One file of an image in a bundle: the original or a web rendition.
struct BundleImageFile
{
    QString rendition; // "original", "w1200", "w600"
    QString path; // inside the bundle: "images/<sha-256 of the bytes>.<ext>"
    QString mimeType;
    QSize pixelSize;
    QByteArray data;

    bool operator==(const BundleImageFile &) const = default;
};

// An article image as it leaves in a bundle: its texts and its files, the original first, then
// the renditions from the largest to the smallest.
struct BundleImage
{
    QUuid id;
    QString caption;
    QString altText;
    QString credit;
    QList<BundleImageFile> files;

    const BundleImageFile &original() const { return files.constFirst(); }
    // What a page shows by default: the largest rendition, or the original when none was needed.
    const BundleImageFile &display() const { return files.size() > 1 ? files.at(1) : files.at(0); }
};
