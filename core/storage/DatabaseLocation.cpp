#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

QString DatabaseLocation::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("NEWSROOM_DB");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).absoluteFilePath();
    // The organisation/application names are set by both entry points; fall back to a fixed
    // folder so a test or tool that forgot to set them still finds the same file.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(u"newsroom/newsroom.sqlite"_s);
}

bool DatabaseLocation::ensureParentExists(const QString &databasePath, QString *error)
{
    const QFileInfo info(databasePath);
    QDir parent = info.absoluteDir();
    if (parent.exists())
        return true;
    if (!parent.mkpath(u"."_s)) {
        if (error)
            *error = QCoreApplication::translate("DatabaseLocation", "Cannot create the folder %1")
                         .arg(parent.absolutePath());
        return false;
    }
    QFile::setPermissions(parent.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}
