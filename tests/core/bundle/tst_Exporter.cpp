// bundle/Exporter on a real SqliteStore and Workflow: who may export what, the approved →
// published transition and its audit rows, the audit anchor in the manifest, the embargo rule,
// and that every refusal leaves the database and the destination as they were.

#include "BundleTestSupport.h"
#include "article/CanonicalBody.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleVerifier.h"
#include "bundle/BundleWriter.h"
#include "bundle/Exporter.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Workflow.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_Exporter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Workflow> m_wf;
    WorkflowSession m_admin, m_anna, m_boris, m_vera;
    Exporter::Options m_options;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Every row of every table but the search index, as text.
    QString snapshot()
    {
        QSqlDatabase db = m_store->database();
        QSqlQuery tables(db);
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                    "'sqlite%' AND name NOT LIKE '%fts%' ORDER BY name"_s);
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        tables.finish();
        QString out;
        for (const QString &name : std::as_const(names)) {
            QSqlQuery q(db);
            q.exec(u"SELECT * FROM \"%1\""_s.arg(name));
            out += name + u'\n';
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + u'|';
                out += u'\n';
            }
        }
        return out;
    }

    WorkflowSession signIn(const QString &name)
    {
        Result<WorkflowSession> s = m_wf->signIn(name, name.toUtf8() + "-pw");
        return s ? *s : WorkflowSession {};
    }

    // Written by anna, approved by `approver`.
    QUuid approved(const WorkflowSession &approver, const QDateTime &embargo = {})
    {
        Article a = BundleTestSupport::cyrillicArticle();
        a.status = ArticleStatus::Draft;
        a.version = 0;
        a.meta.embargo = embargo;
        a.meta.slug = u"article-"_s + QString::number(++m_articles);
        a.meta.editorsNote.clear();
        a.body = CanonicalBody::sanitise(a.body);
        if (!m_wf->saveArticle(m_anna, a, 0))
            return {};
        if (Result<ArticleStatus> s = m_wf->perform(m_anna, a.id, WorkflowAction::Submit); !s) {
            qWarning() << s.error().message << s.error().items;
            return {};
        }
        if (!m_wf->approve(approver, approver.user.toUtf8() + "-pw", a.id))
            return {};
        return a.id;
    }
    int m_articles = 0;

    QStringList auditActions()
    {
        Result<QList<AuditRecord>> records = m_wf->auditRecords();
        QStringList actions;
        if (records) {
            for (const AuditRecord &r : std::as_const(*records))
                actions << r.action;
        }
        return actions;
    }

    ArticleStatus status(const QUuid &id)
    {
        Result<Article> a = m_store->article(id);
        return a ? a->status : ArticleStatus::Draft;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto opened = SqliteStore::open(path(u"newsroom.sqlite"_s), options);
        QVERIFY(opened);
        m_store = std::move(*opened);
        m_wf = std::make_unique<Workflow>(*m_store, Argon2Cost::insecureForTestsOnly());
        QVERIFY(m_wf->addUser(std::nullopt, u"admin"_s, {}, Role::Admin, "admin-pw"));
        m_admin = signIn(u"admin"_s);
        QVERIFY(m_wf->addUser(m_admin, u"anna"_s, {}, Role::Officer, "anna-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"boris"_s, {}, Role::Supervisor, "boris-pw"));
        QVERIFY(m_wf->addUser(m_admin, u"vera"_s, {}, Role::Supervisor, "vera-pw"));
        m_anna = signIn(u"anna"_s);
        m_boris = signIn(u"boris"_s);
        m_vera = signIn(u"vera"_s);
        QCOMPARE(m_vera.user, u"vera"_s);
    }

    void cleanup()
    {
        m_wf.reset();
        m_store.reset();
        m_dir.reset();
    }

    void exportPublishesAuditsAndAnchors()
    {
        const QUuid id = approved(m_boris);
        QVERIFY(!id.isNull());
        const Result<std::optional<AuditAnchor>> before = m_wf->auditHead();
        QVERIFY(before && before->has_value());

        Exporter exporter(*m_wf, m_boris, "boris-pw");
        const Result<Exporter::Outcome> outcome
            = exporter.exportArticle(id, path(u"a.zip"_s), m_options);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->status, ArticleStatus::Published);
        QCOMPARE(status(id), ArticleStatus::Published);
        QCOMPARE(auditActions().mid(auditActions().size() - 2),
                 (QStringList { u"publish"_s, u"export"_s }));

        // The manifest carries the head as it was before the export, and the audit row the
        // manifest's SHA-256: each vouches for the other.
        QString why;
        const auto files = BundleReader::read(path(u"a.zip"_s), &why);
        QVERIFY2(files, qPrintable(why));
        const BundleVerifier::Report report = BundleVerifier::verify(
            *files, Minisign::publicKeyFromRaw(m_wf->user(u"boris"_s)->publicKey));
        QVERIFY(report.ok());
        QCOMPARE(report.manifest->auditHead, **before);
        QByteArray manifestJson;
        for (const BundleFile &f : *files) {
            if (f.path == BundleManifest::FileName)
                manifestJson = f.data;
        }
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(manifestJson, QCryptographicHash::Sha256).toHex());
        QCOMPARE(outcome->manifestSha256, sha);
        const AuditRecord last = m_wf->auditRecords()->constLast();
        QCOMPARE(QJsonDocument::fromJson(last.details.toUtf8())
                     .object()
                     .value(u"manifest_sha256"_s)
                     .toString(),
                 sha);
        const Result<AuditChain::Verification> chain = m_wf->verifyAudit(**before);
        QVERIFY(chain && chain->intact);
    }

    void aPublishedArticleMayBeExportedAgain()
    {
        const QUuid id = approved(m_boris);
        Exporter exporter(*m_wf, m_boris, "boris-pw");
        QVERIFY(exporter.exportArticle(id, path(u"a"_s), m_options));
        const qsizetype rows = auditActions().size();
        const Result<Exporter::Outcome> again = exporter.exportArticle(id, path(u"a"_s), m_options);
        QVERIFY(again);
        QCOMPARE(again->status, ArticleStatus::Published);
        QCOMPARE(auditActions().mid(rows), QStringList { u"export"_s });
        QVERIFY(BundleVerifier::verifyPath(path(u"a"_s)).ok());
        QVERIFY(BundleWriter::temporarySiblings(path(u"a"_s)).isEmpty());
    }

    void refusalsChangeNothing()
    {
        const QUuid mine = approved(m_boris);
        const QUuid veras = approved(m_vera);
        // In review, not approved.
        Article draft = BundleTestSupport::latinArticle();
        draft.status = ArticleStatus::Draft;
        draft.version = 0;
        draft.body = CanonicalBody::sanitise(draft.body);
        QVERIFY(m_wf->saveArticle(m_anna, draft, 0));
        QVERIFY(QFile(path(u"not-a-bundle.zip"_s)).open(QIODevice::WriteOnly));

        const QString before = snapshot();
        struct Case
        {
            const char *name;
            WorkflowSession session;
            QByteArray password;
            QUuid id;
            QString destination;
            StoreError::Kind kind;
        };
        const QList<Case> cases {
            { "draft", m_boris, "boris-pw", draft.id, path(u"d.zip"_s),
              StoreError::Kind::PermissionDenied },
            { "approved by another", m_boris, "boris-pw", veras, path(u"v.zip"_s),
              StoreError::Kind::PermissionDenied },
            { "an officer", m_anna, "anna-pw", mine, path(u"m.zip"_s),
              StoreError::Kind::PermissionDenied },
            { "wrong password", m_boris, "nope", mine, path(u"m.zip"_s),
              StoreError::Kind::PermissionDenied },
            { "not a bundle at the destination", m_boris, "boris-pw", mine,
              path(u"not-a-bundle.zip"_s), StoreError::Kind::Storage },
            { "no such folder", m_boris, "boris-pw", mine, path(u"nowhere/m.zip"_s),
              StoreError::Kind::Storage },
            { "no such article", m_boris, "boris-pw", QUuid::createUuid(), path(u"x.zip"_s),
              StoreError::Kind::NotFound },
        };
        for (const Case &c : cases) {
            Exporter exporter(*m_wf, c.session, c.password);
            const Result<Exporter::Outcome> r
                = exporter.exportArticle(c.id, c.destination, m_options);
            QVERIFY2(!r, c.name);
            QVERIFY2(r.error().kind == c.kind, qPrintable(r.error().message));
            QVERIFY2(snapshot() == before, c.name);
        }
        QVERIFY(!QFileInfo::exists(path(u"d.zip"_s)));
        QVERIFY(!QFileInfo::exists(path(u"v.zip"_s)));
        QVERIFY(!QFileInfo::exists(path(u"m.zip"_s)));
        QCOMPARE(QFileInfo(path(u"not-a-bundle.zip"_s)).size(), 0);
        QVERIFY(BundleWriter::temporarySiblings(path(u"m.zip"_s)).isEmpty());
    }

    void aKeyReplacedSinceTheApprovalCannotSign()
    {
        const QUuid id = approved(m_boris);
        // An admin resets boris's password: a new key pair; the approval names the old key.
        QVERIFY(m_wf->setPassword(m_admin, "admin-pw", u"boris"_s, "new-pw"));
        const QString before = snapshot();
        Exporter exporter(*m_wf, m_boris, "new-pw");
        const Result<Exporter::Outcome> r = exporter.exportArticle(id, path(u"a.zip"_s), m_options);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::PermissionDenied);
        QCOMPARE(snapshot(), before);
    }

    void contentThatNoLongerMatchesTheApprovalIsRefused()
    {
        const QUuid id = approved(m_boris);
        // Behind the workflow's back (the save hook would have voided the approval).
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"UPDATE approvals SET content_hash = '%1'"_s.arg(QString(64, u'0'))));
        Exporter exporter(*m_wf, m_boris, "boris-pw");
        const Result<Exporter::Outcome> r = exporter.exportArticle(id, path(u"a.zip"_s), m_options);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::Conflict);
        QCOMPARE(status(id), ArticleStatus::Approved);
    }

    void beforeTheEmbargoOnlyAnEmbargoedBundle()
    {
        const QDateTime embargo = QDateTime::currentDateTimeUtc().addDays(1);
        const QUuid id = approved(m_boris, embargo);
        QVERIFY(!id.isNull());
        Exporter exporter(*m_wf, m_boris, "boris-pw");
        Result<Exporter::Outcome> r = exporter.exportArticle(id, path(u"e"_s), m_options);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::Conflict);
        QCOMPARE(status(id), ArticleStatus::Approved);
        QVERIFY(!QFileInfo::exists(path(u"e"_s)));

        Exporter::Options embargoed;
        embargoed.embargoed = true;
        r = exporter.exportArticle(id, path(u"e"_s), embargoed);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(r->embargoed);
        QFile ninjs(path(u"e/article.json"_s));
        QVERIFY(ninjs.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(ninjs.readAll()).object();
        QCOMPARE(o.value(u"pubStatus"_s).toString(), u"withheld"_s);
        const QDateTime until
            = QDateTime::fromString(o.value(u"embargoedUntil"_s).toString(), Qt::ISODate);
        QVERIFY(until.isValid());
        QVERIFY(qAbs(until.secsTo(embargo)) <= 1);
        const QString problems = BundleTestSupport::validateNinjs({ path(u"e/article.json"_s) });
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_MAIN(tst_Exporter)
#include "tst_Exporter.moc"
