#include "article/CanonicalBody.h"
#include "article/Slug.h"
#include "article/TextStats.h"
#include "storage/CorpusGenerator.h"
#include "storage/corpus/CorpusGrammar.h"

#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString plainText(const QString &body)
{
    return CanonicalBody::plainText(body);
}

// The product's own word count (ICU word boundaries), not the generator's.
int words(const Article &a)
{
    return TextStats::ofBody(a.body, a.meta.language).words;
}

void compareArticles(const Article &a, const Article &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.status, b.status);
    QVERIFY(a.meta == b.meta);
    QCOMPARE(a.body, b.body);
    QVERIFY(a.images == b.images);
    QCOMPARE(a.created, b.created);
    QCOMPARE(a.createdBy, b.createdBy);
    QCOMPARE(a.updated, b.updated);
    QCOMPARE(a.updatedBy, b.updatedBy);
}

} // namespace

class tst_CorpusGenerator : public QObject
{
    Q_OBJECT

    static constexpr int SampleSize = 400;
    QList<Article> m_sample; // seed 7, articles 0..SampleSize-1

private Q_SLOTS:
    void initTestCase()
    {
        CorpusOptions options;
        options.seed = 7;
        m_sample = CorpusGenerator(options).articles(0, SampleSize);
        QCOMPARE(m_sample.size(), SampleSize);
    }

    void phrasebooksAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("be") << u"be"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void phrasebooksAreComplete()
    {
        QFETCH(QString, language);
        const CorpusGrammar *grammar = CorpusGrammar::forLanguage(language);
        QVERIFY(grammar);
        const QStringList problems = grammar->problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(CorpusGrammar::forLanguage(u"de"_s), nullptr);
    }

    void sameSeedSameArticles()
    {
        CorpusOptions options;
        options.seed = 7;
        const CorpusGenerator again(options);
        // In another order, from a fresh generator: each article depends only on seed and index.
        for (int i : { 199, 3, 0, 57, 398 }) {
            compareArticles(again.article(i), m_sample.at(i));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"article %1 differs"_s.arg(i)));
        }
    }

    void otherSeedOtherArticles()
    {
        CorpusOptions options;
        options.seed = 8;
        const QList<Article> other = CorpusGenerator(options).articles(0, 20);
        int sameBodies = 0;
        for (int i = 0; i < other.size(); ++i) {
            QVERIFY(other.at(i).id != m_sample.at(i).id);
            sameBodies += other.at(i).body == m_sample.at(i).body;
        }
        QCOMPARE(sameBodies, 0);
    }

    void idsAreUniqueVersion4()
    {
        QSet<QUuid> ids;
        for (const Article &a : m_sample) {
            QCOMPARE(a.id.version(), QUuid::Random);
            ids.insert(a.id);
        }
        QCOMPARE(ids.size(), SampleSize);
    }

    void lengthsSpreadOver150To3000Words()
    {
        QList<int> counts;
        for (const Article &a : m_sample) {
            const int n = words(a);
            QVERIFY2(n >= 150 && n <= 3000,
                     qPrintable(u"%1 words in %2"_s.arg(n).arg(a.meta.headline)));
            counts << n;
        }
        std::sort(counts.begin(), counts.end());
        const int median = counts.at(counts.size() / 2);
        const auto atLeast = [&](int n) {
            return std::count_if(counts.cbegin(), counts.cend(), [n](int c) { return c >= n; });
        };
        qInfo("words: min %d, median %d, p90 %d, max %d", counts.first(), median,
              counts.at(counts.size() * 9 / 10), counts.last());
        // Mostly short news, a real tail of long reports.
        QVERIFY2(median >= 200 && median <= 700, qPrintable(QString::number(median)));
        QVERIFY(counts.first() < 250);
        QVERIFY(atLeast(1000) >= SampleSize / 20);
        QVERIFY(atLeast(2000) >= 4);
    }

    void customLengthBoundsAreKept()
    {
        CorpusOptions options;
        options.seed = 3;
        options.minWords = 400;
        options.maxWords = 900;
        options.imageShare = 0;
        const CorpusGenerator generator(options);
        for (int i = 0; i < 60; ++i) {
            const Article a = generator.article(i);
            const int n = words(a);
            QVERIFY2(n >= 400 && n <= 900, qPrintable(QString::number(n)));
            QVERIFY(a.images.isEmpty());
        }
    }

    void languagesSectionsAndStatusesAreMixed()
    {
        QHash<QString, int> languages;
        QHash<QString, QSet<QString>> sections;
        QSet<ArticleStatus> statuses;
        for (const Article &a : m_sample) {
            ++languages[a.meta.language];
            sections[a.meta.language].insert(a.meta.section);
            statuses.insert(a.status);
        }
        QCOMPARE(languages.size(), 3);
        QVERIFY(languages.value(u"ru"_s) > SampleSize * 2 / 5);
        QVERIFY(languages.value(u"be"_s) > SampleSize / 10);
        QVERIFY(languages.value(u"en"_s) > SampleSize / 10);
        for (const QString &lang : { u"ru"_s, u"be"_s, u"en"_s })
            QVERIFY2(sections.value(lang).size() >= 7, qPrintable(lang));
        QCOMPARE(statuses.size(), allStatuses().size());
    }

    void metadataIsFilledIn()
    {
        QSet<QString> slugs;
        for (const Article &a : m_sample) {
            const ArticleMetadata &m = a.meta;
            QVERIFY(!m.headline.isEmpty() && !m.headline.endsWith(u'.'));
            QVERIFY(!m.lead.isEmpty());
            QVERIFY2(Slug::isValid(m.slug), qPrintable(m.slug));
            slugs.insert(m.slug);
            QVERIFY(!m.byline.isEmpty() && m.byline.size() <= 2);
            QVERIFY(m.tags.size() >= 2);
            QVERIFY(!m.dateline.isEmpty());
            QVERIFY(!m.section.isEmpty());
            QVERIFY(m.seoDescription.size() <= 160);
            QCOMPARE(a.version, 0);
            QVERIFY(a.created.isValid() && a.created.timeSpec() == Qt::UTC);
            QVERIFY(a.updated > a.created);
            QVERIFY(!a.createdBy.isEmpty() && !a.updatedBy.isEmpty());
            // The generator fills no placeholder it failed to expand.
            QVERIFY2(!a.body.contains(u'{') && !m.headline.contains(u'{'), qPrintable(m.headline));
        }
        QCOMPARE(slugs.size(), SampleSize); // the store refuses duplicate slugs
    }

    void bodiesAreCanonical()
    {
        static const QRegularExpression badSpacing(u"( [.,;:!?»])|(« )"_s);
        for (const Article &a : m_sample) {
            QVERIFY2(CanonicalBody::isCanonical(a.body), qPrintable(a.body.left(300)));
            const QString text = plainText(a.body);
            const auto spacing = badSpacing.match(text);
            QVERIFY2(!spacing.hasMatch(), qPrintable(text.mid(spacing.capturedStart() - 30, 60)));
        }
    }

    void imagesAreRealPicturesReferencedByTheBody()
    {
        int withImages = 0, jpeg = 0, png = 0;
        for (const Article &a : m_sample) {
            if (a.images.isEmpty()) {
                QVERIFY(a.meta.featuredImage.isNull());
                QVERIFY(!a.body.contains(u"<img"_s));
                continue;
            }
            ++withImages;
            QCOMPARE(a.meta.featuredImage, a.images.first().id);
            for (const ArticleImage &img : a.images) {
                const QImage decoded = QImage::fromData(img.data);
                QVERIFY(!decoded.isNull());
                QCOMPARE(decoded.size(), img.pixelSize);
                QVERIFY(img.pixelSize.width() >= 160 && img.pixelSize.width() <= 480);
                if (img.mimeType == u"image/jpeg") {
                    ++jpeg;
                    QVERIFY(img.data.startsWith("\xff\xd8"));
                } else if (img.mimeType == u"image/png") {
                    ++png;
                    QVERIFY(img.data.startsWith("\x89PNG"));
                } else {
                    QFAIL(qPrintable(img.mimeType));
                }
                QVERIFY(!img.caption.isEmpty() && !img.altText.isEmpty() && !img.credit.isEmpty());
                QVERIFY(a.body.contains(
                    u"src=\"image:%1\""_s.arg(img.id.toString(QUuid::WithoutBraces))));
            }
        }
        QVERIFY2(withImages >= SampleSize / 20 && withImages <= SampleSize / 4,
                 qPrintable(QString::number(withImages)));
        QVERIFY(png > 0);
        QVERIFY(jpeg > 0);
    }

    // What search is tested against: the same word in several inflected forms.
    void russianWordsAppearInflected()
    {
        static const QRegularExpression form(u"\\b([Уу]рожа[йяюеи][а-я]*)"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
        QSet<QString> forms;
        for (const Article &a : m_sample) {
            if (a.meta.language != u"ru")
                continue;
            auto it
                = form.globalMatch(a.meta.headline + u' ' + a.meta.lead + u' ' + plainText(a.body));
            while (it.hasNext())
                forms.insert(it.next().captured(1).toLower());
        }
        QVERIFY2(forms.contains(u"урожай"_s) && forms.contains(u"урожая"_s)
                     && forms.contains(u"урожаем"_s),
                 qPrintable(QStringList(forms.cbegin(), forms.cend()).join(u", ")));
    }

    void belarusianUsesShortU()
    {
        static const QRegularExpression wrong(u"[аеёіоуыэюя] у "_s);
        int shortU = 0;
        for (const Article &a : m_sample) {
            if (a.meta.language != u"be")
                continue;
            const QString text = plainText(a.body);
            const auto match = wrong.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(text.mid(match.capturedStart() - 20, 50)));
            shortU += text.count(u'ў');
            QVERIFY(!text.contains(u'и') && !text.contains(u'щ')); // Russian letters
        }
        QVERIFY(shortU > 0);
    }
};

QTEST_MAIN(tst_CorpusGenerator)
#include "tst_CorpusGenerator.moc"
