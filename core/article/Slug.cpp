#include "Slug.h"

#include <QMutex>
#include <QMutexLocker>
#include <QUuid>

#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// ICU rules: Cyrillic digraphs first (Any-Latin alone gives ISO 9 with diacritics, which
// Latin-ASCII then strips to ambiguous single letters), apostrophes and the soft and hard signs
// dropped so that they do not split words.
constexpr char16_t kRules[] = uR"(
:: Any-Lower ;
ж > zh ; х > kh ; ц > ts ; ч > ch ; ш > sh ; щ > shch ; ю > yu ; я > ya ; ё > yo ;
й > y ; ы > y ; э > e ; ь > ; ъ > ; ў > u ; і > i ; ї > yi ; є > ye ; ґ > g ;
[\u0027 \u2019 \u02BC \u02BB \u0060] > ;
:: Any-Latin ;
:: Latin-ASCII ;
:: Any-Lower ;
\u0027 > ;
)";

class Transliterator
{
public:
    QString toAscii(const QString &text)
    {
        QMutexLocker lock(&m_mutex); // ICU transliterators are not safe to share across threads
        if (!m_transliterator && !m_failed) {
            UParseError parseError;
            UErrorCode status = U_ZERO_ERROR;
            m_transliterator.reset(icu::Transliterator::createFromRules(
                icu::UnicodeString(u"Newsroom-Slug"), icu::UnicodeString(kRules), UTRANS_FORWARD,
                parseError, status));
            if (U_FAILURE(status))
                m_transliterator.reset();
            m_failed = !m_transliterator;
        }
        if (!m_transliterator)
            return text.toLower(); // what cannot be transliterated is dropped by the caller
        icu::UnicodeString buffer(reinterpret_cast<const char16_t *>(text.utf16()),
                                  int32_t(text.size()));
        m_transliterator->transliterate(buffer);
        return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
    }

private:
    QMutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_transliterator;
    bool m_failed = false;
};

Transliterator &transliterator()
{
    static Transliterator instance;
    return instance;
}

bool isSlugChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// At most maxLength characters, cut at a hyphen when the slug is longer.
QString shorten(const QString &slug, qsizetype maxLength)
{
    if (slug.size() <= maxLength)
        return slug;
    if (slug[maxLength] == u'-')
        return slug.left(maxLength);
    const qsizetype hyphen = slug.left(maxLength).lastIndexOf(u'-');
    if (hyphen > 0)
        return slug.left(hyphen);
    return slug.left(maxLength); // one word longer than a slug: cut it
}

} // namespace

QString Slug::fallback()
{
    return u"article"_s;
}

QString Slug::fromHeadline(const QString &headline)
{
    const QString ascii = transliterator().toAscii(headline);
    QString slug;
    slug.reserve(ascii.size());
    for (QChar c : ascii) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
        if (isSlugChar(c))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    if (slug.endsWith(u'-'))
        slug.chop(1);
    slug = shorten(slug, MaxLength);
    return slug.isEmpty() ? fallback() : slug;
}

QString Slug::make(const QString &headline, const std::function<bool(const QString &)> &isTaken)
{
    const QString base = fromHeadline(headline);
    if (!isTaken || !isTaken(base))
        return base;
    auto withSuffix = [&base](const QString &suffix) {
        return shorten(base, MaxLength - suffix.size()) + suffix;
    };
    constexpr int kNumberedAttempts = 10000;
    for (int n = 2; n <= kNumberedAttempts; ++n) {
        const QString candidate = withSuffix(u'-' + QString::number(n));
        if (!isTaken(candidate))
            return candidate;
    }
    // Ten thousand articles with one headline: stop counting and take a random suffix.
    QString candidate;
    for (int attempt = 0; attempt < 100; ++attempt) {
        candidate = withSuffix(u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        if (!isTaken(candidate))
            break;
    }
    return candidate;
}

bool Slug::isValid(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > MaxLength || slug.startsWith(u'-') || slug.endsWith(u'-')
        || slug.contains(u"--"))
        return false;
    for (QChar c : slug) {
        if (!isSlugChar(c) && c != u'-')
            return false;
    }
    return true;
}
