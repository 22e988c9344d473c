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
    <name>ArticleDiff</name>
    <message>
        <location filename="../core/history/ArticleDiff.cpp" line="+20"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Авторская подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>Место выпуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo</source>
        <translation>Эмбарго</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned publication</source>
        <translation>Плановая публикация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search description</source>
        <translation>SEO-описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s note</source>
        <translation>Примечание редактора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Featured image</source>
        <translation>Главное изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image caption</source>
        <translation>Подпись к изображению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image alt text</source>
        <translation>Альтернативный текст изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image credit</source>
        <translation>Авторство изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image file</source>
        <translation>Файл изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Текст материала</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Body: the formatting changed; the words are the same.</source>
        <translation>Текст материала: изменилось оформление, слова те же.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/editor/ArticleEditor.cpp" line="+104"/>
        <source>Pasted without:</source>
        <translation>Вставлено без:</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>image that is not stored with this article</source>
        <translation>изображения, которое не хранится с этим материалом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HTML source was applied without:</source>
        <translation>Код HTML применён без:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything else was kept. Go back to the source to correct it, or undo to return to the text as it was.</source>
        <translation>Всё остальное сохранено. Вернитесь к коду, чтобы исправить его, или отмените, чтобы вернуть текст как был.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the Source</source>
        <translation>Вернуться к коду</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Insert Image</source>
        <translation>Вставить изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image was not inserted. %1</source>
        <translation>Изображение не вставлено. %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Edit Link…</source>
        <translation>Изменить ссылку…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Link</source>
        <translation>Удалить ссылку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Link Address</source>
        <translation>Копировать адрес ссылки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image Properties…</source>
        <translation>Свойства изображения…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Row Above</source>
        <translation>Вставить строку выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Row Below</source>
        <translation>Вставить строку ниже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert Column Left</source>
        <translation>Вставить столбец слева</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert Column Right</source>
        <translation>Вставить столбец справа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Column</source>
        <translation>Удалить столбец</translation>
    </message>
</context>
<context>
    <name>ArticleFilterBar</name>
    <message>
        <location filename="../ui/articlelist/ArticleFilterBar.cpp" line="+21"/>
        <source>Search articles…</source>
        <translation>Поиск материалов…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+70"/>
        <source>All sections</source>
        <translation>Все рубрики</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+72"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (inclusive)</source>
        <translation>С (включительно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (inclusive)</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>All statuses (%1)</source>
        <translation>Все статусы (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../ui/articlelist/ArticleListModel.cpp" line="+135"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes requested</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embargo</source>
        <translation>Эмбарго</translation>
    </message>
</context>
<context>
    <name>ArticleTemplates</name>
    <message>
        <location filename="../ui/mainwindow/ArticleTemplates.cpp" line="+9"/>
        <source>Blank article</source>
        <translation>Пустой материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News item</source>
        <translation>Новость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Анонс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts block</source>
        <translation>Блок контактов</translation>
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
    <name>BackgroundCheckReport</name>
    <message>
        <location filename="../ui/mainwindow/BackgroundCheckReport.cpp" line="+30"/>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing will be saved to this database. Close Newsroom and restore the newest backup (newsroom-cli restore) or ask your administrator.</source>
        <translation>%1

В эту базу данных ничего не будет сохранено. Закройте Newsroom и восстановите последнюю резервную копию (newsroom-cli restore) или обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Сегодняшнее резервное копирование не удалось: %1</translation>
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
    <name>BodyTextEdit</name>
    <message>
        <location filename="../ui/editor/BodyTextEdit.cpp" line="+123"/>
        <source>image that is not stored with this article</source>
        <translation>изображение, которое не хранится с этим материалом</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Добавить «%1» в словарь</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ignore “%1”</source>
        <translation>Пропустить «%1»</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Missing image</source>
        <translation>Изображение отсутствует</translation>
    </message>
</context>
<context>
    <name>BundleBuilder</name>
    <message>
        <location filename="../core/bundle/BundleBuilder.cpp" line="+26"/>
        <source>The signing key is not an Ed25519 secret key.</source>
        <translation>Ключ электронной подписи — не секретный ключ Ed25519.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key is not the key of the approving supervisor %1.</source>
        <translation>Ключ электронной подписи не принадлежит утвердившему руководителю %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The approval does not cover the article&apos;s current content.</source>
        <translation>Утверждение не относится к текущему содержимому материала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export time is missing.</source>
        <translation>Не указано время экспорта.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is larger than a bundle may hold (%2 MB).</source>
        <translation>%1 больше, чем может вместить пакет (%2 МБ).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle would be larger than %1 MB.</source>
        <translation>Пакет получился бы больше %1 МБ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The manifest could not be signed.</source>
        <translation>Не удалось подписать манифест.</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <location filename="../core/cli/BundleCommands.cpp" line="+41"/>
        <source>Export approved articles as publishable bundles.</source>
        <translation>Экспортировать утверждённые материалы как пакеты для публикации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a bundle&apos;s files, signature, approval and ninjs.</source>
        <translation>Проверить файлы, подпись, утверждение и ninjs пакета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles or ninjs JSON files as new drafts.</source>
        <translation>Импортировать пакеты или файлы ninjs JSON как новые черновики.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a supervisor&apos;s public key (minisign format).</source>
        <translation>Вывести открытый ключ руководителя (формат minisign).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export ID --out PATH | export --approved [--since DATE] --out DIR
Exports an approved article as a publishable bundle (PATH ending in .zip: a zip file, else a directory) and marks it published. The exporting user must be the supervisor who approved it: their key signs the bundle.</source>
        <translation>export ИД --out ПУТЬ | export --approved [--since ДАТА] --out ПАПКА
Экспортирует утверждённый материал как пакет для публикации (ПУТЬ с окончанием .zip — zip-файл, иначе папка) и отмечает его опубликованным. Экспортировать должен руководитель, утвердивший материал: пакет подписывается его ключом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The article&apos;s id (not with --approved).</source>
        <translation>Идентификатор материала (не вместе с --approved).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle (.zip or directory); with --approved, the directory the bundles go into.</source>
        <translation>Пакет (.zip или папка); с --approved — папка, куда записываются пакеты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export every approved article, one bundle each.</source>
        <translation>Экспортировать все утверждённые материалы, по пакету на каждый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --approved: only articles approved at or after this date.</source>
        <translation>С --approved: только материалы, утверждённые в эту дату или позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --approved: write directories instead of zip files.</source>
        <translation>С --approved: записывать папки вместо zip-файлов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export before the embargo: the bundle says it is withheld until then.</source>
        <translation>Экспортировать до окончания эмбарго: в пакете указано, что он не публикуется до этого срока.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export needs --out PATH.</source>
        <translation>Для export нужен --out ПУТЬ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: export ID --out PATH, or export --approved [--since DATE] --out DIR.</source>
        <translation>Использование: export ИД --out ПУТЬ или export --approved [--since ДАТА] --out ПАПКА.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--since and --directories go with --approved.</source>
        <translation>--since и --directories используются только с --approved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date (YYYY-MM-DD or an ISO 8601 time).</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД или время ISO 8601).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не идентификатор материала.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The bundle is embargoed: withheld until the article&apos;s embargo.</source>
        <translation>Пакет под эмбарго: не публикуется до окончания эмбарго материала.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: exported</source>
        <translation>%1: экспортирован</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: ОШИБКА: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No approved articles to export.</source>
        <translation>Нет утверждённых материалов для экспорта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 of %2 approved articles; %3 failed.</source>
        <translation>Экспортировано утверждённых материалов: %1 из %2; с ошибкой: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checks a bundle: every file against the manifest, the manifest&apos;s signature, the approval&apos;s signature and article.json against ninjs. Exit code 0 only if all hold. With --key, the bundle must have been signed with that key (a minisign public key file or its base64 line).</source>
        <translation>Проверяет пакет: каждый файл по манифесту, подпись манифеста, подпись утверждения и article.json по ninjs. Код выхода 0 — только если всё верно. С --key пакет должен быть подписан этим ключом (файл открытого ключа minisign или его строка base64).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bundle: a directory or a .zip file.</source>
        <translation>Пакет: папка или файл .zip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public key that must have signed it.</source>
        <translation>Открытый ключ, которым он должен быть подписан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pubkey</source>
        <translation>ключ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verify needs exactly one bundle.</source>
        <translation>Для verify нужен ровно один пакет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cannot read the key file %1.</source>
        <translation>Не удаётся прочитать файл ключа %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key %1 is not a minisign public key: %2</source>
        <translation>Ключ %1 — не открытый ключ minisign: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FAILED: %1</source>
        <translation>ОШИБКА: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not verify.</source>
        <translation>%1 не проходит проверку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  article %1, version %2, %3</source>
        <translation>  материал %1, версия %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  approved by %1 at %2; signed with key %3%4</source>
        <translation>  утвердил(а) %1 %2; подписано ключом %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the key given)</source>
        <translation> (указанный ключ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (the key the manifest names)</source>
        <translation> (ключ, названный в манифесте)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 files intact; content %2; audit head %3</source>
        <translation>  файлов без повреждений: %1; содержимое %2; последняя запись журнала аудита %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  embargoed: withheld until the article&apos;s embargo</source>
        <translation>  под эмбарго: не публикуется до окончания эмбарго материала</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imports Newsroom bundles (directories or .zip files) and plain ninjs JSON files as new drafts and prints their ids. Bundles must verify. Either everything is imported, in one transaction, or nothing is.</source>
        <translation>Импортирует пакеты «Редакции» (папки или файлы .zip) и обычные файлы ninjs JSON как новые черновики и выводит их идентификаторы. Пакеты должны проходить проверку. Импортируется либо всё (одной транзакцией), либо ничего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles or ninjs JSON files.</source>
        <translation>Пакеты или файлы ninjs JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs at least one bundle or file.</source>
        <translation>Для import нужен хотя бы один пакет или файл.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not imported: %2 Nothing was imported.</source>
        <translation>%1 не импортирован: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot check the slug&apos;s use.</source>
        <translation>Не удаётся проверить, занят ли ярлык.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not imported: %2 Nothing was imported.</source>
        <translation>«%1» не импортирован: %2 Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prints a supervisor&apos;s current public key as a minisign .pub file, for verify --key and minisign -V -p.</source>
        <translation>Выводит текущий открытый ключ руководителя в виде файла .pub minisign — для verify --key и minisign -V -p.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s name.</source>
        <translation>Имя пользователя.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pubkey needs exactly one user name.</source>
        <translation>Для pubkey нужно ровно одно имя пользователя.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no signing key (only supervisors have one).</source>
        <translation>У пользователя %1 нет ключа электронной подписи (он есть только у руководителей).</translation>
    </message>
</context>
<context>
    <name>BundleExportController</name>
    <message>
        <location filename="../ui/bundle/BundleExportController.cpp" line="+45"/>
        <source>Only a saved, approved article can be exported.</source>
        <translation>Экспортировать можно только сохранённый утверждённый материал.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved article can be exported; this one is %1.</source>
        <translation>Экспортировать можно только утверждённый материал; этот — %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Approved by %1: only their key can sign the bundle, so they export it.</source>
        <translation>Утверждено пользователем %1: пакет может подписать только его ключ, поэтому экспортирует он.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a supervisor exports approved articles: their key signs the bundles.</source>
        <translation>Утверждённые материалы экспортирует только руководитель: пакеты подписываются его ключом.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Under embargo</source>
        <translation>Под эмбарго</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is under embargo until %2. Export an embargoed bundle, withheld until then?</source>
        <translation>«%1» под эмбарго до %2. Экспортировать пакет под эмбарго, закрытый до этого времени?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zip archive (*.zip)</source>
        <translation>Архив zip (*.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder (*)</source>
        <translation>Папка (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the Bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Approved Articles to</source>
        <translation>Экспорт утверждённых материалов в</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <location line="+19"/>
        <location line="+35"/>
        <location line="+5"/>
        <source>Cannot export</source>
        <translation>Экспорт невозможен</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Your password unlocks your signing key, which signs the bundle of “%1”.</source>
        <translation>Ваш пароль открывает ключ электронной подписи, которым подписывается пакет «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The embargoed bundle of “%1” is at %2.</source>
        <translation>Пакет «%1» под эмбарго сохранён: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is published; its bundle is at %2.</source>
        <translation>«%1» опубликовано; пакет сохранён: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign the Bundle</source>
        <translation>Подпись пакета</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+20"/>
        <location line="+49"/>
        <source>Export Approved Articles</source>
        <translation>Экспорт утверждённых материалов</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>No approved articles to export.</source>
        <translation>Нет утверждённых материалов для экспорта.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Your password unlocks your signing key, which signs the bundles of %n approved article(s).</source>
        <translation>
            <numerusform>Ваш пароль открывает ключ электронной подписи, которым подписываются пакеты %n утверждённого материала.</numerusform>
            <numerusform>Ваш пароль открывает ключ электронной подписи, которым подписываются пакеты %n утверждённых материалов.</numerusform>
            <numerusform>Ваш пароль открывает ключ электронной подписи, которым подписываются пакеты %n утверждённых материалов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting approved articles…</source>
        <translation>Экспорт утверждённых материалов…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting “%1” (%2 of %3)…</source>
        <translation>Экспорт «%1» (%2 из %3)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Exported %1 of %2 approved articles; %3 failed, %4 not started.</source>
        <translation>Отменено. Экспортировано %1 из %2 утверждённых материалов; с ошибкой: %3, не начато: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1 of %2 approved articles; %3 failed.</source>
        <translation>Экспортировано %1 из %2 утверждённых материалов; с ошибкой: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundles are in %1.</source>
        <translation>Пакеты сохранены в %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Cannot preview</source>
        <translation>Предпросмотр невозможен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <location filename="../core/bundle/BundleImporter.cpp" line="+24"/>
        <source>%1 is not a ninjs object.</source>
        <translation>%1 — не объект ninjs.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 больше %2 МБ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is neither a Newsroom bundle nor a ninjs JSON file.</source>
        <translation>%1 — не пакет «Редакции» и не файл ninjs JSON.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The bundle does not verify, so it is not imported: %1</source>
        <translation>Пакет не проходит проверку, поэтому не импортирован: %1</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <location filename="../core/bundle/BundleManifest.cpp" line="+45"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a date and time</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hexadecimal hash</source>
        <translation>шестнадцатеричный хеш</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a base64 key or signature</source>
        <translation>ключ или подпись в base64</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manifest.json: “%1” must be %2.</source>
        <translation>manifest.json: для «%1» ожидается: %2.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json — не объект JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest.json has format version %1; this Newsroom reads version %2.</source>
        <translation>manifest.json имеет версию формата %1; эта «Редакция» читает версию %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at most %1 entries</source>
        <translation>не более %1 элементов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an array of objects</source>
        <translation>массив объектов</translation>
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <location filename="../core/bundle/BundlePreview.cpp" line="+67"/>
        <source>%1 exists already.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Не удаётся создать папку для %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <location filename="../core/bundle/BundleReader.cpp" line="+29"/>
        <location line="+84"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>The entry “%1” is refused: %2</source>
        <translation>Элемент «%1» отклонён: %2</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+6"/>
        <source>its data cannot be decompressed.</source>
        <translation>его данные не удаётся распаковать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is larger than its declared size.</source>
        <translation>он больше заявленного размера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is shorter than its declared size.</source>
        <translation>он короче заявленного размера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its checksum does not match (the zip file is damaged).</source>
        <translation>контрольная сумма не совпадает (zip-файл повреждён).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the folder: %1</source>
        <translation>Не удаётся прочитать папку: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bundle has more than %1 entries.</source>
        <translation>В пакете более %1 элементов.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+30"/>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>it is a symbolic link.</source>
        <translation>это символическая ссылка.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it is not a regular file.</source>
        <translation>это не обычный файл.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is larger than %1 MB.</source>
        <translation>он больше %1 МБ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle is more than %1 MB.</source>
        <translation>Пакет больше %1 МБ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 изменился во время чтения.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than a bundle may be.</source>
        <translation>%1 больше допустимого размера пакета.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a zip file.</source>
        <translation>%1 — не zip-файл.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open the folder %1: %2</source>
        <translation>Не удаётся открыть папку %1: %2</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <location filename="../core/bundle/BundleVerifier.cpp" line="+63"/>
        <source>This is not a Newsroom bundle: manifest.json is missing.</source>
        <translation>Это не пакет «Редакции»: нет manifest.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature file %1 is missing.</source>
        <translation>Нет файла подписи %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signature has been changed or damaged: %1</source>
        <translation>Подпись изменена или повреждена: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature has been changed: its untrusted comment is not the one Newsroom writes.</source>
        <translation>Подпись изменена: её недоверенный комментарий не тот, что пишет «Редакция».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>manifest.json has been changed since it was signed (%1).</source>
        <translation>manifest.json изменён после подписания (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrong key: the bundle was signed%1 with key %2, not with the given key %3.</source>
        <translation>Неверный ключ: пакет подписан%1 ключом %2, а не указанным ключом %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> by %1</source>
        <translation> пользователем %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>manifest.json has been changed since it was signed.</source>
        <translation>manifest.json изменён после подписания.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The signature has been changed: it names key %1, but the approving supervisor&apos;s key is %2.</source>
        <translation>Подпись изменена: в ней указан ключ %1, а ключ утвердившего руководителя — %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature has been changed: its global signature does not verify.</source>
        <translation>Подпись изменена: её общая подпись не проходит проверку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The signature has been changed: it does not match manifest.json.</source>
        <translation>Подпись изменена: она не соответствует manifest.json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The manifest was signed with key %1, but its approval names another key.</source>
        <translation>Манифест подписан ключом %1, но в утверждении указан другой ключ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>manifest.json lists %1 twice.</source>
        <translation>В manifest.json %1 указан дважды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is missing from the bundle.</source>
        <translation>В пакете нет %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has been changed: its SHA-256 or size does not match the manifest.</source>
        <translation>%1 изменён: его SHA-256 или размер не совпадает с манифестом.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not listed in the manifest.</source>
        <translation>%1 не указан в манифесте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The approval covers other content than the exported article.</source>
        <translation>Утверждение относится к другому содержимому, а не к экспортированному материалу.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The approval&apos;s signature by %1 does not verify.</source>
        <translation>Подпись утверждения (%1) не проходит проверку.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>article.json is not a JSON object.</source>
        <translation>article.json — не объект JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>article.json is missing from the manifest.</source>
        <translation>article.json нет в манифесте.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <location filename="../core/bundle/BundleWriter.cpp" line="+90"/>
        <location line="+4"/>
        <location line="+46"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+9"/>
        <source>Cannot create the directory %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cannot replace %1: %2</source>
        <translation>Не удаётся заменить %1: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is a symbolic link; not replacing it.</source>
        <translation>%1 — символическая ссылка; она не заменяется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>%1 already exists and is not a Newsroom bundle; not replacing it.</source>
        <translation>%1 уже существует и не является пакетом «Редакции»; он не заменяется.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot move the bundle to %1: %2</source>
        <translation>Не удаётся переместить пакет в %1: %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../core/cli/CliContext.cpp" line="+19"/>
        <source>The newsroom database.</source>
        <translation>База данных редакции.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team server instead of --db: a PostgreSQL connection string such as &quot;host=db.example dbname=newsroom sslmode=verify-full&quot;.</source>
        <translation>Командный сервер вместо --db: строка подключения PostgreSQL, например &quot;host=db.example dbname=newsroom sslmode=verify-full&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conninfo</source>
        <translation>conninfo</translation>
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
        <location line="+110"/>
        <source>This newsroom has users: sign in with --user NAME.</source>
        <translation>В этой редакции есть пользователи: войдите с --user ИМЯ.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Warning: %1</source>
        <translation>Внимание: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../core/cli/CommandLineTool.cpp" line="+31"/>
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
        <location line="+5"/>
        <source>A team server instead of --db: a PostgreSQL connection string (libpq&apos;s &quot;host=… dbname=… user=…&quot;, or a postgresql:// address).</source>
        <translation>Командный сервер вместо --db: строка подключения PostgreSQL (в формате libpq &quot;host=… dbname=… user=…&quot; или адрес postgresql://).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command to run.</source>
        <translation>Выполняемая команда.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown command: %1</source>
        <translation>Неизвестная команда: %1</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <location filename="../ui/review/CommentPanel.cpp" line="+40"/>
        <source>&lt;b&gt;Detached&lt;/b&gt; — the passage is no longer in the text</source>
        <translation>&lt;b&gt;Отделено&lt;/b&gt; — фрагмента больше нет в тексте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment on the &amp;article</source>
        <translation>Замечание к &amp;материалу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on the &amp;passage</source>
        <translation>Замечание к &amp;фрагменту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+233"/>
        <source>Re&amp;solve</source>
        <translation>&amp;Учтено</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Comment threads</source>
        <translation>Обсуждения замечаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached comments</source>
        <translation>Отделённые замечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a comment or a reply…</source>
        <translation>Напишите замечание или ответ…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Review comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Замечания по согласованию&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a passage in the text to comment on it.</source>
        <translation>Выделите фрагмент текста, чтобы оставить к нему замечание.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage: “%1”</source>
        <translation>Фрагмент: «%1»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>✓ Resolved by %1</source>
        <translation>✓ Учтено: %1</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Select a passage in the text first.</source>
        <translation>Сначала выделите фрагмент текста.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on the selected passage.</source>
        <translation>Замечание к выделенному фрагменту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply in this thread.</source>
        <translation>Ответить в этом обсуждении.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a thread to reply to.</source>
        <translation>Выберите обсуждение, чтобы ответить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open</source>
        <translation>&amp;Снова открыть</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/history/ConflictDialog.cpp" line="+22"/>
        <source>&amp;Keep mine as the newest version</source>
        <translation>&amp;Сохранить мою как новую версию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs (keep mine as a recovery copy)</source>
        <translation>&amp;Взять их версию (мою — в копию для восстановления)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>&amp;Compare theirs with mine</source>
        <translation>С&amp;равнить их версию с моей</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved this article</source>
        <translation>Материал изменён в другом месте</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saves your text as a new version on top of theirs. Their version stays in the history.</source>
        <translation>Сохраняет ваш текст как новую версию поверх их версии. Их версия остаётся в истории.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads their version. Your text is kept as a recovery copy, offered again when Newsroom starts.</source>
        <translation>Загружает их версию. Ваш текст сохраняется как копия для восстановления и будет предложен при следующем запуске «Редакции».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes this dialog; your text stays in the editor, unsaved.</source>
        <translation>Закрывает это окно; ваш текст остаётся в редакторе несохранённым.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 saved version %2 of “%3” at %4 while you were editing version %5. Choose what to keep; nothing is lost either way.</source>
        <translation>%1 сохранил(а) версию %2 материала «%3» в %4, пока вы редактировали версию %5. Выберите, что оставить; в любом случае ничего не потеряется.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>version %1 (yours started here)</source>
        <translation>версия %1 (с неё начата ваша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>their version %1</source>
        <translation>их версия %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show what &amp;they changed</source>
        <translation>Показать, что &amp;изменили они</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your text</source>
        <translation>ваш текст</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your text could not be kept as a recovery copy, so theirs was not taken: %1</source>
        <translation>Не удалось сохранить ваш текст как копию для восстановления, поэтому их версия не взята: %1</translation>
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
    <name>DiffView</name>
    <message>
        <location filename="../ui/history/DiffView.cpp" line="+32"/>
        <source>&lt;b&gt;Metadata&lt;/b&gt;</source>
        <translation>&lt;b&gt;Метаданные&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Текст&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed metadata</source>
        <translation>Изменённые метаданные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes in the text</source>
        <translation>Изменения в тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend: &lt;span style=&quot;%1&quot;&gt;deleted&lt;/span&gt; &lt;span style=&quot;%2&quot;&gt;inserted&lt;/span&gt;</source>
        <translation>Обозначения: &lt;span style=&quot;%1&quot;&gt;удалено&lt;/span&gt; &lt;span style=&quot;%2&quot;&gt;вставлено&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing to compare.</source>
        <translation>Нечего сравнивать.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 and %2 are the same.</source>
        <translation>%1 и %2 совпадают.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changes from %1 to %2: %n field(s) of metadata, text %3.</source>
        <translation>
            <numerusform>Изменения с %1 по %2: %n поле метаданных, текст %3.</numerusform>
            <numerusform>Изменения с %1 по %2: %n поля метаданных, текст %3.</numerusform>
            <numerusform>Изменения с %1 по %2: %n полей метаданных, текст %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>не изменён</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only the formatting changed; the words are the same.</source>
        <translation>Изменилось только оформление, слова те же.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is unchanged.</source>
        <translation>Текст не изменён.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../ui/editor/EditorActions.cpp" line="+38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste as Plain &amp;Text</source>
        <translation>Вставить как простой &amp;текст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bold</source>
        <translation>&amp;Полужирный</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Underline</source>
        <translation>Под&amp;чёркнутый</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Зачёркнутый</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Абзац</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading &amp;2</source>
        <translation>Заголовок &amp;2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading &amp;3</source>
        <translation>Заголовок &amp;3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading &amp;4</source>
        <translation>Заголовок &amp;4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Bulleted List</source>
        <translation>&amp;Маркированный список</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Numbered List</source>
        <translation>&amp;Нумерованный список</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Indent List Item</source>
        <translation>У&amp;величить отступ пункта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Outdent List Item</source>
        <translation>&amp;Уменьшить отступ пункта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quotation</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Link…</source>
        <translation>&amp;Ссылка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Lin&amp;k</source>
        <translation>Удалить сс&amp;ылку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;mage…</source>
        <translation>&amp;Изображение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Table…</source>
        <translation>&amp;Таблица…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Horizontal Line</source>
        <translation>&amp;Горизонтальная линия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML &amp;Source</source>
        <translation>&amp;Код HTML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;Spelling While Typing</source>
        <translation>Проверять &amp;орфографию при вводе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-Breaking Space After &amp;One-Letter Words</source>
        <translation>Неразрывный &amp;пробел после однобуквенных слов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps Russian and Belarusian one-letter prepositions and conjunctions on the line of the next word</source>
        <translation>Не отрывает русские и белорусские однобуквенные предлоги и союзы от следующего слова</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/bundle/Exporter.cpp" line="+100"/>
        <source>“%1” cannot be exported: %2.</source>
        <translation>Не удаётся экспортировать «%1»: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was approved by %2: only %2&apos;s key can sign its bundle, so %2 must export it.</source>
        <translation>«%1» утвердил(а) %2: подписать пакет может только ключ %2, поэтому экспортировать должен(-на) %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is under embargo until %2; export an embargoed bundle explicitly (--embargoed) or wait.</source>
        <translation>«%1» под эмбарго до %2; экспортируйте пакет под эмбарго явно (--embargoed) или подождите.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s signing key has changed since they approved “%2”; approve it again to export it.</source>
        <translation>Ключ электронной подписи %1 изменился после утверждения «%2»; утвердите материал снова, чтобы экспортировать его.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1” cannot be exported: %2</source>
        <translation>Не удаётся экспортировать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="+23"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In regular expression mode \1 … \9 insert the captured groups.</source>
        <translation>В режиме регулярных выражений \1 … \9 вставляют захваченные группы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Найти предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (Enter)</source>
        <translation>Найти следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Заменить это совпадение и найти следующее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace &amp;All</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match (one undo step)</source>
        <translation>Заменить все совпадения (одна отмена)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>&amp;Учитывать регистр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Слова целиком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Регулярное выражение</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+35"/>
        <location line="+66"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Continued from the end</source>
        <translation>Продолжено с конца</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continued from the top</source>
        <translation>Продолжено с начала</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>Заменено %n раз</numerusform>
            <numerusform>Заменено %n раза</numerusform>
            <numerusform>Заменено %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <location filename="../core/cli/HistoryCommands.cpp" line="+32"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не идентификатор материала.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show what changed between two revisions of an article.</source>
        <translation>Показать изменения между двумя версиями материала.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a database backup, or (ID REV) an article&apos;s revision.</source>
        <translation>Восстановить резервную копию базы данных или (ИД ВЕР) версию материала.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the articles waiting for review.</source>
        <translation>Перечислить материалы, ожидающие согласования.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what happened since your last sign-in.</source>
        <translation>Показать, что произошло с вашего последнего входа.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows what changed from revision REV_A to revision REV_B: metadata field by field, then the body word by word, deletions as [-text-] and insertions as {+text+}.</source>
        <translation>Показывает изменения от версии ВЕР_A до версии ВЕР_B: метаданные по полям, затем текст материала по словам; удаления — как [-текст-], вставки — как {+текст+}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>The article&apos;s id.</source>
        <translation>Идентификатор материала.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The older revision.</source>
        <translation>Более ранняя версия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newer revision.</source>
        <translation>Более поздняя версия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <location line="+41"/>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>diff needs an article id and two revision numbers.</source>
        <translation>Для diff нужны идентификатор материала и два номера версий.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+44"/>
        <source>Revisions are numbers from 1 up (see `history ID`).</source>
        <translation>Версии — это числа от 1 (см. `history ID`).</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+1"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saves the content of revision REV as a new revision of the article (history is never rewritten) and prints the new version.</source>
        <translation>Сохраняет содержимое версии ВЕР как новую версию материала (история никогда не переписывается) и выводит новую версию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The revision to bring back.</source>
        <translation>Версия, которую нужно вернуть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse (exit code 4) if the article has been saved since.</source>
        <translation>Отказать (код выхода 4), если материал с тех пор сохранялся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>restore needs an article id and a revision number.</source>
        <translation>Для restore нужны идентификатор материала и номер версии.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--base-version needs a version number.</source>
        <translation>Для --base-version нужен номер версии.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists the articles in review, the longest-waiting first: id, submitted (UTC), submitted by, author, headline.</source>
        <translation>Перечисляет материалы на согласовании, начиная с ожидающих дольше всех: идентификатор, время отправки (UTC), кто отправил, автор, заголовок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>queue takes no arguments.</source>
        <translation>Команда queue не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Shows, oldest first, what the acting user should hear about since their previous sign-in: new submissions for a supervisor, approvals and change requests on their own articles for an officer. Columns: audit row, time (UTC), kind, by whom, article id, text.</source>
        <translation>Показывает, начиная с самых старых, о чём нужно знать пользователю с его предыдущего входа: руководителю — о новых материалах на согласовании, сотруднику пресс-службы — об утверждении и возврате на доработку его материалов. Столбцы: запись журнала аудита, время (UTC), вид, кто, идентификатор материала, текст.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since this audit log row instead.</source>
        <translation>Начиная с этой записи журнала аудита.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>notifications takes no arguments.</source>
        <translation>Команда notifications не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--since needs an audit row number.</source>
        <translation>Для --since нужен номер записи журнала аудита.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="+32"/>
        <source>Restore revision</source>
        <translation>Восстановить версию</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Восстановить эту версию…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions and state changes</source>
        <translation>Версии и смена статусов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval records</source>
        <translation>Записи об утверждении</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Approvals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Утверждения&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sign in to restore a revision.</source>
        <translation>Войдите, чтобы восстановить версию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the current version.</source>
        <translation>Это текущая версия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves version %1&apos;s content as a new version.</source>
        <translation>Сохраняет содержимое версии %1 как новую версию.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Version %1: %2</source>
        <translation>Версия %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>valid (key %1)</source>
        <translation>действительна (ключ %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does NOT verify</source>
        <translation>НЕ проходит проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided: %1</source>
        <translation>аннулировано: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 (%2, %3)</source>
        <translation>Версия %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save version %1&apos;s text and metadata as a new version %2? Nothing is deleted: the current version stays in the history.</source>
        <translation>Сохранить текст и метаданные версии %1 как новую версию %2? Ничего не удаляется: текущая версия остаётся в истории.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1 restored as version %2.</source>
        <translation>Версия %1 восстановлена как версия %2.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../ui/editor/ImageDialog.cpp" line="+15"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown under the image</source>
        <translation>Показывается под изображением</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Что изображено — для читателей, которые не видят изображения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photographer or source</source>
        <translation>Фотограф или источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alternative text:</source>
        <translation>&amp;Альтернативный текст:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redit:</source>
        <translation>А&amp;вторство:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 пикселей, %3</translation>
    </message>
</context>
<context>
    <name>ImageImport</name>
    <message>
        <location filename="../core/article/ImageImport.cpp" line="+37"/>
        <source>“%1” is not a file.</source>
        <translation>«%1» — не файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is %2; images up to %3 can be inserted.</source>
        <translation>Размер «%1» — %2; можно вставлять изображения до %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The image is larger than %1.</source>
        <translation>Изображение больше %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a JPEG, PNG, WebP or GIF image.</source>
        <translation>Это не изображение JPEG, PNG, WebP или GIF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image is %1 × %2 pixels; at most %3 pixels a side are accepted.</source>
        <translation>Изображение — %1 × %2 пикселей; допускается не более %3 пикселей по стороне.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image is %1 × %2 pixels, too large to open (more than %3 MB of memory).</source>
        <translation>Изображение — %1 × %2 пикселей, слишком большое, чтобы открыть (нужно более %3 МБ памяти).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image cannot be decoded: %1</source>
        <translation>Не удаётся декодировать изображение: %1</translation>
    </message>
</context>
<context>
    <name>ImageRenditions</name>
    <message>
        <location filename="../core/bundle/ImageRenditions.cpp" line="+74"/>
        <source>Image “%1”: %2</source>
        <translation>Изображение «%1»: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a JPEG, PNG, WebP or GIF image.</source>
        <translation>это не изображение JPEG, PNG, WebP или GIF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image size cannot be read.</source>
        <translation>не удаётся прочитать размер изображения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 pixels is too large to process.</source>
        <translation>%1 × %2 пикселей — слишком много для обработки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the image cannot be decoded (%1).</source>
        <translation>не удаётся декодировать изображение (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 pixel rendition cannot be written.</source>
        <translation>не удаётся записать вариант размером %1 пикселей.</translation>
    </message>
</context>
<context>
    <name>JsonGuard</name>
    <message>
        <location filename="../core/bundle/JsonGuard.cpp" line="+45"/>
        <source>%1 is nested deeper than %2 levels.</source>
        <translation>Вложенность %1 глубже %2 уровней.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 — недопустимый JSON: %2 в байте %3.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../ui/team/KeychainSecretStore.cpp" line="+10"/>
        <source>The desktop keychain refused: %1</source>
        <translation>Связка ключей рабочего стола отказала: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No password is remembered.</source>
        <translation>Сохранённого пароля нет.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../ui/editor/LinkDialog.cpp" line="+16"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://…, mailto:…, tel:…</source>
        <translation>https://…, mailto:…, tel:…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter the link&apos;s address.</source>
        <translation>Введите адрес ссылки.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1:” links are not allowed. Use a web address (http, https), an e-mail address (mailto) or a telephone number (tel).</source>
        <translation>Ссылки «%1:» не допускаются. Используйте веб-адрес (http, https), адрес электронной почты (mailto) или номер телефона (tel).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid address: %1</source>
        <translation>Недопустимый адрес: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A web address needs a host name, such as kopyl.gov.by.</source>
        <translation>В веб-адресе нужно имя сайта, например kopyl.gov.by.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is empty after “%1:”.</source>
        <translation>После «%1:» адрес пуст.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+50"/>
        <location line="+883"/>
        <location line="+21"/>
        <source>Newsroom</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="-811"/>
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
        <location line="+5"/>
        <source>&amp;New Article</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find Articles…</source>
        <translation>Найти &amp;материалы…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh List</source>
        <translation>&amp;Обновить список</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;witch User…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect to Team Server…</source>
        <translation>&amp;Подключиться к командному серверу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on a newsroom shared by several desks</source>
        <translation>Работать с редакцией, общей для нескольких рабочих мест</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the article as the site will render it</source>
        <translation>Показать материал так, как его покажет сайт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Su&amp;bmit for Review</source>
        <translation>На со&amp;гласование</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw from Review</source>
        <translation>&amp;Отозвать с согласования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Archive</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export &amp;Approved…</source>
        <translation>Экспорт &amp;утверждённых…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from &amp;Template</source>
        <translation>Создать по &amp;шаблону</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>Фор&amp;мат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Insert</source>
        <translation>&amp;Вставка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Article</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>Се&amp;рвис</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cannot open the article</source>
        <translation>Не удаётся открыть материал</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copy of %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+199"/>
        <source>%1 — Newsroom</source>
        <translation>%1 — Редакция</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+198"/>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Open an approved article to export it.</source>
        <translation>Откройте утверждённый материал, чтобы экспортировать его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the article first: a bundle holds what was approved.</source>
        <translation>Сначала сохраните материал: пакет содержит то, что было утверждено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the article as a publishable bundle</source>
        <translation>Экспортировать материал как пакет для публикации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export every approved article as a bundle</source>
        <translation>Экспортировать все утверждённые материалы пакетами</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the article first.</source>
        <translation>Сначала сохраните материал.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The article is now: %1</source>
        <translation>Статус материала: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No article open</source>
        <translation>Материал не открыт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+183"/>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n знак</numerusform>
            <numerusform>%n знака</numerusform>
            <numerusform>%n знаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot save the article</source>
        <translation>Не удаётся сохранить материал</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Autosave failed: %1</source>
        <translation>Не удалось автосохранение: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the changes to this article?</source>
        <translation>Сохранить изменения в этом материале?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/editor/MessageBar.cpp" line="+31"/>
        <source>Close the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../ui/metadata/MetadataPanel.cpp" line="+77"/>
        <source>&amp;Headline</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lead</source>
        <translation>&amp;Лид</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sl&amp;ug</source>
        <translation>&amp;Ярлык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors, separated by commas</source>
        <translation>Авторы через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Byline</source>
        <translation>&amp;Авторская подпись</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Section</source>
        <translation>&amp;Рубрика</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tags</source>
        <translation>&amp;Теги</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place, e.g. Kopyl</source>
        <translation>Место, например Копыль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dateline</source>
        <translation>&amp;Место выпуска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian</source>
        <translation>Белорусский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>Я&amp;зык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. BelTA</source>
        <translation>например БелТА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Embargo</source>
        <translation>Эмбарго</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SE&amp;O description</source>
        <translation>SE&amp;O-описание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editor&apos;s &amp;note</source>
        <translation>&amp;Примечание редактора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Featured image</source>
        <translation>&amp;Главное изображение</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+41"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image %1</source>
        <translation>Изображение %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ready for review</source>
        <translation>Готово к согласованию</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Generated from the headline</source>
        <translation>Создан из заголовка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already used by another article</source>
        <translation>Уже занят другим материалом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique</source>
        <translation>Уникален</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
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
        <location line="+269"/>
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
    <name>Minisign</name>
    <message>
        <location filename="../core/bundle/Minisign.cpp" line="+117"/>
        <source>This is not a minisign public key: expected a comment line and a key line.</source>
        <translation>Это не открытый ключ minisign: ожидаются строка комментария и строка ключа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a minisign public key: the key line is not a valid key.</source>
        <translation>Это не открытый ключ minisign: строка ключа не содержит допустимого ключа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This minisign public key uses an unsupported algorithm.</source>
        <translation>Этот открытый ключ minisign использует неподдерживаемый алгоритм.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The signature file does not end with a line break.</source>
        <translation>Файл подписи не заканчивается переводом строки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file does not have the four lines of a minisign signature.</source>
        <translation>В файле подписи нет четырёх строк подписи minisign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file has an overlong line.</source>
        <translation>В файле подписи слишком длинная строка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file has a stray carriage return.</source>
        <translation>В файле подписи лишний символ возврата каретки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file&apos;s first line is not an untrusted comment.</source>
        <translation>Первая строка файла подписи — не недоверенный комментарий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file&apos;s third line is not a trusted comment.</source>
        <translation>Третья строка файла подписи — не доверенный комментарий.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature line of the signature file is damaged.</source>
        <translation>Строка подписи в файле подписи повреждена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature uses an unsupported algorithm.</source>
        <translation>Подпись использует неподдерживаемый алгоритм.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The global signature line of the signature file is damaged.</source>
        <translation>Строка общей подписи в файле подписи повреждена.</translation>
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
    <name>NinjsCheck</name>
    <message>
        <location filename="../core/bundle/NinjsCheck.cpp" line="+148"/>
        <source>%1 has the wrong type or form.</source>
        <translation>У %1 неверный тип или формат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 lacks the required “%2”.</source>
        <translation>В %1 нет обязательного «%2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has an unknown member “%2”.</source>
        <translation>В %1 неизвестный элемент «%2».</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+41"/>
        <source>%1 must be an object.</source>
        <translation>%1 должен быть объектом.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1.urgency must be 1 to 9.</source>
        <translation>%1.urgency должно быть от 1 до 9.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1.%2 must be one of %3.</source>
        <translation>%1.%2 должно быть одним из: %3.</translation>
    </message>
</context>
<context>
    <name>NinjsReader</name>
    <message>
        <location filename="../core/bundle/NinjsReader.cpp" line="+120"/>
        <source>it is not a JPEG, PNG, WebP or GIF image.</source>
        <translation>это не изображение JPEG, PNG, WebP или GIF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its size cannot be read.</source>
        <translation>не удаётся прочитать его размер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it declares %1 × %2 pixels, more than may be decoded (%3 MB).</source>
        <translation>заявлено %1 × %2 пикселей — больше, чем допустимо декодировать (%3 МБ).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The embargo time “%1” could not be read and was left out.</source>
        <translation>Не удалось прочитать время эмбарго «%1»; оно пропущено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not kept by Newsroom and was left out.</source>
        <translation>«Редакция» не хранит «%1»; пропущено.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The associated item “%1” is not in the bundle and was not fetched.</source>
        <translation>Связанного элемента «%1» нет в пакете; он не загружен.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image %1 is refused: %2</source>
        <translation>Изображение %1 отклонено: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Removed from the body: %1</source>
        <translation>Удалено из текста материала: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported article</source>
        <translation>Импортированный материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item had no headline.</source>
        <translation>У элемента не было заголовка.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../core/workflow/Notifications.cpp" line="+25"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 submitted “%2” for review.</source>
        <translation>%1 отправил(а) «%2» на согласование.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 approved “%2”.</source>
        <translation>%1 утвердил(а) «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requested changes to “%2”: %3</source>
        <translation>%1 вернул(а) «%2» на доработку: %3</translation>
    </message>
</context>
<context>
    <name>OpenNewsroom</name>
    <message>
        <location filename="../ui/team/OpenNewsroom.cpp" line="+35"/>
        <source>The server signed in %1, not %2.</source>
        <translation>Сервер выполнил вход как %1, а не %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server: %1</source>
        <translation>Командный сервер: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Local newsroom: %1</source>
        <translation>Локальная редакция: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/bundle/PasswordDialog.cpp" line="+37"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
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
    <name>PgConnInfo</name>
    <message>
        <location filename="../core/storage/postgresql/PgConnInfo.cpp" line="+31"/>
        <source>The server connection is empty; give it as &quot;host=… dbname=… user=…&quot;.</source>
        <translation>Не указано подключение к серверу; задайте его в виде &quot;host=… dbname=… user=…&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid server address.</source>
        <translation>«%1» — неверный адрес сервера.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” in the server connection has no value (write key=value).</source>
        <translation>У параметра «%1» в подключении к серверу нет значения (пишите ключ=значение).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A quoted value in the server connection is not closed.</source>
        <translation>Значение в кавычках в подключении к серверу не закрыто.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server connection has a value without a key.</source>
        <translation>В подключении к серверу есть значение без ключа.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>PgMigration</name>
    <message>
        <location filename="../core/storage/postgresql/PgMigration.cpp" line="+58"/>
        <source>The local newsroom has schema version %1 and the server %2; open the local one with this version of Newsroom first.</source>
        <translation>У локальной редакции версия схемы %1, а на сервере — %2; сначала откройте локальную этой версией Newsroom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server has not been set up yet: run “newsroom-cli server init” first.</source>
        <translation>Сервер ещё не подготовлен: сначала выполните «newsroom-cli server init».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server %1 already holds a newsroom (its table %2 is not empty); nothing was copied.</source>
        <translation>На сервере %1 уже есть редакция (таблица %2 не пуста); ничего не скопировано.</translation>
    </message>
</context>
<context>
    <name>PgServerSchema</name>
    <message>
        <location filename="../core/storage/postgresql/PgServerSchema.cpp" line="+665"/>
        <source>Could not set up the server: %1</source>
        <translation>Не удалось подготовить сервер: %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>A user name must be 1 to 63 characters without spaces, commas or colons.</source>
        <translation>Имя пользователя — от 1 до 63 символов, без пробелов, запятых и двоеточий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user needs at least one role.</source>
        <translation>У пользователя должна быть хотя бы одна роль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not be empty.</source>
        <translation>Пароль не может быть пустым.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not make a signing key.</source>
        <translation>Не удалось создать ключ подписи.</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <location filename="../core/storage/postgresql/PgStore.cpp" line="+48"/>
        <source>The server %1 did not accept the user name or password.</source>
        <translation>Сервер %1 не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удалось подключиться к %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; cannot connect to %1.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен; подключиться к %1 нельзя.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 was written by a newer version of Newsroom (schema version %2; this version understands up to %3). It has not been changed.</source>
        <translation>База данных %1 записана более новой версией Newsroom (версия схемы %2; эта версия понимает до %3). Она не изменена.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 has not been set up for this version of Newsroom; ask the administrator to run “newsroom-cli server init”.</source>
        <translation>База данных %1 не подготовлена для этой версии Newsroom; попросите администратора выполнить «newsroom-cli server init».</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The database %1 lacks its search index and cannot get one with this user&apos;s rights; ask the administrator to run “newsroom-cli server init”. (%2)</source>
        <translation>В базе данных %1 нет поискового индекса, а прав этого пользователя недостаточно, чтобы его создать; попросите администратора выполнить «newsroom-cli server init». (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Не удалось подписаться на изменения в %1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Type a word to search for.</source>
        <translation>Введите слово для поиска.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot search for “%1”: %2</source>
        <translation>Не удалось найти «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../ui/bundle/PreviewDialog.cpp" line="+21"/>
        <source>Preview — %1</source>
        <translation>Предпросмотр — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open in &amp;Browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser could be started for %1.</source>
        <translation>Не удалось открыть %1 в браузере.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ui/history/RecoveryDialog.cpp" line="+22"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with the saved version</source>
        <translation>&amp;Сравнить с сохранённой версией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard for good</source>
        <translation>Удалить насовсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation>Восстановление несохранённого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsroom found text that was not saved when it last closed. Restore it into the editor, compare it with the saved version, or discard it.</source>
        <translation>«Редакция» нашла текст, не сохранённый при последнем закрытии. Восстановите его в редакторе, сравните с сохранённой версией или удалите.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved texts</source>
        <translation>Несохранённые тексты</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>“%1” — unsaved since %2</source>
        <translation>«%1» — не сохранён с %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>(based on version %1; version %2 was saved since)</source>
        <translation>(основан на версии %1; с тех пор сохранена версия %2)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>nothing saved</source>
        <translation>ничего не сохранено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saved version %1</source>
        <translation>сохранённая версия %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the unsaved text</source>
        <translation>несохранённый текст</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard the unsaved text of “%1” for good? It cannot be brought back.</source>
        <translation>Удалить несохранённый текст «%1» насовсем? Вернуть его будет нельзя.</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../ui/review/ReviewBar.cpp" line="+20"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes requested</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password unlocks your signing key to sign the approval:</source>
        <translation>Пароль открывает ваш ключ электронной подписи, чтобы подписать утверждение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve and sign</source>
        <translation>Утвердить и подписать</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Request changes</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What should change? The author sees this comment.</source>
        <translation>Что нужно изменить? Автор увидит это замечание.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Утвердить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;changes…</source>
        <translation>&amp;Вернуть на доработку…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve the article and sign the approval</source>
        <translation>Утвердить материал и подписать утверждение</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sign in to review.</source>
        <translation>Войдите, чтобы согласовывать.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve and sign this version.</source>
        <translation>Утвердить и подписать эту версию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the article back to its author with a comment.</source>
        <translation>Вернуть материал автору с замечанием.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve is unavailable:</source>
        <translation>Утверждение недоступно:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request changes is unavailable: %1</source>
        <translation>Возврат на доработку недоступен: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Approved and signed (version %1).</source>
        <translation>Утверждено и подписано (версия %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say what should change: a comment is required to request changes.</source>
        <translation>Укажите, что изменить: для возврата на доработку нужно замечание.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes requested; the article is back with its author.</source>
        <translation>Возвращено на доработку; материал снова у автора.</translation>
    </message>
</context>
<context>
    <name>ReviewDocks</name>
    <message>
        <location filename="../ui/mainwindow/ReviewDocks.cpp" line="+50"/>
        <source>Review Queue</source>
        <translation>Очередь согласования</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+1"/>
        <source>%n in review</source>
        <translation>
            <numerusform>%n на согласовании</numerusform>
            <numerusform>%n на согласовании</numerusform>
            <numerusform>%n на согласовании</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved and signed.</source>
        <translation>Утверждено и подписано.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes requested; the article is back with its author.</source>
        <translation>Материал возвращён автору на доработку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Notifications unavailable</source>
        <translation>Уведомления недоступны</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing new since your last sign-in</source>
        <translation>Ничего нового с последнего входа</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новое</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications since your last sign-in</source>
        <translation>Уведомления с последнего входа</translation>
    </message>
</context>
<context>
    <name>ReviewGate</name>
    <message numerus="yes">
        <location filename="../core/workflow/ReviewGate.cpp" line="+15"/>
        <source>Open review comments: %n. Resolve them or request changes.</source>
        <translation>
            <numerusform>Неучтённых замечаний: %n. Отметьте их как учтённые или верните на доработку.</numerusform>
            <numerusform>Неучтённых замечаний: %n. Отметьте их как учтённые или верните на доработку.</numerusform>
            <numerusform>Неучтённых замечаний: %n. Отметьте их как учтённые или верните на доработку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="+30"/>
        <source>Submitted by %1, waiting since %2</source>
        <translation>Отправил(а) %1, ждёт с %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted by</source>
        <translation>Отправил(а)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../core/history/RevisionHistory.cpp" line="+16"/>
        <source>Version %1 saved by %2</source>
        <translation>Версию %1 сохранил(а) %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval voided: %1</source>
        <translation>Утверждение аннулировано: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 restored by %2 as version %3</source>
        <translation>Версию %1 восстановил(а) %2 как версию %3</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The article was saved again (version %1) since you looked at version %2.</source>
        <translation>Материал снова сохранён (версия %1) после того, как вы смотрели версию %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 is already the current one.</source>
        <translation>Версия %1 уже текущая.</translation>
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
    <name>ServerCommands</name>
    <message>
        <location filename="../core/cli/ServerCommands.cpp" line="+19"/>
        <location line="+7"/>
        <source>Name the server with --pg CONNINFO.</source>
        <translation>Укажите сервер: --pg CONNINFO.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up a team server: init, add-user.</source>
        <translation>Подготовить командный сервер: init, add-user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a local newsroom onto a team server.</source>
        <translation>Скопировать локальную редакцию на командный сервер.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server init --pg CONNINFO | server add-user NAME --role R [--role R2] [--display-name S] --pg CONNINFO. Run as the database&apos;s owner.</source>
        <translation>server init --pg CONNINFO | server add-user NAME --role R [--role R2] [--display-name S] --pg CONNINFO. Выполняется владельцем базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init or add-user.</source>
        <translation>init или add-user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer, supervisor or admin.</source>
        <translation>officer, supervisor или admin.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name shown to people.</source>
        <translation>Имя, которое видят люди.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>server init takes no arguments.</source>
        <translation>server init не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server %1 is ready (schema version %2; roles %3).</source>
        <translation>Командный сервер %1 готов (версия схемы %2; роли %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: server add-user NAME --role R [--role R2].</source>
        <translation>Использование: server add-user NAME --role R [--role R2].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server add-user needs --role.</source>
        <translation>Для server add-user нужен --role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role: roles are officer, supervisor and admin.</source>
        <translation>Неизвестная роль: допустимы officer, supervisor и admin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has not been set up yet: run “newsroom-cli server init” first.</source>
        <translation>Сервер ещё не подготовлен: сначала выполните «newsroom-cli server init».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 can now sign in to %2 as %3.</source>
        <translation>%1 теперь может входить на %2 как %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: server init | server add-user NAME.</source>
        <translation>Использование: server init | server add-user NAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copies the local newsroom (--db FILE) onto the team server (--pg CONNINFO) in one transaction. The server must be set up (server init) and hold no newsroom yet. Its users become login roles without passwords: set them with server add-user.</source>
        <translation>Копирует локальную редакцию (--db FILE) на командный сервер (--pg CONNINFO) одной транзакцией. Сервер должен быть подготовлен (server init) и ещё не содержать редакции. Её пользователи становятся ролями входа без паролей: задайте их командой server add-user.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>migrate-to-server takes no arguments.</source>
        <translation>migrate-to-server не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migrate-to-server needs --db FILE and --pg CONNINFO.</source>
        <translation>Для migrate-to-server нужны --db FILE и --pg CONNINFO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no newsroom %1.</source>
        <translation>Редакции %1 нет.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied %1 articles, %2 revisions, %3 comments, %4 approvals and %5 audit rows to %6.</source>
        <translation>Скопировано на %6: материалов — %1, редакций — %2, замечаний — %3, утверждений — %4, записей журнала — %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login roles without a password yet (set each with “server add-user NAME --role …”): %1</source>
        <translation>Роли входа пока без пароля (задайте каждому: «server add-user NAME --role …»): %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+19"/>
        <source>Newsroom</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Sign in with your newsroom account.</source>
        <translation>Войдите с учётной записью редакции.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Повтор пароля:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team Server…</source>
        <translation>&amp;Командный сервер…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on a newsroom shared by several desks</source>
        <translation>Работать с редакцией, общей для нескольких рабочих мест</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — password %2</source>
        <translation>%1 — пароль %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the sample newsroom. Demo accounts:</source>
        <translation>Это демонстрационная редакция. Учётные записи:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This newsroom has no users yet. Create the first account: it administers the newsroom&apos;s users and writes articles.</source>
        <translation>В этой редакции ещё нет пользователей. Создайте первую учётную запись: она управляет пользователями редакции и пишет материалы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create Account</source>
        <translation>&amp;Создать запись</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Creating the account…</source>
        <translation>Создание учётной записи…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The sign-in check did not finish.</source>
        <translation>Проверка входа не завершилась.</translation>
    </message>
</context>
<context>
    <name>SignInRequest</name>
    <message>
        <location filename="../core/workflow/SignInRequest.cpp" line="+43"/>
        <source>The database %1 is not set up as a team server; ask the administrator to run “newsroom-cli server init”.</source>
        <translation>База данных %1 не подготовлена как командный сервер; попросите администратора выполнить «newsroom-cli server init».</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <location filename="../core/storage/SqlStore.cpp" line="+183"/>
        <location line="+6"/>
        <source>The server refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Someone else changed it first: %1</source>
        <translation>Кто-то изменил это раньше: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 is busy: another program has been writing to it for too long. Try again.</source>
        <translation>База данных %1 занята: другая программа слишком долго записывает в неё данные. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 reported an error: %2</source>
        <translation>База данных %1 сообщила об ошибке: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No transaction is active.</source>
        <translation>Нет активной транзакции.</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+224"/>
        <source>There is no article %1.</source>
        <translation>Материал %1 не найден.</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The article %1 has no version %2.</source>
        <translation>У материала %1 нет версии %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A status change must say who makes it.</source>
        <translation>При смене статуса нужно указать, кто её выполняет.</translation>
    </message>
    <message>
        <location line="+185"/>
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
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+96"/>
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
        <location line="+209"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+224"/>
        <source>Cannot prepare the search of %1: %2</source>
        <translation>Не удаётся подготовить поиск по %1: %2</translation>
    </message>
    <message>
        <location line="-208"/>
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
        <location line="+42"/>
        <source>the search tokenizer</source>
        <translation>токенизатор поиска</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot back up the database %1: %2</source>
        <translation>Не удалось создать резервную копию базы данных %1: %2</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation>Не удаётся перевести базу данных %1 в режим журнала упреждающей записи (WAL): %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database %1 was not upgraded because it could not be backed up first: %2</source>
        <translation>База данных %1 не обновлена: не удалось предварительно создать её резервную копию: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A backup cannot be taken inside a transaction.</source>
        <translation>Резервную копию нельзя создать внутри транзакции.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database did not report its data version.</source>
        <translation>База данных не сообщила версию данных.</translation>
    </message>
    <message>
        <location line="+92"/>
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
    <message>
        <location line="+12"/>
        <source>This store cannot report changes made elsewhere.</source>
        <translation>Это хранилище не может сообщать об изменениях, сделанных в другом месте.</translation>
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
    <name>TableDialog</name>
    <message>
        <location filename="../ui/editor/TableDialog.cpp" line="+13"/>
        <source>Insert Table</source>
        <translation>Вставить таблицу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Строки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns:</source>
        <translation>С&amp;толбцы:</translation>
    </message>
</context>
<context>
    <name>TeamServerAddress</name>
    <message>
        <location filename="../ui/team/TeamServerAddress.cpp" line="+10"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name “%1” contains a space.</source>
        <translation>Имя сервера «%1» содержит пробел.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Порт — число от 1 до 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the newsroom&apos;s database on the server.</source>
        <translation>Введите имя базы данных редакции на сервере.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name on the server.</source>
        <translation>Введите своё имя пользователя на сервере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CA certificate is for network connections; “%1” is a local socket directory. Clear the certificate or enter a host name.</source>
        <translation>Сертификат CA нужен для сетевых подключений, а «%1» — каталог локального сокета. Уберите сертификат или введите имя сервера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate “%1” does not exist.</source>
        <translation>Сертификата CA «%1» не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate “%1” cannot be read.</source>
        <translation>Сертификат CA «%1» не удаётся прочитать.</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <location filename="../ui/team/TeamServerDialog.cpp" line="+26"/>
        <source>Connect to Team Server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on the articles of a newsroom shared by several desks. Your user name and password are those of your account on the server.</source>
        <translation>Работа с материалами редакции, общей для нескольких рабочих мест. Имя пользователя и пароль — от вашей учётной записи на сервере.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>newsroom.example.org</source>
        <translation>newsroom.example.org</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>newsroom</source>
        <translation>newsroom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: the CA that signed the server&apos;s certificate</source>
        <translation>Необязательно: CA, подписавший сертификат сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>R&amp;emember the password in the desktop keychain</source>
        <translation>З&amp;апомнить пароль в связке ключей рабочего стола</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A certificate:</source>
        <translation>Се&amp;ртификат CA:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Connect</source>
        <translation>Подклю&amp;читься</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget Server</source>
        <translation>&amp;Забыть сервер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not offer this server at start any more, and forget its password</source>
        <translation>Больше не предлагать этот сервер при запуске и забыть его пароль</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The remembered password could not be read (%1). Enter it.</source>
        <translation>Не удалось прочитать сохранённый пароль (%1). Введите его.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CA Certificate</source>
        <translation>Сертификат CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A local socket: nothing leaves this computer.</source>
        <translation>Локальный сокет: данные не покидают этот компьютер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a CA certificate the connection may be encrypted, but the server&apos;s identity is not checked.</source>
        <translation>Без сертификата CA подключение может быть зашифровано, но подлинность сервера не проверяется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted (TLS); the server&apos;s certificate must be signed by this CA and name the host (verify-full).</source>
        <translation>Шифрование (TLS); сертификат сервера должен быть подписан этим CA и содержать имя сервера (verify-full).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection attempt did not end.</source>
        <translation>Попытка подключения не завершилась.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remembering the password…</source>
        <translation>Сохранение пароля…</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <location filename="../ui/editor/TextSearch.cpp" line="+34"/>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>Ошибка в регулярном выражении: %1 (символ %2)</translation>
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
        <location filename="../core/workflow/Workflow.cpp" line="+89"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+33"/>
        <source>There is no user %1.</source>
        <translation>Пользователь %1 не найден.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+323"/>
        <source>The account %1 is disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>The server keeps %1&apos;s credentials to itself.</source>
        <translation>Учётные данные %1 хранит сервер.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <location line="+77"/>
        <source>Only an administrator may manage users.</source>
        <translation>Управлять пользователями может только администратор.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Could not make a signing key.</source>
        <translation>Не удалось создать ключ электронной подписи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not encrypt the signing key (out of memory).</source>
        <translation>Не удалось зашифровать ключ электронной подписи (недостаточно памяти).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>On a team server, users and settings are managed by the server&apos;s administrator (newsroom-cli server add-user).</source>
        <translation>На командном сервере пользователями и настройками управляет администратор сервера (newsroom-cli server add-user).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A user name must be 1 to 64 characters without spaces, commas or colons.</source>
        <translation>Имя пользователя должно содержать от 1 до 64 символов без пробелов, запятых и двоеточий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <source>A user needs at least one role.</source>
        <translation>У пользователя должна быть хотя бы одна роль.</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+52"/>
        <source>The password must not be empty.</source>
        <translation>Пароль не может быть пустым.</translation>
    </message>
    <message>
        <location line="-42"/>
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
        <location line="+45"/>
        <source>Could not hash the password (out of memory).</source>
        <translation>Не удалось вычислить хеш пароля (недостаточно памяти).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Administrators cannot take their own admin role.</source>
        <translation>Администратор не может снять роль администратора с самого себя.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Administrators cannot disable themselves.</source>
        <translation>Администратор не может отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+180"/>
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
        <location line="+70"/>
        <source>Approving needs the supervisor&apos;s password.</source>
        <translation>Для утверждения нужен пароль руководителя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This action is not taken through perform().</source>
        <translation>Это действие выполняется не через perform().</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The article cannot be approved yet.</source>
        <translation>Материал пока нельзя утвердить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+141"/>
        <source>The password does not unlock %1&apos;s signing key.</source>
        <translation>Пароль не подходит к ключу электронной подписи пользователя %1.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Could not sign the approval.</source>
        <translation>Не удалось подписать утверждение.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The article has no valid approval.</source>
        <translation>У материала нет действительного утверждения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The article&apos;s content has changed since %1 approved it.</source>
        <translation>Содержимое материала изменилось после утверждения (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature of %1&apos;s approval does not verify.</source>
        <translation>Электронная подпись утверждения (%1) не проходит проверку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no signing key.</source>
        <translation>У пользователя %1 нет ключа электронной подписи.</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location line="+60"/>
        <source>Only officers and supervisors resolve comments.</source>
        <translation>Отмечать замечания как учтённые могут только сотрудники пресс-службы и руководители.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+257"/>
        <source>The article&apos;s id.</source>
        <translation>Идентификатор материала.</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>%1 needs exactly one article id.</source>
        <translation>Для %1 нужен ровно один идентификатор материала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+260"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не идентификатор материала.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>What should change.</source>
        <translation>Что нужно изменить.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+198"/>
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
    <name>ZipScanner</name>
    <message>
        <location filename="../core/bundle/ZipScanner.cpp" line="+67"/>
        <location line="+98"/>
        <location line="+64"/>
        <source>The entry “%1” is refused: %2</source>
        <translation>Элемент «%1» отклонён: %2</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>it has no name.</source>
        <translation>у него нет имени.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its name is not valid UTF-8.</source>
        <translation>его имя — недопустимый UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has an absolute path.</source>
        <translation>у него абсолютный путь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its name contains a backslash.</source>
        <translation>его имя содержит обратную косую черту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its name contains a control character.</source>
        <translation>его имя содержит управляющий символ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its path contains “..”.</source>
        <translation>его путь содержит «..».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its path has an empty or “.” component.</source>
        <translation>в его пути есть пустая часть или «.».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is not a zip file.</source>
        <translation>Это не zip-файл.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not a zip file, or it is truncated.</source>
        <translation>Это не zip-файл, или он обрезан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files split over several disks are not supported.</source>
        <translation>Многотомные zip-файлы не поддерживаются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zip64 archives are not supported: a bundle is never that large.</source>
        <translation>Архивы Zip64 не поддерживаются: пакет не бывает таким большим.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The zip file&apos;s entry counts disagree.</source>
        <translation>Количество элементов в zip-файле указано противоречиво.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle has %1 entries; at most %2 are allowed.</source>
        <translation>Элементов в пакете: %1; допускается не более %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zip file&apos;s central directory lies outside the file.</source>
        <translation>Центральный каталог zip-файла находится за пределами файла.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>The zip file&apos;s central directory is damaged.</source>
        <translation>Центральный каталог zip-файла повреждён.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is a symbolic link.</source>
        <translation>это символическая ссылка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>it is not a regular file.</source>
        <translation>это не обычный файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is encrypted.</source>
        <translation>он зашифрован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it uses an unsupported compression method (%1).</source>
        <translation>он использует неподдерживаемый метод сжатия (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip64 entries are not supported.</source>
        <translation>Элементы Zip64 не поддерживаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a directory entry holds data.</source>
        <translation>элемент-каталог содержит данные.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1 MB uncompressed; at most %2 MB are allowed.</source>
        <translation>в распакованном виде он занимает %1 МБ; допускается не более %2 МБ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle is more than %1 MB uncompressed.</source>
        <translation>В распакованном виде пакет больше %1 МБ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is compressed more than %1 : 1 (a zip bomb?).</source>
        <translation>он сжат сильнее, чем %1 : 1 (zip-бомба?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its stored size disagrees with its size.</source>
        <translation>его сжатый размер не согласуется с размером.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name occurs twice.</source>
        <translation>имя встречается дважды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its local header is missing.</source>
        <translation>нет его локального заголовка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its local header disagrees with the central directory.</source>
        <translation>его локальный заголовок не согласуется с центральным каталогом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its data runs past the end of the archive.</source>
        <translation>его данные выходят за конец архива.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its folder is also a file.</source>
        <translation>его папка одновременно является файлом.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/newsroom/main.cpp" line="+42"/>
        <location line="+21"/>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+5"/>
        <source>Newsroom</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Use &amp;Local Newsroom</source>
        <translation>Работать с &amp;локальной редакцией</translation>
    </message>
</context>
</TS>
