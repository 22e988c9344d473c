#include "bundle/HtmlEscape.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_HtmlEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping()
    {
        QCOMPARE(HtmlEscape::text(u"<a> & \"b\" 'c' ю"_s), u"&lt;a&gt; &amp; \"b\" 'c' ю"_s);
        QCOMPARE(HtmlEscape::attribute(u"<a> & \"b\""_s), u"&lt;a&gt; &amp; &quot;b&quot;"_s);
        const QString withNul = u"x"_s + QChar(0) + u"y"_s;
        QCOMPARE(HtmlEscape::text(withNul), u"x\uFFFDy"_s);
        QCOMPARE(HtmlEscape::text(u"&amp;"_s), u"&amp;amp;"_s);
    }
};

QTEST_MAIN(tst_HtmlEscape)
#include "tst_HtmlEscape.moc"
