#include "PgMigration.h"

#include "storage/postgresql/PgServerSchema.h"
#include "storage/postgresql/PgStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace {

// The order that satisfies the foreign keys, and the column that keeps each copy in the
// original order (comments refer to earlier comments).
struct TableCopy
{
    QString name;
    QString orderBy;
    QString identity; // a column the server numbers, whose sequence must move past the copy
};

const QList<TableCopy> &copyPlan()
{
    static const QList<TableCopy> plan {
        { u"users"_s, u"name"_s, {} },
        { u"signing_keys"_s, u"num"_s, u"num"_s },
        { u"newsroom_settings"_s, u"name"_s, {} },
        { u"articles"_s, u"num"_s, u"num"_s },
        { u"revisions"_s, u"article_id, version"_s, {} },
        { u"image_blobs"_s, u"sha256"_s, {} },
        { u"revision_images"_s, u"article_id, version, position"_s, {} },
        { u"article_authors"_s, u"article_id, position"_s, {} },
        { u"recovery_slots"_s, u"article_id, user_name"_s, {} },
        { u"recovery_images"_s, u"article_id, user_name, position"_s, {} },
        { u"comments"_s, u"num"_s, u"num"_s },
        { u"approvals"_s, u"num"_s, u"num"_s },
        { u"audit_log"_s, u"sequence"_s, {} },
    };
    return plan;
}

} // namespace

QStringList PgMigration::tables()
{
    QStringList names;
    for (const TableCopy &t : copyPlan())
        names << t.name;
    return names;
}

Result<PgMigration::Summary> PgMigration::copy(SqlStore &local, PgStore &server,
                                               const QString &sourceName)
{
    if (local.schemaVersion() != server.schemaVersion()) {
        return StoreError::invalid(
            tr("The local newsroom has schema version %1 and the server %2; open the local one "
               "with this version of Newsroom first.")
                .arg(local.schemaVersion())
                .arg(server.schemaVersion()));
    }
    if (!server.serverEnforcesWorkflow())
        return StoreError::invalid(
            tr("The server has not been set up yet: run “newsroom-cli server init” first."));

    Result<Store::Transaction> tx = server.transaction();
    if (!tx)
        return tx.error();
    for (const QString &table : { u"articles"_s, u"users"_s, u"audit_log"_s }) {
        Result<SqlStore::Statement> st
            = server.prepare(u"SELECT EXISTS (SELECT 1 FROM "_s + table + u")"_s);
        if (!st)
            return st.error();
        if (Result<void> r = st->exec(); !r)
            return r.error();
        if (st->next() && st->value(0).toBool())
            return StoreError::invalid(
                tr("The server %1 already holds a newsroom (its table %2 is not empty); nothing "
                   "was copied.")
                    .arg(server.location(), table));
    }

    Summary summary;
    for (const TableCopy &t : copyPlan()) {
        // Table and column names are ours (the schema's), never user data.
        QSqlQuery read(local.database());
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT * FROM "_s + t.name + u" ORDER BY "_s + t.orderBy))
            return local.sqlError(read.lastError(), t.name);
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int c = 0; c < record.count(); ++c) {
            columns << record.fieldName(c);
            marks << u"?"_s;
        }
        QString sql = u"INSERT INTO "_s + t.name + u" ("_s + columns.join(u", "_s) + u") "_s;
        if (!t.identity.isEmpty())
            sql += u"OVERRIDING SYSTEM VALUE "_s;
        sql += u"VALUES ("_s + marks.join(u", "_s) + u")"_s;
        Result<SqlStore::Statement> ins = server.prepare(sql);
        if (!ins)
            return ins.error();
        qint64 rows = 0;
        while (read.next()) {
            for (int c = 0; c < record.count(); ++c) {
                QVariant v = read.value(c);
                // The server checks passwords itself; a local hash has no use there.
                if (t.name == u"users"_s && columns.at(c) == u"password_hash"_s)
                    v = QString(u""_s);
                ins->query().addBindValue(v);
            }
            if (!ins->query().exec())
                return server.sqlError(ins->query().lastError(), t.name);
            ++rows;
        }
        summary.rows.insert(t.name, rows);
        if (!t.identity.isEmpty()) {
            QSqlQuery seq(server.database());
            if (!seq.exec(u"SELECT setval(pg_get_serial_sequence('"_s + t.name + u"', '"_s
                          + t.identity + u"'), COALESCE((SELECT MAX("_s + t.identity + u") FROM "_s
                          + t.name + u"), 0) + 1, false)"_s))
                return server.sqlError(seq.lastError(), t.name);
        }
    }

    // Users become login roles in the groups their roles name.
    {
        QSqlQuery users(local.database());
        users.setForwardOnly(true);
        if (!users.exec(u"SELECT name, roles FROM users ORDER BY name"_s))
            return local.sqlError(users.lastError(), u"users"_s);
        while (users.next()) {
            Roles roles;
            rolesFromNames(users.value(1).toString().split(u',', Qt::SkipEmptyParts), &roles);
            const QString name = users.value(0).toString();
            if (Result<void> r = PgServerSchema::addLoginWithoutPassword(server, name, roles); !r)
                return r.error();
            summary.users << name;
        }
    }

    if (Result<void> r = server.rebuildSearchIndex(); !r)
        return r.error();
    Result<SqlStore::Statement> audit = server.prepare(
        u"SELECT newsroom_audit_append(session_user, 'migrate_to_server', ?, ?)"_s);
    if (!audit)
        return audit.error();
    if (Result<void> r
        = audit->bind(sourceName)
              .bind(u"{\"articles\":%1,\"audit_rows\":%2}"_s.arg(summary.rows.value(u"articles"_s))
                        .arg(summary.rows.value(u"audit_log"_s)))
              .exec();
        !r)
        return r.error();
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return summary;
}
