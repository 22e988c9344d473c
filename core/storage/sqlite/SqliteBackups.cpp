#include "SqliteBackups.h"

#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTimeFormat = u"yyyyMMdd-HHmmss-zzz"_s;

QRegularExpression backupPattern(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    return QRegularExpression(u"^"_s + QRegularExpression::escape(base)
                              + u"-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.sqlite$"_s);
}

QString partialSuffix()
{
    return u".partial"_s;
}

} // namespace

QString SqliteBackups::defaultDirectory(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QList<SqliteBackups::Backup> SqliteBackups::list(const QString &databasePath,
                                                 const QString &directory)
{
    QList<Backup> backups;
    const QRegularExpression pattern = backupPattern(databasePath);
    const QDir dir(directory);
    const QFileInfoList files = dir.entryInfoList({ u"*.sqlite"_s }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch m = pattern.match(file.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(m.captured(1), kTimeFormat);
        created.setTimeZone(QTimeZone::UTC);
        backups.append({ file.absoluteFilePath(), created, m.captured(2), file.size() });
    }
    std::sort(backups.begin(), backups.end(),
              [](const Backup &a, const Backup &b) { return a.path > b.path; });
    return backups;
}

bool SqliteBackups::isDailyDue(const QString &databasePath, const QString &directory,
                               const QDateTime &now)
{
    const QList<Backup> existing = list(databasePath, directory);
    return existing.isEmpty() || existing.constFirst().created.addDays(1) <= now;
}

QString SqliteBackups::newest(const QString &databasePath, const QString &directory)
{
    const QList<Backup> backups = list(databasePath, directory);
    return backups.isEmpty() ? QString() : backups.constFirst().path;
}

Result<QString> SqliteBackups::create(QSqlDatabase &db, const QString &databasePath,
                                      const QString &directory, const QString &reason,
                                      const QDateTime &now, int keep)
{
    const QString dirPath = QDir(directory).absolutePath();
    QString error;
    if (!DatabaseLocation::ensureParentExists(QDir(dirPath).filePath(u"x"_s), &error))
        return StoreError::storage(tr("Cannot back up the database: %1").arg(error));

    // Two backups within the same millisecond get successive times: names stay unique and in
    // order.
    QDateTime stamp = now.toUTC();
    QString target;
    for (;;) {
        const QString name = QFileInfo(databasePath).completeBaseName() + u'-'
            + stamp.toString(kTimeFormat) + u'-' + reason + u".sqlite"_s;
        target = QDir(dirPath).filePath(name);
        if (!QFileInfo::exists(target))
            break;
        stamp = stamp.addMSecs(1);
    }
    const QString partial = target + partialSuffix();
    QFile::remove(partial);

    QSqlQuery q(db);
    if (!q.prepare(u"VACUUM INTO ?"_s)) {
        return StoreError::storage(
            tr("Cannot back up the database to %1: %2").arg(target, q.lastError().text()));
    }
    q.bindValue(0, partial);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        QFile::remove(partial);
        return StoreError::storage(tr("Cannot back up the database to %1: %2").arg(target, why));
    }
    q.finish();
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return StoreError::storage(tr("Cannot back up the database to %1.").arg(target));
    }
    rotate(databasePath, dirPath, keep);
    return target;
}

void SqliteBackups::rotate(const QString &databasePath, const QString &directory, int keep)
{
    const QList<Backup> backups = list(databasePath, directory);
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
    // A backup interrupted by a crash leaves its temporary file behind. (A young one may be
    // another process's backup in progress.)
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QFileInfoList partials
        = QDir(directory).entryInfoList({ base + u"-*.sqlite"_s + partialSuffix() }, QDir::Files);
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &file : partials) {
        if (file.lastModified().toUTC() < stale)
            QFile::remove(file.absoluteFilePath());
    }
}
