#include "SqliteStore.h"

#include "article/ArticleJson.h"
#include "storage/DatabaseLocation.h"
#include "storage/Migrations.h"
#include "storage/SearchText.h"
#include "storage/sqlite/SqliteSearchIndex.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QAtomicInt connectionCounter;

QString newConnectionName(const QString &kind)
{
    return u"newsroom-sqlite-%1-%2"_s.arg(kind).arg(connectionCounter.fetchAndAddRelaxed(1));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// A connection for looking at a file before trusting it; removed when done.
class ScratchConnection
{
public:
    enum class Mode {
        Immutable, // reads the file as it is: no locks, no -wal or -shm created
        ReadOnly, // reads through an existing WAL
        ReadWrite, // lets SQLite recover a hot journal
    };

    ScratchConnection(const QString &path, int busyTimeoutMs, Mode mode)
        : m_name(newConnectionName(u"check"_s))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
        if (mode == Mode::Immutable) {
            m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                                 + u"?mode=ro&immutable=1"_s);
            options += u";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s;
        } else {
            m_db.setDatabaseName(path);
            if (mode == Mode::ReadOnly)
                options += u";QSQLITE_OPEN_READONLY"_s;
        }
        m_db.setConnectOptions(options);
    }
    ~ScratchConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QString backupSentence(const QString &databasePath, const QString &backupDirectory)
{
    const QString newest = SqliteBackups::newest(databasePath, backupDirectory);
    if (newest.isEmpty())
        return SqliteStore::tr("There is no backup of it in %1.").arg(backupDirectory);
    return SqliteStore::tr("The newest backup is %1.").arg(newest);
}

StoreError corrupt(const QString &path, const QString &backupDirectory, const QString &what,
                   const QStringList &items = {})
{
    StoreError e;
    e.kind = StoreError::Kind::Corrupt;
    e.path = path;
    e.items = items;
    e.newestBackup = SqliteBackups::newest(path, backupDirectory);
    e.message = what + u' ' + backupSentence(path, backupDirectory);
    return e;
}

StoreError newerSchema(const QString &path, const QString &backupDirectory, int version)
{
    StoreError e;
    e.kind = StoreError::Kind::NewerSchema;
    e.path = path;
    e.newestBackup = SqliteBackups::newest(path, backupDirectory);
    e.message = SqliteStore::tr("The database %1 was written by a newer version of Newsroom "
                                "(schema version %2; this version understands up to %3). It has "
                                "not been changed; open it with the newer Newsroom.")
                    .arg(path)
                    .arg(version)
                    .arg(Migrations::latestVersion());
    return e;
}

// Looks at the file without writing to it: SQLite at all, sound (quick_check, unless the caller
// checks later), ours, not newer than we understand. Returns its schema version (0: new or empty).
Result<int> inspectDatabaseFile(const QString &path, const QString &backupDirectory,
                                int busyTimeoutMs, bool quickCheck = true)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    if (info.isDir()) {
        return StoreError::storage(
            SqliteStore::tr("%1 is a folder, not a Newsroom database.").arg(path));
    }
    if (!SqliteStore::looksLikeSqlite(path)) {
        return corrupt(path, backupDirectory,
                       SqliteStore::tr("%1 is not a Newsroom database: it is not an SQLite file "
                                       "at all. It has not been changed.")
                           .arg(path));
    }

    // Without a WAL or journal beside it the file alone is the database: read it immutable, so
    // that even SQLite creates nothing next to a file that may be a wreck. With one, read
    // through it (committed work may still be in the WAL).
    using Mode = ScratchConnection::Mode;
    const bool sidecar
        = QFileInfo::exists(path + u"-wal"_s) || QFileInfo::exists(path + u"-journal"_s);
    const QList<Mode> modes = sidecar ? QList<Mode> { Mode::ReadOnly, Mode::ReadWrite }
                                      : QList<Mode> { Mode::Immutable };
    for (Mode mode : modes) {
        const bool readOnly = mode != Mode::ReadWrite;
        ScratchConnection scratch(path, busyTimeoutMs, mode);
        QSqlDatabase &db = scratch.db();
        if (!db.open()) {
            return StoreError::storage(SqliteStore::tr("Cannot open the database %1: %2")
                                           .arg(path, db.lastError().text()));
        }
        QString tokenizerError;
        if (!SqliteSearchIndex::registerTokenizer(handleOf(db), &tokenizerError)) {
            return StoreError::storage(
                SqliteStore::tr("Cannot prepare the search of %1: %2").arg(path, tokenizerError));
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Without the check, the schema version read below still proves the file readable.
        if (!q.exec(quickCheck ? u"PRAGMA quick_check"_s : u"SELECT 'ok'"_s)) {
            const int code = primaryCode(q.lastError());
            // A hot journal cannot be rolled back through a read-only connection; SQLite's
            // own recovery is not our write, so look again through a normal one.
            if (readOnly && code == SQLITE_READONLY)
                continue;
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                StoreError e;
                e.kind = StoreError::Kind::Busy;
                e.path = path;
                e.message
                    = SqliteStore::tr("The database %1 is locked by another program.").arg(path);
                return e;
            }
            if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT || code == SQLITE_IOERR) {
                return corrupt(path, backupDirectory,
                               SqliteStore::tr("The database %1 is damaged (%2). It has not "
                                               "been changed.")
                                   .arg(path, q.lastError().databaseText()));
            }
            return StoreError::storage(SqliteStore::tr("Cannot check the database %1: %2")
                                           .arg(path, q.lastError().text()));
        }
        QStringList findings;
        while (q.next())
            findings << q.value(0).toString();
        q.finish();
        if (findings != QStringList { u"ok"_s }) {
            return corrupt(path, backupDirectory,
                           SqliteStore::tr("The database %1 is damaged (%2). It has not been "
                                           "changed.")
                               .arg(path, findings.value(0)),
                           findings);
        }
        Result<int> version = Migrations::currentVersion(db, SqlFlavour::sqlite());
        if (!version) {
            StoreError e = version.error();
            e.path = path;
            return e;
        }
        if (*version > Migrations::latestVersion())
            return newerSchema(path, backupDirectory, *version);
        return *version;
    }
    return StoreError::storage(SqliteStore::tr("Cannot check the database %1.").arg(path));
}

// A WAL database says so in its header (bytes 18 and 19 are 2): opening it writes nothing.
bool isInWalMode(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

struct BackgroundJob
{
    QString path;
    QString backupDirectory;
    int busyTimeoutMs = 0;
    bool dailyBackup = false;
    int keepBackups = 0;
    QDateTime now;
};

SqliteStore::BackgroundCheck runBackgroundCheck(const BackgroundJob &job)
{
    SqliteStore::BackgroundCheck outcome;
    if (Result<int> r = inspectDatabaseFile(job.path, job.backupDirectory, job.busyTimeoutMs); !r) {
        outcome.problem = r.error();
        return outcome;
    }
    if (!job.dailyBackup)
        return outcome;
    if (!SqliteBackups::isDailyDue(job.path, job.backupDirectory, job.now))
        return outcome;
    // VACUUM INTO reads a snapshot: the window's connection keeps working meanwhile.
    ScratchConnection scratch(job.path, job.busyTimeoutMs, ScratchConnection::Mode::ReadOnly);
    QString error;
    if (!scratch.db().open())
        error = scratch.db().lastError().text();
    else if (!SqliteSearchIndex::registerTokenizer(handleOf(scratch.db()), &error))
        error = error.isEmpty() ? SqliteStore::tr("the search tokenizer") : error;
    if (!error.isEmpty()) {
        outcome.backupError = StoreError::storage(
            SqliteStore::tr("Cannot back up the database %1: %2").arg(job.path, error));
        return outcome;
    }
    Result<QString> backup = SqliteBackups::create(scratch.db(), job.path, job.backupDirectory,
                                                   u"daily"_s, job.now, job.keepBackups);
    if (backup)
        outcome.backup = *backup;
    else
        outcome.backupError = backup.error();
    return outcome;
}

// One check per file per process: a second connection (the sign-in's, Switch User's) shares the
// running one, or the one that passed.
QFuture<SqliteStore::BackgroundCheck> startBackgroundCheck(const BackgroundJob &job)
{
    static QMutex mutex;
    static QHash<QString, QFuture<SqliteStore::BackgroundCheck>> checks;
    const QMutexLocker lock(&mutex);
    if (auto it = checks.constFind(job.path); it != checks.constEnd()) {
        if (!it->isFinished() || !it->result().problem)
            return *it;
    }
    auto promise = std::make_shared<QPromise<SqliteStore::BackgroundCheck>>();
    QFuture<SqliteStore::BackgroundCheck> future = promise->future();
    promise->start();
    // The global pool is waited for when the application object goes: no check is cut off
    // half-way by the end of main().
    QThreadPool::globalInstance()->start([promise, job] {
        promise->addResult(runBackgroundCheck(job));
        promise->finish();
    });
    checks.insert(job.path, future);
    return future;
}

} // namespace

bool SqliteStore::looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

SqliteStore::SqliteStore(QSqlDatabase db, QString path, Options options)
    : SqlStore(std::move(db), SqlFlavour::sqlite(), std::move(path))
    , m_options(std::move(options))
{
    m_backupDirectory = m_options.backupDirectory.isEmpty()
        ? SqliteBackups::defaultDirectory(location())
        : QDir(m_options.backupDirectory).absolutePath();
    if (m_options.clock)
        setClock(m_options.clock);
}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path)
{
    return open(path, Options());
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, const Options &options)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString backupDir = options.backupDirectory.isEmpty()
        ? SqliteBackups::defaultDirectory(file)
        : QDir(options.backupDirectory).absolutePath();

    bool checkLater = options.integrityCheck == IntegrityCheck::InBackground;
    Result<int> inspected
        = inspectDatabaseFile(file, backupDir, options.busyTimeoutMs, !checkLater);
    if (!inspected && checkLater && inspected.error().kind != StoreError::Kind::NewerSchema) {
        // Even the header or the schema could not be read: let the full check say what is wrong.
        inspected = inspectDatabaseFile(file, backupDir, options.busyTimeoutMs);
    }
    if (!inspected)
        return inspected.error();
    // A new file has nothing to check; a migration or the switch to WAL would write to a file
    // not yet checked: check it now after all.
    if (checkLater && *inspected == 0)
        checkLater = false;
    if (checkLater && (*inspected < Migrations::latestVersion() || !isInWalMode(file))) {
        checkLater = false;
        inspected = inspectDatabaseFile(file, backupDir, options.busyTimeoutMs);
        if (!inspected)
            return inspected.error();
    }

    const bool isNew = !QFileInfo::exists(file);
    if (isNew) {
        QString error;
        if (!DatabaseLocation::ensureParentExists(file, &error))
            return StoreError::storage(error);
    }

    const QString name = newConnectionName(u"main"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(file);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return StoreError::storage(tr("Cannot open the database %1: %2").arg(file, why));
    }
    if (isNew)
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // From here the store owns the connection and closes it whatever happens.
    std::unique_ptr<SqliteStore> store(new SqliteStore(db, file, options));
    db = QSqlDatabase();
    // Started before anything below could write (a search index rebuild): that write waits.
    if (checkLater) {
        store->m_check
            = startBackgroundCheck({ file, backupDir, options.busyTimeoutMs, options.dailyBackup,
                                     options.keepBackups, store->now() });
    } else {
        store->m_check = QtFuture::makeReadyValueFuture(BackgroundCheck());
        store->m_checkPassed = true;
    }

    QString tokenizerError;
    if (!SqliteSearchIndex::registerTokenizer(store->handle(), &tokenizerError)) {
        return StoreError::storage(
            tr("Cannot prepare the search of %1: %2").arg(file, tokenizerError));
    }

    QSqlQuery q(store->database());
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return StoreError::storage(
            tr("Cannot switch the database %1 to write-ahead logging: %2")
                .arg(file, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString()));
    }
    q.finish();
    // NORMAL in WAL mode: a commit survives a crash of the program (not necessarily of the
    // machine) without an fsync per save. The page cache is sized for a list of 100,000 articles
    // and their search index (32 MiB instead of SQLite's 2 MiB).
    const QStringList pragmas { u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeoutMs),
                                u"PRAGMA cache_size = -32768"_s };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return store->sqlError(q.lastError(), pragma);
        q.finish();
    }

    QSqlDatabase conn = store->database();
    Result<int> version = Migrations::currentVersion(conn, store->flavour());
    if (!version)
        return version.error();
    if (*version > Migrations::latestVersion()) {
        // Upgraded by a newer Newsroom between our look and our open.
        return newerSchema(file, backupDir, *version);
    }
    if (*version < Migrations::latestVersion()) {
        if (*version > 0) {
            const QString reason = u"before-migration-v%1"_s.arg(Migrations::latestVersion());
            if (Result<QString> b = store->backupNow(reason); !b) {
                StoreError e = b.error();
                e.message = tr("The database %1 was not upgraded because it could not be backed "
                               "up first: %2")
                                .arg(file, e.message);
                return e;
            }
        }
        if (Result<void> r
            = Migrations::migrate(conn, store->flavour(), Migrations::latestVersion(),
                                  store->now().toMSecsSinceEpoch());
            !r) {
            StoreError e = r.error();
            e.path = file;
            return e;
        }
    }

    if (Result<void> r = store->ensureSearchIndex(); !r)
        return r.error();

    if (checkLater)
        return store;
    if (options.dailyBackup) {
        if (Result<QString> b = store->backupIfDue(); !b)
            store->m_backupError = b.error();
    }
    return store;
}

Result<void> SqliteStore::beginTransaction()
{
    if (!m_checkPassed && transactionDepth() == 0) {
        // Normally long finished: the check started before the first window was painted.
        m_check.waitForFinished();
        if (const BackgroundCheck outcome = m_check.result(); outcome.problem)
            return *outcome.problem;
        m_checkPassed = true;
    }
    return SqlStore::beginTransaction();
}

sqlite3 *SqliteStore::handle() const
{
    return handleOf(database());
}

QList<SqliteBackups::Backup> SqliteStore::backups() const
{
    return SqliteBackups::list(location(), m_backupDirectory);
}

Result<QString> SqliteStore::backupNow(const QString &reason)
{
    if (transactionDepth() > 0)
        return StoreError::storage(tr("A backup cannot be taken inside a transaction."));
    QSqlDatabase db = database();
    return SqliteBackups::create(db, location(), m_backupDirectory, reason, now(),
                                 m_options.keepBackups);
}

Result<QString> SqliteStore::backupIfDue()
{
    if (!SqliteBackups::isDailyDue(location(), m_backupDirectory, now()))
        return QString();
    return backupNow(u"daily"_s);
}

Result<QStringList> SqliteStore::checkIntegrity(bool full)
{
    Result<Statement> st = prepare(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s);
    if (!st)
        return st.error();
    if (Result<void> r = st->exec(); !r)
        return r.error();
    QStringList findings;
    while (st->next())
        findings << st->value(0).toString();
    if (findings == QStringList { u"ok"_s })
        findings.clear();
    return findings;
}

Result<qint64> SqliteStore::externalChangeCounter()
{
    Result<Statement> st = prepare(u"PRAGMA data_version"_s);
    if (!st)
        return st.error();
    if (Result<void> r = st->exec(); !r)
        return r.error();
    if (!st->next())
        return StoreError::storage(tr("The database did not report its data version."));
    return st->value(0).toLongLong();
}

// ---- Search ----------------------------------------------------------------------------------

Result<void> SqliteStore::ensureSearchIndex()
{
    bool current = false;
    {
        Result<Statement> st
            = prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        if (!st)
            return st.error();
        if (Result<void> r = st->bind(SqliteSearchIndex::tableName()).exec(); !r)
            return r;
        current = st->next() && st->value(0).toString() == SqliteSearchIndex::createTableSql();
    }
    if (current) {
        Result<Statement> st = prepare(u"SELECT v FROM article_search_config WHERE k = 'rank'"_s);
        if (!st)
            return st.error();
        if (Result<void> r = st->exec(); !r)
            return r;
        current = st->next() && st->value(0).toString() == SqliteSearchIndex::rankFunction();
    }
    if (current)
        return {};
    return rebuildSearchIndex();
}

Result<void> SqliteStore::rebuildSearchIndex()
{
    Result<Transaction> tx = transaction();
    if (!tx)
        return tx.error();
    const QStringList statements { u"DROP TABLE IF EXISTS article_search"_s,
                                   SqliteSearchIndex::createTableSql() };
    for (const QString &sql : statements) {
        // Schema statements are not cached: they run once.
        QSqlQuery q(database());
        if (!q.exec(sql))
            return sqlError(q.lastError(), sql);
    }
    {
        QSqlQuery q(database());
        if (!q.prepare(u"INSERT INTO article_search (article_search, rank) VALUES ('rank', ?)"_s))
            return sqlError(q.lastError(), u"rank"_s);
        q.bindValue(0, SqliteSearchIndex::rankFunction());
        if (!q.exec())
            return sqlError(q.lastError(), u"rank"_s);
    }
    QSqlQuery all(database());
    all.setForwardOnly(true);
    if (!all.exec(u"SELECT a.num, a.headline, a.lead, a.tags, r.body FROM articles a "
                  "JOIN revisions r ON r.article_id = a.id AND r.version = a.version"_s))
        return sqlError(all.lastError(), u"rebuild search index"_s);
    while (all.next()) {
        const SearchText::Document text { all.value(1).toString(), all.value(2).toString(),
                                          SearchText::body(all.value(4).toString()),
                                          SearchText::tags(
                                              ArticleJson::listFromText(all.value(3).toString())) };
        if (Result<void> r = indexArticle(all.value(0).toLongLong(), text); !r)
            return r;
    }
    all.finish();
    return tx->commit();
}

Result<void> SqliteStore::indexArticle(qint64 rowKey, const SearchText::Document &text)
{
    Result<Statement> del = prepare(u"DELETE FROM article_search WHERE rowid = ?"_s);
    if (!del)
        return del.error();
    if (Result<void> r = del->bind(rowKey).exec(); !r)
        return r;
    Result<Statement> ins = prepare(
        u"INSERT INTO article_search (rowid, headline, lead, body, tags) VALUES (?, ?, ?, ?, ?)"_s);
    if (!ins)
        return ins.error();
    ins->bind(rowKey);
    ins->bind(SqliteSearchIndex::removeMarkers(text.headline));
    ins->bind(SqliteSearchIndex::removeMarkers(text.lead));
    ins->bind(SqliteSearchIndex::removeMarkers(text.body));
    ins->bind(SqliteSearchIndex::removeMarkers(text.tags));
    return ins->exec();
}

Result<QList<SearchHit>> SqliteStore::search(const SearchRequest &request)
{
    const QString match = SqliteSearchIndex::matchExpression(request.text);
    if (match.isEmpty())
        return StoreError::invalid(tr("Type a word to search for."));
    const SqlText filter = filterConditions(request.filter);
    Result<Statement> st
        = prepare(u"SELECT "_s + summaryColumns()
                  + u", snippet(article_search, -1, ?, ?, ?, 24), article_search.rank "
                    "FROM article_search JOIN articles a ON a.num = article_search.rowid "
                    "WHERE article_search MATCH ?"_s
                  + filter.sql + u" ORDER BY article_search.rank LIMIT ? OFFSET ?"_s);
    if (!st)
        return st.error();
    st->bind(QString(SqliteSearchIndex::openMarker()))
        .bind(QString(SqliteSearchIndex::closeMarker()))
        .bind(u"…"_s)
        .bind(match)
        .bindAll(filter.binds)
        .bind(std::clamp(request.limit, 1, 500))
        .bind(std::max(request.offset, 0));
    if (Result<void> r = st->exec(); !r) {
        StoreError e = r.error();
        if (e.kind == StoreError::Kind::Storage) {
            e.kind = StoreError::Kind::Invalid;
            e.message = tr("Cannot search for “%1”: %2").arg(request.text, e.detail);
        }
        return e;
    }
    QList<SearchHit> hits;
    while (st->next()) {
        hits.append(searchHitFromRow(st->query(), SqliteSearchIndex::openMarker(),
                                     SqliteSearchIndex::closeMarker()));
    }
    return hits;
}

// ---- Restore ---------------------------------------------------------------------------------

Result<QString> SqliteStore::restore(const QString &backupPath, const QString &databasePath)
{
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString backupDir = QFileInfo(backup).absolutePath();
    if (!QFileInfo(backup).isFile() || QFileInfo(backup).size() == 0)
        return StoreError::notFound(tr("There is no backup %1.").arg(backup));
    Result<int> version = inspectDatabaseFile(backup, backupDir, 5000);
    if (!version)
        return version.error();
    if (*version == 0)
        return StoreError::invalid(tr("%1 is an empty database, not a backup.").arg(backup));

    QFile source(backup);
    if (!source.open(QIODevice::ReadOnly))
        return StoreError::storage(tr("Cannot read the backup %1.").arg(backup));
    QString error;
    if (!DatabaseLocation::ensureParentExists(target, &error))
        return StoreError::storage(error);
    QSaveFile copy(target);
    if (!copy.open(QIODevice::WriteOnly))
        return StoreError::storage(tr("Cannot write %1: %2").arg(target, copy.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size()) {
            copy.cancelWriting();
            return StoreError::storage(tr("Cannot copy the backup %1 to %2.").arg(backup, target));
        }
    }

    // The database being replaced stays beside it, WAL and all, openable as it was.
    QString replaced;
    if (QFileInfo::exists(target)) {
        replaced = target + u".replaced-"_s
            + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
        if (!QFile::rename(target, replaced)) {
            copy.cancelWriting();
            return StoreError::storage(tr("Cannot move %1 aside to %2.").arg(target, replaced));
        }
        // A WAL left at the target would be replayed into the restored copy: it must move too.
        for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
            if (QFileInfo::exists(target + suffix)
                && !QFile::rename(target + suffix, replaced + suffix)) {
                copy.cancelWriting();
                QFile::rename(replaced + u"-wal"_s, target + u"-wal"_s);
                QFile::rename(replaced, target);
                return StoreError::storage(
                    tr("Cannot move %1 aside to %2.").arg(target + suffix, replaced + suffix));
            }
        }
    }
    if (!copy.commit()) {
        if (!replaced.isEmpty())
            QFile::rename(replaced, target);
        return StoreError::storage(tr("Cannot write %1: %2").arg(target, copy.errorString()));
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return replaced;
}
