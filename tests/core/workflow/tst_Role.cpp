#include "workflow/Role.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_Role : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (Role role : allRoles()) {
            Role back;
            QVERIFY(roleFromName(roleName(role), &back));
            QCOMPARE(back, role);
            QVERIFY(!roleDisplayName(role).isEmpty());
        }
        QCOMPARE(roleName(Role::Officer), u"officer"_s);
        QCOMPARE(roleName(Role::Supervisor), u"supervisor"_s);
        QCOMPARE(roleName(Role::Admin), u"admin"_s);
        Role dummy;
        QVERIFY(!roleFromName(u"editor"_s, &dummy));
        QVERIFY(!roleFromName(u"Admin"_s, &dummy));
    }

    void setsRoundTripInAFixedOrder()
    {
        const Roles both = Roles(Role::Admin) | Role::Officer;
        QCOMPARE(roleNames(both), (QStringList { u"officer"_s, u"admin"_s }));
        Roles back;
        QVERIFY(rolesFromNames({ u"admin"_s, u" officer"_s }, &back));
        QCOMPARE(back, both);
        QVERIFY(rolesFromNames({}, &back));
        QCOMPARE(back, Roles());
        back = both;
        QVERIFY(!rolesFromNames({ u"officer"_s, u"boss"_s }, &back));
        QCOMPARE(back, both);
    }
};

QTEST_MAIN(tst_Role)
#include "tst_Role.moc"
