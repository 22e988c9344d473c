#pragma once

// Shared fixtures of the bundle tests: articles (Cyrillic, Latin, with images and without),
// supervisors' key pairs, generated images, and a raw zip writer for archives KZip would never
// produce.

#include "article/Article.h"
#include "bundle/BundleBuilder.h"
#include "bundle/ZipScanner.h"
#include "workflow/ApprovalSignature.h"

#include <QBuffer>
#include <QByteArray>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

#include <sodium.h>

namespace BundleTestSupport {

using namespace Qt::Literals::StringLiterals;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

inline KeyPair makeKeyPair()
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    KeyPair k { QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized),
                QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized) };
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                        reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

// A picture with some structure (gradient and shapes) so that JPEG sizes are realistic.
inline QByteArray makeImage(int width, int height, const char *format = "jpeg", bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : Qt::white);
    QPainter p(&image);
    QLinearGradient g(0, 0, width, height);
    g.setColorAt(0, QColor(30, 90, 160, alpha ? 180 : 255));
    g.setColorAt(1, QColor(220, 180, 60, alpha ? 180 : 255));
    p.fillRect(QRect(0, 0, width, height / 2), g);
    p.setBrush(QColor(200, 40, 40));
    p.drawEllipse(QPoint(width / 3, height * 2 / 3), width / 8, height / 8);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 85);
    return bytes;
}

inline ArticleImage articleImage(int width, int height, const QString &caption,
                                 const QString &credit, const char *format = "jpeg")
{
    ArticleImage image;
    image.id = QUuid::createUuid();
    image.data = makeImage(width, height, format);
    image.mimeType = QString::fromLatin1(QByteArray("image/") + format);
    image.pixelSize = QSize(width, height);
    image.caption = caption;
    image.altText = u"Alt: "_s + caption;
    image.credit = credit;
    return image;
}

inline QString imageRef(const ArticleImage &image)
{
    return u"image:"_s + image.id.toString(QUuid::WithoutBraces);
}

inline Article cyrillicArticle(bool withImages = true)
{
    Article a;
    a.id = QUuid::createUuid();
    a.version = 4;
    a.status = ArticleStatus::Approved;
    a.meta.headline = u"В Копыле открылся новый центр «Забота»"_s;
    a.meta.lead = u"Центр будет принимать жителей района пять дней в неделю."_s;
    a.meta.slug = u"v-kopyle-otkrylsya-novyy-centr-zabota"_s;
    a.meta.byline = { u"Анна Петрова"_s, u"Иван Сидоров"_s };
    a.meta.section = u"Общество"_s;
    a.meta.tags = { u"социальная сфера"_s, u"Копыль"_s };
    a.meta.dateline = u"Копыль"_s;
    a.meta.language = u"ru"_s;
    a.meta.source = u"БелТА"_s;
    a.meta.seoDescription = u"Новый социальный центр в Копыле"_s;
    a.meta.editorsNote = u"Внутреннее: проверить телефон"_s;
    a.created = QDateTime(QDate(2025, 3, 4), QTime(9, 0), QTimeZone::UTC);
    a.updated = QDateTime(QDate(2025, 3, 5), QTime(10, 30), QTimeZone::UTC);
    a.createdBy = u"anna"_s;
    a.updatedBy = u"anna"_s;
    QString body = u"<p>Сегодня в <strong>Копыле</strong> открылся центр «Забота». "
                   "Об этом сообщил председатель райисполкома.</p>"
                   "<h2>Что изменится</h2>"
                   "<ul><li>приём пять дней в неделю;</li><li>консультации юриста.</li></ul>"
                   "<blockquote><p>«Мы ждём всех», — сказал директор.</p></blockquote>"
                   "<p>Подробности на <a href=\"https://kopyl.gov.by/news\">сайте</a> "
                   "и по телефону <a href=\"tel:+375171928260\">28-2-60</a>.</p>"_s;
    if (withImages) {
        a.images << articleImage(1600, 1000, u"Здание центра"_s, u"Анна Петрова"_s)
                 << articleImage(800, 600, u"Открытие"_s, u"БелТА"_s, "png");
        a.meta.featuredImage = a.images.at(0).id;
        body += u"<p><img src=\""_s + imageRef(a.images.at(1))
            + u"\" alt=\"Ленточка перерезана\"></p><p>Конец.</p>"_s;
    }
    a.body = body;
    return a;
}

inline Article latinArticle()
{
    Article a;
    a.id = QUuid::createUuid();
    a.version = 2;
    a.status = ArticleStatus::Approved;
    a.meta.headline = u"Belarus' commitment to integration, with focus on national interests"_s;
    a.meta.lead = u"Belarus will remain committed to integration processes."_s;
    a.meta.slug = u"belarus-commitment-to-integration"_s;
    a.meta.byline = { u"Press office"_s };
    a.meta.section = u"Politics"_s;
    a.meta.tags = { u"CSTO"_s };
    a.meta.dateline = u"Kopyl"_s;
    a.meta.language = u"en"_s;
    a.meta.source = u"BelTA"_s;
    a.created = QDateTime(QDate(2025, 3, 5), QTime(8, 0), QTimeZone::UTC);
    a.updated = QDateTime(QDate(2025, 3, 5), QTime(9, 15), QTimeZone::UTC);
    a.body
        = u"<p>“Since Belarus is presiding in all integration bodies this year, our country will "
          "do it with dignity,” Aleksandr Lukashenko emphasized.</p>"
          "<table><tr><th>Exercise</th><th>Host</th></tr>"
          "<tr><td>Interaction</td><td>Armenia</td></tr></table>"_s;
    return a;
}

inline QString hashOf(const Article &article)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((article.meta.headline + article.body).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

inline BundleRequest request(const Article &article, const KeyPair &supervisor,
                             const QString &supervisorName = u"olga"_s)
{
    BundleRequest r;
    r.article = article;
    r.contentHash = hashOf(article);
    r.approval.supervisor = supervisorName;
    r.approval.approvedAt = QDateTime(QDate(2025, 3, 5), QTime(11, 0, 0, 123), QTimeZone::UTC);
    r.approval.articleVersion = article.version;
    r.approval.publicKey = supervisor.publicKey;
    r.approval.contentHash = r.contentHash;
    r.approval.signature = ApprovalSignature::sign({ article.id, article.version,
                                                     QByteArray::fromHex(r.contentHash.toLatin1()),
                                                     supervisorName, r.approval.approvedAt },
                                                   supervisor.secretKey);
    r.auditHead = { 42, QByteArray(32, '\xcd') };
    r.signingKey = supervisor.secretKey;
    r.exportedAt = QDateTime(QDate(2025, 3, 5), QTime(12, 0), QTimeZone::UTC);
    r.publisher = u"Копыльский райисполком"_s;
    return r;
}

inline QByteArray &fileIn(BundleFiles &files, const QString &path)
{
    for (BundleFile &f : files) {
        if (f.path == path)
            return f.data;
    }
    files.append({ path, {} });
    return files.last().data;
}

// Rewrites manifest.json for the files as they are now (after a test changed or added some),
// lets the test edit it, and signs it again with secretKey: a bundle that is consistent, and
// hostile in whatever way the test made it.
inline void resign(BundleFiles &files, const QByteArray &secretKey,
                   const std::function<void(BundleManifest &)> &edit = {})
{
    auto manifest = BundleManifest::fromJson(fileIn(files, BundleManifest::FileName), nullptr);
    if (!manifest)
        qFatal("resign: no manifest");
    manifest->files.clear();
    for (const BundleFile &f : std::as_const(files)) {
        if (f.path != BundleManifest::FileName && f.path != BundleManifest::SignatureFileName)
            manifest->files.append(BundleManifest::entryFor(f.path, f.data));
    }
    if (edit)
        edit(*manifest);
    const QByteArray json = manifest->toJson();
    fileIn(files, BundleManifest::FileName) = json;
    fileIn(files, BundleManifest::SignatureFileName) = BundleManifest::sign(
        json, secretKey, manifest->approval.supervisor, manifest->exportedAt);
}

// A zip written byte by byte, to make archives no well-behaved library would write.
class RawZip
{
public:
    struct Options
    {
        QByteArray name;
        QByteArray data; // what is stored (already compressed when method is 8)
        quint32 size = 0; // declared uncompressed size
        quint32 crc = 0;
        quint16 method = 0;
        quint16 flags = 0;
        quint32 externalAttributes = 0100644u << 16;
        quint8 hostSystem = 3; // Unix
        QByteArray localName; // defaults to name
    };

    static Options stored(const QByteArray &name, const QByteArray &data)
    {
        Options o;
        o.name = name;
        o.data = data;
        o.size = quint32(data.size());
        o.crc = ZipScanner::crc32(data);
        return o;
    }

    static Options deflated(const QByteArray &name, const QByteArray &plain)
    {
        Options o;
        o.name = name;
        // qCompress: 4-byte length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
        const QByteArray z = qCompress(plain, 9);
        o.data = z.mid(6, z.size() - 10);
        o.size = quint32(plain.size());
        o.crc = ZipScanner::crc32(plain);
        o.method = 8;
        return o;
    }

    void add(const Options &o) { m_entries << o; }

    QByteArray bytes() const
    {
        QByteArray out;
        QByteArray central;
        for (const Options &o : m_entries) {
            const QByteArray localName = o.localName.isEmpty() ? o.name : o.localName;
            const quint32 offset = quint32(out.size());
            out += le32(0x04034b50) + le16(20) + le16(o.flags) + le16(o.method) + le16(0)
                + le16(0x5a21) + le32(o.crc) + le32(quint32(o.data.size())) + le32(o.size)
                + le16(quint16(localName.size())) + le16(0) + localName + o.data;
            central += le32(0x02014b50) + le16(quint16(o.hostSystem << 8 | 20)) + le16(20)
                + le16(o.flags) + le16(o.method) + le16(0) + le16(0x5a21) + le32(o.crc)
                + le32(quint32(o.data.size())) + le32(o.size) + le16(quint16(o.name.size()))
                + le16(0) + le16(0) + le16(0) + le16(0) + le32(o.externalAttributes) + le32(offset)
                + o.name;
        }
        const quint32 centralOffset = quint32(out.size());
        out += central;
        out += le32(0x06054b50) + le16(0) + le16(0) + le16(quint16(m_entries.size()))
            + le16(quint16(m_entries.size())) + le32(quint32(central.size())) + le32(centralOffset)
            + le16(0);
        return out;
    }

private:
    static QByteArray le16(quint16 v)
    {
        QByteArray out;
        out.append(char(v & 0xff)).append(char(v >> 8));
        return out;
    }
    static QByteArray le32(quint32 v) { return le16(quint16(v & 0xffff)) + le16(quint16(v >> 16)); }
    QList<Options> m_entries;
};

// Validates JSON files against the ninjs 3.1 schema with python3-jsonschema (draft 2020-12). In
// 2020-12 "format" is an annotation, and jsonschema has no checker for "date-time" or "uri" without
// extra packages; we assert both anyway: RFC 3339 date-times, and URI references (a scheme where
// there is one, no spaces) — rendition hrefs are relative to the bundle on purpose. Returns
// python's complaints; empty when every file is valid.
inline QString validateNinjs(const QStringList &files)
{
    const QString script = uR"PY(
import json, re, sys, urllib.parse
import jsonschema
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1], encoding='utf-8'))
checker = Draft202012Validator.FORMAT_CHECKER
@checker.checks('date-time')
def _dt(v):
    return not isinstance(v, str) or re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)', v) is not None
@checker.checks('uri')
def _uri(v):
    if not isinstance(v, str):
        return True
    if not v or any(c.isspace() or c in '<>"\\{}|^`' for c in v):
        return False
    p = urllib.parse.urlsplit(v)
    return bool(p.scheme) or not v.split('/')[0].count(':')
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=checker)
bad = 0
for path in sys.argv[2:]:
    for e in validator.iter_errors(json.load(open(path, encoding='utf-8'))):
        bad += 1
        print(path, '/'.join(map(str, e.absolute_path)), e.message)
print('validated', len(sys.argv) - 2, 'files')
sys.exit(1 if bad else 0)
)PY"_s;
    QProcess python;
    python.start(u"python3"_s,
                 QStringList { u"-c"_s, script,
                               QStringLiteral(NEWSROOM_SHARED_DIR "/spec/ninjs-schema_3.1.json") }
                     + files);
    if (!python.waitForFinished(60000))
        return u"python3 did not finish"_s;
    const QString out
        = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return out.isEmpty() ? u"python3 failed"_s : out;
    return {};
}

} // namespace BundleTestSupport
