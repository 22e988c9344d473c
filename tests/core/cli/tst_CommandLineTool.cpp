#include "cli/CommandLineTool.h"

#include "NewsroomVersion.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_CommandLineTool : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    static Result run(const QStringList &args)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        CommandLineTool tool(o, e);
        const int code = tool.run(QStringList { u"newsroom-cli"_s } + args);
        o.flush();
        e.flush();
        return { code, out, err };
    }

private Q_SLOTS:
    void versionPrintsTheProjectVersion()
    {
        const Result r = run({ u"--version"_s });
        QCOMPARE(r.code, int(CommandLineTool::Ok));
        QCOMPARE(r.out.trimmed(), u"newsroom-cli " NEWSROOM_VERSION_STRING ""_s);
    }

    void helpIsUsageAndExitsZero()
    {
        const Result r = run({ u"--help"_s });
        QCOMPARE(r.code, int(CommandLineTool::Ok));
        QVERIFY(r.out.contains(u"--db"_s));
    }

    void unknownCommandIsAUsageError()
    {
        const Result r = run({ u"frobnicate"_s });
        QCOMPARE(r.code, int(CommandLineTool::Usage));
        QVERIFY(r.err.contains(u"frobnicate"_s));
        QVERIFY(r.out.isEmpty());
    }

    void noCommandIsAUsageError() { QCOMPARE(run({}).code, int(CommandLineTool::Usage)); }
};

QTEST_MAIN(tst_CommandLineTool)
#include "tst_CommandLineTool.moc"
