#include "Migrations.h"

#include "article/ArticleJson.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

StoreError sqlFailure(const QSqlError &e, const QString &what)
{
    return StoreError::storage(
        Migrations::tr("Could not update the database schema (%1): %2").arg(what, e.text()),
        e.text());
}

Result<void> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    // Schema statements carry no data and PostgreSQL cannot PREPARE them: run them as they are.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return sqlFailure(q.lastError(), sql.left(60));
        return {};
    }
    if (!q.prepare(sql))
        return sqlFailure(q.lastError(), sql.left(60));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return sqlFailure(q.lastError(), sql.left(60));
    return {};
}

// v3: the byline is kept as a JSON list on the article; filtering by author needs one row per
// name.
Result<void> fillArticleAuthors(QSqlDatabase &db)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(u"SELECT id, byline FROM articles"_s))
        return sqlFailure(select.lastError(), u"article_authors"_s);
    QSqlQuery insert(db);
    if (!insert.prepare(
            u"INSERT INTO article_authors (article_id, position, author) VALUES (?, ?, ?)"_s))
        return sqlFailure(insert.lastError(), u"article_authors"_s);
    while (select.next()) {
        const QString id = select.value(0).toString();
        const QStringList byline = ArticleJson::listFromText(select.value(1).toString());
        for (int i = 0; i < byline.size(); ++i) {
            insert.bindValue(0, id);
            insert.bindValue(1, i);
            insert.bindValue(2, byline.at(i));
            if (!insert.exec())
                return sqlFailure(insert.lastError(), u"article_authors"_s);
        }
    }
    return {};
}

QList<MigrationStep> buildSteps()
{
    QList<MigrationStep> steps;

    steps.append(
        { 1,
          u"articles, revisions and images"_s,
          {
              uR"(CREATE TABLE articles (
    num {{AUTO_PK}},
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    headline TEXT NOT NULL,
    headline_key TEXT NOT NULL,
    lead TEXT NOT NULL,
    slug TEXT NOT NULL,
    byline TEXT NOT NULL,
    section TEXT NOT NULL,
    tags TEXT NOT NULL,
    language TEXT NOT NULL,
    dateline TEXT NOT NULL,
    embargo_at BIGINT,
    planned_at BIGINT,
    content_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    status_changed_at BIGINT NOT NULL,
    status_changed_by TEXT NOT NULL))"_s,
              u"CREATE UNIQUE INDEX articles_slug ON articles (slug) WHERE slug <> ''"_s,
              u"CREATE INDEX articles_updated ON articles (updated_at, id)"_s,
              u"CREATE INDEX articles_created ON articles (created_at, id)"_s,
              u"CREATE INDEX articles_headline ON articles (headline_key, id)"_s,
              u"CREATE INDEX articles_status ON articles (status, updated_at, id)"_s,
              u"CREATE INDEX articles_section ON articles (section, updated_at, id)"_s,
              u"CREATE INDEX articles_language ON articles (language, updated_at, id)"_s,
              u"CREATE INDEX articles_created_by ON articles (created_by, updated_at, id)"_s,
              uR"(CREATE TABLE revisions (
    article_id TEXT NOT NULL REFERENCES articles (id),
    version INTEGER NOT NULL,
    saved_at BIGINT NOT NULL,
    saved_by TEXT NOT NULL,
    status TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    headline TEXT NOT NULL,
    metadata TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (article_id, version)))"_s,
              uR"(CREATE TABLE image_blobs (
    sha256 TEXT PRIMARY KEY,
    byte_size BIGINT NOT NULL,
    data {{BLOB}} NOT NULL))"_s,
              uR"(CREATE TABLE revision_images (
    article_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    position INTEGER NOT NULL,
    image_id TEXT NOT NULL,
    blob_sha256 TEXT NOT NULL REFERENCES image_blobs (sha256),
    mime_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    caption TEXT NOT NULL,
    alt_text TEXT NOT NULL,
    credit TEXT NOT NULL,
    PRIMARY KEY (article_id, version, position),
    FOREIGN KEY (article_id, version) REFERENCES revisions (article_id, version)))"_s,
              u"CREATE INDEX revision_images_blob ON revision_images (blob_sha256)"_s,
          },
          {} });

    steps.append(
        { 2,
          u"recovery slots"_s,
          {
              uR"(CREATE TABLE recovery_slots (
    article_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    saved_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    headline TEXT NOT NULL,
    metadata TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (article_id, user_name)))"_s,
              u"CREATE INDEX recovery_slots_user ON recovery_slots (user_name, saved_at)"_s,
              uR"(CREATE TABLE recovery_images (
    article_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    image_id TEXT NOT NULL,
    blob_sha256 TEXT NOT NULL REFERENCES image_blobs (sha256),
    mime_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    caption TEXT NOT NULL,
    alt_text TEXT NOT NULL,
    credit TEXT NOT NULL,
    PRIMARY KEY (article_id, user_name, position),
    FOREIGN KEY (article_id, user_name) REFERENCES recovery_slots (article_id, user_name)
        ON DELETE CASCADE))"_s,
              u"CREATE INDEX recovery_images_blob ON recovery_images (blob_sha256)"_s,
          },
          {} });

    steps.append(
        { 3,
          u"byline authors for filtering"_s,
          {
              uR"(CREATE TABLE article_authors (
    article_id TEXT NOT NULL REFERENCES articles (id),
    position INTEGER NOT NULL,
    author TEXT NOT NULL,
    PRIMARY KEY (article_id, position)))"_s,
              u"CREATE INDEX article_authors_author ON article_authors (author, article_id)"_s,
          },
          fillArticleAuthors });

    steps.append(
        { 4,
          u"users, signing keys, review comments, approvals, audit log and settings"_s,
          {
              // roles: "officer,supervisor"; public_key/sealed_key: the current Ed25519 key
              // (workflow/KeyVault's sealed form), NULL until the user is a supervisor.
              uR"(CREATE TABLE users (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT NOT NULL,
    public_key {{BLOB}},
    sealed_key TEXT,
    created_at BIGINT NOT NULL))"_s,
              // Every public key a supervisor ever had, so that past approvals still verify.
              uR"(CREATE TABLE signing_keys (
    num {{AUTO_PK}},
    user_name TEXT NOT NULL REFERENCES users (name),
    public_key {{BLOB}} NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT))"_s,
              uR"(CREATE TABLE comments (
    num {{AUTO_PK}},
    article_id TEXT NOT NULL REFERENCES articles (id),
    parent_num BIGINT REFERENCES comments (num),
    author TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    text TEXT NOT NULL,
    quote TEXT NOT NULL,
    quote_before TEXT NOT NULL,
    quote_after TEXT NOT NULL,
    quote_offset INTEGER NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0,
    resolved_at BIGINT,
    resolved_by TEXT))"_s,
              u"CREATE INDEX comments_article ON comments (article_id, num)"_s,
              uR"(CREATE TABLE approvals (
    num {{AUTO_PK}},
    article_id TEXT NOT NULL REFERENCES articles (id),
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    supervisor TEXT NOT NULL,
    approved_at BIGINT NOT NULL,
    public_key {{BLOB}} NOT NULL,
    signature {{BLOB}} NOT NULL,
    voided INTEGER NOT NULL DEFAULT 0,
    voided_at BIGINT,
    voided_reason TEXT))"_s,
              u"CREATE INDEX approvals_article ON approvals (article_id, num)"_s,
              // Append-only; each row hashes the one before (workflow/AuditChain).
              uR"(CREATE TABLE audit_log (
    sequence BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    previous_hash {{BLOB}} NOT NULL,
    hash {{BLOB}} NOT NULL))"_s,
              uR"(CREATE TABLE newsroom_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL))"_s,
          },
          {} });

    steps.append({ 5,
                   u"the review queue in submission order"_s,
                   {
                       // The queue lists articles in review oldest submission first; without
                       // this, 8,000 of them in a 100,000-article newsroom were sorted at every
                       // refresh (0.13 s, and the page cache filled with their rows).
                       u"CREATE INDEX articles_review_queue ON articles "
                       "(status, status_changed_at, num)"_s,
                   },
                   {} });

    // Append new steps here.

    for (int i = 0; i < steps.size(); ++i)
        Q_ASSERT_X(steps.at(i).version == i + 1, "Migrations", "versions must be 1, 2, 3, …");
    return steps;
}

} // namespace

const QList<MigrationStep> &Migrations::steps()
{
    static const QList<MigrationStep> list = buildSteps();
    return list;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Result<int> Migrations::currentVersion(QSqlDatabase &db, const SqlFlavour &flavour)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(flavour.tableExists))
        return sqlFailure(q.lastError(), u"schema_migrations"_s);
    q.bindValue(0, u"schema_migrations"_s);
    if (!q.exec())
        return sqlFailure(q.lastError(), u"schema_migrations"_s);
    if (!q.next()) {
        q.finish();
        if (!q.exec(flavour.countUserTables) || !q.next())
            return sqlFailure(q.lastError(), u"tables"_s);
        if (q.value(0).toInt() > 0) {
            return StoreError::invalid(
                tr("%1 is a database of some other program, not a Newsroom database.")
                    .arg(db.databaseName()));
        }
        return 0;
    }
    q.finish();
    if (!q.exec(u"SELECT MAX(version) FROM schema_migrations"_s) || !q.next())
        return sqlFailure(q.lastError(), u"schema_migrations"_s);
    return q.value(0).toInt();
}

Result<void> Migrations::migrate(QSqlDatabase &db, const SqlFlavour &flavour, int targetVersion,
                                 qint64 appliedAtMs)
{
    Result<int> current = currentVersion(db, flavour);
    if (!current)
        return current.error();
    if (targetVersion > latestVersion() || targetVersion < *current) {
        return StoreError::invalid(tr("Cannot migrate the database from version %1 to %2.")
                                       .arg(*current)
                                       .arg(targetVersion));
    }
    for (const MigrationStep &step : steps()) {
        if (step.version <= *current || step.version > targetVersion)
            continue;
        QSqlQuery begin(db);
        if (!begin.exec(flavour.beginWrite))
            return sqlFailure(begin.lastError(), step.name);
        auto applied = [&]() -> Result<void> {
            if (step.version == 1) {
                if (Result<void> r = exec(db,
                                          u"CREATE TABLE schema_migrations ("
                                          "version INTEGER PRIMARY KEY, "
                                          "name TEXT NOT NULL, "
                                          "applied_at BIGINT NOT NULL)"_s);
                    !r)
                    return r;
            }
            for (const QString &sql : step.statements) {
                if (Result<void> r = exec(db, flavour.expand(sql)); !r)
                    return r;
            }
            if (step.convert) {
                if (Result<void> r = step.convert(db); !r)
                    return r;
            }
            return exec(db,
                        u"INSERT INTO schema_migrations (version, name, applied_at) "
                        "VALUES (?, ?, ?)"_s,
                        { step.version, step.name, appliedAtMs });
        }();
        QSqlQuery end(db);
        if (!applied) {
            end.exec(u"ROLLBACK"_s);
            return applied.error();
        }
        if (!end.exec(u"COMMIT"_s)) {
            const StoreError e = sqlFailure(end.lastError(), step.name);
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return e;
        }
    }
    return {};
}
