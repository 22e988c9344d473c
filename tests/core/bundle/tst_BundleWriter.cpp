#include "bundle/BundleBuilder.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleVerifier.h"
#include "bundle/BundleWriter.h"

#include "BundleTestSupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace BundleTestSupport;

namespace {

BundleFiles sampleBundle(const QString &headline = {})
{
    Article a = cyrillicArticle();
    if (!headline.isEmpty())
        a.meta.headline = headline;
    const auto files = BundleBuilder::build(request(a, makeKeyPair()), nullptr);
    if (!files)
        qFatal("cannot build the sample bundle");
    return *files;
}

QByteArray fileIn(const BundleFiles &files, const QString &path)
{
    for (const BundleFile &f : files) {
        if (f.path == path)
            return f.data;
    }
    return {};
}

// The child of the kill test: writes the same destination over and over until killed.
int writeLoop(const QString &destination)
{
    const BundleFiles a = sampleBundle(u"Первая версия"_s);
    const BundleFiles b = sampleBundle(u"Вторая версия"_s);
    fputs("ready\n", stdout); // the parent's clock starts now
    fflush(stdout);
    for (quint64 i = 0;; ++i) {
        QString error;
        if (!BundleWriter::write(i % 2 ? b : a, destination, &error)) {
            fprintf(stderr, "write failed: %s\n", qPrintable(error));
            return 1;
        }
    }
}

} // namespace

class tst_BundleWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesADirectory()
    {
        QTemporaryDir dir;
        const BundleFiles files = sampleBundle();
        const QString dest = dir.filePath(u"slug"_s);
        QString error;
        QVERIFY2(BundleWriter::write(files, dest, &error), qPrintable(error));
        for (const BundleFile &f : files) {
            QFile in(dest + u'/' + f.path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QCOMPARE(in.readAll(), f.data);
        }
        QVERIFY(BundleWriter::temporarySiblings(dest).isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList { u"slug"_s });
    }

    void writesAZipThatUnzipAccepts()
    {
        QTemporaryDir dir;
        const BundleFiles files = sampleBundle();
        const QString dest = dir.filePath(u"slug.zip"_s);
        QCOMPARE(BundleWriter::formatFor(dest), BundleWriter::Format::Zip);
        QString error;
        QVERIFY2(BundleWriter::write(files, dest, &error), qPrintable(error));
        const auto back = BundleReader::readZip(dest, &error);
        QVERIFY2(back, qPrintable(error));
        BundleFiles sorted = files;
        std::sort(sorted.begin(), sorted.end(),
                  [](const BundleFile &x, const BundleFile &y) { return x.path < y.path; });
        QCOMPARE(*back, sorted);
        // An independent reader agrees (CRCs, structure).
        QProcess unzip;
        unzip.start(u"unzip"_s, { u"-tq"_s, dest });
        QVERIFY(unzip.waitForFinished(30000));
        QVERIFY2(unzip.exitCode() == 0, unzip.readAllStandardOutput().constData());
        QVERIFY(BundleWriter::isBundle(dest));
    }

    void replacesABundleAsAWhole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("directory") << u"slug"_s;
        QTest::newRow("zip") << u"slug.zip"_s;
    }
    void replacesABundleAsAWhole()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString dest = dir.filePath(name);
        QVERIFY(BundleWriter::write(sampleBundle(u"Старая"_s), dest, nullptr));
        const BundleFiles newer = sampleBundle(u"Новая"_s);
        QString error;
        QVERIFY2(BundleWriter::write(newer, dest, &error), qPrintable(error));
        const auto back = BundleReader::read(dest, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(fileIn(*back, u"index.html"_s), fileIn(newer, u"index.html"_s));
        QCOMPARE(back->size(), newer.size());
        QVERIFY(BundleWriter::temporarySiblings(dest).isEmpty());
    }

    void neverReplacesWhatIsNotABundle()
    {
        QTemporaryDir dir;
        // A folder of the user's.
        const QString folder = dir.filePath(u"Documents"_s);
        QVERIFY(QDir().mkdir(folder));
        QFile keep(folder + u"/thesis.odt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("precious");
        keep.close();
        QString error;
        QVERIFY(!BundleWriter::write(sampleBundle(), folder, &error));
        QVERIFY(error.contains(u"not a Newsroom bundle"_s));
        QVERIFY(QFile::exists(folder + u"/thesis.odt"_s));
        // A zip that is not ours.
        const QString zip = dir.filePath(u"photos.zip"_s);
        RawZip other;
        other.add(RawZip::stored("a.txt", "x"));
        QFile z(zip);
        QVERIFY(z.open(QIODevice::WriteOnly));
        z.write(other.bytes());
        z.close();
        QVERIFY(!BundleWriter::write(sampleBundle(), zip, &error));
        QCOMPARE(QFileInfo(zip).size(), other.bytes().size());
        // A symbolic link.
        const QString link = dir.filePath(u"link"_s);
        QVERIFY(QFile::link(folder, link));
        QVERIFY(!BundleWriter::write(sampleBundle(), link, &error));
        // A folder that does not exist.
        QVERIFY(!BundleWriter::write(sampleBundle(), dir.filePath(u"missing/slug.zip"_s), &error));
        QVERIFY(BundleWriter::temporarySiblings(folder).isEmpty());
    }

    void aKillLeavesTheWholeBundleOrNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("directory") << u"slug"_s;
        QTest::newRow("zip") << u"slug.zip"_s;
    }
    void aKillLeavesTheWholeBundleOrNothing()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString dest = dir.filePath(name);
        int complete = 0;
        int absent = 0;
        int midWrite = 0; // kills that left a temporary beside the destination
        constexpr int rounds = 12;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel); // stdout: "ready"
            child.start(QCoreApplication::applicationFilePath(), { u"--write-loop"_s, dest });
            QVERIFY(child.waitForStarted());
            // Kill it at a random moment once it has built its bundles and started writing;
            // the first round gives it time to finish at least one write.
            QVERIFY(child.waitForReadyRead(60000));
            QThread::msleep(round == 0 ? 500 : QRandomGenerator::global()->bounded(300));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            if (!BundleWriter::temporarySiblings(dest).isEmpty())
                ++midWrite;
            if (!QFileInfo::exists(dest)) {
                ++absent;
                continue;
            }
            const BundleVerifier::Report report = BundleVerifier::verifyPath(dest);
            if (!report.ok())
                QFAIL(qPrintable(report.findings.constFirst().message));
            ++complete;
        }
        qInfo("%d kills (%d in the middle of a write): %d left a complete bundle, %d nothing yet",
              rounds, midWrite, complete, absent);
        QVERIFY(complete > 0);
        // The next write clears what the killed writers left beside the destination.
        QVERIFY(BundleWriter::write(sampleBundle(), dest, nullptr));
        QVERIFY(BundleWriter::temporarySiblings(dest).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--write-loop") == 0) {
        QGuiApplication app(argc, argv);
        return writeLoop(QString::fromLocal8Bit(argv[2]));
    }
    QGuiApplication app(argc, argv);
    tst_BundleWriter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_BundleWriter.moc"
