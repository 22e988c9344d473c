#include "NewsroomTokenizer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libstemmer.h>
#include <sqlite3.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <array>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

// Longer "words" are identifiers, base64 or keyboard mashing, not language: fold, don't stem.
constexpr int MaxStemmedLetters = 64;

enum class CharClass { Separator, Letter, Digit, Mark, Apostrophe, Ignorable };

constexpr char32_t Invalid = 0xFFFFFFFF;

// Strict UTF-8: overlong forms, surrogates and values past U+10FFFF are invalid. An invalid
// sequence consumes one byte and yields Invalid, which separates words.
inline char32_t decodeUtf8(const unsigned char *p, const unsigned char *end, int *length)
{
    const unsigned char b0 = p[0];
    if (b0 < 0x80) {
        *length = 1;
        return b0;
    }
    *length = 1;
    int need;
    char32_t cp;
    char32_t min;
    if ((b0 & 0xE0) == 0xC0) {
        need = 1;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        need = 2;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        need = 3;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return Invalid;
    }
    if (end - p <= need)
        return Invalid;
    for (int i = 1; i <= need; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return Invalid;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return Invalid;
    *length = need + 1;
    return cp;
}

inline void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

inline CharClass classify(char32_t c)
{
    if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return CharClass::Letter;
        if (c >= '0' && c <= '9')
            return CharClass::Digit;
        return c == '\'' ? CharClass::Apostrophe : CharClass::Separator;
    }
    if (c >= 0x0400 && c <= 0x045F) // the Russian and Belarusian alphabets: all letters
        return CharClass::Letter;
    if (c == Invalid)
        return CharClass::Separator;
    switch (c) {
    case 0x2019: // right single quotation mark, the typographic apostrophe
    case 0x02BC: // modifier letter apostrophe (Belarusian and Ukrainian orthography)
        return CharClass::Apostrophe;
    case 0x00AD: // soft hyphen, left behind by hyphenating editors and web pages
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0x2060: // word joiner
        return CharClass::Ignorable;
    default:
        break;
    }
    switch (u_charType(UChar32(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
        return CharClass::Letter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
        return CharClass::Mark;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
        return CharClass::Digit;
    default:
        return CharClass::Separator;
    }
}

inline bool isCyrillicBlock(char32_t c)
{
    return c >= 0x0400 && c <= 0x052F;
}

// Latin letters folded to their base letters: case folded (full folding: ß → ss), decomposed,
// combining marks dropped, and the letters that do not decompose (ł, ø, æ, đ, þ, …) spelled out.
// Built once with ICU for the Latin-1, Latin Extended-A/B and Latin Extended Additional blocks.
class LatinFoldTable
{
public:
    static const LatinFoldTable &instance()
    {
        static const LatinFoldTable table;
        return table;
    }

    // Null when c is outside the table or not a Latin letter.
    const std::string *lookup(char32_t c) const
    {
        const std::string *s = nullptr;
        if (c >= 0x80 && c < 0x250)
            s = &m_low[c - 0x80];
        else if (c >= 0x1E00 && c < 0x1F00)
            s = &m_additional[c - 0x1E00];
        return s && !s->empty() ? s : nullptr;
    }

private:
    LatinFoldTable()
    {
        for (char32_t c = 0x80; c < 0x250; ++c)
            m_low[c - 0x80] = build(c);
        for (char32_t c = 0x1E00; c < 0x1F00; ++c)
            m_additional[c - 0x1E00] = build(c);
    }

    static std::string build(char32_t c)
    {
        UErrorCode status = U_ZERO_ERROR;
        if (!u_isalpha(UChar32(c)) || uscript_getScript(UChar32(c), &status) != USCRIPT_LATIN)
            return {};
        const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
        if (U_FAILURE(status))
            return {};
        icu::UnicodeString s { UChar32(c) };
        s.foldCase();
        const icu::UnicodeString decomposed = nfd->normalize(s, status);
        if (U_FAILURE(status))
            return {};
        std::string out;
        for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
            const UChar32 d = decomposed.char32At(i);
            const int8_t type = u_charType(d);
            if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK
                || type == U_COMBINING_SPACING_MARK)
                continue;
            switch (d) {
            case 0x00E6:
                out += "ae";
                break; // æ
            case 0x0153:
                out += "oe";
                break; // œ
            case 0x00F8:
                out += 'o';
                break; // ø
            case 0x0111:
                out += 'd';
                break; // đ
            case 0x00F0:
                out += 'd';
                break; // ð
            case 0x0142:
                out += 'l';
                break; // ł
            case 0x0140:
                out += 'l';
                break; // ŀ
            case 0x00FE:
                out += "th";
                break; // þ
            case 0x0131:
                out += 'i';
                break; // ı
            case 0x0127:
                out += 'h';
                break; // ħ
            case 0x0167:
                out += 't';
                break; // ŧ
            case 0x014B:
                out += 'n';
                break; // ŋ
            case 0x0133:
                out += "ij";
                break; // ĳ
            case 0x0192:
                out += 'f';
                break; // ƒ
            default:
                appendUtf8(out, char32_t(d));
                break;
            }
        }
        return out;
    }

    std::array<std::string, 0x250 - 0x80> m_low;
    std::array<std::string, 0x100> m_additional;
};

enum class Stemmer { None, Russian, English };

// Snowball's Russian stemmer tries adjective endings before noun endings, so the nouns in -ай, -ой,
// -ей, -уй split: урожай → урожа but урожая → урож (-ая taken for an adjective), герой → гер but
// героя → геро. Dropping one stem-final vowel from stems of four letters or more joins them again
// (урожа, урож → урож; геро, гер → гер) and leaves short stems (ча, кра, бо) alone. Every Russian
// letter is two bytes in UTF-8, so letters = bytes / 2.
int trimRussianStem(const char *stem, int length)
{
    if (length < 8)
        return length;
    const auto b1 = static_cast<unsigned char>(stem[length - 2]);
    const auto b2 = static_cast<unsigned char>(stem[length - 1]);
    const bool vowel
        = (b1 == 0xD0 && (b2 == 0xB0 || b2 == 0xB5 || b2 == 0xB8 || b2 == 0xBE)) // а е и о
        || (b1 == 0xD1
            && (b2 == 0x83 || b2 == 0x8B || b2 == 0x8D || b2 == 0x8E || b2 == 0x8F)); // у ы э ю я
    return vowel ? length - 2 : length;
}

} // namespace

struct NewsroomTokenizer::Private
{
    sb_stemmer *russian = nullptr;
    sb_stemmer *english = nullptr;
    const LatinFoldTable &latinTable = LatinFoldTable::instance();
    std::vector<char32_t> word; // the current word's code points, ignorables dropped
    bool wordHasMark = false;
    std::string folded; // the current word folded, UTF-8

    // Stemming is most of the cost of tokenising, and news text repeats its words: remember the
    // stems of the folded words seen, one table per stemmer, up to a bound each. Looked up by
    // string_view so that a hit allocates nothing.
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    using StemTable = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;
    static constexpr size_t MaxCachedStems = 50000;
    StemTable russianStems, englishStems;

    // Folds word into folded and says which stemmer, if any, suits it.
    Stemmer fold();
    void normaliseWord();
};

void NewsroomTokenizer::Private::normaliseWord()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return;
    icu::UnicodeString s;
    for (char32_t c : word)
        s.append(UChar32(c));
    const icu::UnicodeString composed = nfc->normalize(s, status);
    if (U_FAILURE(status))
        return;
    word.clear();
    for (int32_t i = 0; i < composed.length(); i = composed.moveIndex32(i, 1))
        word.push_back(char32_t(composed.char32At(i)));
}

Stemmer NewsroomTokenizer::Private::fold()
{
    // Decomposed input (macOS file names, some pastes) must fold like composed input: и + ◌̆ is й.
    if (wordHasMark)
        normaliseWord();

    folded.clear();
    bool latin = false, russian = false, otherCyrillic = false, apostrophe = false;
    bool digit = false, other = false;
    bool previousFoldsMarks = false; // the base letter before a mark is Latin or Cyrillic
    int letters = 0;
    for (char32_t c : word) {
        if (c < 0x80) {
            if (c == '\'') {
                apostrophe = true;
                folded += '\'';
                continue;
            }
            if (c >= '0' && c <= '9') {
                digit = true;
                folded += char(c);
            } else {
                latin = true;
                folded += char(c | 0x20);
            }
            previousFoldsMarks = true;
            ++letters;
            continue;
        }
        const CharClass cls = classify(c);
        if (cls == CharClass::Apostrophe) {
            apostrophe = true;
            folded += '\'';
            continue;
        }
        if (cls == CharClass::Mark) {
            // Stress marks on Cyrillic, diacritics NFC could not compose on Latin: not part of
            // the word's identity. In other scripts (Devanagari vowel signs) they are letters.
            if (!previousFoldsMarks)
                appendUtf8(folded, c);
            continue;
        }
        ++letters;
        if (isCyrillicBlock(c)) {
            // The basic block folds by offset; the extensions (Ѣ, Ґ, Ӏ …) through ICU.
            char32_t f = c < 0x0410 ? c + 0x50
                : c < 0x0430        ? c + 0x20
                : c < 0x0460        ? c
                                    : char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT));
            if (f == 0x0451) // ё
                f = 0x0435;
            if (f >= 0x0430 && f <= 0x044F)
                russian = true;
            else
                otherCyrillic = true; // і ў (Belarusian), ї є ґ (Ukrainian), ђ ј љ …
            appendUtf8(folded, f);
            previousFoldsMarks = true;
            continue;
        }
        if (cls == CharClass::Digit) {
            digit = true;
            const int32_t value = u_charDigitValue(UChar32(c));
            if (value >= 0 && value <= 9)
                folded += char('0' + value);
            else
                appendUtf8(folded, char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT)));
            previousFoldsMarks = false;
            continue;
        }
        if (const std::string *base = latinTable.lookup(c)) {
            folded += *base;
            latin = true;
            previousFoldsMarks = true;
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(UChar32(c), &status);
        if (script == USCRIPT_LATIN)
            latin = true;
        else
            other = true;
        previousFoldsMarks = script == USCRIPT_LATIN || script == USCRIPT_GREEK;
        appendUtf8(folded, char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT)));
    }

    if (letters > MaxStemmedLetters || digit || other || (latin && (russian || otherCyrillic)))
        return Stemmer::None;
    if (latin)
        return Stemmer::English;
    if (russian && !otherCyrillic && !apostrophe)
        return Stemmer::Russian;
    return Stemmer::None;
}

NewsroomTokenizer::NewsroomTokenizer()
    : d(std::make_unique<Private>())
{
    d->russian = sb_stemmer_new("russian", "UTF_8");
    d->english = sb_stemmer_new("english", "UTF_8");
}

NewsroomTokenizer::~NewsroomTokenizer()
{
    if (d->russian)
        sb_stemmer_delete(d->russian);
    if (d->english)
        sb_stemmer_delete(d->english);
}

bool NewsroomTokenizer::isValid() const
{
    return d->russian && d->english;
}

int NewsroomTokenizer::tokenize(const char *utf8, int length, void *context, Sink sink)
{
    if (!utf8 || length <= 0)
        return 0;
    const auto *begin = reinterpret_cast<const unsigned char *>(utf8);
    const unsigned char *end = begin + length;
    const unsigned char *p = begin;

    while (p < end) {
        int n;
        char32_t c = decodeUtf8(p, end, &n);
        CharClass cls = classify(c);
        if (cls != CharClass::Letter && cls != CharClass::Digit) {
            p += n;
            continue;
        }

        const unsigned char *wordStart = p;
        d->word.clear();
        d->wordHasMark = false;
        d->word.push_back(c);
        p += n;
        const unsigned char *wordEnd = p;
        bool previousIsLetter = cls == CharClass::Letter;
        while (p < end) {
            c = decodeUtf8(p, end, &n);
            cls = classify(c);
            if (cls == CharClass::Letter || cls == CharClass::Digit || cls == CharClass::Mark) {
                d->word.push_back(c);
                p += n;
                wordEnd = p;
                if (cls == CharClass::Mark)
                    d->wordHasMark = true;
                else
                    previousIsLetter = cls == CharClass::Letter;
                continue;
            }
            if (cls == CharClass::Ignorable) {
                // Part of the word only if the word goes on after it.
                p += n;
                continue;
            }
            if (cls == CharClass::Apostrophe && previousIsLetter && p + n < end) {
                int m;
                const char32_t next = decodeUtf8(p + n, end, &m);
                if (classify(next) == CharClass::Letter) {
                    d->word.push_back(U'\'');
                    d->word.push_back(next);
                    p += n + m;
                    wordEnd = p;
                    continue;
                }
            }
            break;
        }
        p = wordEnd;

        const Stemmer stemmer = d->fold();
        const char *token = d->folded.data();
        int tokenLength = int(d->folded.size());
        if (stemmer != Stemmer::None) {
            Private::StemTable &stems
                = stemmer == Stemmer::Russian ? d->russianStems : d->englishStems;
            auto cached = stems.find(std::string_view(d->folded));
            if (cached == stems.end()) {
                sb_stemmer *s = stemmer == Stemmer::Russian ? d->russian : d->english;
                const sb_symbol *stem = s
                    ? sb_stemmer_stem(s, reinterpret_cast<const sb_symbol *>(token), tokenLength)
                    : nullptr;
                // Null means Snowball ran out of memory: the folded word is a useful token still.
                std::string value = d->folded;
                if (stem && sb_stemmer_length(s) > 0) {
                    int stemLength = sb_stemmer_length(s);
                    if (stemmer == Stemmer::Russian)
                        stemLength
                            = trimRussianStem(reinterpret_cast<const char *>(stem), stemLength);
                    value.assign(reinterpret_cast<const char *>(stem), size_t(stemLength));
                }
                if (stems.size() >= Private::MaxCachedStems)
                    stems.clear();
                cached = stems.emplace(d->folded, std::move(value)).first;
            }
            token = cached->second.data();
            tokenLength = int(cached->second.size());
        }
        if (tokenLength > MaxTokenBytes) {
            tokenLength = MaxTokenBytes;
            while (tokenLength > 0
                   && (static_cast<unsigned char>(token[tokenLength]) & 0xC0) == 0x80)
                --tokenLength;
        }
        if (tokenLength == 0)
            continue;
        const int rc
            = sink(context, token, tokenLength, int(wordStart - begin), int(wordEnd - begin));
        if (rc != 0)
            return rc;
    }
    return 0;
}

QList<NewsroomTokenizer::Token> NewsroomTokenizer::tokenize(QByteArrayView utf8)
{
    QList<Token> tokens;
    tokenize(utf8.data(), int(utf8.size()), &tokens,
             [](void *context, const char *token, int length, int start, int end) {
                 static_cast<QList<Token> *>(context)->append(
                     Token { QByteArray(token, length), start, end });
                 return 0;
             });
    return tokens;
}

// --- SQLite FTS5 glue --------------------------------------------------------------------------

namespace {

NewsroomTokenizer *fromFts5(Fts5Tokenizer *t)
{
    return reinterpret_cast<NewsroomTokenizer *>(t);
}

int fts5Create(void *, const char **, int argumentCount, Fts5Tokenizer **out)
{
    *out = nullptr;
    // No options yet; refusing unknown ones makes a typo in tokenize='…' visible at CREATE time.
    if (argumentCount > 0)
        return SQLITE_ERROR;
    auto *tokenizer = new (std::nothrow) NewsroomTokenizer;
    if (!tokenizer)
        return SQLITE_NOMEM;
    if (!tokenizer->isValid()) {
        delete tokenizer;
        return SQLITE_NOMEM;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void fts5Delete(Fts5Tokenizer *t)
{
    delete fromFts5(t);
}

struct Fts5Callback
{
    void *context;
    int (*xToken)(void *, int, const char *, int, int, int);
};

// Prefix queries (FTS5_TOKENIZE_PREFIX) are analysed like any other term: the stem of a prefix is
// itself a prefix of the stems it should find ("урожае*" → "урож*" finds "урожаем" → "урож").
int fts5Tokenize(Fts5Tokenizer *t, void *context, int /*flags*/, const char *text, int length,
                 int (*xToken)(void *, int, const char *, int, int, int))
{
    Fts5Callback callback { context, xToken };
    try {
        return fromFts5(t)->tokenize(
            text, length, &callback,
            [](void *c, const char *token, int tokenLength, int start, int end) {
                auto *cb = static_cast<Fts5Callback *>(c);
                return cb->xToken(cb->context, 0, token, tokenLength, start, end);
            });
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

} // namespace

bool registerNewsroomTokenizer(sqlite3 *db, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db)
        return fail(QCoreApplication::translate(
            "NewsroomTokenizer",
            "Cannot set up full-text search: there is no open SQLite database."));

    // The documented way to reach FTS5's API from outside: SELECT fts5(?1) with a pointer binding.
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return fail(QCoreApplication::translate(
                        "NewsroomTokenizer",
                        "Cannot set up full-text search: this SQLite library (%1) has no FTS5.")
                        .arg(QString::fromLatin1(sqlite3_libversion())));

    fts5_tokenizer tokenizer { fts5Create, fts5Delete, fts5Tokenize };
    const int rc = api->xCreateTokenizer(api, "newsroom", nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        return fail(
            QCoreApplication::translate("NewsroomTokenizer", "Cannot set up full-text search: %1")
                .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return true;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
