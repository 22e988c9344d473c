// Publishable bundles (issue 6): N approved corpus articles with images exported as signed zip
// bundles through bundle/Exporter — the very path `newsroom-cli export` takes: checks, ninjs,
// HTML, renditions, manifest, minisign signature, staged write with fsync, rename, the
// approved → published transition and its audit rows — beside `zip -r` of the same files laid
// out as plain directories, one zip per article, timed in the same run. Target: ≤ 2 × zip.

#include "BenchCommon.h"
#include "Benchmarks.h"

#include "bundle/BundleReader.h"
#include "bundle/Exporter.h"
#include "storage/CorpusGenerator.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T> T check(Result<T> r, const QString &what)
{
    if (!r)
        fail(what + u": "_s + r.error().message);
    if constexpr (!std::is_void_v<T>)
        return std::move(r).value();
}

qint64 treeSize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += it.nextFileInfo().size();
    return total;
}

} // namespace

int runBundleBench(const BenchOptions &options)
{
    const QString zipTool = QStandardPaths::findExecutable(u"zip"_s);
    if (zipTool.isEmpty())
        fail(u"the zip tool is missing (package zip)"_s);
    const qint64 count = options.bundleArticles;
    const QString root = QFileInfo(options.path).absolutePath() + u"/bundle-bench"_s;
    QDir(root).removeRecursively();
    const QString dbPath = root + u"/newsroom.sqlite"_s;
    const QString zips = root + u"/zips"_s;
    const QString plain = root + u"/plain"_s;
    const QString plainZips = root + u"/plain-zips"_s;
    for (const QString &d : { zips, plain, plainZips }) {
        if (!QDir().mkpath(d))
            fail(u"cannot create "_s + d);
    }

    out() << "\nnewsroom-bench bundles: " << count << " approved corpus articles with images (seed "
          << options.seed << ")\n";
    out().flush();

    // The newsroom: an officer writes, a supervisor approves. Passwords are hashed at the
    // smallest cost: what is measured is the export, not sign-in.
    SqliteStore::Options storeOptions;
    storeOptions.dailyBackup = false;
    std::unique_ptr<SqliteStore> store
        = check(SqliteStore::open(dbPath, storeOptions), u"open "_s + dbPath);
    Workflow workflow(*store, Argon2Cost::insecureForTestsOnly());
    check(workflow.addUser(std::nullopt, u"admin"_s, {}, Role::Admin, "admin-pw"), u"admin"_s);
    const WorkflowSession admin = check(workflow.signIn(u"admin"_s, "admin-pw"), u"sign in"_s);
    check(workflow.addUser(admin, u"anna"_s, {}, Role::Officer, "anna-pw"), u"anna"_s);
    check(workflow.addUser(admin, u"boris"_s, {}, Role::Supervisor, "boris-pw"), u"boris"_s);
    const WorkflowSession anna = check(workflow.signIn(u"anna"_s, "anna-pw"), u"sign in"_s);
    const WorkflowSession boris = check(workflow.signIn(u"boris"_s, "boris-pw"), u"sign in"_s);

    CorpusOptions corpus;
    corpus.seed = options.seed;
    corpus.imageShare = 1.0;
    const CorpusGenerator generator(corpus);
    QElapsedTimer setup;
    setup.start();
    QList<QUuid> ids;
    qint64 images = 0;
    for (qint64 i = 0; i < count; ++i) {
        Article a = generator.article(i);
        a.status = ArticleStatus::Draft;
        a.meta.embargo = QDateTime(); // the corpus has past embargoes; submitting refuses them
        images += a.images.size();
        check(workflow.saveArticle(anna, a, 0), u"save"_s);
        check(workflow.perform(anna, a.id, WorkflowAction::Submit), u"submit"_s);
        check(workflow.approve(boris, "boris-pw", a.id), u"approve"_s);
        ids << a.id;
    }
    out() << "  setup (generate, save, submit, approve): "
          << QString::number(double(setup.elapsed()) / 1000.0, 'f', 1) << " s, " << images
          << " images\n";
    out().flush();

    // 1. Our export, zips.
    Exporter exporter(workflow, boris, "boris-pw");
    Exporter::Options exportOptions;
    QList<QString> written;
    QElapsedTimer t;
    const double cpu0 = cpuMs();
    t.start();
    for (const QUuid &id : std::as_const(ids)) {
        Result<Article> a = store->article(id);
        const QString slug = a ? a->meta.slug : id.toString(QUuid::WithoutBraces);
        const Exporter::Outcome o
            = check(exporter.exportArticle(id, Exporter::destinationIn(zips, slug), exportOptions),
                    u"export "_s + slug);
        written << o.path;
    }
    const double exportMs = double(t.nsecsElapsed()) / 1e6;
    const double exportCpuMs = cpuMs() - cpu0;

    // The same files as plain directories (not timed).
    for (const QString &zip : std::as_const(written)) {
        QString why;
        const std::optional<BundleFiles> files = BundleReader::read(zip, &why);
        if (!files)
            fail(why);
        const QString dir = plain + u'/' + QFileInfo(zip).completeBaseName();
        for (const BundleFile &f : *files) {
            const QString p = dir + u'/' + f.path;
            QDir().mkpath(QFileInfo(p).absolutePath());
            QFile file(p);
            if (!file.open(QIODevice::WriteOnly) || file.write(f.data) != f.data.size())
                fail(u"cannot write "_s + p);
        }
    }

    // 2. zip -r of each directory, one zip per article, in one shell loop (no program start of
    // ours counted against zip).
    QProcess shell;
    shell.setWorkingDirectory(plain);
    shell.start(u"sh"_s,
                { u"-c"_s,
                  u"for d in */; do \"$0\" -q -r -X \"$1/${d%/}.zip\" \"$d\" || exit 1; done"_s,
                  zipTool, plainZips });
    t.restart();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        fail(u"zip -r failed: "_s + QString::fromLocal8Bit(shell.readAllStandardError()));
    const double zipMs = double(t.nsecsElapsed()) / 1e6;

    const double ratio = exportMs / zipMs;
    auto ms = [](double v) { return QString::number(v, 'f', 0); };
    out() << "  export as signed zips:   " << ms(exportMs) << " ms wall, " << ms(exportCpuMs)
          << " ms CPU (" << QString::number(exportMs / double(count), 'f', 2)
          << " ms per article), " << QString::number(double(treeSize(zips)) / 1e6, 'f', 1)
          << " MB\n";
    out() << "  zip -r of the same files: " << ms(zipMs) << " ms wall ("
          << QString::number(zipMs / double(count), 'f', 2) << " ms per article), "
          << QString::number(double(treeSize(plainZips)) / 1e6, 'f', 1) << " MB\n";
    out() << "  ratio export / zip -r:    " << QString::number(ratio, 'f', 2)
          << " (target <= 2.00) " << verdict(ratio <= 2.0) << "\n";
    out() << "  (the export also fsyncs every file and directory and commits a transaction per "
             "article; zip -r does neither)\n";
    out().flush();
    if (!options.reuse)
        QDir(root).removeRecursively();
    return 0;
}
