#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_DatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { qunsetenv("NEWSROOM_DB"); }

    void defaultIsInTheUsersDataDirectory()
    {
        qunsetenv("NEWSROOM_DB");
        const QString path = DatabaseLocation::defaultPath();
        const QString dataDir
            = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QVERIFY2(path.startsWith(dataDir + u'/'), qPrintable(path));
        QCOMPARE(QFileInfo(path).fileName(), u"newsroom.sqlite"_s);
    }

    void environmentOverridesAndIsMadeAbsolute()
    {
        qputenv("NEWSROOM_DB", "relative/desk.sqlite");
        const QString path = DatabaseLocation::defaultPath();
        QVERIFY(QFileInfo(path).isAbsolute());
        QCOMPARE(path, QDir::current().absoluteFilePath(u"relative/desk.sqlite"_s));
    }

    void parentIsCreatedPrivate()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString db = tmp.filePath(u"a/b/newsroom.sqlite"_s);
        QString error;
        QVERIFY2(DatabaseLocation::ensureParentExists(db, &error), qPrintable(error));
        const QFileInfo parent(tmp.filePath(u"a/b"_s));
        QVERIFY(parent.isDir());
        QCOMPARE(parent.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void unwritableParentIsReported()
    {
        // A file where a folder must go: no user, root included, can create the folder there.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QFile blocker(tmp.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        const QString db = tmp.filePath(u"blocker/x/db.sqlite"_s);
        QVERIFY(!DatabaseLocation::ensureParentExists(db, &error));
        QVERIFY2(error.contains(tmp.filePath(u"blocker/x"_s)), qPrintable(error));
        QVERIFY(QFileInfo(tmp.filePath(u"blocker"_s)).isFile()); // left as it was
    }
};

QTEST_MAIN(tst_DatabaseLocation)
#include "tst_DatabaseLocation.moc"
