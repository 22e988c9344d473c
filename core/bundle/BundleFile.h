#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One file of a bundle, by its path inside the bundle ("index.html", "images/….jpg").
struct BundleFile
{
    QString path;
    QByteArray data;

    bool operator==(const BundleFile &) const = default;
};

using BundleFiles = QList<BundleFile>;
