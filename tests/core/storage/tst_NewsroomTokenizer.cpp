#include "storage/sqlite/NewsroomTokenizer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

// Russian, Belarusian and English rows; the queries below name them by id.
struct Row
{
    int id;
    QString text;
};

const QList<Row> &rows()
{
    static const QList<Row> list {
        { 1, u"В Копыльском районе завершилась уборка урожая зерновых."_s },
        { 2, u"Хозяйства района гордятся урожаем картофеля."_s },
        { 3, u"У здания райисполкома открылась продажа новогодней елки."_s },
        { 4, u"ЁЛКА на площади Ленина будет украшена к 25 декабря."_s },
        { 5, u"Выбары дэпутатаў мясцовых Саветаў адбудуцца ў лютым."_s },
        { 6, u"Сям’я з Капыля атрымала ключы ад новай кватэры."_s },
        { 7, u"Farmers are harvesting winter wheat near Kopyl."_s },
        { 8, u"The Harvest Festival opens on Saturday; Belarus' farmers are invited."_s },
        { 9, u"Road repairs on Lenin Street will finish in May."_s },
        { 10, u"A new café opened at the bus station; O’Brien's band played."_s },
        { 11, u"Северо-западный ветер принесёт похолодание."_s },
        { 12, u"Ураджай збожжавых сёлета вышэйшы, чым летась."_s },
    };
    return list;
}

} // namespace

class tst_NewsroomTokenizer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_connections = 0;

    // A fresh connection to a real file, with the tokenizer registered unless told otherwise.
    QSqlDatabase open(const QString &file, bool registerTokenizer = true)
    {
        const QString name = u"tst_NewsroomTokenizer_%1"_s.arg(++m_connections);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_dir.filePath(file));
        if (!db.open())
            qWarning() << db.lastError().text();
        if (registerTokenizer) {
            QString error;
            if (!registerNewsroomTokenizer(sqliteHandle(db), &error))
                qWarning() << error;
        }
        return db;
    }

    static bool exec(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    // The sample table, filled once per connection.
    QSqlDatabase sampleDatabase()
    {
        QSqlDatabase db = open(u"sample.sqlite"_s);
        QSqlQuery probe(db);
        if (probe.exec(u"SELECT count(*) FROM docs"_s) && probe.next()
            && probe.value(0).toInt() == rows().size())
            return db;
        exec(db, u"CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='newsroom')"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO docs(rowid, body) VALUES (?, ?)"_s);
        for (const Row &row : rows()) {
            insert.addBindValue(row.id);
            insert.addBindValue(row.text);
            if (!insert.exec())
                qWarning() << insert.lastError().text();
        }
        return db;
    }

    static QList<int> match(QSqlDatabase &db, const QString &query)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid"_s);
        q.addBindValue(query);
        QList<int> ids;
        if (!q.exec()) {
            qWarning() << query << q.lastError().text();
            return { -1 };
        }
        while (q.next())
            ids << q.value(0).toInt();
        return ids;
    }

    static QList<QByteArray> texts(const QList<NewsroomTokenizer::Token> &tokens)
    {
        QList<QByteArray> list;
        for (const auto &t : tokens)
            list << t.text;
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void registrationNeedsAConnection()
    {
        QString error;
        QVERIFY(!registerNewsroomTokenizer(nullptr, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(sqliteHandle(QSqlDatabase()), nullptr);
    }

    void tableNeedsTheRegisteredTokenizer()
    {
        QSqlDatabase plain = open(u"unregistered.sqlite"_s, false);
        QVERIFY(plain.isOpen());
        QVERIFY(sqliteHandle(plain));
        QSqlQuery q(plain);
        QVERIFY(!q.exec(u"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='newsroom')"_s));
        QVERIFY2(q.lastError().text().contains(u"tokenizer"_s), qPrintable(q.lastError().text()));

        QString error;
        QVERIFY2(registerNewsroomTokenizer(sqliteHandle(plain), &error), qPrintable(error));
        QVERIFY(exec(plain, u"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='newsroom')"_s));
        // Registering again on the same connection replaces the tokenizer, harmlessly.
        QVERIFY2(registerNewsroomTokenizer(sqliteHandle(plain), &error), qPrintable(error));
        QVERIFY(exec(plain, u"INSERT INTO t(body) VALUES ('урожай')"_s));
    }

    void unknownOptionsAreRefused()
    {
        QSqlDatabase db = open(u"options.sqlite"_s);
        QSqlQuery q(db);
        QVERIFY(
            !q.exec(u"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='newsroom stemmming 0')"_s));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected");

        // Morphology: every form of the word finds every other.
        QTest::newRow("урожай finds урожая, урожаем") << u"урожай"_s << QList<int> { 1, 2 };
        QTest::newRow("урожаем finds урожая") << u"урожаем"_s << QList<int> { 1, 2 };
        QTest::newRow("upper case query") << u"УРОЖАЙ"_s << QList<int> { 1, 2 };
        QTest::newRow("район in three forms") << u"район"_s << QList<int> { 1, 2 };
        // ё ≈ е, in either direction, and case folding.
        QTest::newRow("Ёлка finds елки and ЁЛКА") << u"Ёлка"_s << QList<int> { 3, 4 };
        QTest::newRow("елка finds both") << u"елка"_s << QList<int> { 3, 4 };
        QTest::newRow("принесет finds принесёт") << u"принесет"_s << QList<int> { 11 };
        // English stemming.
        QTest::newRow("harvest finds harvesting") << u"harvest"_s << QList<int> { 7, 8 };
        QTest::newRow("harvesting finds Harvest") << u"harvesting"_s << QList<int> { 7, 8 };
        QTest::newRow("roads finds Road") << u"roads"_s << QList<int> { 9 };
        QTest::newRow("farmer finds Farmers") << u"farmer"_s << QList<int> { 7, 8 };
        QTest::newRow("possessive apostrophe") << u"Belarus"_s << QList<int> { 8 };
        QTest::newRow("O'Brien one word, any apostrophe") << u"\"O'Brien\""_s << QList<int> { 10 };
        // Latin diacritics.
        QTest::newRow("cafe finds café") << u"cafe"_s << QList<int> { 10 };
        QTest::newRow("CAFÉ finds café") << u"CAFÉ"_s << QList<int> { 10 };
        // Belarusian: folded, not stemmed.
        QTest::newRow("be exact form") << u"дэпутатаў"_s << QList<int> { 5 };
        QTest::newRow("be upper case") << u"ДЭПУТАТАЎ"_s << QList<int> { 5 };
        QTest::newRow("be ё folding") << u"Сёлета"_s << QList<int> { 12 };
        QTest::newRow("be apostrophe variants") << u"\"сям'я\""_s << QList<int> { 6 };
        QTest::newRow("be ʼ apostrophe") << u"\"сямʼя\""_s << QList<int> { 6 };
        QTest::newRow("be not Russian-stemmed") << u"дэпутат"_s << QList<int> {};
        // Hyphenated words: each part is a word; the phrase still matches.
        QTest::newRow("hyphen part") << u"западный"_s << QList<int> { 11 };
        QTest::newRow("hyphen phrase") << u"\"северо-западный\""_s << QList<int> { 11 };
        QTest::newRow("hyphen phrase wrong order") << u"\"западный северо\""_s << QList<int> {};
        // Prefix queries, on stems.
        QTest::newRow("prefix урож*") << u"урож*"_s << QList<int> { 1, 2 };
        QTest::newRow("prefix of a full form урожае*") << u"урожае*"_s << QList<int> { 1, 2 };
        QTest::newRow("prefix harv*") << u"harv*"_s << QList<int> { 7, 8 };
        QTest::newRow("prefix Кап*") << u"Кап*"_s << QList<int> { 6 };
        // Numbers and combinations.
        QTest::newRow("number") << u"25"_s << QList<int> { 4 };
        QTest::newRow("AND") << u"урожай AND картофеля"_s << QList<int> { 2 };
        QTest::newRow("no match") << u"шахматы"_s << QList<int> {};
        QTest::newRow("pure punctuation") << u"\"!!! ...\""_s << QList<int> {};
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        QSqlDatabase db = sampleDatabase();
        QCOMPARE(match(db, query), expected);
    }

    void highlightMarksTheWordsAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Cyrillic forms")
            << u"Уборка урожая в Копыльском районе. Хороший урожай!"_s << u"урожаем"_s
            << u"Уборка [урожая] в Копыльском районе. Хороший [урожай]!"_s;
        QTest::newRow("ё in text") << u"Ёлка, ёлки — и снова елки."_s << u"елка"_s
                                   << u"[Ёлка], [ёлки] — и снова [елки]."_s;
        QTest::newRow("Belarusian") << u"Выбары дэпутатаў мясцовых Саветаў"_s << u"дэпутатаў"_s
                                    << u"Выбары [дэпутатаў] мясцовых Саветаў"_s;
        QTest::newRow("mixed scripts")
            << u"Копыль (Kopyl): harvesting ends; урожай собран."_s << u"harvest OR урожай"_s
            << u"Копыль (Kopyl): [harvesting] ends; [урожай] собран."_s;
        QTest::newRow("apostrophe word")
            << u"Аб’ява: сям’я Лукашэвічаў"_s << u"\"сям'я\""_s << u"Аб’ява: [сям’я] Лукашэвічаў"_s;
        QTest::newRow("soft hyphen inside")
            << u"уро\u00ADжай и ветер"_s << u"урожай"_s << u"[уро\u00ADжай] и ветер"_s;
        QTest::newRow("decomposed й")
            << u"Мой урожай"_s.normalized(QString::NormalizationForm_D) << u"мой"_s
            << u"[Мой] урожай"_s.normalized(QString::NormalizationForm_D);
        QTest::newRow("stress mark")
            << u"Моло\u0301ко и хлеб"_s << u"молоко"_s << u"[Моло\u0301ко] и хлеб"_s;
        QTest::newRow("hyphen parts") << u"Северо-западный ветер"_s << u"\"северо-западный\""_s
                                      << u"[Северо-западный] ветер"_s;
        QTest::newRow("emoji and CJK around")
            << u"🌾 урожай 2025 — 丰收"_s << u"урожай"_s << u"🌾 [урожай] 2025 — 丰收"_s;
    }

    void highlightMarksTheWordsAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QSqlDatabase db = open(u"highlight.sqlite"_s);
        QVERIFY(exec(
            db, u"CREATE VIRTUAL TABLE IF NOT EXISTS h USING fts5(body, tokenize='newsroom')"_s));
        QVERIFY(exec(db, u"DELETE FROM h"_s));
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO h(body) VALUES (?)"_s);
        insert.addBindValue(text);
        QVERIFY(insert.exec());
        QSqlQuery q(db);
        q.prepare(u"SELECT highlight(h, 0, '[', ']') FROM h WHERE h MATCH ?"_s);
        q.addBindValue(query);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY2(q.next(), "no match");
        QCOMPARE(q.value(0).toString(), expected);
    }

    void snippetInLongCyrillicText()
    {
        QSqlDatabase db = open(u"snippet.sqlite"_s);
        QVERIFY(
            exec(db, u"CREATE VIRTUAL TABLE s USING fts5(headline, body, tokenize='newsroom')"_s));
        QString body;
        for (int i = 0; i < 40; ++i)
            body += u"Работники райисполкома провели совещание по подготовке к зиме. "_s;
        body += u"Особое внимание уделили дорогам, ведущим к фермам. "_s;
        for (int i = 0; i < 40; ++i)
            body += u"Обсуждались вопросы благоустройства деревень района. "_s;
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO s(headline, body) VALUES (?, ?)"_s);
        insert.addBindValue(u"Совещание в райисполкоме"_s);
        insert.addBindValue(body);
        QVERIFY(insert.exec());

        QSqlQuery q(db);
        q.prepare(u"SELECT snippet(s, 1, '<b>', '</b>', '…', 8) FROM s WHERE s MATCH ?"_s);
        q.addBindValue(u"дорога"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const QString snippet = q.value(0).toString();
        QVERIFY2(snippet.contains(u"<b>дорогам</b>"_s), qPrintable(snippet));
        QVERIFY2(snippet.startsWith(u'…') && snippet.endsWith(u'…'), qPrintable(snippet));
        QCOMPARE(snippet.count(u"<b>"_s), 1);
    }

    void tokensCarryUtf8ByteOffsets()
    {
        NewsroomTokenizer tokenizer;
        QVERIFY(tokenizer.isValid());
        const QByteArray text = u"Ёлка, урожая! Harvesting café-bar don't"_s.toUtf8();
        const QList<NewsroomTokenizer::Token> tokens = tokenizer.tokenize(text);
        const QList<NewsroomTokenizer::Token> expected {
            { "\xd0\xb5\xd0\xbb\xd0\xba", 0, 8 }, // елк
            { "\xd1\x83\xd1\x80\xd0\xbe\xd0\xb6", 10, 22 }, // урож
            { "harvest", 24, 34 },
            { "cafe", 35, 40 },
            { "bar", 41, 44 },
            { "don't", 45, 50 },
        };
        QCOMPARE(tokens, expected);
        QStringList spans;
        for (const auto &t : tokens)
            spans << QString::fromUtf8(text.sliced(t.start, t.end - t.start));
        QCOMPARE(spans,
                 QStringList(
                     { u"Ёлка"_s, u"урожая"_s, u"Harvesting"_s, u"café"_s, u"bar"_s, u"don't"_s }));
    }

    void stemmingFollowsTheScript_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("token");
        QTest::newRow("Russian") << u"Урожаем"_s << u"урож"_s;
        QTest::newRow("Russian ё") << u"ЁЛКИ"_s << u"елк"_s;
        QTest::newRow("Russian -ай noun, nominative") << u"урожай"_s << u"урож"_s;
        QTest::newRow("Russian -ой noun, genitive") << u"Героя"_s << u"гер"_s;
        QTest::newRow("Russian -ой noun, nominative") << u"герой"_s << u"гер"_s;
        QTest::newRow("Russian -ей noun") << u"музеем"_s << u"муз"_s;
        QTest::newRow("Russian short stem kept") << u"края"_s << u"кра"_s;
        QTest::newRow("English") << u"Harvesting"_s << u"harvest"_s;
        QTest::newRow("English possessive") << u"district's"_s << u"district"_s;
        QTest::newRow("Belarusian ў folded only") << u"Саветаў"_s << u"саветаў"_s;
        QTest::newRow("Belarusian і folded only") << u"Ініцыятывы"_s << u"ініцыятывы"_s;
        QTest::newRow("Belarusian apostrophe") << u"Аб’явы"_s << u"аб'явы"_s;
        QTest::newRow("Ukrainian ї folded only") << u"Київ"_s << u"київ"_s;
        QTest::newRow("Polish folded and English-stemmed") << u"Łódź"_s << u"lodz"_s;
        QTest::newRow("German ß") << u"Straße"_s << u"strass"_s;
        QTest::newRow("mixed letters and digits") << u"COVID19"_s << u"covid19"_s;
        QTest::newRow("mixed scripts") << u"Mинск"_s << u"mинск"_s; // Latin M, Cyrillic rest
        QTest::newRow("Greek folded") << u"ΑΘΗΝΑ"_s << u"αθηνα"_s;
        QTest::newRow("Arabic-Indic digits") << u"٢٠٢٥"_s << u"2025"_s;
    }

    void stemmingFollowsTheScript()
    {
        QFETCH(QString, word);
        QFETCH(QString, token);
        NewsroomTokenizer tokenizer;
        const QByteArray utf8 = word.toUtf8();
        const auto tokens = tokenizer.tokenize(utf8);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(QString::fromUtf8(tokens.first().text), token);
        QCOMPARE(tokens.first().start, 0);
        QCOMPARE(tokens.first().end, utf8.size());
    }

    void hostileInputIsHarmless_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArray>>("expected");
        QTest::newRow("empty") << QByteArray() << QList<QByteArray> {};
        QTest::newRow("punctuation")
            << QByteArray("!!! ... --- ''' \xe2\x80\x94 ?!") << QList<QByteArray> {};
        QTest::newRow("only apostrophes and hyphens")
            << QByteArray("'-'-'") << QList<QByteArray> {};
        // Invalid bytes separate words; the valid text around them is still found.
        QTest::newRow("invalid bytes") << QByteArray("ab\xff\xfe"
                                                     "cd \xd0\xb0\xd0")
                                       << QList<QByteArray> { "ab", "cd", "\xd0\xb0" };
        QTest::newRow("overlong slash")
            << QByteArray("x\xc0\xafy") << QList<QByteArray> { "x", "y" };
        QTest::newRow("surrogate half") << QByteArray("a\xed\xa0\x80"
                                                      "b")
                                        << QList<QByteArray> { "a", "b" };
        QTest::newRow("truncated sequence at end")
            << QByteArray("word\xe2\x80") << QList<QByteArray> { "word" };
        QTest::newRow("lone soft hyphen") << QByteArray("\xc2\xad") << QList<QByteArray> {};
        QTest::newRow("lone combining mark") << QByteArray("\xcc\x81") << QList<QByteArray> {};
        QTest::newRow("embedded NUL")
            << QByteArray("abc\0def", 7) << QList<QByteArray> { "abc", "def" };
    }

    void hostileInputIsHarmless()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArray>, expected);
        NewsroomTokenizer tokenizer;
        const auto tokens = tokenizer.tokenize(input);
        QCOMPARE(texts(tokens), expected);
        int last = 0;
        for (const auto &t : tokens) {
            QVERIFY(t.start >= last && t.end > t.start && t.end <= input.size());
            last = t.end;
        }
    }

    void veryLongWordIsCutAtACharacterBoundary()
    {
        NewsroomTokenizer tokenizer;
        const QByteArray word = QString(100000, u'ж').toUtf8();
        const QByteArray text = "a " + word + " b";
        const auto tokens = tokenizer.tokenize(text);
        QCOMPARE(tokens.size(), 3);
        const auto &big = tokens.at(1);
        QCOMPARE(big.start, 2);
        QCOMPARE(big.end, 2 + word.size());
        QVERIFY(big.text.size() <= NewsroomTokenizer::MaxTokenBytes);
        QCOMPARE(big.text.size() % 2, 0); // whole two-byte letters
        QVERIFY(QString::fromUtf8(big.text).toUtf8() == big.text);
    }

    void stemsStayTheSameAcrossTheCache()
    {
        NewsroomTokenizer tokenizer;
        const QByteArray probe = u"Урожаем harvesting урожая"_s.toUtf8();
        const auto before = tokenizer.tokenize(probe);
        QCOMPARE(tokenizer.tokenize(probe), before); // now from the cache
        // Enough distinct words to overflow the cache's bound and start it afresh.
        QString many;
        const QString letters = u"абвгдежзиклмнопрстуфхцчшы"_s;
        for (int i = 0; i < 70000; ++i) {
            many += u"про"_s;
            for (int n = i; n > 0; n /= int(letters.size()))
                many += letters.at(n % letters.size());
            many += u"ами "_s;
        }
        QCOMPARE(tokenizer.tokenize(many.toUtf8()).size(), 70000);
        QCOMPARE(tokenizer.tokenize(probe), before);
        QCOMPARE(texts(before),
                 (QList<QByteArray> { "\xd1\x83\xd1\x80\xd0\xbe\xd0\xb6", "harvest",
                                      "\xd1\x83\xd1\x80\xd0\xbe\xd0\xb6" }));
    }

    // Each connection gets its own tokenizer (and stemmers); connections in different threads
    // must not disturb each other.
    void connectionsInThreadsAreIndependent()
    {
        constexpr int Threads = 4;
        constexpr int Rows = 150;
        std::vector<int> found(Threads, -1); // one element a thread
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([this, t, &found] {
                const QString name = u"thread_%1"_s.arg(t);
                {
                    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                    db.setDatabaseName(m_dir.filePath(name + u".sqlite"_s));
                    if (!db.open() || !registerNewsroomTokenizer(sqliteHandle(db)))
                        return;
                    QSqlQuery q(db);
                    q.exec(u"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='newsroom')"_s);
                    db.transaction();
                    q.prepare(u"INSERT INTO t(body) VALUES (?)"_s);
                    for (int i = 0; i < Rows; ++i) {
                        q.addBindValue(i % 2 ? u"Хозяйства собрали урожай зерновых, café №%1"_s.arg(i)
                                             : u"Farmers are harvesting wheat near Kopyl, %1"_s.arg(i));
                        q.exec();
                    }
                    db.commit();
                    q.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s);
                    q.addBindValue(t % 2 ? u"урожаем"_s : u"harvest"_s);
                    if (q.exec() && q.next())
                        found[t] = q.value(0).toInt();
                    q.finish();
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(QList<int>(found.cbegin(), found.cend()), QList<int>(Threads, Rows / 2));
    }

    void sqliteSurvivesHostileRows()
    {
        QSqlDatabase db = open(u"hostile.sqlite"_s);
        QVERIFY(exec(db, u"CREATE VIRTUAL TABLE x USING fts5(body, tokenize='newsroom')"_s));
        const QList<QByteArray> bodies {
            QByteArray(),
            QByteArray("!!! ... ---"),
            QString(200000, u'ы').toUtf8(),
            QByteArray("\xff\xfe\xd0 \xd1\x83\xd1\x80\xd0\xbe\xd0\xb6\xd0\xb0\xd0\xb9 \xc0\xaf"),
        };
        QSqlQuery insert(db);
        // Bound as a blob and cast, so the invalid bytes reach the tokenizer unchanged.
        insert.prepare(u"INSERT INTO x(body) VALUES (CAST(? AS TEXT))"_s);
        for (const QByteArray &b : bodies) {
            insert.addBindValue(b);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QSqlQuery q(db);
        q.prepare(u"SELECT rowid, highlight(x, 0, '[', ']') FROM x WHERE x MATCH ?"_s);
        q.addBindValue(u"урожай"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY2(
            q.value(1).toByteArray().contains("[\xd1\x83\xd1\x80\xd0\xbe\xd0\xb6\xd0\xb0\xd0\xb9]"),
            q.value(1).toByteArray().toHex().constData());
        QVERIFY(!q.next());

        QVERIFY(exec(db, u"INSERT INTO x(x) VALUES ('integrity-check')"_s));
    }
};

QTEST_MAIN(tst_NewsroomTokenizer)
#include "tst_NewsroomTokenizer.moc"
