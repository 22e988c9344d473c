<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ArticleCommands</name>
    <message>
        <location filename="../core/cli/ArticleCommands.cpp" line="+77"/>
        <source>The headline.</source>
        <translation>Заголовок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The lead (standfirst).</source>
        <translation>Лид (вводный абзац).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slug (unique in the newsroom).</source>
        <translation>Ярлык для веб-адреса (уникальный в редакции).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+333"/>
        <source>slug</source>
        <translation>ярлык</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>The authors, comma-separated (repeatable).</source>
        <translation>Авторы через запятую (можно указать несколько раз).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names</source>
        <translation>имена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section.</source>
        <translation>Рубрика.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+366"/>
        <location line="+2"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>Tags, comma-separated (repeatable).</source>
        <translation>Теги через запятую (можно указать несколько раз).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+329"/>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <location line="-328"/>
        <source>The dateline place.</source>
        <translation>Место выпуска новости (для строки с местом и датой).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language (BCP 47: ru, be, en).</source>
        <translation>Язык (BCP 47: ru, be, en).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>tag</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>The source or credit.</source>
        <translation>Источник или указание авторства.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embargo until (ISO 8601, UTC unless an offset is given; empty clears).</source>
        <translation>Эмбарго до указанного времени (ISO 8601, UTC, если смещение не указано; пустое значение снимает эмбарго).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+354"/>
        <location line="+1"/>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Planned publication (ISO 8601, UTC unless an offset is given; empty clears).</source>
        <translation>Плановое время публикации (ISO 8601, UTC, если смещение не указано; пустое значение очищает поле).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SEO description.</source>
        <translation>SEO-описание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The editor&apos;s note.</source>
        <translation>Примечание редактора.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body from a file, or - for standard input: HTML (cleaned to what an article may hold) or plain text (blank lines separate paragraphs).</source>
        <translation>Текст материала из файла или - для стандартного ввода: HTML (очищается до того, что допустимо в материале) или простой текст (абзацы разделяются пустыми строками).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%1” is not a time (use ISO 8601, e.g. 2025-03-01T09:00Z).</source>
        <translation>«%1» — неверное время (используйте ISO 8601, например 2025-03-01T09:00Z).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the body file %1: %2</source>
        <translation>Не удаётся прочитать файл с текстом %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The body is not UTF-8 text.</source>
        <translation>Текст материала не в кодировке UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: left out of the body: %1</source>
        <translation>Внимание: из текста исключено: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create, change or show an article (new, set, show).</source>
        <translation>Создать, изменить или показать материал (new, set, show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List articles.</source>
        <translation>Показать список материалов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the articles&apos; text.</source>
        <translation>Искать в текстах материалов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List an article&apos;s revisions.</source>
        <translation>Показать версии материала.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Usage: newsroom-cli article new|set|show … (see newsroom-cli article new --help)</source>
        <translation>Использование: newsroom-cli article new|set|show … (см. newsroom-cli article new --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>article needs one of: new, set, show.</source>
        <translation>Для article укажите одно из: new, set, show.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown article command: %1 (use new, set or show).</source>
        <translation>Неизвестная команда article: %1 (используйте new, set или show).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creates an article (a draft) and prints its id. Without --slug the slug is made from the headline.</source>
        <translation>Создаёт материал (черновик) и выводит его идентификатор. Без --slug ярлык составляется из заголовка.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+187"/>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>article new needs --headline.</source>
        <translation>Для article new нужен --headline.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Changes fields of an article, saves it as a new revision and prints the new version. With --base-version the save is refused (exit code 4) if the article has been saved since that version.</source>
        <translation>Изменяет поля материала, сохраняет его как новую версию и выводит её номер. С --base-version сохранение отклоняется (код выхода 4), если материал сохраняли после этой версии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <location line="+222"/>
        <source>The article&apos;s id.</source>
        <translation>Идентификатор материала.</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>The version the change is based on.</source>
        <translation>Версия, на основе которой сделано изменение.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>article set needs exactly one article id.</source>
        <translation>Для article set нужен ровно один идентификатор материала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>article set needs at least one --FIELD VALUE.</source>
        <translation>Для article set нужна хотя бы одна пара --ПОЛЕ ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+222"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не идентификатор материала.</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>--base-version needs a version number.</source>
        <translation>Для --base-version нужен номер версии.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Shows an article: its fields, then its text.</source>
        <translation>Показывает материал: сначала поля, затем текст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON (the body as canonical HTML).</source>
        <translation>Вывести JSON (текст — в каноническом HTML).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>article show needs exactly one article id.</source>
        <translation>Для article show нужен ровно один идентификатор материала.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byline</source>
        <translation>авторская подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>рубрика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dateline</source>
        <translation>место выпуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embargo</source>
        <translation>эмбарго</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>плановая публикация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO description</source>
        <translation>SEO-описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor&apos;s note</source>
        <translation>примечание редактора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images</source>
        <translation>изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1, пользователь %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content hash</source>
        <translation>хеш содержимого</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lists articles, one a line: id, status, updated (UTC), section, headline.</source>
        <translation>Выводит список материалов, по одному в строке: идентификатор, статус, время изменения (UTC), рубрика, заголовок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these statuses, comma-separated (repeatable): %1.</source>
        <translation>Только эти статусы, через запятую (можно указать несколько раз): %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only this section.</source>
        <translation>Только эта рубрика.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only articles with this author in the byline.</source>
        <translation>Только материалы, в авторской подписи которых есть этот автор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this language.</source>
        <translation>Только этот язык.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only articles updated at or after this time.</source>
        <translation>Только материалы, изменённые в это время или позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only articles updated before this time.</source>
        <translation>Только материалы, изменённые раньше этого времени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by updated (default), created, headline, status or section.</source>
        <translation>Сортировка: updated (по умолчанию), created, headline, status или section.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest or A first.</source>
        <translation>Сначала старые или по алфавиту от А до Я.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many (default 100, at most 1000).</source>
        <translation>Не больше указанного числа (по умолчанию 100, максимум 1000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <location line="+53"/>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Unknown status “%1”.</source>
        <translation>Неизвестный статус «%1».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a time (use ISO 8601).</source>
        <translation>«%1» — неверное время (используйте ISO 8601).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown sort key “%1”.</source>
        <translation>Неизвестный ключ сортировки «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit needs a number from 1 to 1000.</source>
        <translation>Для --limit нужно число от 1 до 1000.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Searches headlines, leads, bodies and tags; best matches first, one a line: id, status, headline, and the passage with matches in [brackets].</source>
        <translation>Ищет в заголовках, лидах, текстах и тегах; сначала лучшие совпадения, по одному в строке: идентификатор, статус, заголовок и фрагмент с совпадениями в [скобках].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to find (all must match); &quot;a phrase&quot;; prefix*.</source>
        <translation>Слова для поиска (должны найтись все); &quot;фраза целиком&quot;; начало_слова*.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many (default 20, at most 500).</source>
        <translation>Не больше указанного числа (по умолчанию 20, максимум 500).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>search needs something to search for.</source>
        <translation>Для search укажите, что искать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit needs a number from 1 to 500.</source>
        <translation>Для --limit нужно число от 1 до 500.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lists an article&apos;s revisions, newest first: version, saved (UTC), by whom, status, content hash, headline.</source>
        <translation>Выводит версии материала, сначала новые: версия, время сохранения (UTC), кем сохранена, статус, хеш содержимого, заголовок.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>history needs exactly one article id.</source>
        <translation>Для history нужен ровно один идентификатор материала.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../core/workflow/AuditChain.cpp" line="+99"/>
        <source>row %1 is missing</source>
        <translation>запись %1 отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows %1 to %2 are missing</source>
        <translation>записи с %1 по %2 отсутствуют</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 is out of sequence</source>
        <translation>запись %1 нарушает порядок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row 1 does not start the log</source>
        <translation>запись 1 не открывает журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not follow row %2: one of them was changed</source>
        <translation>запись %1 не продолжает запись %2: одна из них была изменена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 was changed after it was written</source>
        <translation>запись %1 изменена после внесения в журнал</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 does not match the anchor %2</source>
        <translation>запись %1 не совпадает с контрольной точкой %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the log is empty but the anchor names row %1: rows were removed</source>
        <translation>журнал пуст, а контрольная точка указывает на запись %1: записи были удалены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the log ends at row %1 but the anchor names row %2: rows were removed from the end</source>
        <translation>журнал заканчивается записью %1, а контрольная точка указывает на запись %2: записи в конце были удалены</translation>
    </message>
</context>
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
    <name>CliContext</name>
    <message>
        <location filename="../core/cli/CliContext.cpp" line="+17"/>
        <source>The newsroom database.</source>
        <translation>База данных редакции.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acting user (password from NEWSROOM_PASSWORD).</source>
        <translation>Пользователь, от имени которого выполняется команда (пароль — из NEWSROOM_PASSWORD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read passwords from standard input, one a line.</source>
        <translation>Читать пароли со стандартного ввода, по одному в строке.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This newsroom has users: sign in with --user NAME.</source>
        <translation>В этой редакции есть пользователи: войдите с --user ИМЯ.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Warning: %1</source>
        <translation>Внимание: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../core/cli/CommandLineTool.cpp" line="+25"/>
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
        <location line="+3"/>
        <source>The acting user (password from NEWSROOM_PASSWORD).</source>
        <translation>Пользователь, от имени которого выполняется команда (пароль — из NEWSROOM_PASSWORD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read passwords from standard input, one a line.</source>
        <translation>Читать пароли со стандартного ввода, по одному в строке.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The command to run.</source>
        <translation>Выполняемая команда.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+29"/>
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
    <name>Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+16"/>
        <source>Could not update the database schema (%1): %2</source>
        <translation>Не удалось обновить схему базы данных (%1): %2</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>%1 is a database of some other program, not a Newsroom database.</source>
        <translation>%1 — база данных другой программы, а не «Редакции».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot migrate the database from version %1 to %2.</source>
        <translation>Не удаётся перевести базу данных с версии %1 на версию %2.</translation>
    </message>
</context>
<context>
    <name>NewsroomTokenizer</name>
    <message>
        <location filename="../core/storage/sqlite/NewsroomTokenizer.cpp" line="+609"/>
        <source>Cannot set up full-text search: there is no open SQLite database.</source>
        <translation>Не удаётся настроить полнотекстовый поиск: нет открытой базы данных SQLite.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot set up full-text search: this SQLite library (%1) has no FTS5.</source>
        <translation>Не удаётся настроить полнотекстовый поиск: в этой библиотеке SQLite (%1) нет FTS5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot set up full-text search: %1</source>
        <translation>Не удаётся настроить полнотекстовый поиск: %1</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <location filename="../core/cli/PasswordInput.cpp" line="+27"/>
        <source>no password given: set %1 or use --password-stdin</source>
        <translation>пароль не указан: задайте %1 или используйте --password-stdin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no password given: standard input has no more lines</source>
        <translation>пароль не указан: на стандартном вводе больше нет строк</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the password is empty</source>
        <translation>пароль пустой</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/workflow/Role.cpp" line="+17"/>
        <source>press officer</source>
        <translation>сотрудник пресс-службы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <location filename="../core/storage/SqlStore.cpp" line="+179"/>
        <source>The database %1 is busy: another program has been writing to it for too long. Try again.</source>
        <translation>База данных %1 занята: другая программа слишком долго записывает в неё данные. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 reported an error: %2</source>
        <translation>База данных %1 сообщила об ошибке: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No transaction is active.</source>
        <translation>Нет активной транзакции.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The article has no id.</source>
        <translation>У материала нет идентификатора.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An image has no id.</source>
        <translation>У изображения нет идентификатора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 appears twice.</source>
        <translation>Изображение %1 встречается дважды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image %1 has no data.</source>
        <translation>Изображение %1 не содержит данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image %1 is larger than %2 MB.</source>
        <translation>Изображение %1 больше %2 МБ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 has the unsupported type “%2”.</source>
        <translation>Изображение %1 имеет неподдерживаемый тип «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 has no pixel size.</source>
        <translation>У изображения %1 не указан размер в пикселях.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The featured image is not one of the article&apos;s images.</source>
        <translation>Главное изображение не входит в число изображений материала.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A save must say who makes it.</source>
        <translation>При сохранении нужно указать, кто его выполняет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A save must name the version it is based on.</source>
        <translation>При сохранении нужно указать версию, на основе которой оно сделано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The article&apos;s text is not in the canonical form; pass it through CanonicalBody::sanitise first.</source>
        <translation>Текст материала не в канонической форме; сначала обработайте его через CanonicalBody::sanitise.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The article %1 is not in the store; it cannot be saved as version %2.</source>
        <translation>Материала %1 нет в базе; его нельзя сохранить как версию %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The slug “%1” is already used by another article.</source>
        <translation>Ярлык «%1» уже занят другим материалом.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The new article %1 vanished while saving.</source>
        <translation>Новый материал %1 пропал во время сохранения.</translation>
    </message>
    <message>
        <location line="+194"/>
        <location line="+42"/>
        <location line="+207"/>
        <source>There is no article %1.</source>
        <translation>Материал %1 не найден.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>The article %1 has no version %2.</source>
        <translation>У материала %1 нет версии %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A status change must say who makes it.</source>
        <translation>При смене статуса нужно указать, кто её выполняет.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The list position does not fit this sort order.</source>
        <translation>Позиция в списке не соответствует этому порядку сортировки.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A recovery slot must say whose it is.</source>
        <translation>Для копии для восстановления нужно указать её владельца.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>There is nothing to recover for the article %1.</source>
        <translation>Для материала %1 нечего восстанавливать.</translation>
    </message>
</context>
<context>
    <name>SqliteBackups</name>
    <message>
        <location filename="../core/storage/sqlite/SqliteBackups.cpp" line="+70"/>
        <source>Cannot back up the database: %1</source>
        <translation>Не удаётся создать резервную копию базы данных: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Cannot back up the database to %1: %2</source>
        <translation>Не удаётся создать резервную копию базы данных в %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot back up the database to %1.</source>
        <translation>Не удаётся создать резервную копию базы данных в %1.</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+92"/>
        <source>There is no backup of it in %1.</source>
        <translation>Её резервной копии в %1 нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest backup is %1.</source>
        <translation>Последняя резервная копия — %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database %1 was written by a newer version of Newsroom (schema version %2; this version understands up to %3). It has not been changed; open it with the newer Newsroom.</source>
        <translation>База данных %1 записана более новой версией «Редакции» (версия схемы %2; эта версия поддерживает схемы до %3). Она не изменена; откройте её в более новой версии «Редакции».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is a folder, not a Newsroom database.</source>
        <translation>%1 — папка, а не база данных «Редакции».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Newsroom database: it is not an SQLite file at all. It has not been changed.</source>
        <translation>%1 — не база данных «Редакции»: это вообще не файл SQLite. Файл не изменён.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+114"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+120"/>
        <source>Cannot prepare the search of %1: %2</source>
        <translation>Не удаётся подготовить поиск по %1: %2</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The database %1 is locked by another program.</source>
        <translation>База данных %1 заблокирована другой программой.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>The database %1 is damaged (%2). It has not been changed.</source>
        <translation>База данных %1 повреждена (%2). Она не изменена.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Cannot check the database %1: %2</source>
        <translation>Не удаётся проверить базу данных %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot check the database %1.</source>
        <translation>Не удаётся проверить базу данных %1.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation>Не удаётся перевести базу данных %1 в режим журнала упреждающей записи (WAL): %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database %1 was not upgraded because it could not be backed up first: %2</source>
        <translation>База данных %1 не обновлена: не удалось предварительно создать её резервную копию: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A backup cannot be taken inside a transaction.</source>
        <translation>Резервную копию нельзя создать внутри транзакции.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Type a word to search for.</source>
        <translation>Введите слово для поиска.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot search for “%1”: %2</source>
        <translation>Не удаётся выполнить поиск «%1»: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no backup %1.</source>
        <translation>Резервная копия %1 не найдена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an empty database, not a backup.</source>
        <translation>%1 — пустая база данных, а не резервная копия.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the backup %1.</source>
        <translation>Не удаётся прочитать резервную копию %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Не удаётся скопировать резервную копию %1 в %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Cannot move %1 aside to %2.</source>
        <translation>Не удаётся отложить %1 в сторону под именем %2.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/storage/Store.cpp" line="+36"/>
        <source>The transaction is no longer active.</source>
        <translation>Транзакция уже не активна.</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <location filename="../core/cli/StoreCommands.cpp" line="+15"/>
        <source>Create the newsroom database or update its schema.</source>
        <translation>Создать базу данных редакции или обновить её схему.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the database now.</source>
        <translation>Создать резервную копию базы данных сейчас.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the backups of the database.</source>
        <translation>Показать резервные копии базы данных.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database with one of its backups.</source>
        <translation>Заменить базу данных одной из её резервных копий.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creates the newsroom database, or brings an existing one up to the current schema.</source>
        <translation>Создаёт базу данных редакции или обновляет существующую до текущей схемы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>init takes no arguments.</source>
        <translation>Команда init не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newsroom database %1 is ready (schema version %2).</source>
        <translation>База данных редакции %1 готова (версия схемы %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backs up the database now and prints the backup&apos;s path.</source>
        <translation>Сразу создаёт резервную копию базы данных и выводит путь к ней.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup takes no arguments.</source>
        <translation>Команда backup не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a local database can be backed up here.</source>
        <translation>Здесь можно создать резервную копию только локальной базы данных.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the backups of the database, newest first: path, time (UTC), reason and size in bytes.</source>
        <translation>Выводит резервные копии базы данных, сначала новые: путь, время (UTC), причина и размер в байтах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Replaces the database with a copy of a backup. The database it replaces is kept beside it. No other program may have the database open.</source>
        <translation>Заменяет базу данных содержимым резервной копии. Заменяемая база данных сохраняется рядом. База данных не должна быть открыта в других программах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file.</source>
        <translation>Файл резервной копии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore needs exactly one backup file.</source>
        <translation>Для restore нужен ровно один файл резервной копии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %1.</source>
        <translation>База данных %1 восстановлена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1; the database it replaced is now %2.</source>
        <translation>База данных %1 восстановлена; заменённая база данных теперь называется %2.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/storage/StoreError.cpp" line="+19"/>
        <source>The article</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed elsewhere: your change is based on version %2, the stored version is now %3. Nothing was overwritten.</source>
        <translation>%1 изменён в другом месте: ваши изменения основаны на версии %2, а сохранённая версия уже %3. Ничего не перезаписано.</translation>
    </message>
</context>
<context>
    <name>SubmitChecklist</name>
    <message>
        <location filename="../core/workflow/SubmitChecklist.cpp" line="+48"/>
        <source>The article needs a headline.</source>
        <translation>У материала должен быть заголовок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article needs a lead.</source>
        <translation>У материала должен быть лид.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section.</source>
        <translation>Выберите рубрику.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the article&apos;s language.</source>
        <translation>Выберите язык материала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a language code such as ru, be or en.</source>
        <translation>«%1» — не код языка (например, ru, be или en).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article has no text.</source>
        <translation>В материале нет текста.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An image has no alternative text.</source>
        <translation>У изображения нет альтернативного текста.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image &quot;%1&quot; has no alternative text.</source>
        <translation>У изображения «%1» нет альтернативного текста.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The embargo time has passed; clear it or set a time in the future.</source>
        <translation>Срок эмбарго истёк; снимите эмбарго или укажите время в будущем.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n review comment(s) not resolved.</source>
        <translation>
            <numerusform>%n замечание по согласованию не учтено.</numerusform>
            <numerusform>%n замечания по согласованию не учтены.</numerusform>
            <numerusform>%n замечаний по согласованию не учтено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransitionTable</name>
    <message>
        <location filename="../core/workflow/TransitionTable.cpp" line="+58"/>
        <source>Edit</source>
        <translation>Редактировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only press officers can edit articles</source>
        <translation>редактировать материалы могут только сотрудники пресс-службы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in this newsroom press officers can only edit their own articles</source>
        <translation>в этой редакции сотрудники пресс-службы могут редактировать только свои материалы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit for review</source>
        <translation>Отправить на согласование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a draft or an article sent back for changes can be submitted for review</source>
        <translation>на согласование можно отправить только черновик или материал, возвращённый на доработку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only press officers can submit articles for review</source>
        <translation>отправлять материалы на согласование могут только сотрудники пресс-службы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in this newsroom press officers can only submit their own articles</source>
        <translation>в этой редакции сотрудники пресс-службы могут отправлять на согласование только свои материалы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw from review</source>
        <translation>Отозвать с согласования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an article in review can be withdrawn</source>
        <translation>отозвать можно только материал, находящийся на согласовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only press officers can withdraw articles from review</source>
        <translation>отзывать материалы с согласования могут только сотрудники пресс-службы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in this newsroom press officers can only withdraw their own articles</source>
        <translation>в этой редакции сотрудники пресс-службы могут отзывать с согласования только свои материалы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an article in review can be approved</source>
        <translation>утвердить можно только материал, находящийся на согласовании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only supervisors can approve articles</source>
        <translation>утверждать материалы могут только руководители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrators cannot approve articles unless they are also supervisors</source>
        <translation>администратор может утверждать материалы, только если он также руководитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisors cannot approve their own article</source>
        <translation>руководитель не может утвердить собственный материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisors cannot approve an article they edited last</source>
        <translation>руководитель не может утвердить материал, который последним редактировал сам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request changes</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an article in review can be sent back for changes</source>
        <translation>вернуть на доработку можно только материал, находящийся на согласовании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only supervisors can request changes</source>
        <translation>возвращать материалы на доработку могут только руководители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrators cannot request changes unless they are also supervisors</source>
        <translation>администратор может возвращать материалы на доработку, только если он также руководитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>supervisors cannot request changes on their own article</source>
        <translation>руководитель не может вернуть на доработку собственный материал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisors cannot request changes on an article they edited last</source>
        <translation>руководитель не может вернуть на доработку материал, который последним редактировал сам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Отправить в архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a draft or an article sent back for changes can be archived</source>
        <translation>в архив можно отправить только черновик или материал, возвращённый на доработку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only press officers and supervisors can archive articles</source>
        <translation>отправлять материалы в архив могут только сотрудники пресс-службы и руководители</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in this newsroom press officers can only archive their own articles</source>
        <translation>в этой редакции сотрудники пресс-службы могут отправлять в архив только свои материалы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from archive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an archived article can be restored</source>
        <translation>вернуть из архива можно только материал, находящийся в архиве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only press officers and supervisors can restore articles</source>
        <translation>возвращать материалы из архива могут только сотрудники пресс-службы и руководители</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in this newsroom press officers can only restore their own articles</source>
        <translation>в этой редакции сотрудники пресс-службы могут возвращать из архива только свои материалы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an approved article can be published</source>
        <translation>опубликовать можно только утверждённый материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only press officers and supervisors can publish articles</source>
        <translation>публиковать материалы могут только сотрудники пресс-службы и руководители</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>withdraw the article from review before editing it</source>
        <translation>перед редактированием отзовите материал с согласования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a published article cannot be edited</source>
        <translation>опубликованный материал нельзя редактировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore the article from the archive before editing it</source>
        <translation>перед редактированием верните материал из архива</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the article cannot be edited in its current state</source>
        <translation>в текущем состоянии материал нельзя редактировать</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the article is not ready for review: the submit checklist has open items</source>
        <translation>материал не готов к согласованию: в контрольном списке есть невыполненные пункты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a comment saying what to change is required to request changes</source>
        <translation>чтобы вернуть материал на доработку, нужно замечание о том, что изменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the article has no valid approval for its current content</source>
        <translation>у текущего содержания материала нет действительного утверждения</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../core/workflow/Workflow.cpp" line="+69"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+23"/>
        <source>There is no user %1.</source>
        <translation>Пользователь %1 не найден.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+266"/>
        <source>The account %1 is disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <location line="-243"/>
        <location line="+3"/>
        <location line="+60"/>
        <source>Only an administrator may manage users.</source>
        <translation>Управлять пользователями может только администратор.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Could not make a signing key.</source>
        <translation>Не удалось создать ключ электронной подписи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not encrypt the signing key (out of memory).</source>
        <translation>Не удалось зашифровать ключ электронной подписи (недостаточно памяти).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A user name must be 1 to 64 characters without spaces, commas or colons.</source>
        <translation>Имя пользователя должно содержать от 1 до 64 символов без пробелов, запятых и двоеточий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>A user needs at least one role.</source>
        <translation>У пользователя должна быть хотя бы одна роль.</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+50"/>
        <source>The password must not be empty.</source>
        <translation>Пароль не может быть пустым.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The first user of a newsroom must be an administrator.</source>
        <translation>Первым пользователем редакции должен быть администратор.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a user %1.</source>
        <translation>Пользователь %1 уже существует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>Could not hash the password (out of memory).</source>
        <translation>Не удалось вычислить хеш пароля (недостаточно памяти).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Administrators cannot take their own admin role.</source>
        <translation>Администратор не может снять роль администратора с самого себя.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Administrators cannot disable themselves.</source>
        <translation>Администратор не может отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The article does not exist.</source>
        <translation>Такого материала нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a user of this newsroom.</source>
        <translation>%1 не является пользователем этой редакции.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only officers create articles.</source>
        <translation>Создавать материалы могут только сотрудники пресс-службы.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Approving needs the supervisor&apos;s password.</source>
        <translation>Для утверждения нужен пароль руководителя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This action is not taken through perform().</source>
        <translation>Это действие выполняется не через perform().</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The password does not unlock %1&apos;s signing key.</source>
        <translation>Пароль не подходит к ключу электронной подписи пользователя %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not sign the approval.</source>
        <translation>Не удалось подписать утверждение.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A comment needs some text.</source>
        <translation>Замечание не может быть пустым.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The quoted passage is not in the article.</source>
        <translation>Цитируемого фрагмента нет в материале.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no comment %1 on this article.</source>
        <translation>У этого материала нет замечания %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Only officers and supervisors resolve comments.</source>
        <translation>Отмечать замечания как учтённые могут только сотрудники пресс-службы и руководители.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no comment %1.</source>
        <translation>Замечание %1 не найдено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment is already resolved.</source>
        <translation>Замечание уже учтено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment is not resolved.</source>
        <translation>Замечание не отмечено как учтённое.</translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message>
        <location filename="../core/cli/WorkflowCommands.cpp" line="+32"/>
        <location line="+252"/>
        <source>The article&apos;s id.</source>
        <translation>Идентификатор материала.</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>%1 needs exactly one article id.</source>
        <translation>Для %1 нужен ровно один идентификатор материала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+255"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не идентификатор материала.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>What should change.</source>
        <translation>Что нужно изменить.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+193"/>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Manage users: add, list, passwd, disable, roles.</source>
        <translation>Управление пользователями: add, list, passwd, disable, roles.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comment on an article.</source>
        <translation>Оставить замечание к материалу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List an article&apos;s review comments.</source>
        <translation>Показать замечания к материалу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a review comment resolved.</source>
        <translation>Отметить замечание как учтённое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen a resolved review comment.</source>
        <translation>Снова открыть учтённое замечание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or verify the audit log.</source>
        <translation>Показать или проверить журнал аудита.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user add NAME --role R [--role R2] | user list [--json] | user passwd NAME | user disable NAME | user roles NAME --role R [--role R2]</source>
        <translation>user add ИМЯ --role РОЛЬ [--role РОЛЬ2] | user list [--json] | user passwd ИМЯ | user disable ИМЯ | user roles ИМЯ --role РОЛЬ [--role РОЛЬ2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list, passwd, disable or roles.</source>
        <translation>add, list, passwd, disable или roles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer, supervisor or admin.</source>
        <translation>officer (сотрудник пресс-службы), supervisor (руководитель) или admin (администратор).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name shown to people.</source>
        <translation>Отображаемое имя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <location line="+69"/>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>user list takes no arguments.</source>
        <translation>Команда user list не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: user add|passwd|disable|roles NAME, or user list.</source>
        <translation>Использование: user add|passwd|disable|roles ИМЯ или user list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user %1 needs --role.</source>
        <translation>Для user %1 нужен --role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role: roles are officer, supervisor and admin.</source>
        <translation>Неизвестная роль: допустимы officer, supervisor и admin.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Adds a review comment; prints its id.</source>
        <translation>Добавляет замечание и выводит его номер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment.</source>
        <translation>Текст замечания.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passage it is about.</source>
        <translation>Фрагмент, к которому относится замечание.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment this replies to.</source>
        <translation>Замечание, на которое даётся ответ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment id</source>
        <translation>номер замечания</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comment needs --text.</source>
        <translation>Для comment нужен --text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--reply-to needs a comment id.</source>
        <translation>Для --reply-to нужен номер замечания.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lists an article&apos;s review comments, oldest first.</source>
        <translation>Выводит замечания к материалу, сначала старые.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comments needs exactly one article id.</source>
        <translation>Для comments нужен ровно один идентификатор материала.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The comment&apos;s id.</source>
        <translation>Номер замечания.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs one comment id.</source>
        <translation>Для %1 нужен один номер замечания.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prints the audit log, or with --verify re-computes its hash chain and reports the first broken row (exit code 4 when broken).</source>
        <translation>Выводит журнал аудита, а с --verify заново вычисляет его цепочку хешей и сообщает о первой нарушенной записи (код выхода 4, если цепочка нарушена).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the hash chain.</source>
        <translation>Проверить цепочку хешей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A known head of the log (from a bundle) the log must still reach.</source>
        <translation>Известная последняя запись журнала (из пакета для публикации), до которой журнал должен доходить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N:HASH</source>
        <translation>N:ХЕШ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>audit takes no arguments.</source>
        <translation>Команда audit не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--anchor needs N:HASH (a row number and 64 hex digits).</source>
        <translation>Для --anchor нужно N:ХЕШ (номер записи и 64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log is broken at row %1: %2</source>
        <translation>Журнал аудита нарушен на записи %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The audit log is intact: %n row(s).</source>
        <translation>
            <numerusform>Журнал аудита не нарушен: %n запись.</numerusform>
            <numerusform>Журнал аудита не нарушен: %n записи.</numerusform>
            <numerusform>Журнал аудита не нарушен: %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head: %1</source>
        <translation>Последняя запись: %1</translation>
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
