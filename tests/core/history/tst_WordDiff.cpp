// The word diff: tokens, the diff of two texts in wdiff notation, and that each side's text can
// be read back from the segments.

#include "history/WordDiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_WordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("latin") << u"Hello, world!"_s
                               << QStringList { u"Hello"_s, u","_s, u" "_s, u"world"_s, u"!"_s };
        QTest::newRow("cyrillic") << u"Урожай — рекордный."_s
                                  << QStringList { u"Урожай"_s, u" "_s,         u"—"_s,
                                                   u" "_s,      u"рекордный"_s, u"."_s };
        QTest::newRow("apostrophe inside a word")
            << u"сям'я і сям’я 'quoted'"_s
            << QStringList { u"сям'я"_s, u" "_s, u"і"_s,      u" "_s, u"сям’я"_s,
                             u" "_s,     u"'"_s, u"quoted"_s, u"'"_s };
        QTest::newRow("numbers and spaces")
            << u"в  2026 году"_s << QStringList { u"в"_s, u"  "_s, u"2026"_s, u" "_s, u"году"_s };
        QTest::newRow("line breaks apart from spaces")
            << u"a \nb"_s << QStringList { u"a"_s, u" "_s, u"\n"_s, u"b"_s };
        QTest::newRow("mixed scripts")
            << u"Kopyl-Копыль"_s << QStringList { u"Kopyl"_s, u"-"_s, u"Копыль"_s };
        QTest::newRow("emoji outside the BMP")
            << u"ok 😀!"_s << QStringList { u"ok"_s, u" "_s, u"😀"_s, u"!"_s };
    }

    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(WordDiff::tokenize(text), tokens);
        QCOMPARE(WordDiff::tokenize(text).join(QString()), text);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("marked");
        QTest::newRow("equal") << u"Same text."_s << u"Same text."_s << u"Same text."_s;
        QTest::newRow("both empty") << QString() << QString() << QString();
        QTest::newRow("from empty") << QString() << u"New text"_s << u"{+New text+}"_s;
        QTest::newRow("to empty") << u"Old text"_s << QString() << u"[-Old text-]"_s;
        QTest::newRow("insertion") << u"The harvest was good."_s << u"The harvest was very good."_s
                                   << u"The harvest was {+very +}good."_s;
        QTest::newRow("deletion") << u"The harvest was very good."_s << u"The harvest was good."_s
                                  << u"The harvest was [-very -]good."_s;
        QTest::newRow("replacement") << u"The harvest was good."_s << u"The harvest was poor."_s
                                     << u"The harvest was [-good-]{+poor+}."_s;
        QTest::newRow("whole words, not letters")
            << u"record harvest"_s << u"recorded harvest"_s << u"[-record-]{+recorded+} harvest"_s;
        QTest::newRow("cyrillic replacement")
            << u"Собран рекордный урожай зерна."_s << u"Собран небывалый урожай зерна."_s
            << u"Собран [-рекордный-]{+небывалый+} урожай зерна."_s;
        QTest::newRow("adjacent replacements read as one")
            << u"в Копыльском районе сегодня"_s << u"в Слуцком округе сегодня"_s
            << u"в [-Копыльском районе-]{+Слуцком округе+} сегодня"_s;
        QTest::newRow("punctuation alone") << u"Готово."_s << u"Готово!"_s << u"Готово[-.-]{+!+}"_s;
        QTest::newRow("a new paragraph") << u"First.\nSecond."_s << u"First.\nInserted.\nSecond."_s
                                         << u"First.\n{+Inserted.\n+}Second."_s;
        QTest::newRow("changes in two paragraphs stay apart")
            << u"one a\nb two"_s << u"one x\ny two"_s << u"one [-a-]{+x+}\n[-b-]{+y+} two"_s;
    }

    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, marked);
        const QList<DiffSegment> segments = WordDiff::compare(before, after);
        QCOMPARE(WordDiff::toMarkedText(segments), marked);
        QCOMPARE(WordDiff::before(segments), before);
        QCOMPARE(WordDiff::after(segments), after);
        QCOMPARE(WordDiff::hasChanges(segments), before != after);
        // Neighbouring segments never share an op (runs are merged).
        for (qsizetype i = 1; i < segments.size(); ++i)
            QVERIFY(segments.at(i).op != segments.at(i - 1).op);
    }

    void longTextsStayExact()
    {
        // A 3,000-word text with every tenth word changed: both sides come back exactly.
        QStringList a, b;
        for (int i = 0; i < 3000; ++i) {
            a.append(u"слово%1"_s.arg(i));
            b.append(i % 10 == 0 ? u"word%1"_s.arg(i) : u"слово%1"_s.arg(i));
        }
        const QString before = a.join(u' ');
        const QString after = b.join(u' ');
        const QList<DiffSegment> segments = WordDiff::compare(before, after);
        QCOMPARE(WordDiff::before(segments), before);
        QCOMPARE(WordDiff::after(segments), after);
        int deletions = 0;
        for (const DiffSegment &s : segments)
            deletions += s.op == DiffSegment::Op::Delete;
        QCOMPARE(deletions, 300);
    }
};

QTEST_MAIN(tst_WordDiff)
#include "tst_WordDiff.moc"
