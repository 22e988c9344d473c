#include "cli/PasswordInput.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_PasswordInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("NEWSROOM_PASSWORD");
        qunsetenv("NEWSROOM_NEW_PASSWORD");
    }

    void readsTheEnvironment()
    {
        qputenv("NEWSROOM_PASSWORD", u"пароль 1"_s.toUtf8());
        qputenv("NEWSROOM_NEW_PASSWORD", "second");
        PasswordInput in(PasswordInput::Source::Environment, nullptr);
        QString error;
        QCOMPARE(in.actingUserPassword(&error), u"пароль 1"_s.toUtf8());
        QCOMPARE(in.newPassword(&error), QByteArray("second"));
    }

    void aMissingVariableIsNamed()
    {
        PasswordInput in(PasswordInput::Source::Environment, nullptr);
        QString error;
        QVERIFY(!in.actingUserPassword(&error));
        QVERIFY(error.contains(u"NEWSROOM_PASSWORD"_s));
        QVERIFY(!in.newPassword(&error));
        QVERIFY(error.contains(u"NEWSROOM_NEW_PASSWORD"_s));
        qputenv("NEWSROOM_PASSWORD", "");
        QVERIFY(!in.actingUserPassword(&error));
        QVERIFY(error.contains(u"empty"_s));
    }

    void readsOneStdinLineEachInOrder()
    {
        QByteArray data = "acting pw \r\nnew pw\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        qputenv("NEWSROOM_PASSWORD", "ignored with --password-stdin");
        PasswordInput in(PasswordInput::Source::Stdin, &buffer);
        QString error;
        QCOMPARE(in.actingUserPassword(&error), QByteArray("acting pw "));
        QCOMPARE(in.newPassword(&error), QByteArray("new pw"));
        QVERIFY(!in.newPassword(&error));
        QVERIFY(!error.isEmpty());
    }

    void aLastLineWithoutNewlineCounts()
    {
        QByteArray data = "only";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        PasswordInput in(PasswordInput::Source::Stdin, &buffer);
        QString error;
        QCOMPARE(in.newPassword(&error), QByteArray("only"));
    }

    void anEmptyLineIsRefused()
    {
        QByteArray data = "\nlater\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        PasswordInput in(PasswordInput::Source::Stdin, &buffer);
        QString error;
        QVERIFY(!in.actingUserPassword(&error));
        QVERIFY(error.contains(u"empty"_s));
    }
};

QTEST_MAIN(tst_PasswordInput)
#include "tst_PasswordInput.moc"
