#include "BundleManifest.h"

#include "bundle/BundleLimits.h"
#include "bundle/JsonGuard.h"
#include "bundle/Minisign.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

bool isHex(const QString &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (const QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Reads members and remembers the first one that is missing or of the wrong type.
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    { }

    bool ok() const { return m_ok; }

    QJsonObject object(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            fail(key, BundleManifest::tr("an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(key, BundleManifest::tr("an array"));
        return v.toArray();
    }
    QString string(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fail(key, BundleManifest::tr("a string"));
        return v.toString();
    }
    qint64 integer(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != double(qint64(d)))
            fail(key, BundleManifest::tr("a whole number"));
        return qint64(d);
    }
    bool boolean(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool())
            fail(key, BundleManifest::tr("true or false"));
        return v.toBool();
    }
    QDateTime time(const QJsonObject &o, const QString &key)
    {
        const QDateTime t = QDateTime::fromString(string(o, key), Qt::ISODate);
        if (m_ok && !t.isValid())
            fail(key, BundleManifest::tr("a date and time"));
        return t.toUTC();
    }
    QString hex(const QJsonObject &o, const QString &key, qsizetype length)
    {
        const QString s = string(o, key);
        if (m_ok && !isHex(s, length))
            fail(key, BundleManifest::tr("a hexadecimal hash"));
        return s;
    }
    QByteArray base64(const QJsonObject &o, const QString &key, qsizetype length)
    {
        const auto decoded = QByteArray::fromBase64Encoding(
            string(o, key).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (m_ok && (!decoded || decoded.decoded.size() != length))
            fail(key, BundleManifest::tr("a base64 key or signature"));
        return decoded ? decoded.decoded : QByteArray();
    }
    void fail(const QString &key, const QString &expected)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = BundleManifest::tr("manifest.json: “%1” must be %2.").arg(key, expected);
    }

private:
    QString *m_error;
    bool m_ok = true;
};

// Comments are single lines: line breaks and other control characters become spaces.
QByteArray oneLine(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator) {
            c = u' ';
        }
    }
    return s.toUtf8();
}

} // namespace

QByteArray BundleManifest::untrustedComment(const QByteArray &keyId)
{
    return "signature from Newsroom, key "_ba + Minisign::keyIdText(keyId).toLatin1();
}

QByteArray BundleManifest::sign(const QByteArray &manifestJson, const QByteArray &secretKey,
                                const QString &supervisor, const QDateTime &signedAt)
{
    if (secretKey.size() != Minisign::SecretKeySize)
        return {};
    const Minisign::PublicKey key = Minisign::publicKeyFromRaw(secretKey.mid(32));
    const QByteArray trusted = "timestamp:"_ba + QByteArray::number(signedAt.toSecsSinceEpoch())
        + "\tfile:"_ba + FileName.toUtf8() + "\thashed\tsha256:"_ba
        + QCryptographicHash::hash(manifestJson, QCryptographicHash::Sha256).toHex()
        + "\tsupervisor:"_ba + oneLine(supervisor);
    return Minisign::sign(manifestJson, secretKey, key.keyId, trusted, untrustedComment(key.keyId));
}

BundleManifest::Entry BundleManifest::entryFor(const QString &path, const QByteArray &data)
{
    return { path, data.size(),
             QString::fromLatin1(
                 QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) };
}

QByteArray BundleManifest::toJson() const
{
    QJsonArray fileArray;
    for (const Entry &e : files)
        fileArray.append(QJsonObject {
            { u"path"_s, e.path }, { u"size"_s, e.size }, { u"sha256"_s, e.sha256 } });
    const Minisign::PublicKey key = Minisign::publicKeyFromRaw(approval.publicKey);
    const QJsonObject root {
        { u"format"_s, u"newsroom-bundle"_s },
        { u"formatVersion"_s, FormatVersion },
        { u"generator"_s,
          QJsonObject { { u"name"_s, u"Newsroom"_s }, { u"version"_s, generatorVersion } } },
        { u"exportedAt"_s, isoUtc(exportedAt) },
        { u"article"_s,
          QJsonObject {
              { u"id"_s, articleId.toString(QUuid::WithoutBraces) },
              { u"version"_s, articleVersion },
              { u"slug"_s, slug },
              { u"contentHash"_s, contentHash },
              { u"embargoed"_s, embargoed },
          } },
        { u"approval"_s,
          QJsonObject {
              { u"supervisor"_s, approval.supervisor },
              { u"approvedAt"_s, approval.approvedAt.toUTC().toString(Qt::ISODateWithMs) },
              { u"version"_s, approval.articleVersion },
              { u"contentHash"_s, approval.contentHash },
              { u"publicKey"_s, QString::fromLatin1(approval.publicKey.toBase64()) },
              { u"signature"_s, QString::fromLatin1(approval.signature.toBase64()) },
              // The same key as minisign writes it, for `minisign -V -P … -m manifest.json`.
              { u"minisignPublicKey"_s,
                QString::fromLatin1(QByteArray("Ed"_ba + key.keyId + key.key).toBase64()) },
          } },
        { u"auditHead"_s,
          QJsonObject { { u"row"_s, auditHead.sequence },
                        { u"hash"_s, QString::fromLatin1(auditHead.hash.toHex()) } } },
        { u"files"_s, fileArray },
        { u"signatureFile"_s, SignatureFileName },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<BundleManifest> BundleManifest::fromJson(const QByteArray &json, QString *error)
{
    const auto doc = JsonGuard::parse(json, FileName, error, BundleLimits::MaxJsonDepth);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        if (error)
            *error = tr("manifest.json is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject root = doc->object();
    Reader r(error);
    if (r.string(root, u"format"_s) != u"newsroom-bundle" && r.ok())
        r.fail(u"format"_s, u"\"newsroom-bundle\""_s);
    const qint64 version = r.integer(root, u"formatVersion"_s);
    if (r.ok() && version != FormatVersion) {
        if (error)
            *error = tr("manifest.json has format version %1; this Newsroom reads version %2.")
                         .arg(version)
                         .arg(FormatVersion);
        return std::nullopt;
    }
    BundleManifest m;
    m.generatorVersion = r.string(r.object(root, u"generator"_s), u"version"_s);
    m.exportedAt = r.time(root, u"exportedAt"_s);
    const QJsonObject article = r.object(root, u"article"_s);
    m.articleId = QUuid::fromString(r.string(article, u"id"_s));
    if (r.ok() && m.articleId.isNull())
        r.fail(u"article.id"_s, tr("a UUID"));
    m.articleVersion = int(r.integer(article, u"version"_s));
    m.slug = r.string(article, u"slug"_s);
    m.contentHash = r.hex(article, u"contentHash"_s, 64);
    m.embargoed = r.boolean(article, u"embargoed"_s);
    const QJsonObject approval = r.object(root, u"approval"_s);
    m.approval.supervisor = r.string(approval, u"supervisor"_s);
    m.approval.approvedAt = r.time(approval, u"approvedAt"_s);
    m.approval.articleVersion = int(r.integer(approval, u"version"_s));
    m.approval.contentHash = r.hex(approval, u"contentHash"_s, 64);
    m.approval.publicKey = r.base64(approval, u"publicKey"_s, Minisign::PublicKeySize);
    m.approval.signature = r.base64(approval, u"signature"_s, Minisign::SignatureSize);
    const QJsonObject audit = r.object(root, u"auditHead"_s);
    m.auditHead.sequence = r.integer(audit, u"row"_s);
    m.auditHead.hash = QByteArray::fromHex(r.hex(audit, u"hash"_s, 64).toLatin1());
    const QJsonArray fileArray = r.array(root, u"files"_s);
    if (fileArray.size() > BundleLimits::MaxEntries)
        r.fail(u"files"_s, tr("at most %1 entries").arg(BundleLimits::MaxEntries));
    for (const QJsonValue &v : fileArray) {
        if (!r.ok())
            break;
        if (!v.isObject()) {
            r.fail(u"files"_s, tr("an array of objects"));
            break;
        }
        const QJsonObject o = v.toObject();
        m.files.append(
            { r.string(o, u"path"_s), r.integer(o, u"size"_s), r.hex(o, u"sha256"_s, 64) });
    }
    if (!r.ok())
        return std::nullopt;
    return m;
}
