#include "editor/LinkDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_LinkDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkedUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("https") << u"https://kopyl.gov.by/news?id=1"_s
                               << u"https://kopyl.gov.by/news?id=1"_s;
        QTest::newRow("http") << u"http://example.by"_s << u"http://example.by"_s;
        QTest::newRow("bare host") << u"kopyl.gov.by"_s << u"https://kopyl.gov.by"_s;
        QTest::newRow("www") << u"www.belta.by/news"_s << u"https://www.belta.by/news"_s;
        QTest::newRow("mailto") << u"mailto:press@kopyl.gov.by"_s << u"mailto:press@kopyl.gov.by"_s;
        QTest::newRow("bare e-mail") << u"press@kopyl.gov.by"_s << u"mailto:press@kopyl.gov.by"_s;
        QTest::newRow("tel") << u"tel:+375171234567"_s << u"tel:+375171234567"_s;
        QTest::newRow("upper-case scheme")
            << u"HTTPS://kopyl.gov.by"_s << u"https://kopyl.gov.by"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
        QTest::newRow("JavaScript mixed case") << u"JaVaScRiPt:alert(1)"_s << QString();
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << QString();
        QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
        QTest::newRow("ftp") << u"ftp://example.by"_s << QString();
        QTest::newRow("vbscript") << u"vbscript:msgbox"_s << QString();
        QTest::newRow("empty") << u"  "_s << QString();
        QTest::newRow("https without host") << u"https://"_s << QString();
        QTest::newRow("tel without number") << u"tel:"_s << QString();
    }
    void checkedUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = LinkDialog::checkedUrl(input, &error);
        if (expected.isEmpty()) {
            QVERIFY2(!url.isValid(), qPrintable(url.toString()));
            QVERIFY(!error.isEmpty());
        } else {
            QCOMPARE(url.toString(), expected);
            QVERIFY(error.isEmpty());
        }
    }

    void dialogSaysWhyAndRefuses()
    {
        LinkDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *url = dialog.findChild<QLineEdit *>(u"linkUrl"_s);
        auto *error = dialog.findChild<QLabel *>(u"linkError"_s);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!error->isVisible()); // nothing typed yet, nothing to complain about
        QTest::keyClicks(url, u"javascript:alert(1)"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"javascript"_s), qPrintable(error->text()));
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        url->clear();
        QTest::keyClicks(url, u"kopyl.gov.by"_s);
        QVERIFY(!error->isVisible());
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.url(), QUrl(u"https://kopyl.gov.by"_s));
    }
};

QTEST_MAIN(tst_LinkDialog)
#include "tst_LinkDialog.moc"
