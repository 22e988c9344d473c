<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be" sourcelanguage="en">
<context>
    <name>BodyAllowlist</name>
    <message>
        <location filename="../core/article/BodyAllowlist.cpp" line="+92"/>
        <location line="+1"/>
        <source>script</source>
        <translation>скрыпт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>style sheet</source>
        <translation>табліца стыляў</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>embedded frame</source>
        <translation>убудаваны фрэйм</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>embedded object</source>
        <translation>убудаваны аб’ект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG graphic</source>
        <translation>графіка SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula (MathML)</source>
        <translation>формула (MathML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>video, audio or canvas</source>
        <translation>відэа, аўдыя або палатно (canvas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>image map</source>
        <translation>карта выявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>form field</source>
        <translation>поле формы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>link with control characters</source>
        <translation>спасылка з кіравальнымі сімваламі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>link without a web, e-mail or telephone address</source>
        <translation>спасылка без вэб-адраса, адраса электроннай пошты або нумара тэлефона</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link to %1:</source>
        <translation>спасылка віду %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>link with an invalid web address</source>
        <translation>спасылка з недапушчальным вэб-адрасам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link with an empty %1: address</source>
        <translation>спасылка з пустым адрасам %1:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>event handler attribute (onclick, onload, …)</source>
        <translation>атрыбут апрацоўшчыка падзей (onclick, onload, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style attribute</source>
        <translation>атрыбут стылю (style)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class or id attribute</source>
        <translation>атрыбут class або id</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>layout attribute (width, align, colspan, …)</source>
        <translation>атрыбут разметкі (width, align, colspan, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language or direction attribute</source>
        <translation>атрыбут мовы або кірунку тэксту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data or accessibility attribute</source>
        <translation>атрыбут даных або спецыяльных магчымасцей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link target attribute</source>
        <translation>атрыбут мэты спасылкі (target)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title attribute</source>
        <translation>атрыбут падказкі (title)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image attribute %1</source>
        <translation>атрыбут выявы %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 attribute</source>
        <translation>атрыбут %1</translation>
    </message>
</context>
<context>
    <name>BodyConverter</name>
    <message>
        <location filename="../core/article/BodyConverter.cpp" line="+447"/>
        <source>hidden text</source>
        <translation>схаваны тэкст</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>horizontal line inside a list or table</source>
        <translation>гарызантальная лінія ўнутры спіса або табліцы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>image embedded in the text (data: address)</source>
        <translation>выява, убудаваная ў тэкст (адрас data:)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image not stored with the article</source>
        <translation>выява, не захаваная разам з матэрыялам</translation>
    </message>
</context>
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
