<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be" sourcelanguage="en">
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../core/cli/CommandLineTool.cpp" line="+18"/>
        <source>Drive a Newsroom newsroom from the command line.</source>
        <translation>Праца з базай «Рэдакцыі» з каманднага радка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Паказаць гэтую даведку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Паказаць версію.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newsroom database (default: %1).</source>
        <translation>База даных рэдакцыі (па змаўчанні: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the messages: en, ru or be (default: the system&apos;s).</source>
        <translation>Мова паведамленняў: en, ru або be (па змаўчанні — мова сістэмы).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run.</source>
        <translation>Каманда для выканання.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown command: %1</source>
        <translation>Невядомая каманда: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <location filename="../core/storage/DatabaseLocation.cpp" line="+29"/>
        <source>Cannot create the folder %1</source>
        <translation>Не ўдаецца стварыць папку %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+16"/>
        <source>Newsroom</source>
        <translation>Рэдакцыя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No article is open.</source>
        <translation>Матэрыял не адкрыты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыхад</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Newsroom</source>
        <translation>&amp;Пра праграму «Рэдакцыя»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Newsroom</source>
        <translation>Пра праграму «Рэдакцыя»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Newsroom&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Write, review and publish the news of your press office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Рэдакцыя&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Падрыхтоўка, узгадненне і публікацыя навін вашай прэс-службы.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/newsroom/main.cpp" line="+24"/>
        <source>Newsroom</source>
        <translation>Рэдакцыя</translation>
    </message>
</context>
</TS>
