#include "CorpusNames.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace CorpusNames {

namespace {

// --- villages ------------------------------------------------------------------------------

struct Root
{
    QStringView ru, be, en;
};

// Roots of place names of the kind found around Kopyl.
constexpr Root kRoots[] = {
    { u"Тимк", u"Цімк", u"Timk" },       { u"Семеж", u"Семеж", u"Semezh" },
    { u"Гриц", u"Грыц", u"Grits" },      { u"Боб", u"Боб", u"Bob" },
    { u"Песоч", u"Пясоч", u"Pesoch" },   { u"Кучин", u"Кучын", u"Kuchin" },
    { u"Слобод", u"Слабод", u"Slobod" }, { u"Доктор", u"Дактар", u"Doktor" },
    { u"Мороч", u"Мароч", u"Moroch" },   { u"Стариц", u"Старыц", u"Starits" },
    { u"Велеш", u"Вялеш", u"Velesh" },   { u"Заболот", u"Забалот", u"Zabolot" },
    { u"Лях", u"Лях", u"Lyakh" },        { u"Луч", u"Луч", u"Luch" },
    { u"Прус", u"Прус", u"Prus" },       { u"Быстр", u"Быстр", u"Bystr" },
    { u"Кальм", u"Кальм", u"Kalm" },     { u"Рачк", u"Рачк", u"Rachk" },
    { u"Браж", u"Браж", u"Brazh" },      { u"Жил", u"Жыл", u"Zhil" },
    { u"Камен", u"Камен", u"Kamen" },    { u"Красн", u"Красн", u"Krasn" },
    { u"Сосн", u"Сосн", u"Sosn" },       { u"Берез", u"Бярэз", u"Berez" },
    { u"Дубр", u"Дубр", u"Dubr" },       { u"Мокр", u"Мокр", u"Mokr" },
    { u"Рудн", u"Рудн", u"Rudn" },       { u"Клыш", u"Клыш", u"Klysh" },
    { u"Язв", u"Язв", u"Yazv" },         { u"Гулев", u"Гулеў", u"Gulev" },
};

struct Ending
{
    std::array<QStringView, CaseCount> ru, be;
    QStringView en;
};

constexpr Ending kEndings[] = {
    { { u"овичи", u"овичей", u"овичам", u"овичи", u"овичами", u"овичах" },
      { u"авічы", u"авічаў", u"авічам", u"авічы", u"авічамі", u"авічах" },
      u"ovichi" },
    { { u"ово", u"ова", u"ову", u"ово", u"овом", u"ове" },
      { u"ава", u"ава", u"аву", u"ава", u"авам", u"аве" },
      u"ovo" },
    { { u"ино", u"ина", u"ину", u"ино", u"ином", u"ине" },
      { u"іна", u"іна", u"іну", u"іна", u"інам", u"іне" },
      u"ino" },
    { { u"овка", u"овки", u"овке", u"овку", u"овкой", u"овке" },
      { u"аўка", u"аўкі", u"аўцы", u"аўку", u"аўкай", u"аўцы" },
      u"ovka" },
};

constexpr int kRootCount = int(std::size(kRoots));
constexpr int kEndingCount = int(std::size(kEndings));

// --- people --------------------------------------------------------------------------------

struct Name
{
    QStringView ru, be, en;
};

constexpr Name kMaleNames[] = {
    { u"Иван", u"Іван", u"Ivan" },
    { u"Сергей", u"Сяргей", u"Sergei" },
    { u"Андрей", u"Андрэй", u"Andrei" },
    { u"Дмитрий", u"Дзмітрый", u"Dmitry" },
    { u"Александр", u"Аляксандр", u"Alexander" },
    { u"Николай", u"Мікалай", u"Nikolai" },
    { u"Виктор", u"Віктар", u"Viktor" },
    { u"Владимир", u"Уладзімір", u"Vladimir" },
    { u"Михаил", u"Міхаіл", u"Mikhail" },
    { u"Юрий", u"Юрый", u"Yuri" },
    { u"Алексей", u"Аляксей", u"Alexei" },
    { u"Геннадий", u"Генадзь", u"Gennady" },
};

constexpr Name kFemaleNames[] = {
    { u"Ирина", u"Ірына", u"Irina" },
    { u"Елена", u"Алена", u"Elena" },
    { u"Наталья", u"Наталля", u"Natalia" },
    { u"Татьяна", u"Таццяна", u"Tatiana" },
    { u"Светлана", u"Святлана", u"Svetlana" },
    { u"Ольга", u"Вольга", u"Olga" },
    { u"Анна", u"Ганна", u"Anna" },
    { u"Марина", u"Марына", u"Marina" },
    { u"Людмила", u"Людміла", u"Lyudmila" },
    { u"Валентина", u"Валянціна", u"Valentina" },
    { u"Юлия", u"Юлія", u"Yulia" },
    { u"Галина", u"Галіна", u"Galina" },
};

struct Patronymic
{
    QStringView ruMale, ruFemale, beMale, beFemale;
};

constexpr Patronymic kPatronymics[] = {
    { u"Иванович", u"Ивановна", u"Іванавіч", u"Іванаўна" },
    { u"Сергеевич", u"Сергеевна", u"Сяргеевіч", u"Сяргееўна" },
    { u"Николаевич", u"Николаевна", u"Мікалаевіч", u"Мікалаеўна" },
    { u"Александрович", u"Александровна", u"Аляксандравіч", u"Аляксандраўна" },
    { u"Викторович", u"Викторовна", u"Віктаравіч", u"Віктараўна" },
    { u"Владимирович", u"Владимировна", u"Уладзіміравіч", u"Уладзіміраўна" },
    { u"Михайлович", u"Михайловна", u"Міхайлавіч", u"Міхайлаўна" },
    { u"Петрович", u"Петровна", u"Пятровіч", u"Пятроўна" },
    { u"Анатольевич", u"Анатольевна", u"Анатольевіч", u"Анатольеўна" },
    { u"Васильевич", u"Васильевна", u"Васілевіч", u"Васілеўна" },
};

// How a surname declines: -ов/-ин (Ковалёв), -ич (Юркевич), -ук (Ковальчук), -ко (Шевченко,
// never declines), -ский (Новицкий). Feminine -ич, -ук and -ко do not decline either.
enum class SurnameClass { Ov, Ich, Uk, Ko, Sky };

struct Surname
{
    QStringView ru, be, en;
    SurnameClass cls;
};

constexpr Surname kSurnames[] = {
    { u"Ковалёв", u"Кавалёў", u"Kovalyov", SurnameClass::Ov },
    { u"Иванов", u"Іваноў", u"Ivanov", SurnameClass::Ov },
    { u"Петров", u"Пятроў", u"Petrov", SurnameClass::Ov },
    { u"Морозов", u"Марозаў", u"Morozov", SurnameClass::Ov },
    { u"Соколов", u"Сакалоў", u"Sokolov", SurnameClass::Ov },
    { u"Кузнецов", u"Кузняцоў", u"Kuznetsov", SurnameClass::Ov },
    { u"Бондарев", u"Бондараў", u"Bondarev", SurnameClass::Ov },
    { u"Жуков", u"Жукаў", u"Zhukov", SurnameClass::Ov },
    { u"Лебедев", u"Лебедзеў", u"Lebedev", SurnameClass::Ov },
    { u"Мельников", u"Мельнікаў", u"Melnikov", SurnameClass::Ov },
    { u"Богданов", u"Багданаў", u"Bogdanov", SurnameClass::Ov },
    { u"Романов", u"Раманаў", u"Romanov", SurnameClass::Ov },
    { u"Ильин", u"Ільін", u"Ilyin", SurnameClass::Ov },
    { u"Карпов", u"Карпаў", u"Karpov", SurnameClass::Ov },
    { u"Захаров", u"Захараў", u"Zakharov", SurnameClass::Ov },
    { u"Костин", u"Косцін", u"Kostin", SurnameClass::Ov },
    { u"Юркевич", u"Юркевіч", u"Yurkevich", SurnameClass::Ich },
    { u"Лукашевич", u"Лукашэвіч", u"Lukashevich", SurnameClass::Ich },
    { u"Козлович", u"Казловіч", u"Kozlovich", SurnameClass::Ich },
    { u"Миронович", u"Міроновіч", u"Mironovich", SurnameClass::Ich },
    { u"Жданович", u"Ждановіч", u"Zhdanovich", SurnameClass::Ich },
    { u"Радкевич", u"Радкевіч", u"Radkevich", SurnameClass::Ich },
    { u"Войтович", u"Вайтовіч", u"Voitovich", SurnameClass::Ich },
    { u"Гринкевич", u"Грынкевіч", u"Grinkevich", SurnameClass::Ich },
    { u"Ковальчук", u"Кавальчук", u"Kovalchuk", SurnameClass::Uk },
    { u"Мартынюк", u"Марцінюк", u"Martynyuk", SurnameClass::Uk },
    { u"Савчук", u"Саўчук", u"Savchuk", SurnameClass::Uk },
    { u"Полещук", u"Палешчук", u"Poleshchuk", SurnameClass::Uk },
    { u"Романюк", u"Раманюк", u"Romanyuk", SurnameClass::Uk },
    { u"Шевченко", u"Шаўчэнка", u"Shevchenko", SurnameClass::Ko },
    { u"Бондаренко", u"Бандарэнка", u"Bondarenko", SurnameClass::Ko },
    { u"Коваленко", u"Каваленка", u"Kovalenko", SurnameClass::Ko },
    { u"Петренко", u"Пятрэнка", u"Petrenko", SurnameClass::Ko },
    { u"Лавренко", u"Лаўрэнка", u"Lavrenko", SurnameClass::Ko },
    { u"Новицкий", u"Навіцкі", u"Novitsky", SurnameClass::Sky },
    { u"Ковальский", u"Кавальскі", u"Kovalsky", SurnameClass::Sky },
    { u"Жуковский", u"Жукоўскі", u"Zhukovsky", SurnameClass::Sky },
    { u"Савицкий", u"Савіцкі", u"Savitsky", SurnameClass::Sky },
    { u"Вишневский", u"Вішнеўскі", u"Vishnevsky", SurnameClass::Sky },
    { u"Островский", u"Астроўскі", u"Ostrovsky", SurnameClass::Sky },
};

Forms withEndings(const QString &stem, std::array<QStringView, CaseCount> endings)
{
    Forms f;
    for (int c = 0; c < CaseCount; ++c)
        f[c] = stem + endings[c];
    return f;
}

Forms same(const QString &s)
{
    Forms f;
    f.fill(s);
    return f;
}

QString dropLast(QStringView s, int n = 1)
{
    return s.chopped(n).toString();
}

Forms declineFirstName(QStringView name, bool female, Language language)
{
    if (language == Language::English)
        return same(name.toString());
    if (language == Language::Russian) {
        if (!female) {
            if (name.endsWith(u"ий"))
                return withEndings(dropLast(name), { u"й", u"я", u"ю", u"я", u"ем", u"и" });
            if (name.endsWith(u'й'))
                return withEndings(dropLast(name), { u"й", u"я", u"ю", u"я", u"ем", u"е" });
            return withEndings(name.toString(), { u"", u"а", u"у", u"а", u"ом", u"е" });
        }
        if (name.endsWith(u"ия"))
            return withEndings(dropLast(name), { u"я", u"и", u"и", u"ю", u"ей", u"и" });
        if (name.endsWith(u"ья"))
            return withEndings(dropLast(name), { u"я", u"и", u"е", u"ю", u"ей", u"е" });
        if (name.endsWith(u"га") || name.endsWith(u"ка") || name.endsWith(u"ха"))
            return withEndings(dropLast(name), { u"а", u"и", u"е", u"у", u"ой", u"е" });
        return withEndings(dropLast(name), { u"а", u"ы", u"е", u"у", u"ой", u"е" });
    }
    // Belarusian: the prepositional of men's names is given as the dative (аб Івану is common).
    if (!female) {
        if (name.endsWith(u'й'))
            return withEndings(dropLast(name), { u"й", u"я", u"ю", u"я", u"ем", u"ю" });
        if (name.endsWith(u'ь'))
            return withEndings(dropLast(name), { u"ь", u"я", u"ю", u"я", u"ем", u"ю" });
        return withEndings(name.toString(), { u"", u"а", u"у", u"а", u"ам", u"у" });
    }
    if (name.endsWith(u'я'))
        return withEndings(dropLast(name), { u"я", u"і", u"і", u"ю", u"яй", u"і" });
    if (name.endsWith(u"га"))
        return withEndings(dropLast(name, 2), { u"га", u"гі", u"зе", u"гу", u"гай", u"зе" });
    if (name.endsWith(u"ка"))
        return withEndings(dropLast(name, 2), { u"ка", u"кі", u"цы", u"ку", u"кай", u"цы" });
    return withEndings(dropLast(name), { u"а", u"ы", u"е", u"у", u"ай", u"е" });
}

Forms declineSurname(const Surname &s, bool female, Language language)
{
    if (language == Language::English) {
        QString en = s.en.toString();
        if (female && s.cls == SurnameClass::Ov)
            en += u'a';
        else if (female && s.cls == SurnameClass::Sky)
            en = dropLast(s.en, 1) + u"aya"_s; // Novitsky → Novitskaya
        return same(en);
    }
    const bool ru = language == Language::Russian;
    const QStringView base = ru ? s.ru : s.be;
    switch (s.cls) {
    case SurnameClass::Ov: {
        // Belarusian -ў becomes -в- before an ending: Кавалёў, Кавалёва.
        const QString stem = (!ru && base.endsWith(u'ў')) ? dropLast(base) + u'в' : base.toString();
        if (!female)
            return ru ? withEndings(stem, { u"", u"а", u"у", u"а", u"ым", u"е" })
                      : Forms { base.toString(), stem + u"а"_s,  stem + u"у"_s,
                                stem + u"а"_s,   stem + u"ым"_s, stem + u"е"_s };
        return ru ? withEndings(stem, { u"а", u"ой", u"ой", u"у", u"ой", u"ой" })
                  : withEndings(stem, { u"а", u"ай", u"ай", u"у", u"ай", u"ай" });
    }
    case SurnameClass::Ich:
        if (female)
            return same(base.toString());
        return ru ? withEndings(base.toString(), { u"", u"а", u"у", u"а", u"ем", u"е" })
                  : withEndings(base.toString(), { u"", u"а", u"у", u"а", u"ам", u"у" });
    case SurnameClass::Uk:
        if (female)
            return same(base.toString());
        return ru ? withEndings(base.toString(), { u"", u"а", u"у", u"а", u"ом", u"е" })
                  : withEndings(base.toString(), { u"", u"а", u"у", u"а", u"ом", u"у" });
    case SurnameClass::Ko:
        return same(base.toString());
    case SurnameClass::Sky: {
        const QString stem = dropLast(base, ru ? 2 : 1); // Новицк-ий, Навіцк-і
        if (ru)
            return female ? withEndings(stem, { u"ая", u"ой", u"ой", u"ую", u"ой", u"ой" })
                          : withEndings(stem, { u"ий", u"ого", u"ому", u"ого", u"им", u"ом" });
        return female ? withEndings(stem, { u"ая", u"ай", u"ай", u"ую", u"ай", u"ай" })
                      : withEndings(stem, { u"і", u"ага", u"аму", u"ага", u"ім", u"ім" });
    }
    }
    return same(base.toString());
}

QStringView pick(const Name &n, Language language)
{
    switch (language) {
    case Language::Russian:
        return n.ru;
    case Language::Belarusian:
        return n.be;
    case Language::English:
        return n.en;
    }
    return n.en;
}

} // namespace

int villageCount()
{
    return kRootCount * kEndingCount;
}

Forms village(int index, Language language)
{
    index = qBound(0, index, villageCount() - 1);
    const Root &root = kRoots[index % kRootCount];
    const Ending &ending = kEndings[index / kRootCount];
    switch (language) {
    case Language::Russian:
        return withEndings(root.ru.toString(), ending.ru);
    case Language::Belarusian:
        return withEndings(root.be.toString(), ending.be);
    case Language::English:
        return same(root.en + ending.en);
    }
    return {};
}

int firstNameCount(bool female)
{
    return female ? int(std::size(kFemaleNames)) : int(std::size(kMaleNames));
}

int patronymicCount()
{
    return int(std::size(kPatronymics));
}

int surnameCount()
{
    return int(std::size(kSurnames));
}

Person person(bool female, int firstName, int patronymic, int surname, Language language)
{
    const Name &first = female ? kFemaleNames[qBound(0, firstName, firstNameCount(true) - 1)]
                               : kMaleNames[qBound(0, firstName, firstNameCount(false) - 1)];
    const Patronymic &father = kPatronymics[qBound(0, patronymic, patronymicCount() - 1)];
    const Surname &family = kSurnames[qBound(0, surname, surnameCount() - 1)];

    const Forms given = declineFirstName(pick(first, language), female, language);
    const Forms familyForms = declineSurname(family, female, language);
    Person p;
    p.female = female;
    for (int c = 0; c < CaseCount; ++c)
        p.name[c] = given[c] + u' ' + familyForms[c];
    switch (language) {
    case Language::Russian:
        p.full
            = given[0] + u' ' + (female ? father.ruFemale : father.ruMale) + u' ' + familyForms[0];
        break;
    case Language::Belarusian:
        p.full
            = given[0] + u' ' + (female ? father.beFemale : father.beMale) + u' ' + familyForms[0];
        break;
    case Language::English:
        p.full = p.name[0];
        break;
    }
    const Forms enFamily = declineSurname(family, female, Language::English);
    p.login = (first.en.left(1) + enFamily[0]).toLower();
    return p;
}

} // namespace CorpusNames
