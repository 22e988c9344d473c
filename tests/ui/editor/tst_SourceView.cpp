#include "editor/SourceView.h"

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}
} // namespace

class tst_SourceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlighterIsMadeOnFirstShow()
    {
        QWidget window;
        window.setPalette(lightPalette());
        auto *view = new SourceView(&window);
        view->setPlainText(u"<p>Текст <a href=\"https://kopyl.gov.by\">ссылка</a></p>"_s);
        QVERIFY(!view->isHighlighting()); // nothing loaded before it is needed
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(view->isHighlighting());
        // The HTML definition colours the tags: several format ranges on the line.
        QTRY_VERIFY(view->document()->firstBlock().layout()->formats().size() >= 3);
        QVERIFY(view->palette().color(QPalette::Base).lightness() > 128);
    }

    void themeFollowsThePalette()
    {
        QWidget window;
        window.setPalette(lightPalette());
        auto *view = new SourceView(&window);
        view->setPlainText(u"<h2>Заголовок</h2>"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString light = view->themeName();
        QVERIFY(!light.isEmpty());

        window.setPalette(darkPalette());
        QTRY_VERIFY(view->themeName() != light);
        QVERIFY(view->palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(view->palette().color(QPalette::Text).lightness() > 128);

        window.setPalette(lightPalette());
        QTRY_COMPARE(view->themeName(), light);
    }
};

QTEST_MAIN(tst_SourceView)
#include "tst_SourceView.moc"
