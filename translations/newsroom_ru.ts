<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BodyAllowlist</name>
    <message>
        <location filename="../core/article/BodyAllowlist.cpp" line="+92"/>
        <location line="+1"/>
        <source>script</source>
        <translation>скрипт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>style sheet</source>
        <translation>таблица стилей</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>embedded frame</source>
        <translation>встроенный фрейм</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>embedded object</source>
        <translation>встроенный объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG graphic</source>
        <translation>графика SVG</translation>
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
        <translation>видео, аудио или холст (canvas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>image map</source>
        <translation>карта изображения</translation>
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
        <translation>ссылка с управляющими символами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>link without a web, e-mail or telephone address</source>
        <translation>ссылка без веб-адреса, адреса электронной почты или номера телефона</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link to %1:</source>
        <translation>ссылка вида %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>link with an invalid web address</source>
        <translation>ссылка с недопустимым веб-адресом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link with an empty %1: address</source>
        <translation>ссылка с пустым адресом %1:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>event handler attribute (onclick, onload, …)</source>
        <translation>атрибут обработчика событий (onclick, onload, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style attribute</source>
        <translation>атрибут стиля (style)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class or id attribute</source>
        <translation>атрибут class или id</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>layout attribute (width, align, colspan, …)</source>
        <translation>атрибут разметки (width, align, colspan, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language or direction attribute</source>
        <translation>атрибут языка или направления текста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data or accessibility attribute</source>
        <translation>атрибут данных или специальных возможностей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link target attribute</source>
        <translation>атрибут цели ссылки (target)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title attribute</source>
        <translation>атрибут подсказки (title)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image attribute %1</source>
        <translation>атрибут изображения %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 attribute</source>
        <translation>атрибут %1</translation>
    </message>
</context>
<context>
    <name>BodyConverter</name>
    <message>
        <location filename="../core/article/BodyConverter.cpp" line="+447"/>
        <source>hidden text</source>
        <translation>скрытый текст</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>horizontal line inside a list or table</source>
        <translation>горизонтальная линия внутри списка или таблицы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>image embedded in the text (data: address)</source>
        <translation>изображение, встроенное в текст (адрес data:)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image not stored with the article</source>
        <translation>изображение, не сохранённое вместе с материалом</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../core/cli/CommandLineTool.cpp" line="+18"/>
        <source>Drive a Newsroom newsroom from the command line.</source>
        <translation>Работа с базой «Редакции» из командной строки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newsroom database (default: %1).</source>
        <translation>База данных редакции (по умолчанию: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the messages: en, ru or be (default: the system&apos;s).</source>
        <translation>Язык сообщений: en, ru или be (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run.</source>
        <translation>Выполняемая команда.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown command: %1</source>
        <translation>Неизвестная команда: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <location filename="../core/storage/DatabaseLocation.cpp" line="+29"/>
        <source>Cannot create the folder %1</source>
        <translation>Не удаётся создать папку %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+16"/>
        <source>Newsroom</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No article is open.</source>
        <translation>Материал не открыт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Newsroom</source>
        <translation>&amp;О программе «Редакция»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Newsroom</source>
        <translation>О программе «Редакция»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Newsroom&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Write, review and publish the news of your press office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Редакция&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Подготовка, согласование и публикация новостей вашей пресс-службы.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/newsroom/main.cpp" line="+24"/>
        <source>Newsroom</source>
        <translation>Редакция</translation>
    </message>
</context>
</TS>
