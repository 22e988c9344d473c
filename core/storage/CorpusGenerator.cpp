#include "CorpusGenerator.h"

#include "article/Slug.h"
#include "storage/corpus/CorpusGrammar.h"
#include "storage/corpus/CorpusNames.h"
#include "storage/corpus/CorpusRandom.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using CorpusNames::Language;

namespace {

using Template = CorpusGrammar::Template;
using Segment = CorpusGrammar::Segment;

constexpr int MaxDepth = 8;

struct Weighted
{
    double weight;
    int value;
};

int pickWeighted(CorpusRandom &rng, std::initializer_list<Weighted> choices)
{
    double total = 0;
    for (const Weighted &w : choices)
        total += w.weight;
    double r = rng.real() * total;
    for (const Weighted &w : choices) {
        if (r < w.weight)
            return w.value;
        r -= w.weight;
    }
    return std::data(choices)[choices.size() - 1].value;
}

const std::array<QStringView, 12> &monthsGenitive(Language language)
{
    static const std::array<QStringView, 12> ru { u"января",   u"февраля", u"марта",  u"апреля",
                                                  u"мая",      u"июня",    u"июля",   u"августа",
                                                  u"сентября", u"октября", u"ноября", u"декабря" };
    static const std::array<QStringView, 12> be { u"студзеня",    u"лютага",    u"сакавіка",
                                                  u"красавіка",   u"мая",       u"чэрвеня",
                                                  u"ліпеня",      u"жніўня",    u"верасня",
                                                  u"кастрычніка", u"лістапада", u"снежня" };
    static const std::array<QStringView, 12> en { u"January", u"February", u"March",
                                                  u"April",   u"May",      u"June",
                                                  u"July",    u"August",   u"September",
                                                  u"October", u"November", u"December" };
    return language == Language::Russian ? ru : language == Language::Belarusian ? be : en;
}

QString inMonth(Language language, int month)
{
    static const std::array<QStringView, 12> ru { u"январе",   u"феврале", u"марте",  u"апреле",
                                                  u"мае",      u"июне",    u"июле",   u"августе",
                                                  u"сентябре", u"октябре", u"ноябре", u"декабре" };
    static const std::array<QStringView, 12> be { u"студзені",    u"лютым",      u"сакавіку",
                                                  u"красавіку",   u"маі",        u"чэрвені",
                                                  u"ліпені",      u"жніўні",     u"верасні",
                                                  u"кастрычніку", u"лістападзе", u"снежні" };
    switch (language) {
    case Language::Russian:
        return u"в "_s + ru[month];
    case Language::Belarusian:
        return u"у "_s + be[month];
    case Language::English:
        return u"in "_s + monthsGenitive(language)[month];
    }
    return {};
}

bool isBelarusianVowel(QChar c)
{
    return QStringView(u"аеёіоуыэюяАЕЁІОУЫЭЮЯ").contains(c);
}

// Spaces as a typesetter would leave them, the first letter capitalised, and for Belarusian the
// non-syllabic ў after a vowel ("працы ў раёне"), which the phrasebook writes as у.
QString tidy(const QString &s, Language language, bool capitalise = true)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u' ') {
            if (out.isEmpty() || out.endsWith(u' ') || out.endsWith(u'«') || out.endsWith(u'“'))
                continue;
            const QChar next = i + 1 < s.size() ? s.at(i + 1) : QChar();
            if (next.isNull() || QStringView(u" ,.:;!?»”").contains(next))
                continue;
        }
        out += c;
    }
    if (language == Language::Belarusian) {
        for (qsizetype i = 2; i < out.size(); ++i) {
            if (out.at(i) == u'у' && out.at(i - 1) == u' ' && isBelarusianVowel(out.at(i - 2)))
                out[i] = u'ў';
        }
    }
    for (qsizetype i = 0; capitalise && i < out.size(); ++i) {
        if (out.at(i).isLetterOrNumber()) {
            out[i] = out.at(i).toUpper();
            break;
        }
    }
    return out;
}

// Escaping as canonical bodies have it (article/CanonicalBody.h): & < > in text, and " too in
// attribute values.
QString escapeText(const QString &s)
{
    QString out;
    out.reserve(s.size() + 8);
    for (const QChar c : s) {
        if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else
            out += c;
    }
    return out;
}

QString escapeAttribute(const QString &s)
{
    return escapeText(s).replace(u'"', u"&quot;"_s);
}

QUuid randomUuid(CorpusRandom &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 8) {
        const quint64 v = rng.next();
        for (int b = 0; b < 8; ++b)
            bytes[i + b] = char((v >> (8 * b)) & 0xFF);
    }
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

bool jpegAvailable()
{
    static const bool available = QImageWriter::supportedImageFormats().contains("jpeg");
    return available;
}

// A small landscape-like picture: sky, horizon, fields, a few buildings and trees.
QImage paintImage(CorpusRandom &rng)
{
    const int width = 8 * rng.range(20, 60); // 160–480 px
    const int height = width * 2 / 3;
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    const int horizon = height * rng.range(35, 65) / 100;
    QLinearGradient sky(0, 0, 0, horizon);
    sky.setColorAt(0,
                   QColor::fromHsv(rng.range(195, 225), rng.range(60, 160), rng.range(170, 255)));
    sky.setColorAt(1, QColor::fromHsv(rng.range(190, 215), rng.range(10, 60), 250));
    p.fillRect(0, 0, width, horizon, sky);
    const QColor ground
        = QColor::fromHsv(rng.range(40, 110), rng.range(80, 200), rng.range(90, 200));
    p.fillRect(0, horizon, width, height - horizon, ground);
    const int stripes = rng.range(2, 6);
    for (int i = 0; i < stripes; ++i) {
        const int y = horizon + (height - horizon) * i / stripes;
        p.fillRect(0, y, width, rng.range(2, 10), ground.darker(rng.range(105, 140)));
    }
    const int things = rng.range(2, 8);
    for (int i = 0; i < things; ++i) {
        const int w = rng.range(width / 20, width / 6);
        const int h = rng.range(height / 12, height / 3);
        const int x = rng.range(0, width - w);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromHsv(rng.range(0, 359), rng.range(30, 200), rng.range(60, 230)));
        if (rng.chance(0.5))
            p.drawRect(x, horizon - h, w, h);
        else
            p.drawEllipse(x, horizon - h, w, h + h / 3);
    }
    p.end();
    return image;
}

class ArticleBuilder
{
public:
    ArticleBuilder(const CorpusOptions &options, qint64 index)
        : m_options(options)
        , m_index(index)
        , m_rng(CorpusRandom::derive(options.seed, quint64(index)))
    { }

    Article build();

private:
    void cast();
    QString expand(const Template &t, int depth);
    QString expandRule(const QString &name, int depth = 0);
    QString sentence(const QString &rule) { return tidy(expandRule(rule), m_language); }
    QString freshSentence(const QString &rule);
    QString entity(const Segment &s, int depth);
    QString builtin(int kind);
    CorpusNames::Forms expandForms(const QList<CorpusGrammar::FormsLine> *lines);
    QString body(int targetWords, const QList<ArticleImage> &images);
    QList<ArticleImage> images();
    QString number(const Segment &s);

    const CorpusOptions &m_options;
    qint64 m_index;
    CorpusRandom m_rng;
    const CorpusGrammar *m_grammar = nullptr;
    Language m_language = Language::Russian;
    QString m_topic;
    CorpusNames::Forms m_village, m_village2, m_object, m_position;
    CorpusNames::Person m_official, m_other;
    QList<const Template *> m_recent; // the body's last sentence templates
};

void ArticleBuilder::cast()
{
    const int v1 = m_rng.range(0, CorpusNames::villageCount() - 1);
    int v2 = m_rng.range(0, CorpusNames::villageCount() - 2);
    if (v2 >= v1)
        ++v2;
    m_village = CorpusNames::village(v1, m_language);
    m_village2 = CorpusNames::village(v2, m_language);
    auto person = [this] {
        const bool female = m_rng.chance(0.5);
        const int first = m_rng.range(0, CorpusNames::firstNameCount(female) - 1);
        const int father = m_rng.range(0, CorpusNames::patronymicCount() - 1);
        const int surname = m_rng.range(0, CorpusNames::surnameCount() - 1);
        return CorpusNames::person(female, first, father, surname, m_language);
    };
    m_official = person();
    m_other = person();
    // The object first: a position may name it ("директор средней школы № 2").
    m_object = expandForms(m_grammar->forms(m_topic, u"object"_s));
    m_position = expandForms(m_grammar->forms(m_topic, u"pos"_s));
}

CorpusNames::Forms ArticleBuilder::expandForms(const QList<CorpusGrammar::FormsLine> *lines)
{
    CorpusNames::Forms forms;
    if (!lines || lines->isEmpty())
        return forms;
    const CorpusGrammar::FormsLine &line = lines->at(m_rng.index(lines->size()));
    const QString tail = expand(line.tail, 0);
    for (int c = 0; c < CorpusNames::CaseCount; ++c) {
        const Template &head = line.heads.size() == 6 ? line.heads.at(c) : line.heads.first();
        forms[c] = expand(head, 0);
        if (!tail.isEmpty())
            forms[c] += u' ' + tail;
    }
    return forms;
}

QString ArticleBuilder::expandRule(const QString &name, int depth)
{
    const QList<Template> *alternatives = m_grammar->rule(m_topic, name);
    if (!alternatives || alternatives->isEmpty() || depth > MaxDepth)
        return {};
    return expand(alternatives->at(m_rng.index(alternatives->size())), depth + 1);
}

// A body sentence whose template was not among the last dozen, if a few draws find one: real
// reports do not repeat a sentence every other paragraph.
QString ArticleBuilder::freshSentence(const QString &rule)
{
    const QList<Template> *alternatives = m_grammar->rule(m_topic, rule);
    if (!alternatives || alternatives->isEmpty())
        return {};
    const Template *t = nullptr;
    for (int attempt = 0; attempt < 4; ++attempt) {
        t = &alternatives->at(m_rng.index(alternatives->size()));
        if (!m_recent.contains(t))
            break;
    }
    m_recent.append(t);
    if (m_recent.size() > 12)
        m_recent.removeFirst();
    return tidy(expand(*t, 1), m_language);
}

QString ArticleBuilder::number(const Segment &s)
{
    if (s.kind == Segment::Integer)
        return QString::number(m_rng.range(s.low, s.high));
    const int tenths = m_rng.range(s.low * 10, s.high * 10);
    const QChar point = m_language == Language::English ? u'.' : u',';
    return QString::number(tenths / 10) + point + QString::number(tenths % 10);
}

QString ArticleBuilder::builtin(int kind)
{
    switch (kind) {
    case CorpusGrammar::Date: {
        const int month = m_rng.range(0, 11);
        const int day = m_rng.range(1, 28);
        return QString::number(day) + u' ' + monthsGenitive(m_language)[month];
    }
    case CorpusGrammar::InMonth:
        return inMonth(m_language, m_rng.range(0, 11));
    case CorpusGrammar::Year:
        return QString::number(m_rng.range(2023, 2025));
    case CorpusGrammar::Time: {
        const int hour = m_rng.range(6, 20);
        const int minute = 15 * m_rng.range(0, 3);
        return QString::number(hour) + (m_language == Language::English ? u':' : u'.')
            + (minute < 10 ? u"0"_s : QString()) + QString::number(minute);
    }
    case CorpusGrammar::Phone: {
        // Kopyl numbers look like 28-2-60.
        const int a = m_rng.range(20, 59);
        const int b = m_rng.range(0, 9);
        const int c = m_rng.range(10, 99);
        return QString::number(a) + u'-' + QString::number(b) + u'-' + QString::number(c);
    }
    }
    return {};
}

QString ArticleBuilder::entity(const Segment &s, int depth)
{
    switch (s.entity) {
    case 'V':
        return m_village[s.form];
    case 'W':
        return m_village2[s.form];
    case 'O':
        return m_object[s.form];
    case 'P':
    case 'Q': {
        const CorpusNames::Person &who = s.entity == 'P' ? m_official : m_other;
        if (s.form == CorpusGrammar::Full)
            return who.full;
        if (s.form == CorpusGrammar::Role)
            return expandRule(u"role"_s, depth + 1);
        if (s.form >= CorpusGrammar::Position)
            return m_position[s.form - CorpusGrammar::Position];
        return who.name[s.form];
    }
    }
    return {};
}

QString ArticleBuilder::expand(const Template &t, int depth)
{
    QString out;
    for (const Segment &s : t) {
        switch (s.kind) {
        case Segment::Text:
            out += s.text;
            break;
        case Segment::Rule:
            out += expandRule(s.text, depth);
            break;
        case Segment::Entity:
            out += entity(s, depth);
            break;
        case Segment::Gender:
            out += (s.entity == 'P' ? m_official : m_other).female ? s.alt : s.text;
            break;
        case Segment::Integer:
        case Segment::Decimal:
            out += number(s);
            break;
        case Segment::Builtin:
            out += builtin(s.form);
            break;
        }
    }
    return out;
}

QList<ArticleImage> ArticleBuilder::images()
{
    QList<ArticleImage> list;
    if (!m_rng.chance(m_options.imageShare))
        return list;
    const int count = pickWeighted(m_rng, { { 0.6, 1 }, { 0.3, 2 }, { 0.1, 3 } });
    for (int i = 0; i < count; ++i) {
        ArticleImage img;
        img.id = randomUuid(m_rng);
        const QImage picture = paintImage(m_rng);
        const bool jpeg = jpegAvailable() && m_rng.chance(0.7);
        QBuffer buffer(&img.data);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, jpeg ? "JPEG" : "PNG", jpeg ? 80 : -1);
        img.mimeType = jpeg ? u"image/jpeg"_s : u"image/png"_s;
        img.pixelSize = picture.size();
        img.caption = sentence(u"caption"_s);
        img.altText = img.caption;
        img.credit = sentence(u"photocredit"_s);
        list << img;
    }
    return list;
}

QString ArticleBuilder::body(int targetWords, const QList<ArticleImage> &images)
{
    QString html;
    int words = 0;
    auto add = [&](const QString &tag, const QString &text) {
        words += CorpusGenerator::countWords(text);
        html += u'<' + tag + u'>' + escapeText(text) + u"</"_s + tag + u">\n"_s;
    };
    // A paragraph of up to `count` sentences that stops early once the article is long enough,
    // so that no article overshoots its target by more than a sentence.
    auto paragraph = [&](int count) {
        QStringList list;
        int paragraphWords = 0;
        for (int i = 0; i < count && (i == 0 || words + paragraphWords < targetWords); ++i) {
            list << freshSentence(m_rng.chance(0.15) ? u"generic"_s : u"sentence"_s);
            paragraphWords += CorpusGenerator::countWords(list.last());
        }
        add(u"p"_s, list.join(u' '));
    };

    paragraph(m_rng.range(2, 3));
    for (const ArticleImage &img : images) {
        html += u"<p><img src=\"image:%1\" alt=\"%2\"></p>\n"_s.arg(
            img.id.toString(QUuid::WithoutBraces), escapeAttribute(img.altText));
    }
    const bool sections = targetWords >= 600;
    int nextHeading = words + m_rng.range(250, 450);
    const QList<Template> *items = m_grammar->rule(m_topic, u"item"_s);
    while (words < targetWords) {
        if (sections && words >= nextHeading) {
            add(u"h2"_s, sentence(u"subhead"_s));
            nextHeading = words + m_rng.range(250, 450);
            continue;
        }
        const double r = m_rng.real();
        if (r < 0.12) {
            add(u"p"_s, sentence(u"quoteframe"_s));
        } else if (r < 0.17 && items) {
            add(u"p"_s, sentence(u"itemintro"_s));
            html += u"<ul>\n"_s;
            const int count = qMin<int>(int(items->size()), m_rng.range(3, 6));
            const qsizetype start = m_rng.index(items->size());
            for (int i = 0; i < count; ++i) {
                // List items keep the phrasebook's case: "телефон: …", not "Телефон: …".
                add(u"li"_s,
                    tidy(expand(items->at((start + i) % items->size()), 1), m_language, false));
            }
            html += u"</ul>\n"_s;
        } else {
            paragraph(m_rng.range(2, 5));
        }
    }
    if (m_topic == u"ann" || m_rng.chance(0.25))
        add(u"p"_s, sentence(u"closing"_s));
    return html;
}

Article ArticleBuilder::build()
{
    Article a;
    a.id = randomUuid(m_rng);
    const QString code = QStringList { u"ru"_s, u"be"_s, u"en"_s }.at(
        pickWeighted(m_rng, { { 0.55, 0 }, { 0.20, 1 }, { 0.25, 2 } }));
    m_language = code == u"ru" ? Language::Russian
        : code == u"be"        ? Language::Belarusian
                               : Language::English;
    m_grammar = CorpusGrammar::forLanguage(code);
    const QStringList &topics = CorpusGrammar::topics();
    m_topic = topics.at(pickWeighted(m_rng,
                                     { { 0.18, 0 },
                                       { 0.12, 1 },
                                       { 0.13, 2 },
                                       { 0.08, 3 },
                                       { 0.12, 4 },
                                       { 0.14, 5 },
                                       { 0.10, 6 },
                                       { 0.13, 7 } }));
    cast();

    // Lengths: most a few hundred words, a tail of long reports (median ≈ 330, mean ≈ 700). The
    // margin below maxWords covers the last sentence, list and closing line.
    const int span = qMax(0, m_options.maxWords - 120 - m_options.minWords);
    const int target = m_options.minWords + int(span * std::pow(m_rng.real(), 4.0));

    ArticleMetadata &m = a.meta;
    m.language = code;
    m.headline = sentence(u"headline"_s);
    while (m.headline.endsWith(u'.'))
        m.headline.chop(1);
    m.lead = sentence(u"lead"_s);
    // Unique across the corpus (the store refuses duplicates): the headline's slug and the
    // article's number, cut at a word boundary to fit.
    {
        const QString suffix = u'-' + QString::number(m_index + 1);
        QString base = Slug::fromHeadline(m.headline);
        while (base.size() + suffix.size() > Slug::MaxLength && base.contains(u'-'))
            base.truncate(base.lastIndexOf(u'-'));
        m.slug = base.left(Slug::MaxLength - suffix.size()) + suffix;
    }
    m.section = sentence(u"section"_s);
    const QList<Template> *tags = m_grammar->rule(m_topic, u"tag"_s);
    const int tagCount = qMin<int>(int(tags->size()), m_rng.range(2, 5));
    const qsizetype firstTag = m_rng.index(tags->size());
    for (int i = 0; i < tagCount; ++i)
        m.tags << expand(tags->at((firstTag + i) % tags->size()), 1);
    if (m_rng.chance(0.2))
        m.tags << m_village[CorpusNames::Nominative];
    m.dateline = m_rng.chance(0.7) ? sentence(u"dateline"_s) : m_village[CorpusNames::Nominative];
    m.source = m_rng.chance(0.15) ? sentence(u"source"_s) : QString();

    // The press office: a few officers write everything.
    const int authors = m_rng.chance(0.8) ? 1 : 2;
    QStringList logins;
    for (int i = 0; i < authors; ++i) {
        const int officer = m_rng.range(0, 7);
        const bool female = officer % 3 != 0;
        const CorpusNames::Person p
            = CorpusNames::person(female, (officer * 5) % CorpusNames::firstNameCount(female),
                                  (officer * 3) % CorpusNames::patronymicCount(),
                                  (officer * 7 + 2) % CorpusNames::surnameCount(), m_language);
        if (!m.byline.contains(p.name[0])) {
            m.byline << p.name[0];
            logins << p.login;
        }
    }

    a.status = ArticleStatus(pickWeighted(m_rng,
                                          { { 0.15, int(ArticleStatus::Draft) },
                                            { 0.08, int(ArticleStatus::InReview) },
                                            { 0.05, int(ArticleStatus::ChangesRequested) },
                                            { 0.07, int(ArticleStatus::Approved) },
                                            { 0.60, int(ArticleStatus::Published) },
                                            { 0.05, int(ArticleStatus::Archived) } }));
    const QDateTime epoch(QDate(2023, 1, 2), QTime(0, 0), QTimeZone::UTC);
    a.created = epoch.addSecs(qint64(m_rng.range(0, 900 * 24 * 3600 / 60)) * 60);
    a.createdBy = logins.first();
    a.updated = a.created.addSecs(qint64(m_rng.range(1, 72 * 60)) * 60);
    const bool reviewed = a.status == ArticleStatus::Approved
        || a.status == ArticleStatus::Published || a.status == ArticleStatus::Archived
        || a.status == ArticleStatus::ChangesRequested;
    a.updatedBy = reviewed ? u"supervisor"_s : logins.last();
    if (a.status == ArticleStatus::Approved || a.status == ArticleStatus::Published
        || m_rng.chance(0.1))
        m.plannedPublication = a.updated.addSecs(qint64(m_rng.range(10, 48 * 60)) * 60);
    if (m_rng.chance(0.03))
        m.embargo = a.updated.addSecs(qint64(m_rng.range(60, 7 * 24 * 60)) * 60);
    m.seoDescription
        = m.lead.size() <= 160 ? m.lead : m.lead.left(m.lead.lastIndexOf(u' ', 157)) + u'…';
    if (m_rng.chance(0.05))
        m.editorsNote = sentence(u"editorsnote"_s);

    a.images = images();
    if (!a.images.isEmpty())
        m.featuredImage = a.images.first().id;
    a.body = body(target, a.images);
    return a;
}

} // namespace

CorpusGenerator::CorpusGenerator(const CorpusOptions &options)
    : m_options(options)
{
    m_options.minWords = qMax(1, m_options.minWords);
    m_options.maxWords = qMax(m_options.minWords + 200, m_options.maxWords);
    m_options.imageShare = qBound(0.0, m_options.imageShare, 1.0);
}

Article CorpusGenerator::article(qint64 index) const
{
    return ArticleBuilder(m_options, index).build();
}

QList<Article> CorpusGenerator::articles(qint64 first, int count) const
{
    QList<Article> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list << article(first + i);
    return list;
}

int CorpusGenerator::countWords(QStringView text)
{
    int words = 0;
    bool inPiece = false, counted = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inPiece = false;
            continue;
        }
        if (!inPiece) {
            inPiece = true;
            counted = false;
        }
        if (!counted && c.isLetterOrNumber()) {
            ++words;
            counted = true;
        }
    }
    return words;
}
