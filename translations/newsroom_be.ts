<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be" sourcelanguage="en">
<context>
    <name>ArticleCommands</name>
    <message>
        <location filename="../core/cli/ArticleCommands.cpp" line="+77"/>
        <source>The headline.</source>
        <translation>Загаловак.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>text</source>
        <translation>тэкст</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The lead (standfirst).</source>
        <translation>Лід (уводны абзац).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slug (unique in the newsroom).</source>
        <translation>Ярлык для вэб-адраса (унікальны ў рэдакцыі).</translation>
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
        <translation>Аўтары праз коску (можна пазначыць некалькі разоў).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names</source>
        <translation>імёны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section.</source>
        <translation>Рубрыка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+366"/>
        <location line="+2"/>
        <source>name</source>
        <translation>імя</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>Tags, comma-separated (repeatable).</source>
        <translation>Тэгі праз коску (можна пазначыць некалькі разоў).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+329"/>
        <source>tags</source>
        <translation>тэгі</translation>
    </message>
    <message>
        <location line="-328"/>
        <source>The dateline place.</source>
        <translation>Месца выпуску навіны (для радка з месцам і датай).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>месца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language (BCP 47: ru, be, en).</source>
        <translation>Мова (BCP 47: ru, be, en).</translation>
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
        <translation>Крыніца або пазначэнне аўтарства.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embargo until (ISO 8601, UTC unless an offset is given; empty clears).</source>
        <translation>Эмбарга да пазначанага часу (ISO 8601, UTC, калі зрушэнне не пазначана; пустое значэнне здымае эмбарга).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+354"/>
        <location line="+1"/>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Planned publication (ISO 8601, UTC unless an offset is given; empty clears).</source>
        <translation>Планавы час публікацыі (ISO 8601, UTC, калі зрушэнне не пазначана; пустое значэнне ачышчае поле).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SEO description.</source>
        <translation>SEO-апісанне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The editor&apos;s note.</source>
        <translation>Прымечанне рэдактара.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body from a file, or - for standard input: HTML (cleaned to what an article may hold) or plain text (blank lines separate paragraphs).</source>
        <translation>Тэкст матэрыялу з файла або - для стандартнага ўводу: HTML (ачышчаецца да таго, што дапушчальна ў матэрыяле) або просты тэкст (абзацы раздзяляюцца пустымі радкамі).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%1” is not a time (use ISO 8601, e.g. 2025-03-01T09:00Z).</source>
        <translation>«%1» — няправільны час (выкарыстоўвайце ISO 8601, напрыклад 2025-03-01T09:00Z).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the body file %1: %2</source>
        <translation>Не ўдаецца прачытаць файл з тэкстам %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The body is not UTF-8 text.</source>
        <translation>Тэкст матэрыялу не ў кадзіроўцы UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: left out of the body: %1</source>
        <translation>Увага: з тэксту выключана: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create, change or show an article (new, set, show).</source>
        <translation>Стварыць, змяніць або паказаць матэрыял (new, set, show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List articles.</source>
        <translation>Паказаць спіс матэрыялаў.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the articles&apos; text.</source>
        <translation>Шукаць у тэкстах матэрыялаў.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List an article&apos;s revisions.</source>
        <translation>Паказаць версіі матэрыялу.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Usage: newsroom-cli article new|set|show … (see newsroom-cli article new --help)</source>
        <translation>Выкарыстанне: newsroom-cli article new|set|show … (гл. newsroom-cli article new --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>article needs one of: new, set, show.</source>
        <translation>Для article пазначце адно з: new, set, show.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown article command: %1 (use new, set or show).</source>
        <translation>Невядомая каманда article: %1 (выкарыстоўвайце new, set або show).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creates an article (a draft) and prints its id. Without --slug the slug is made from the headline.</source>
        <translation>Стварае матэрыял (чарнавік) і выводзіць яго ідэнтыфікатар. Без --slug ярлык складаецца з загалоўка.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+187"/>
        <source>Unexpected argument: %1</source>
        <translation>Лішні аргумент: %1</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>article new needs --headline.</source>
        <translation>Для article new патрэбны --headline.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Changes fields of an article, saves it as a new revision and prints the new version. With --base-version the save is refused (exit code 4) if the article has been saved since that version.</source>
        <translation>Змяняе палі матэрыялу, захоўвае яго як новую версію і выводзіць яе нумар. З --base-version захаванне адхіляецца (код выхаду 4), калі матэрыял захоўвалі пасля гэтай версіі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <location line="+222"/>
        <source>The article&apos;s id.</source>
        <translation>Ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>The version the change is based on.</source>
        <translation>Версія, на аснове якой зроблена змяненне.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>version</source>
        <translation>версія</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>article set needs exactly one article id.</source>
        <translation>Для article set патрэбны роўна адзін ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>article set needs at least one --FIELD VALUE.</source>
        <translation>Для article set патрэбна хаця б адна пара --ПОЛЕ ЗНАЧЭННЕ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+222"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>--base-version needs a version number.</source>
        <translation>Для --base-version патрэбны нумар версіі.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Shows an article: its fields, then its text.</source>
        <translation>Паказвае матэрыял: спачатку палі, потым тэкст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON (the body as canonical HTML).</source>
        <translation>Вывесці JSON (тэкст — у кананічным HTML).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>article show needs exactly one article id.</source>
        <translation>Для article show патрэбны роўна адзін ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>id</source>
        <translation>ідэнтыфікатар</translation>
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
        <translation>загаловак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead</source>
        <translation>лід</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byline</source>
        <translation>аўтарскі подпіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>рубрыка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dateline</source>
        <translation>месца выпуску</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embargo</source>
        <translation>эмбарга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>планавая публікацыя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO description</source>
        <translation>SEO-апісанне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor&apos;s note</source>
        <translation>прымечанне рэдактара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images</source>
        <translation>выявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>створаны</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1, карыстальнік %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>зменены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content hash</source>
        <translation>хэш зместу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lists articles, one a line: id, status, updated (UTC), section, headline.</source>
        <translation>Выводзіць спіс матэрыялаў, па адным у радку: ідэнтыфікатар, статус, час змянення (UTC), рубрыка, загаловак.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these statuses, comma-separated (repeatable): %1.</source>
        <translation>Толькі гэтыя статусы, праз коску (можна пазначыць некалькі разоў): %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only this section.</source>
        <translation>Толькі гэтая рубрыка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only articles with this author in the byline.</source>
        <translation>Толькі матэрыялы, у аўтарскім подпісе якіх ёсць гэты аўтар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this language.</source>
        <translation>Толькі гэтая мова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only articles updated at or after this time.</source>
        <translation>Толькі матэрыялы, змененыя ў гэты час або пазней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only articles updated before this time.</source>
        <translation>Толькі матэрыялы, змененыя раней за гэты час.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by updated (default), created, headline, status or section.</source>
        <translation>Сартаванне: updated (па змаўчанні), created, headline, status або section.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest or A first.</source>
        <translation>Спачатку старыя або па алфавіце ад А да Я.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many (default 100, at most 1000).</source>
        <translation>Не больш за пазначаны лік (па змаўчанні 100, максімум 1000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>n</source>
        <translation>лік</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <location line="+53"/>
        <source>Print JSON.</source>
        <translation>Вывесці JSON.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Unknown status “%1”.</source>
        <translation>Невядомы статус «%1».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a time (use ISO 8601).</source>
        <translation>«%1» — няправільны час (выкарыстоўвайце ISO 8601).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown sort key “%1”.</source>
        <translation>Невядомы ключ сартавання «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit needs a number from 1 to 1000.</source>
        <translation>Для --limit патрэбны лік ад 1 да 1000.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Searches headlines, leads, bodies and tags; best matches first, one a line: id, status, headline, and the passage with matches in [brackets].</source>
        <translation>Шукае ў загалоўках, лідах, тэкстах і тэгах; спачатку лепшыя супадзенні, па адным у радку: ідэнтыфікатар, статус, загаловак і фрагмент з супадзеннямі ў [дужках].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to find (all must match); &quot;a phrase&quot;; prefix*.</source>
        <translation>Словы для пошуку (павінны знайсціся ўсе); &quot;фраза цалкам&quot;; пачатак_слова*.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many (default 20, at most 500).</source>
        <translation>Не больш за пазначаны лік (па змаўчанні 20, максімум 500).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>search needs something to search for.</source>
        <translation>Для search пазначце, што шукаць.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit needs a number from 1 to 500.</source>
        <translation>Для --limit патрэбны лік ад 1 да 500.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lists an article&apos;s revisions, newest first: version, saved (UTC), by whom, status, content hash, headline.</source>
        <translation>Выводзіць версіі матэрыялу, спачатку новыя: версія, час захавання (UTC), кім захавана, статус, хэш зместу, загаловак.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>history needs exactly one article id.</source>
        <translation>Для history патрэбны роўна адзін ідэнтыфікатар матэрыялу.</translation>
    </message>
</context>
<context>
    <name>ArticleDiff</name>
    <message>
        <location filename="../core/history/ArticleDiff.cpp" line="+20"/>
        <source>Headline</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Аўтарскі подпіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Рубрыка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Тэгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>Месца выпуску</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo</source>
        <translation>Эмбарга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned publication</source>
        <translation>Планавая публікацыя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search description</source>
        <translation>SEO-апісанне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor&apos;s note</source>
        <translation>Прымечанне рэдактара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Featured image</source>
        <translation>Галоўная выява</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Выява</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image caption</source>
        <translation>Подпіс да выявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image alt text</source>
        <translation>Альтэрнатыўны тэкст выявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image credit</source>
        <translation>Аўтарства выявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image file</source>
        <translation>Файл выявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Тэкст матэрыялу</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>No differences.</source>
        <translation>Адрозненняў няма.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Body: the formatting changed; the words are the same.</source>
        <translation>Тэкст матэрыялу: змянілася афармленне, словы тыя ж.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/editor/ArticleEditor.cpp" line="+104"/>
        <source>Pasted without:</source>
        <translation>Устаўлена без:</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>image that is not stored with this article</source>
        <translation>выявы, якая не захоўваецца з гэтым матэрыялам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HTML source was applied without:</source>
        <translation>Код HTML ужыты без:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything else was kept. Go back to the source to correct it, or undo to return to the text as it was.</source>
        <translation>Усё астатняе захавана. Вярніцеся да кода, каб выправіць яго, або адрабіце, каб вярнуць тэкст як быў.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the Source</source>
        <translation>Вярнуцца да кода</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Insert Image</source>
        <translation>Уставіць выяву</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>Выявы (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image was not inserted. %1</source>
        <translation>Выява не ўстаўлена. %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Edit Link…</source>
        <translation>Змяніць спасылку…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Link</source>
        <translation>Выдаліць спасылку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Link Address</source>
        <translation>Капіраваць адрас спасылкі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image Properties…</source>
        <translation>Уласцівасці выявы…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Row Above</source>
        <translation>Уставіць радок вышэй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert Row Below</source>
        <translation>Уставіць радок ніжэй</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert Column Left</source>
        <translation>Уставіць слупок злева</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert Column Right</source>
        <translation>Уставіць слупок справа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Row</source>
        <translation>Выдаліць радок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Column</source>
        <translation>Выдаліць слупок</translation>
    </message>
</context>
<context>
    <name>ArticleFilterBar</name>
    <message>
        <location filename="../ui/articlelist/ArticleFilterBar.cpp" line="+21"/>
        <source>Search articles…</source>
        <translation>Пошук матэрыялаў…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Усе статусы</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+70"/>
        <source>All sections</source>
        <translation>Усе рубрыкі</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+72"/>
        <source>All languages</source>
        <translation>Усе мовы</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Author</source>
        <translation>Аўтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Зменены</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (inclusive)</source>
        <translation>З (уключна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (inclusive)</source>
        <translation>Па (уключна)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>All statuses (%1)</source>
        <translation>Усе статусы (%1)</translation>
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
        <translation>Чарнавік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>На ўзгадненні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes requested</source>
        <translation>Вернута на дапрацоўку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Зацверджана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Апублікавана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>У архіве</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(no headline)</source>
        <translation>(без загалоўка)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Рубрыка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Аўтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Зменены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embargo</source>
        <translation>Эмбарга</translation>
    </message>
</context>
<context>
    <name>ArticleTemplates</name>
    <message>
        <location filename="../ui/mainwindow/ArticleTemplates.cpp" line="+9"/>
        <source>Blank article</source>
        <translation>Пусты матэрыял</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News item</source>
        <translation>Навіна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Анонс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts block</source>
        <translation>Блок кантактаў</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../core/workflow/AuditChain.cpp" line="+99"/>
        <source>row %1 is missing</source>
        <translation>запіс %1 адсутнічае</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows %1 to %2 are missing</source>
        <translation>запісы з %1 па %2 адсутнічаюць</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 is out of sequence</source>
        <translation>запіс %1 парушае парадак</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row 1 does not start the log</source>
        <translation>запіс 1 не адкрывае журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not follow row %2: one of them was changed</source>
        <translation>запіс %1 не працягвае запіс %2: адзін з іх быў зменены</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 was changed after it was written</source>
        <translation>запіс %1 зменены пасля ўнясення ў журнал</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 does not match the anchor %2</source>
        <translation>запіс %1 не супадае з кантрольнай кропкай %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the log is empty but the anchor names row %1: rows were removed</source>
        <translation>журнал пусты, а кантрольная кропка ўказвае на запіс %1: запісы былі выдалены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the log ends at row %1 but the anchor names row %2: rows were removed from the end</source>
        <translation>журнал заканчваецца запісам %1, а кантрольная кропка ўказвае на запіс %2: запісы ў канцы былі выдалены</translation>
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

У гэтую базу даных нічога не будзе захавана. Закрыйце Newsroom і аднавіце апошнюю рэзервовую копію (newsroom-cli restore) або звярніцеся да адміністратара.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Сённяшняе рэзервовае капіраванне не ўдалося: %1</translation>
    </message>
</context>
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
    <name>BodyTextEdit</name>
    <message>
        <location filename="../ui/editor/BodyTextEdit.cpp" line="+123"/>
        <source>image that is not stored with this article</source>
        <translation>выява, якая не захоўваецца з гэтым матэрыялам</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>No suggestions</source>
        <translation>Няма варыянтаў</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Дадаць «%1» у слоўнік</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ignore “%1”</source>
        <translation>Прапусціць «%1»</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Missing image</source>
        <translation>Выява адсутнічае</translation>
    </message>
</context>
<context>
    <name>BundleBuilder</name>
    <message>
        <location filename="../core/bundle/BundleBuilder.cpp" line="+26"/>
        <source>The signing key is not an Ed25519 secret key.</source>
        <translation>Ключ электроннага подпісу — не сакрэтны ключ Ed25519.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key is not the key of the approving supervisor %1.</source>
        <translation>Ключ электроннага подпісу не належыць кіраўніку %1, які зацвердзіў матэрыял.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The approval does not cover the article&apos;s current content.</source>
        <translation>Зацвярджэнне не адносіцца да бягучага зместу матэрыялу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export time is missing.</source>
        <translation>Не пазначаны час экспарту.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is larger than a bundle may hold (%2 MB).</source>
        <translation>%1 большы, чым можа змясціць пакет (%2 МБ).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle would be larger than %1 MB.</source>
        <translation>Пакет атрымаўся б большы за %1 МБ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The manifest could not be signed.</source>
        <translation>Не ўдалося падпісаць маніфест.</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <location filename="../core/cli/BundleCommands.cpp" line="+41"/>
        <source>Export approved articles as publishable bundles.</source>
        <translation>Экспартаваць зацверджаныя матэрыялы як пакеты для публікацыі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a bundle&apos;s files, signature, approval and ninjs.</source>
        <translation>Праверыць файлы, подпіс, зацвярджэнне і ninjs пакета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles or ninjs JSON files as new drafts.</source>
        <translation>Імпартаваць пакеты або файлы ninjs JSON як новыя чарнавікі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a supervisor&apos;s public key (minisign format).</source>
        <translation>Вывесці адкрыты ключ кіраўніка (фармат minisign).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export ID --out PATH | export --approved [--since DATE] --out DIR
Exports an approved article as a publishable bundle (PATH ending in .zip: a zip file, else a directory) and marks it published. The exporting user must be the supervisor who approved it: their key signs the bundle.</source>
        <translation>export ІД --out ШЛЯХ | export --approved [--since ДАТА] --out ПАПКА
Экспартуе зацверджаны матэрыял як пакет для публікацыі (ШЛЯХ з канчаткам .zip — zip-файл, інакш папка) і адзначае яго апублікаваным. Экспартаваць павінен кіраўнік, які зацвердзіў матэрыял: пакет падпісваецца яго ключом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The article&apos;s id (not with --approved).</source>
        <translation>Ідэнтыфікатар матэрыялу (не разам з --approved).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle (.zip or directory); with --approved, the directory the bundles go into.</source>
        <translation>Пакет (.zip або папка); з --approved — папка, куды запісваюцца пакеты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export every approved article, one bundle each.</source>
        <translation>Экспартаваць усе зацверджаныя матэрыялы, па пакеце на кожны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --approved: only articles approved at or after this date.</source>
        <translation>З --approved: толькі матэрыялы, зацверджаныя ў гэту дату або пазней.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --approved: write directories instead of zip files.</source>
        <translation>З --approved: запісваць папкі замест zip-файлаў.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export before the embargo: the bundle says it is withheld until then.</source>
        <translation>Экспартаваць да заканчэння эмбарга: у пакеце пазначана, што ён не публікуецца да гэтага тэрміну.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export needs --out PATH.</source>
        <translation>Для export патрэбны --out ШЛЯХ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: export ID --out PATH, or export --approved [--since DATE] --out DIR.</source>
        <translation>Выкарыстанне: export ІД --out ШЛЯХ або export --approved [--since ДАТА] --out ПАПКА.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--since and --directories go with --approved.</source>
        <translation>--since і --directories выкарыстоўваюцца толькі з --approved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date (YYYY-MM-DD or an ISO 8601 time).</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД або час ISO 8601).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не існуе.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The bundle is embargoed: withheld until the article&apos;s embargo.</source>
        <translation>Пакет пад эмбарга: не публікуецца да заканчэння эмбарга матэрыялу.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: exported</source>
        <translation>%1: экспартаваны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: ПАМЫЛКА: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No approved articles to export.</source>
        <translation>Няма зацверджаных матэрыялаў для экспарту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 of %2 approved articles; %3 failed.</source>
        <translation>Экспартавана зацверджаных матэрыялаў: %1 з %2; з памылкай: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checks a bundle: every file against the manifest, the manifest&apos;s signature, the approval&apos;s signature and article.json against ninjs. Exit code 0 only if all hold. With --key, the bundle must have been signed with that key (a minisign public key file or its base64 line).</source>
        <translation>Правярае пакет: кожны файл па маніфесце, подпіс маніфеста, подпіс зацвярджэння і article.json па ninjs. Код выхаду 0 — толькі калі ўсё правільна. З --key пакет павінен быць падпісаны гэтым ключом (файл адкрытага ключа minisign або яго радок base64).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bundle: a directory or a .zip file.</source>
        <translation>Пакет: папка або файл .zip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public key that must have signed it.</source>
        <translation>Адкрыты ключ, якім ён павінен быць падпісаны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pubkey</source>
        <translation>ключ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verify needs exactly one bundle.</source>
        <translation>Для verify патрэбны роўна адзін пакет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>%1 does not exist.</source>
        <translation>%1 не існуе.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cannot read the key file %1.</source>
        <translation>Не ўдаецца прачытаць файл ключа %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key %1 is not a minisign public key: %2</source>
        <translation>Ключ %1 — не адкрыты ключ minisign: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FAILED: %1</source>
        <translation>ПАМЫЛКА: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not verify.</source>
        <translation>%1 не праходзіць праверку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  article %1, version %2, %3</source>
        <translation>  матэрыял %1, версія %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  approved by %1 at %2; signed with key %3%4</source>
        <translation>  зацвердзіў(-ла) %1 %2; падпісана ключом %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the key given)</source>
        <translation> (указаны ключ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (the key the manifest names)</source>
        <translation> (ключ, названы ў маніфесце)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 files intact; content %2; audit head %3</source>
        <translation>  файлаў без пашкоджанняў: %1; змест %2; апошні запіс журнала аўдыту %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  embargoed: withheld until the article&apos;s embargo</source>
        <translation>  пад эмбарга: не публікуецца да заканчэння эмбарга матэрыялу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imports Newsroom bundles (directories or .zip files) and plain ninjs JSON files as new drafts and prints their ids. Bundles must verify. Either everything is imported, in one transaction, or nothing is.</source>
        <translation>Імпартуе пакеты «Рэдакцыі» (папкі або файлы .zip) і звычайныя файлы ninjs JSON як новыя чарнавікі і выводзіць іх ідэнтыфікатары. Пакеты павінны праходзіць праверку. Імпартуецца або ўсё (адной транзакцыяй), або нічога.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles or ninjs JSON files.</source>
        <translation>Пакеты або файлы ninjs JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs at least one bundle or file.</source>
        <translation>Для import патрэбны хаця б адзін пакет або файл.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not imported: %2 Nothing was imported.</source>
        <translation>%1 не імпартаваны: %2 Нічога не імпартавана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot check the slug&apos;s use.</source>
        <translation>Не ўдаецца праверыць, ці заняты ярлык.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not imported: %2 Nothing was imported.</source>
        <translation>«%1» не імпартаваны: %2 Нічога не імпартавана.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prints a supervisor&apos;s current public key as a minisign .pub file, for verify --key and minisign -V -p.</source>
        <translation>Выводзіць бягучы адкрыты ключ кіраўніка ў выглядзе файла .pub minisign — для verify --key і minisign -V -p.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s name.</source>
        <translation>Імя карыстальніка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pubkey needs exactly one user name.</source>
        <translation>Для pubkey патрэбна роўна адно імя карыстальніка.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no signing key (only supervisors have one).</source>
        <translation>У карыстальніка %1 няма ключа электроннага подпісу (ён ёсць толькі ў кіраўнікоў).</translation>
    </message>
</context>
<context>
    <name>BundleExportController</name>
    <message>
        <location filename="../ui/bundle/BundleExportController.cpp" line="+45"/>
        <source>Only a saved, approved article can be exported.</source>
        <translation>Экспартаваць можна толькі захаваны зацверджаны матэрыял.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved article can be exported; this one is %1.</source>
        <translation>Экспартаваць можна толькі зацверджаны матэрыял; гэты — %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Approved by %1: only their key can sign the bundle, so they export it.</source>
        <translation>Зацверджана карыстальнікам %1: пакет можа падпісаць толькі яго ключ, таму экспартуе ён.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a supervisor exports approved articles: their key signs the bundles.</source>
        <translation>Зацверджаныя матэрыялы экспартуе толькі кіраўнік: пакеты падпісваюцца яго ключом.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Under embargo</source>
        <translation>Пад эмбарга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is under embargo until %2. Export an embargoed bundle, withheld until then?</source>
        <translation>«%1» пад эмбарга да %2. Экспартаваць пакет пад эмбарга, закрыты да гэтага часу?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zip archive (*.zip)</source>
        <translation>Архіў zip (*.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder (*)</source>
        <translation>Папка (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the Bundle</source>
        <translation>Экспарт пакета</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Approved Articles to</source>
        <translation>Экспарт зацверджаных матэрыялаў у</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <location line="+19"/>
        <location line="+35"/>
        <location line="+5"/>
        <source>Cannot export</source>
        <translation>Экспарт немагчымы</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Your password unlocks your signing key, which signs the bundle of “%1”.</source>
        <translation>Ваш пароль адкрывае ключ электроннага подпісу, якім падпісваецца пакет «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported</source>
        <translation>Экспартавана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The embargoed bundle of “%1” is at %2.</source>
        <translation>Пакет «%1» пад эмбарга захаваны: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is published; its bundle is at %2.</source>
        <translation>«%1» апублікавана; пакет захаваны: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign the Bundle</source>
        <translation>Подпіс пакета</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+20"/>
        <location line="+49"/>
        <source>Export Approved Articles</source>
        <translation>Экспарт зацверджаных матэрыялаў</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>No approved articles to export.</source>
        <translation>Няма зацверджаных матэрыялаў для экспарту.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Your password unlocks your signing key, which signs the bundles of %n approved article(s).</source>
        <translation>
            <numerusform>Ваш пароль адкрывае ключ электроннага подпісу, якім падпісваюцца пакеты %n зацверджанага матэрыялу.</numerusform>
            <numerusform>Ваш пароль адкрывае ключ электроннага подпісу, якім падпісваюцца пакеты %n зацверджаных матэрыялаў.</numerusform>
            <numerusform>Ваш пароль адкрывае ключ электроннага подпісу, якім падпісваюцца пакеты %n зацверджаных матэрыялаў.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting approved articles…</source>
        <translation>Экспарт зацверджаных матэрыялаў…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting “%1” (%2 of %3)…</source>
        <translation>Экспарт «%1» (%2 з %3)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Exported %1 of %2 approved articles; %3 failed, %4 not started.</source>
        <translation>Скасавана. Экспартавана %1 з %2 зацверджаных матэрыялаў; з памылкай: %3, не пачата: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1 of %2 approved articles; %3 failed.</source>
        <translation>Экспартавана %1 з %2 зацверджаных матэрыялаў; з памылкай: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundles are in %1.</source>
        <translation>Пакеты захаваны ў %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Cannot preview</source>
        <translation>Папярэдні прагляд немагчымы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled</source>
        <translation>Без загалоўка</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <location filename="../core/bundle/BundleImporter.cpp" line="+24"/>
        <source>%1 is not a ninjs object.</source>
        <translation>%1 — не аб’ект ninjs.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 does not exist.</source>
        <translation>%1 не існуе.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1: %2</source>
        <translation>Не ўдаецца адкрыць %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 большы за %2 МБ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is neither a Newsroom bundle nor a ninjs JSON file.</source>
        <translation>%1 — не пакет «Рэдакцыі» і не файл ninjs JSON.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The bundle does not verify, so it is not imported: %1</source>
        <translation>Пакет не праходзіць праверку, таму не імпартаваны: %1</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <location filename="../core/bundle/BundleManifest.cpp" line="+45"/>
        <source>an object</source>
        <translation>аб’ект</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an array</source>
        <translation>масіў</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a string</source>
        <translation>радок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number</source>
        <translation>цэлы лік</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true або false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a date and time</source>
        <translation>дата і час</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hexadecimal hash</source>
        <translation>шаснаццатковы хэш</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a base64 key or signature</source>
        <translation>ключ або подпіс у base64</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manifest.json: “%1” must be %2.</source>
        <translation>manifest.json: для «%1» чакаецца: %2.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json — не аб’ект JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest.json has format version %1; this Newsroom reads version %2.</source>
        <translation>manifest.json мае версію фармату %1; гэтая «Рэдакцыя» чытае версію %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at most %1 entries</source>
        <translation>не больш за %1 элементаў</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an array of objects</source>
        <translation>масіў аб’ектаў</translation>
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <location filename="../core/bundle/BundlePreview.cpp" line="+67"/>
        <source>%1 exists already.</source>
        <translation>%1 ужо існуе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Не ўдаецца стварыць папку для %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Не ўдаецца запісаць %1: %2</translation>
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
        <translation>Элемент «%1» адхілены: %2</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+6"/>
        <source>its data cannot be decompressed.</source>
        <translation>яго даныя не ўдаецца распакаваць.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is larger than its declared size.</source>
        <translation>ён большы за заяўлены памер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is shorter than its declared size.</source>
        <translation>ён карацейшы за заяўлены памер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its checksum does not match (the zip file is damaged).</source>
        <translation>кантрольная сума не супадае (zip-файл пашкоджаны).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the folder: %1</source>
        <translation>Не ўдаецца прачытаць папку: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bundle has more than %1 entries.</source>
        <translation>У пакеце больш за %1 элементаў.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+30"/>
        <source>Cannot read %1.</source>
        <translation>Не ўдаецца прачытаць %1.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>it is a symbolic link.</source>
        <translation>гэта сімвалічная спасылка.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it is not a regular file.</source>
        <translation>гэта не звычайны файл.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is larger than %1 MB.</source>
        <translation>ён большы за %1 МБ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle is more than %1 MB.</source>
        <translation>Пакет большы за %1 МБ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 змяніўся падчас чытання.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open %1: %2</source>
        <translation>Не ўдаецца адкрыць %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than a bundle may be.</source>
        <translation>%1 большы за дапушчальны памер пакета.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a zip file.</source>
        <translation>%1 — не zip-файл.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open the folder %1: %2</source>
        <translation>Не ўдаецца адкрыць папку %1: %2</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <location filename="../core/bundle/BundleVerifier.cpp" line="+63"/>
        <source>This is not a Newsroom bundle: manifest.json is missing.</source>
        <translation>Гэта не пакет «Рэдакцыі»: няма manifest.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature file %1 is missing.</source>
        <translation>Няма файла подпісу %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signature has been changed or damaged: %1</source>
        <translation>Подпіс зменены або пашкоджаны: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature has been changed: its untrusted comment is not the one Newsroom writes.</source>
        <translation>Подпіс зменены: яго недавераны каментарый не той, што піша «Рэдакцыя».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>manifest.json has been changed since it was signed (%1).</source>
        <translation>manifest.json зменены пасля падпісання (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrong key: the bundle was signed%1 with key %2, not with the given key %3.</source>
        <translation>Няправільны ключ: пакет падпісаны%1 ключом %2, а не ўказаным ключом %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> by %1</source>
        <translation> карыстальнікам %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>manifest.json has been changed since it was signed.</source>
        <translation>manifest.json зменены пасля падпісання.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The signature has been changed: it names key %1, but the approving supervisor&apos;s key is %2.</source>
        <translation>Подпіс зменены: у ім пазначаны ключ %1, а ключ кіраўніка, які зацвердзіў матэрыял, — %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature has been changed: its global signature does not verify.</source>
        <translation>Подпіс зменены: яго агульны подпіс не праходзіць праверку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The signature has been changed: it does not match manifest.json.</source>
        <translation>Подпіс зменены: ён не адпавядае manifest.json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The manifest was signed with key %1, but its approval names another key.</source>
        <translation>Маніфест падпісаны ключом %1, але ў зацвярджэнні пазначаны іншы ключ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>manifest.json lists %1 twice.</source>
        <translation>У manifest.json %1 пазначаны двойчы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is missing from the bundle.</source>
        <translation>У пакеце няма %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has been changed: its SHA-256 or size does not match the manifest.</source>
        <translation>%1 зменены: яго SHA-256 або памер не супадае з маніфестам.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not listed in the manifest.</source>
        <translation>%1 не пазначаны ў маніфесце.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The approval covers other content than the exported article.</source>
        <translation>Зацвярджэнне адносіцца да іншага зместу, а не да экспартаванага матэрыялу.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The approval&apos;s signature by %1 does not verify.</source>
        <translation>Подпіс зацвярджэння (%1) не праходзіць праверку.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>article.json is not a JSON object.</source>
        <translation>article.json — не аб’ект JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>article.json is missing from the manifest.</source>
        <translation>article.json няма ў маніфесце.</translation>
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
        <translation>Не ўдаецца запісаць %1: %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+9"/>
        <source>Cannot create the directory %1.</source>
        <translation>Не ўдаецца стварыць папку %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create %1: %2</source>
        <translation>Не ўдаецца стварыць %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Cannot replace %1: %2</source>
        <translation>Не ўдаецца замяніць %1: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is a symbolic link; not replacing it.</source>
        <translation>%1 — сімвалічная спасылка; яна не замяняецца.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>%1 already exists and is not a Newsroom bundle; not replacing it.</source>
        <translation>%1 ужо існуе і не з’яўляецца пакетам «Рэдакцыі»; ён не замяняецца.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не існуе.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot move the bundle to %1: %2</source>
        <translation>Не ўдаецца перамясціць пакет у %1: %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../core/cli/CliContext.cpp" line="+19"/>
        <source>The newsroom database.</source>
        <translation>База даных рэдакцыі.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team server instead of --db: a PostgreSQL connection string such as &quot;host=db.example dbname=newsroom sslmode=verify-full&quot;.</source>
        <translation>Камандны сервер замест --db: радок падключэння PostgreSQL, напрыклад &quot;host=db.example dbname=newsroom sslmode=verify-full&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Паказаць гэтую даведку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acting user (password from NEWSROOM_PASSWORD).</source>
        <translation>Карыстальнік, ад імя якога выконваецца каманда (пароль — з NEWSROOM_PASSWORD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>імя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read passwords from standard input, one a line.</source>
        <translation>Чытаць паролі са стандартнага ўводу, па адным у радку.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This newsroom has users: sign in with --user NAME.</source>
        <translation>У гэтай рэдакцыі ёсць карыстальнікі: увайдзіце з --user ІМЯ.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Warning: %1</source>
        <translation>Увага: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../core/cli/CommandLineTool.cpp" line="+31"/>
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
        <location line="+3"/>
        <source>The acting user (password from NEWSROOM_PASSWORD).</source>
        <translation>Карыстальнік, ад імя якога выконваецца каманда (пароль — з NEWSROOM_PASSWORD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>імя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read passwords from standard input, one a line.</source>
        <translation>Чытаць паролі са стандартнага ўводу, па адным у радку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team server instead of --db: a PostgreSQL connection string (libpq&apos;s &quot;host=… dbname=… user=…&quot;, or a postgresql:// address).</source>
        <translation>Камандны сервер замест --db: радок падключэння PostgreSQL (у фармаце libpq &quot;host=… dbname=… user=…&quot; або адрас postgresql://).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command to run.</source>
        <translation>Каманда для выканання.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Каманды:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown command: %1</source>
        <translation>Невядомая каманда: %1</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <location filename="../ui/review/CommentPanel.cpp" line="+40"/>
        <source>&lt;b&gt;Detached&lt;/b&gt; — the passage is no longer in the text</source>
        <translation>&lt;b&gt;Адлучана&lt;/b&gt; — фрагмента больш няма ў тэксце</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment on the &amp;article</source>
        <translation>Заўвага да &amp;матэрыялу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on the &amp;passage</source>
        <translation>Заўвага да &amp;фрагмента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>&amp;Адказаць</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+233"/>
        <source>Re&amp;solve</source>
        <translation>&amp;Улічана</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Comment threads</source>
        <translation>Абмеркаванні заўваг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached comments</source>
        <translation>Адлучаныя заўвагі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a comment or a reply…</source>
        <translation>Напішыце заўвагу або адказ…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Review comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Заўвагі па ўзгадненні&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a passage in the text to comment on it.</source>
        <translation>Вылучыце фрагмент тэксту, каб пакінуць да яго заўвагу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage: “%1”</source>
        <translation>Фрагмент: «%1»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>✓ Resolved by %1</source>
        <translation>✓ Улічана: %1</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Select a passage in the text first.</source>
        <translation>Спачатку вылучыце фрагмент тэксту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on the selected passage.</source>
        <translation>Заўвага да вылучанага фрагмента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply in this thread.</source>
        <translation>Адказаць у гэтым абмеркаванні.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a thread to reply to.</source>
        <translation>Выберыце абмеркаванне, каб адказаць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open</source>
        <translation>&amp;Зноў адкрыць</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/history/ConflictDialog.cpp" line="+22"/>
        <source>&amp;Keep mine as the newest version</source>
        <translation>&amp;Захаваць маю як новую версію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs (keep mine as a recovery copy)</source>
        <translation>&amp;Узяць іх версію (маю — у копію для аднаўлення)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>&amp;Compare theirs with mine</source>
        <translation>Па&amp;раўнаць іх версію з маёй</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Decide &amp;later</source>
        <translation>Вырашыць &amp;пазней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved this article</source>
        <translation>Матэрыял зменены ў іншым месцы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saves your text as a new version on top of theirs. Their version stays in the history.</source>
        <translation>Захоўвае ваш тэкст як новую версію паверх іх версіі. Іх версія застаецца ў гісторыі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads their version. Your text is kept as a recovery copy, offered again when Newsroom starts.</source>
        <translation>Загружае іх версію. Ваш тэкст захоўваецца як копія для аднаўлення і будзе прапанаваны пры наступным запуску «Рэдакцыі».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes this dialog; your text stays in the editor, unsaved.</source>
        <translation>Закрывае гэта акно; ваш тэкст застаецца ў рэдактары незахаваным.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 saved version %2 of “%3” at %4 while you were editing version %5. Choose what to keep; nothing is lost either way.</source>
        <translation>%1 захаваў(-ла) версію %2 матэрыялу «%3» у %4, пакуль вы рэдагавалі версію %5. Выберыце, што пакінуць; у любым выпадку нічога не страціцца.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>version %1 (yours started here)</source>
        <translation>версія %1 (з яе пачата ваша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>their version %1</source>
        <translation>іх версія %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show what &amp;they changed</source>
        <translation>Паказаць, што &amp;змянілі яны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your text</source>
        <translation>ваш тэкст</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your text could not be kept as a recovery copy, so theirs was not taken: %1</source>
        <translation>Не ўдалося захаваць ваш тэкст як копію для аднаўлення, таму іх версія не ўзята: %1</translation>
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
    <name>DiffView</name>
    <message>
        <location filename="../ui/history/DiffView.cpp" line="+32"/>
        <source>&lt;b&gt;Metadata&lt;/b&gt;</source>
        <translation>&lt;b&gt;Метаданыя&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Тэкст&lt;/b&gt;</translation>
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
        <translation>Стала</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed metadata</source>
        <translation>Змененыя метаданыя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes in the text</source>
        <translation>Змены ў тэксце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend: &lt;span style=&quot;%1&quot;&gt;deleted&lt;/span&gt; &lt;span style=&quot;%2&quot;&gt;inserted&lt;/span&gt;</source>
        <translation>Абазначэнні: &lt;span style=&quot;%1&quot;&gt;выдалена&lt;/span&gt; &lt;span style=&quot;%2&quot;&gt;устаўлена&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing to compare.</source>
        <translation>Няма чаго параўноўваць.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 and %2 are the same.</source>
        <translation>%1 і %2 супадаюць.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changes from %1 to %2: %n field(s) of metadata, text %3.</source>
        <translation>
            <numerusform>Змены з %1 па %2: %n поле метаданых, тэкст %3.</numerusform>
            <numerusform>Змены з %1 па %2: %n палі метаданых, тэкст %3.</numerusform>
            <numerusform>Змены з %1 па %2: %n палёў метаданых, тэкст %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>зменены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>не зменены</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only the formatting changed; the words are the same.</source>
        <translation>Змянілася толькі афармленне, словы тыя ж.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is unchanged.</source>
        <translation>Тэкст не зменены.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../ui/editor/EditorActions.cpp" line="+38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Адрабіць</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Выразаць</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Капіраваць</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste as Plain &amp;Text</source>
        <translation>Уставіць як просты &amp;тэкст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bold</source>
        <translation>&amp;Тоўсты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсіў</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Underline</source>
        <translation>Падкр&amp;эслены</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Закрэслены</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Абзац</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading &amp;2</source>
        <translation>Загаловак &amp;2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading &amp;3</source>
        <translation>Загаловак &amp;3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading &amp;4</source>
        <translation>Загаловак &amp;4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Bulleted List</source>
        <translation>&amp;Маркіраваны спіс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Numbered List</source>
        <translation>&amp;Нумараваны спіс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Indent List Item</source>
        <translation>&amp;Павялічыць водступ пункта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Outdent List Item</source>
        <translation>Паменш&amp;ыць водступ пункта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quotation</source>
        <translation>&amp;Цытата</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Link…</source>
        <translation>&amp;Спасылка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Lin&amp;k</source>
        <translation>&amp;Выдаліць спасылку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;mage…</source>
        <translation>&amp;Выява…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Table…</source>
        <translation>&amp;Табліца…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Horizontal Line</source>
        <translation>&amp;Гарызантальная лінія</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Знайсці…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace…</source>
        <translation>За&amp;мяніць…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;Next</source>
        <translation>Знайсці &amp;далей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find Pre&amp;vious</source>
        <translation>Знайсці &amp;раней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML &amp;Source</source>
        <translation>&amp;Код HTML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;Spelling While Typing</source>
        <translation>Правяраць &amp;правапіс пры ўводзе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-Breaking Space After &amp;One-Letter Words</source>
        <translation>Непарыўны прабел пасля &amp;адналітарных слоў</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps Russian and Belarusian one-letter prepositions and conjunctions on the line of the next word</source>
        <translation>Не адрывае рускія і беларускія адналітарныя прыназоўнікі і злучнікі ад наступнага слова</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/bundle/Exporter.cpp" line="+100"/>
        <source>“%1” cannot be exported: %2.</source>
        <translation>Не ўдаецца экспартаваць «%1»: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was approved by %2: only %2&apos;s key can sign its bundle, so %2 must export it.</source>
        <translation>«%1» зацвердзіў(-ла) %2: падпісаць пакет можа толькі ключ %2, таму экспартаваць павінен(-на) %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is under embargo until %2; export an embargoed bundle explicitly (--embargoed) or wait.</source>
        <translation>«%1» пад эмбарга да %2; экспартуйце пакет пад эмбарга яўна (--embargoed) або пачакайце.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s signing key has changed since they approved “%2”; approve it again to export it.</source>
        <translation>Ключ электроннага подпісу %1 змяніўся пасля зацвярджэння «%2»; зацвердзіце матэрыял зноў, каб экспартаваць яго.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1” cannot be exported: %2</source>
        <translation>Не ўдаецца экспартаваць «%1»: %2</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="+23"/>
        <source>Find</source>
        <translation>Знайсці</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Замяніць на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In regular expression mode \1 … \9 insert the captured groups.</source>
        <translation>У рэжыме рэгулярных выразаў \1 … \9 устаўляюць захопленыя групы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Знайсці папярэдняе супадзенне (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Далей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (Enter)</source>
        <translation>Знайсці наступнае супадзенне (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>За&amp;мяніць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Замяніць гэта супадзенне і знайсці наступнае</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace &amp;All</source>
        <translation>Замяніць &amp;усе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match (one undo step)</source>
        <translation>Замяніць усе супадзенні (адна адмена)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>Закрыць (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>&amp;Улічваць рэгістр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Словы цалкам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Рэгулярны выраз</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+35"/>
        <location line="+66"/>
        <source>Not found</source>
        <translation>Не знойдзена</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Continued from the end</source>
        <translation>Працягнута з канца</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continued from the top</source>
        <translation>Працягнута з пачатку</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>Заменена %n раз</numerusform>
            <numerusform>Заменена %n разы</numerusform>
            <numerusform>Заменена %n разоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n супадзенне</numerusform>
            <numerusform>%n супадзенні</numerusform>
            <numerusform>%n супадзенняў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <location filename="../core/cli/HistoryCommands.cpp" line="+32"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show what changed between two revisions of an article.</source>
        <translation>Паказаць змены паміж дзвюма версіямі матэрыялу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a database backup, or (ID REV) an article&apos;s revision.</source>
        <translation>Аднавіць рэзервовую копію базы даных або (ІД ВЕР) версію матэрыялу.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the articles waiting for review.</source>
        <translation>Пералічыць матэрыялы, якія чакаюць узгаднення.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what happened since your last sign-in.</source>
        <translation>Паказаць, што адбылося з вашага апошняга ўваходу.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows what changed from revision REV_A to revision REV_B: metadata field by field, then the body word by word, deletions as [-text-] and insertions as {+text+}.</source>
        <translation>Паказвае змены ад версіі ВЕР_A да версіі ВЕР_B: метаданыя па палях, потым тэкст матэрыялу па словах; выдаленні — як [-тэкст-], устаўкі — як {+тэкст+}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>The article&apos;s id.</source>
        <translation>Ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The older revision.</source>
        <translation>Больш ранняя версія.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newer revision.</source>
        <translation>Больш позняя версія.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <location line="+41"/>
        <source>Print JSON.</source>
        <translation>Вывесці JSON.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>diff needs an article id and two revision numbers.</source>
        <translation>Для diff патрэбны ідэнтыфікатар матэрыялу і два нумары версій.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+44"/>
        <source>Revisions are numbers from 1 up (see `history ID`).</source>
        <translation>Версіі — гэта лікі ад 1 (гл. `history ID`).</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+1"/>
        <source>version %1</source>
        <translation>версія %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saves the content of revision REV as a new revision of the article (history is never rewritten) and prints the new version.</source>
        <translation>Захоўвае змест версіі ВЕР як новую версію матэрыялу (гісторыя ніколі не перапісваецца) і выводзіць новую версію.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The revision to bring back.</source>
        <translation>Версія, якую трэба вярнуць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse (exit code 4) if the article has been saved since.</source>
        <translation>Адмовіць (код выхаду 4), калі матэрыял з таго часу захоўваўся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>версія</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>restore needs an article id and a revision number.</source>
        <translation>Для restore патрэбны ідэнтыфікатар матэрыялу і нумар версіі.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--base-version needs a version number.</source>
        <translation>Для --base-version патрэбны нумар версіі.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists the articles in review, the longest-waiting first: id, submitted (UTC), submitted by, author, headline.</source>
        <translation>Пералічвае матэрыялы на ўзгадненні, пачынаючы з тых, што чакаюць даўжэй за ўсё: ідэнтыфікатар, час адпраўкі (UTC), хто адправіў, аўтар, загаловак.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>queue takes no arguments.</source>
        <translation>Каманда queue не прымае аргументаў.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Shows, oldest first, what the acting user should hear about since their previous sign-in: new submissions for a supervisor, approvals and change requests on their own articles for an officer. Columns: audit row, time (UTC), kind, by whom, article id, text.</source>
        <translation>Паказвае, пачынаючы з самых старых, пра што трэба ведаць карыстальніку з яго папярэдняга ўваходу: кіраўніку — пра новыя матэрыялы на ўзгадненні, супрацоўніку прэс-службы — пра зацвярджэнне і вяртанне на дапрацоўку яго матэрыялаў. Слупкі: запіс журнала аўдыту, час (UTC), від, хто, ідэнтыфікатар матэрыялу, тэкст.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since this audit log row instead.</source>
        <translation>Пачынаючы з гэтага запісу журнала аўдыту.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row</source>
        <translation>запіс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>notifications takes no arguments.</source>
        <translation>Каманда notifications не прымае аргументаў.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--since needs an audit row number.</source>
        <translation>Для --since патрэбны нумар запісу журнала аўдыту.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="+32"/>
        <source>Restore revision</source>
        <translation>Аднавіць версію</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare</source>
        <translation>&amp;Параўнаць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Аднавіць гэту версію…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions and state changes</source>
        <translation>Версіі і змена статусаў</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Зацверджана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor</source>
        <translation>Кіраўнік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature</source>
        <translation>Подпіс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval records</source>
        <translation>Запісы пра зацвярджэнне</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Параўнаць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>з</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Approvals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Зацвярджэнні&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sign in to restore a revision.</source>
        <translation>Увайдзіце, каб аднавіць версію.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the current version.</source>
        <translation>Гэта бягучая версія.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves version %1&apos;s content as a new version.</source>
        <translation>Захоўвае змест версіі %1 як новую версію.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Version %1: %2</source>
        <translation>Версія %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>valid (key %1)</source>
        <translation>сапраўдны (ключ %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does NOT verify</source>
        <translation>НЕ праходзіць праверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided: %1</source>
        <translation>ануліравана: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in force</source>
        <translation>дзейнічае</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 (%2, %3)</source>
        <translation>Версія %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>version %1</source>
        <translation>версія %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save version %1&apos;s text and metadata as a new version %2? Nothing is deleted: the current version stays in the history.</source>
        <translation>Захаваць тэкст і метаданыя версіі %1 як новую версію %2? Нічога не выдаляецца: бягучая версія застаецца ў гісторыі.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1 restored as version %2.</source>
        <translation>Версія %1 адноўлена як версія %2.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../ui/editor/ImageDialog.cpp" line="+15"/>
        <source>Image</source>
        <translation>Выява</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown under the image</source>
        <translation>Паказваецца пад выявай</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Што на выяве — для чытачоў, якія не бачаць выявы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photographer or source</source>
        <translation>Фатограф або крыніца</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Подпіс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alternative text:</source>
        <translation>&amp;Альтэрнатыўны тэкст:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redit:</source>
        <translation>А&amp;ўтарства:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 пікселяў, %3</translation>
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
        <translation>Памер «%1» — %2; можна ўстаўляць выявы да %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be read: %2</source>
        <translation>Не ўдаецца прачытаць «%1»: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The image is larger than %1.</source>
        <translation>Выява большая за %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a JPEG, PNG, WebP or GIF image.</source>
        <translation>Гэта не выява JPEG, PNG, WebP або GIF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image is %1 × %2 pixels; at most %3 pixels a side are accepted.</source>
        <translation>Выява — %1 × %2 пікселяў; дапускаецца не больш за %3 пікселяў па баку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image is %1 × %2 pixels, too large to open (more than %3 MB of memory).</source>
        <translation>Выява — %1 × %2 пікселяў, занадта вялікая, каб адкрыць (трэба больш за %3 МБ памяці).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image cannot be decoded: %1</source>
        <translation>Не ўдаецца дэкадаваць выяву: %1</translation>
    </message>
</context>
<context>
    <name>ImageRenditions</name>
    <message>
        <location filename="../core/bundle/ImageRenditions.cpp" line="+74"/>
        <source>Image “%1”: %2</source>
        <translation>Выява «%1»: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a JPEG, PNG, WebP or GIF image.</source>
        <translation>гэта не выява JPEG, PNG, WebP або GIF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image size cannot be read.</source>
        <translation>не ўдаецца прачытаць памер выявы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 pixels is too large to process.</source>
        <translation>%1 × %2 пікселяў — занадта шмат для апрацоўкі.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the image cannot be decoded (%1).</source>
        <translation>не ўдаецца дэкадаваць выяву (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 pixel rendition cannot be written.</source>
        <translation>не ўдаецца запісаць варыянт памерам %1 пікселяў.</translation>
    </message>
</context>
<context>
    <name>JsonGuard</name>
    <message>
        <location filename="../core/bundle/JsonGuard.cpp" line="+45"/>
        <source>%1 is nested deeper than %2 levels.</source>
        <translation>Укладзенасць %1 глыбейшая за %2 узроўняў.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 — недапушчальны JSON: %2 у байце %3.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../ui/team/KeychainSecretStore.cpp" line="+10"/>
        <source>The desktop keychain refused: %1</source>
        <translation>Звязка ключоў працоўнага стала адмовіла: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No password is remembered.</source>
        <translation>Захаванага пароля няма.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../ui/editor/LinkDialog.cpp" line="+16"/>
        <source>Link</source>
        <translation>Спасылка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://…, mailto:…, tel:…</source>
        <translation>https://…, mailto:…, tel:…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Text:</source>
        <translation>&amp;Тэкст:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрас:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter the link&apos;s address.</source>
        <translation>Увядзіце адрас спасылкі.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1:” links are not allowed. Use a web address (http, https), an e-mail address (mailto) or a telephone number (tel).</source>
        <translation>Спасылкі «%1:» не дапускаюцца. Выкарыстоўвайце вэб-адрас (http, https), адрас электроннай пошты (mailto) або нумар тэлефона (tel).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid address: %1</source>
        <translation>Недапушчальны адрас: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A web address needs a host name, such as kopyl.gov.by.</source>
        <translation>У вэб-адрасе патрэбна імя сайта, напрыклад kopyl.gov.by.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is empty after “%1:”.</source>
        <translation>Пасля «%1:» адрас пусты.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+50"/>
        <location line="+883"/>
        <location line="+21"/>
        <source>Newsroom</source>
        <translation>Рэдакцыя</translation>
    </message>
    <message>
        <location line="-811"/>
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
        <location line="+5"/>
        <source>&amp;New Article</source>
        <translation>&amp;Стварыць</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дубляваць</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find Articles…</source>
        <translation>Знайсці ма&amp;тэрыялы…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh List</source>
        <translation>&amp;Абнавіць спіс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;witch User…</source>
        <translation>&amp;Змяніць карыстальніка…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect to Team Server…</source>
        <translation>&amp;Падключыцца да каманднага сервера…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on a newsroom shared by several desks</source>
        <translation>Працаваць з рэдакцыяй, агульнай для некалькіх працоўных месцаў</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Папярэдні прагляд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the article as the site will render it</source>
        <translation>Паказаць матэрыял так, як яго пакажа сайт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспарт…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Su&amp;bmit for Review</source>
        <translation>На ўз&amp;гадненне</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw from Review</source>
        <translation>&amp;Адклікаць з узгаднення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translation>У &amp;архіў</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Archive</source>
        <translation>&amp;Вярнуць з архіва</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export &amp;Approved…</source>
        <translation>Экспарт &amp;зацверджаных…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from &amp;Template</source>
        <translation>Стварыць па &amp;шаблоне</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Edit</source>
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>Фар&amp;мат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Insert</source>
        <translation>&amp;Устаўка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>В&amp;ыгляд</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Article</source>
        <translation>&amp;Матэрыял</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Асноўная</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Уваход выкананы: %1 (%2)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cannot open the article</source>
        <translation>Не ўдаецца адкрыць матэрыял</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copy of %1</source>
        <translation>Копія: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+199"/>
        <source>%1 — Newsroom</source>
        <translation>%1 — Рэдакцыя</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+198"/>
        <source>Untitled</source>
        <translation>Без загалоўка</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Open an approved article to export it.</source>
        <translation>Адкрыйце зацверджаны матэрыял, каб экспартаваць яго.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the article first: a bundle holds what was approved.</source>
        <translation>Спачатку захавайце матэрыял: пакет змяшчае тое, што было зацверджана.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the article as a publishable bundle</source>
        <translation>Экспартаваць матэрыял як пакет для публікацыі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export every approved article as a bundle</source>
        <translation>Экспартаваць усе зацверджаныя матэрыялы пакетамі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the article first.</source>
        <translation>Спачатку захавайце матэрыял.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not done</source>
        <translation>Не выканана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The article is now: %1</source>
        <translation>Статус матэрыялу: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No article open</source>
        <translation>Матэрыял не адкрыты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (read-only)</source>
        <translation>%1 (толькі чытанне)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+183"/>
        <source>Unsaved changes</source>
        <translation>Ёсць незахаваныя змены</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Saved %1</source>
        <translation>Захавана %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved yet</source>
        <translation>Яшчэ не захавана</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слова</numerusform>
            <numerusform>%n словы</numerusform>
            <numerusform>%n слоў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n знак</numerusform>
            <numerusform>%n знакі</numerusform>
            <numerusform>%n знакаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n хв чытання</numerusform>
            <numerusform>%n хв чытання</numerusform>
            <numerusform>%n хв чытання</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Захаванне…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot save the article</source>
        <translation>Не ўдаецца захаваць матэрыял</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Autosave failed: %1</source>
        <translation>Не ўдалося аўтазахаванне: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the changes to this article?</source>
        <translation>Захаваць змены ў гэтым матэрыяле?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/editor/MessageBar.cpp" line="+31"/>
        <source>Close the message</source>
        <translation>Закрыць паведамленне</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../ui/metadata/MetadataPanel.cpp" line="+77"/>
        <source>&amp;Headline</source>
        <translation>&amp;Загаловак</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lead</source>
        <translation>&amp;Лід</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sl&amp;ug</source>
        <translation>&amp;Ярлык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors, separated by commas</source>
        <translation>Аўтары праз коску</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Byline</source>
        <translation>&amp;Аўтарскі подпіс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Section</source>
        <translation>&amp;Рубрыка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>Тэгі праз коску</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tags</source>
        <translation>&amp;Тэгі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place, e.g. Kopyl</source>
        <translation>Месца, напрыклад Капыль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dateline</source>
        <translation>М&amp;есца выпуску</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Russian</source>
        <translation>Руская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian</source>
        <translation>Беларуская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Англійская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>Мо&amp;ва</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. BelTA</source>
        <translation>напрыклад БелТА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce</source>
        <translation>&amp;Крыніца</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Embargo</source>
        <translation>Эмбарга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Апублікаваць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at</source>
        <translation>у</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SE&amp;O description</source>
        <translation>SE&amp;O-апісанне</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editor&apos;s &amp;note</source>
        <translation>&amp;Прымечанне рэдактара</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Featured image</source>
        <translation>&amp;Галоўная выява</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+41"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image %1</source>
        <translation>Выява %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ready for review</source>
        <translation>Гатова да ўзгаднення</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Generated from the headline</source>
        <translation>Створаны з загалоўка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already used by another article</source>
        <translation>Ужо заняты іншым матэрыялам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique</source>
        <translation>Унікальны</translation>
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
        <translation>Не ўдалося абнавіць схему базы даных (%1): %2</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>%1 is a database of some other program, not a Newsroom database.</source>
        <translation>%1 — база даных іншай праграмы, а не «Рэдакцыі».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot migrate the database from version %1 to %2.</source>
        <translation>Не ўдаецца перавесці базу даных з версіі %1 на версію %2.</translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <location filename="../core/bundle/Minisign.cpp" line="+117"/>
        <source>This is not a minisign public key: expected a comment line and a key line.</source>
        <translation>Гэта не адкрыты ключ minisign: чакаюцца радок каментарыя і радок ключа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a minisign public key: the key line is not a valid key.</source>
        <translation>Гэта не адкрыты ключ minisign: радок ключа не змяшчае дапушчальнага ключа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This minisign public key uses an unsupported algorithm.</source>
        <translation>Гэты адкрыты ключ minisign выкарыстоўвае непадтрымліваемы алгарытм.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The signature file does not end with a line break.</source>
        <translation>Файл подпісу не заканчваецца пераводам радка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file does not have the four lines of a minisign signature.</source>
        <translation>У файле подпісу няма чатырох радкоў подпісу minisign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file has an overlong line.</source>
        <translation>У файле подпісу занадта доўгі радок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file has a stray carriage return.</source>
        <translation>У файле подпісу лішні знак вяртання карэткі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file&apos;s first line is not an untrusted comment.</source>
        <translation>Першы радок файла подпісу — не недавераны каментарый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file&apos;s third line is not a trusted comment.</source>
        <translation>Трэці радок файла подпісу — не давераны каментарый.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature line of the signature file is damaged.</source>
        <translation>Радок подпісу ў файле подпісу пашкоджаны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature uses an unsupported algorithm.</source>
        <translation>Подпіс выкарыстоўвае непадтрымліваемы алгарытм.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The global signature line of the signature file is damaged.</source>
        <translation>Радок агульнага подпісу ў файле подпісу пашкоджаны.</translation>
    </message>
</context>
<context>
    <name>NewsroomTokenizer</name>
    <message>
        <location filename="../core/storage/sqlite/NewsroomTokenizer.cpp" line="+609"/>
        <source>Cannot set up full-text search: there is no open SQLite database.</source>
        <translation>Не ўдаецца наладзіць паўнатэкставы пошук: няма адкрытай базы даных SQLite.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot set up full-text search: this SQLite library (%1) has no FTS5.</source>
        <translation>Не ўдаецца наладзіць паўнатэкставы пошук: у гэтай бібліятэцы SQLite (%1) няма FTS5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot set up full-text search: %1</source>
        <translation>Не ўдаецца наладзіць паўнатэкставы пошук: %1</translation>
    </message>
</context>
<context>
    <name>NinjsCheck</name>
    <message>
        <location filename="../core/bundle/NinjsCheck.cpp" line="+148"/>
        <source>%1 has the wrong type or form.</source>
        <translation>У %1 няправільны тып або фармат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 lacks the required “%2”.</source>
        <translation>У %1 няма абавязковага «%2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has an unknown member “%2”.</source>
        <translation>У %1 невядомы элемент «%2».</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+41"/>
        <source>%1 must be an object.</source>
        <translation>%1 павінен быць аб’ектам.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1.urgency must be 1 to 9.</source>
        <translation>%1.urgency павінна быць ад 1 да 9.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1.%2 must be one of %3.</source>
        <translation>%1.%2 павінна быць адным з: %3.</translation>
    </message>
</context>
<context>
    <name>NinjsReader</name>
    <message>
        <location filename="../core/bundle/NinjsReader.cpp" line="+120"/>
        <source>it is not a JPEG, PNG, WebP or GIF image.</source>
        <translation>гэта не выява JPEG, PNG, WebP або GIF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its size cannot be read.</source>
        <translation>не ўдаецца прачытаць яго памер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it declares %1 × %2 pixels, more than may be decoded (%3 MB).</source>
        <translation>заяўлена %1 × %2 пікселяў — больш, чым дапушчальна дэкадаваць (%3 МБ).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The embargo time “%1” could not be read and was left out.</source>
        <translation>Не ўдалося прачытаць час эмбарга «%1»; ён прапушчаны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not kept by Newsroom and was left out.</source>
        <translation>«Рэдакцыя» не захоўвае «%1»; прапушчана.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The associated item “%1” is not in the bundle and was not fetched.</source>
        <translation>Звязанага элемента «%1» няма ў пакеце; ён не загружаны.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image %1 is refused: %2</source>
        <translation>Выява %1 адхілена: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Removed from the body: %1</source>
        <translation>Выдалена з тэксту матэрыялу: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported article</source>
        <translation>Імпартаваны матэрыял</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item had no headline.</source>
        <translation>У элемента не было загалоўка.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../core/workflow/Notifications.cpp" line="+25"/>
        <source>(no headline)</source>
        <translation>(без загалоўка)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 submitted “%2” for review.</source>
        <translation>%1 адправіў(-ла) «%2» на ўзгадненне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 approved “%2”.</source>
        <translation>%1 зацвердзіў(-ла) «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requested changes to “%2”: %3</source>
        <translation>%1 вярнуў(-ла) «%2» на дапрацоўку: %3</translation>
    </message>
</context>
<context>
    <name>OpenNewsroom</name>
    <message>
        <location filename="../ui/team/OpenNewsroom.cpp" line="+35"/>
        <source>The server signed in %1, not %2.</source>
        <translation>Сервер выканаў уваход як %1, а не %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server: %1</source>
        <translation>Камандны сервер: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Local newsroom: %1</source>
        <translation>Лакальная рэдакцыя: %1</translation>
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
        <translation>пароль не пазначаны: задайце %1 або выкарыстоўвайце --password-stdin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no password given: standard input has no more lines</source>
        <translation>пароль не пазначаны: на стандартным уводзе больш няма радкоў</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the password is empty</source>
        <translation>пароль пусты</translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <location filename="../core/storage/postgresql/PgConnInfo.cpp" line="+31"/>
        <source>The server connection is empty; give it as &quot;host=… dbname=… user=…&quot;.</source>
        <translation>Не пазначана падключэнне да сервера; задайце яго ў выглядзе &quot;host=… dbname=… user=…&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid server address.</source>
        <translation>«%1» — няправільны адрас сервера.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” in the server connection has no value (write key=value).</source>
        <translation>У параметра «%1» у падключэнні да сервера няма значэння (пішыце ключ=значэнне).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A quoted value in the server connection is not closed.</source>
        <translation>Значэнне ў двукоссі ў падключэнні да сервера не закрыта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server connection has a value without a key.</source>
        <translation>У падключэнні да сервера ёсць значэнне без ключа.</translation>
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
        <translation>У лакальнай рэдакцыі версія схемы %1, а на серверы — %2; спачатку адкрыйце лакальную гэтай версіяй Newsroom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server has not been set up yet: run “newsroom-cli server init” first.</source>
        <translation>Сервер яшчэ не падрыхтаваны: спачатку выканайце «newsroom-cli server init».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server %1 already holds a newsroom (its table %2 is not empty); nothing was copied.</source>
        <translation>На серверы %1 ужо ёсць рэдакцыя (табліца %2 не пустая); нічога не скапіравана.</translation>
    </message>
</context>
<context>
    <name>PgServerSchema</name>
    <message>
        <location filename="../core/storage/postgresql/PgServerSchema.cpp" line="+665"/>
        <source>Could not set up the server: %1</source>
        <translation>Не ўдалося падрыхтаваць сервер: %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>A user name must be 1 to 63 characters without spaces, commas or colons.</source>
        <translation>Імя карыстальніка — ад 1 да 63 сімвалаў, без прабелаў, коскаў і двукроп&apos;яў.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user needs at least one role.</source>
        <translation>У карыстальніка павінна быць хаця б адна роля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not be empty.</source>
        <translation>Пароль не можа быць пустым.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not make a signing key.</source>
        <translation>Не ўдалося стварыць ключ подпісу.</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <location filename="../core/storage/postgresql/PgStore.cpp" line="+48"/>
        <source>The server %1 did not accept the user name or password.</source>
        <translation>Сервер %1 не прыняў імя карыстальніка або пароль.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Не ўдалося падключыцца да %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; cannot connect to %1.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не ўсталяваны; падключыцца да %1 нельга.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 was written by a newer version of Newsroom (schema version %2; this version understands up to %3). It has not been changed.</source>
        <translation>База даных %1 запісана навейшай версіяй Newsroom (версія схемы %2; гэтая версія разумее да %3). Яна не зменена.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 has not been set up for this version of Newsroom; ask the administrator to run “newsroom-cli server init”.</source>
        <translation>База даных %1 не падрыхтавана для гэтай версіі Newsroom; папрасіце адміністратара выканаць «newsroom-cli server init».</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The database %1 lacks its search index and cannot get one with this user&apos;s rights; ask the administrator to run “newsroom-cli server init”. (%2)</source>
        <translation>У базе даных %1 няма пошукавага індэкса, а правоў гэтага карыстальніка недастаткова, каб яго стварыць; папрасіце адміністратара выканаць «newsroom-cli server init». (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Не ўдалося падпісацца на змены ў %1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Type a word to search for.</source>
        <translation>Увядзіце слова для пошуку.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot search for “%1”: %2</source>
        <translation>Не ўдалося знайсці «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../ui/bundle/PreviewDialog.cpp" line="+21"/>
        <source>Preview — %1</source>
        <translation>Папярэдні прагляд — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open in &amp;Browser</source>
        <translation>Адкрыць у &amp;браўзеры</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview</source>
        <translation>Папярэдні прагляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser could be started for %1.</source>
        <translation>Не ўдалося адкрыць %1 у браўзеры.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ui/history/RecoveryDialog.cpp" line="+22"/>
        <source>&amp;Restore</source>
        <translation>&amp;Аднавіць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with the saved version</source>
        <translation>&amp;Параўнаць з захаванай версіяй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>В&amp;ыдаліць…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard for good</source>
        <translation>Выдаліць назаўсёды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Пакінуць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation>Аднаўленне незахаванага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsroom found text that was not saved when it last closed. Restore it into the editor, compare it with the saved version, or discard it.</source>
        <translation>«Рэдакцыя» знайшла тэкст, не захаваны пры апошнім закрыцці. Аднавіце яго ў рэдактары, параўнайце з захаванай версіяй або выдаліце.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved texts</source>
        <translation>Незахаваныя тэксты</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decide &amp;later</source>
        <translation>Вырашыць &amp;пазней</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>“%1” — unsaved since %2</source>
        <translation>«%1» — не захаваны з %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>(no headline)</source>
        <translation>(без загалоўка)</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>(based on version %1; version %2 was saved since)</source>
        <translation>(заснаваны на версіі %1; з таго часу захавана версія %2)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>nothing saved</source>
        <translation>нічога не захавана</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saved version %1</source>
        <translation>захаваная версія %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the unsaved text</source>
        <translation>незахаваны тэкст</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard the unsaved text of “%1” for good? It cannot be brought back.</source>
        <translation>Выдаліць незахаваны тэкст «%1» назаўсёды? Вярнуць яго будзе нельга.</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../ui/review/ReviewBar.cpp" line="+20"/>
        <source>Draft</source>
        <translation>Чарнавік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>На ўзгадненні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes requested</source>
        <translation>Вернута на дапрацоўку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Зацверджана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Апублікавана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>У архіве</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve</source>
        <translation>Зацвердзіць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password unlocks your signing key to sign the approval:</source>
        <translation>Пароль адкрывае ваш ключ электроннага подпісу, каб падпісаць зацвярджэнне:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve and sign</source>
        <translation>Зацвердзіць і падпісаць</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Request changes</source>
        <translation>Вярнуць на дапрацоўку</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What should change? The author sees this comment.</source>
        <translation>Што трэба змяніць? Аўтар убачыць гэтую заўвагу.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Зацвердзіць…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;changes…</source>
        <translation>&amp;Вярнуць на дапрацоўку…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve the article and sign the approval</source>
        <translation>Зацвердзіць матэрыял і падпісаць зацвярджэнне</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sign in to review.</source>
        <translation>Увайдзіце, каб узгадняць.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve and sign this version.</source>
        <translation>Зацвердзіць і падпісаць гэту версію.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the article back to its author with a comment.</source>
        <translation>Вярнуць матэрыял аўтару з заўвагай.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve is unavailable:</source>
        <translation>Зацвярджэнне недаступнае:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request changes is unavailable: %1</source>
        <translation>Вяртанне на дапрацоўку недаступнае: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Approved and signed (version %1).</source>
        <translation>Зацверджана і падпісана (версія %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say what should change: a comment is required to request changes.</source>
        <translation>Укажыце, што змяніць: для вяртання на дапрацоўку патрэбна заўвага.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes requested; the article is back with its author.</source>
        <translation>Вернута на дапрацоўку; матэрыял зноў у аўтара.</translation>
    </message>
</context>
<context>
    <name>ReviewDocks</name>
    <message>
        <location filename="../ui/mainwindow/ReviewDocks.cpp" line="+50"/>
        <source>Review Queue</source>
        <translation>Чарга ўзгаднення</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+1"/>
        <source>%n in review</source>
        <translation>
            <numerusform>%n на ўзгадненні</numerusform>
            <numerusform>%n на ўзгадненні</numerusform>
            <numerusform>%n на ўзгадненні</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved and signed.</source>
        <translation>Зацверджана і падпісана.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes requested; the article is back with its author.</source>
        <translation>Матэрыял вернуты аўтару на дапрацоўку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments</source>
        <translation>Заўвагі</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Notifications unavailable</source>
        <translation>Апавяшчэнні недаступныя</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing new since your last sign-in</source>
        <translation>Нічога новага з апошняга ўваходу</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новае</numerusform>
            <numerusform>%n новыя</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications since your last sign-in</source>
        <translation>Апавяшчэнні з апошняга ўваходу</translation>
    </message>
</context>
<context>
    <name>ReviewGate</name>
    <message numerus="yes">
        <location filename="../core/workflow/ReviewGate.cpp" line="+15"/>
        <source>Open review comments: %n. Resolve them or request changes.</source>
        <translation>
            <numerusform>Неўлічаных заўваг: %n. Адзначце іх як улічаныя або вярніце на дапрацоўку.</numerusform>
            <numerusform>Неўлічаных заўваг: %n. Адзначце іх як улічаныя або вярніце на дапрацоўку.</numerusform>
            <numerusform>Неўлічаных заўваг: %n. Адзначце іх як улічаныя або вярніце на дапрацоўку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../ui/review/ReviewQueueModel.cpp" line="+30"/>
        <source>Submitted by %1, waiting since %2</source>
        <translation>Адправіў(-ла) %1, чакае з %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no headline)</source>
        <translation>(без загалоўка)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Headline</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Аўтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted by</source>
        <translation>Адправіў(-ла)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Адпраўлена</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../core/history/RevisionHistory.cpp" line="+16"/>
        <source>Version %1 saved by %2</source>
        <translation>Версію %1 захаваў(-ла) %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval voided: %1</source>
        <translation>Зацвярджэнне ануліравана: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 restored by %2 as version %3</source>
        <translation>Версію %1 аднавіў(-ла) %2 як версію %3</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The article was saved again (version %1) since you looked at version %2.</source>
        <translation>Матэрыял зноў захаваны (версія %1) пасля таго, як вы глядзелі версію %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 is already the current one.</source>
        <translation>Версія %1 ужо бягучая.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/workflow/Role.cpp" line="+17"/>
        <source>press officer</source>
        <translation>супрацоўнік прэс-службы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>кіраўнік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>адміністратар</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <location filename="../core/cli/ServerCommands.cpp" line="+19"/>
        <location line="+7"/>
        <source>Name the server with --pg CONNINFO.</source>
        <translation>Пазначце сервер: --pg CONNINFO.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up a team server: init, add-user.</source>
        <translation>Падрыхтаваць камандны сервер: init, add-user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a local newsroom onto a team server.</source>
        <translation>Скапіраваць лакальную рэдакцыю на камандны сервер.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>server init --pg CONNINFO | server add-user NAME --role R [--role R2] [--display-name S] --pg CONNINFO. Run as the database&apos;s owner.</source>
        <translation>server init --pg CONNINFO | server add-user NAME --role R [--role R2] [--display-name S] --pg CONNINFO. Выконваецца ўладальнікам базы даных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init or add-user.</source>
        <translation>init або add-user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer, supervisor or admin.</source>
        <translation>officer, supervisor або admin.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>роля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name shown to people.</source>
        <translation>Імя, якое бачаць людзі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>імя</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>server init takes no arguments.</source>
        <translation>server init не прымае аргументаў.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server %1 is ready (schema version %2; roles %3).</source>
        <translation>Камандны сервер %1 гатовы (версія схемы %2; ролі %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: server add-user NAME --role R [--role R2].</source>
        <translation>Выкарыстанне: server add-user NAME --role R [--role R2].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server add-user needs --role.</source>
        <translation>Для server add-user патрэбны --role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role: roles are officer, supervisor and admin.</source>
        <translation>Невядомая роля: дапушчальныя officer, supervisor і admin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has not been set up yet: run “newsroom-cli server init” first.</source>
        <translation>Сервер яшчэ не падрыхтаваны: спачатку выканайце «newsroom-cli server init».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 can now sign in to %2 as %3.</source>
        <translation>%1 цяпер можа ўваходзіць на %2 як %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: server init | server add-user NAME.</source>
        <translation>Выкарыстанне: server init | server add-user NAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copies the local newsroom (--db FILE) onto the team server (--pg CONNINFO) in one transaction. The server must be set up (server init) and hold no newsroom yet. Its users become login roles without passwords: set them with server add-user.</source>
        <translation>Капіруе лакальную рэдакцыю (--db FILE) на камандны сервер (--pg CONNINFO) адной транзакцыяй. Сервер павінен быць падрыхтаваны (server init) і яшчэ не мець рэдакцыі. Яе карыстальнікі становяцца ролямі ўваходу без пароляў: задайце іх камандай server add-user.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>migrate-to-server takes no arguments.</source>
        <translation>migrate-to-server не прымае аргументаў.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migrate-to-server needs --db FILE and --pg CONNINFO.</source>
        <translation>Для migrate-to-server патрэбны --db FILE і --pg CONNINFO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no newsroom %1.</source>
        <translation>Рэдакцыі %1 няма.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied %1 articles, %2 revisions, %3 comments, %4 approvals and %5 audit rows to %6.</source>
        <translation>Скапіравана на %6: матэрыялаў — %1, рэдакцый — %2, заўваг — %3, зацвярджэнняў — %4, запісаў журнала — %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login roles without a password yet (set each with “server add-user NAME --role …”): %1</source>
        <translation>Ролі ўваходу пакуль без пароля (задайце кожнаму: «server add-user NAME --role …»): %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+19"/>
        <source>Newsroom</source>
        <translation>Рэдакцыя</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Sign in with your newsroom account.</source>
        <translation>Увайдзіце з уліковым запісам рэдакцыі.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Паўтор пароля:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;User name:</source>
        <translation>&amp;Імя карыстальніка:</translation>
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
        <translation>&amp;Увайсці</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Quit</source>
        <translation>Вы&amp;хад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team Server…</source>
        <translation>&amp;Камандны сервер…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on a newsroom shared by several desks</source>
        <translation>Працаваць з рэдакцыяй, агульнай для некалькіх працоўных месцаў</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — password %2</source>
        <translation>%1 — пароль %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the sample newsroom. Demo accounts:</source>
        <translation>Гэта дэманстрацыйная рэдакцыя. Уліковыя запісы:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This newsroom has no users yet. Create the first account: it administers the newsroom&apos;s users and writes articles.</source>
        <translation>У гэтай рэдакцыі яшчэ няма карыстальнікаў. Стварыце першы ўліковы запіс: ён кіруе карыстальнікамі рэдакцыі і піша матэрыялы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create Account</source>
        <translation>&amp;Стварыць запіс</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Creating the account…</source>
        <translation>Стварэнне ўліковага запісу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing in…</source>
        <translation>Уваход…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The sign-in check did not finish.</source>
        <translation>Праверка ўваходу не завяршылася.</translation>
    </message>
</context>
<context>
    <name>SignInRequest</name>
    <message>
        <location filename="../core/workflow/SignInRequest.cpp" line="+43"/>
        <source>The database %1 is not set up as a team server; ask the administrator to run “newsroom-cli server init”.</source>
        <translation>База даных %1 не падрыхтавана як камандны сервер; папрасіце адміністратара выканаць «newsroom-cli server init».</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <location filename="../core/storage/SqlStore.cpp" line="+183"/>
        <location line="+6"/>
        <source>The server refused: %1</source>
        <translation>Сервер адмовіў: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Someone else changed it first: %1</source>
        <translation>Нехта змяніў гэта раней: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 is busy: another program has been writing to it for too long. Try again.</source>
        <translation>База даных %1 занятая: іншая праграма занадта доўга запісвае ў яе даныя. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 reported an error: %2</source>
        <translation>База даных %1 паведаміла пра памылку: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No transaction is active.</source>
        <translation>Няма актыўнай транзакцыі.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The article has no id.</source>
        <translation>У матэрыялу няма ідэнтыфікатара.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An image has no id.</source>
        <translation>У выявы няма ідэнтыфікатара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 appears twice.</source>
        <translation>Выява %1 сустракаецца двойчы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image %1 has no data.</source>
        <translation>Выява %1 не змяшчае даных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image %1 is larger than %2 MB.</source>
        <translation>Выява %1 большая за %2 МБ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 has the unsupported type “%2”.</source>
        <translation>Выява %1 мае непадтрымліваны тып «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image %1 has no pixel size.</source>
        <translation>У выявы %1 не пазначаны памер у пікселях.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The featured image is not one of the article&apos;s images.</source>
        <translation>Галоўная выява не ўваходзіць у лік выяў матэрыялу.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A save must say who makes it.</source>
        <translation>Пры захаванні трэба пазначыць, хто яго выконвае.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A save must name the version it is based on.</source>
        <translation>Пры захаванні трэба пазначыць версію, на аснове якой яно зроблена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The article&apos;s text is not in the canonical form; pass it through CanonicalBody::sanitise first.</source>
        <translation>Тэкст матэрыялу не ў кананічнай форме; спачатку апрацуйце яго праз CanonicalBody::sanitise.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The article %1 is not in the store; it cannot be saved as version %2.</source>
        <translation>Матэрыялу %1 няма ў базе; яго нельга захаваць як версію %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The slug “%1” is already used by another article.</source>
        <translation>Ярлык «%1» ужо заняты іншым матэрыялам.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The new article %1 vanished while saving.</source>
        <translation>Новы матэрыял %1 знік падчас захавання.</translation>
    </message>
    <message>
        <location line="+194"/>
        <location line="+42"/>
        <location line="+224"/>
        <source>There is no article %1.</source>
        <translation>Матэрыял %1 не знойдзены.</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The article %1 has no version %2.</source>
        <translation>У матэрыялу %1 няма версіі %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A status change must say who makes it.</source>
        <translation>Пры змене статусу трэба пазначыць, хто яе выконвае.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>The list position does not fit this sort order.</source>
        <translation>Пазіцыя ў спісе не адпавядае гэтаму парадку сартавання.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A recovery slot must say whose it is.</source>
        <translation>Для копіі для аднаўлення трэба пазначыць яе ўладальніка.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>There is nothing to recover for the article %1.</source>
        <translation>Для матэрыялу %1 няма чаго аднаўляць.</translation>
    </message>
</context>
<context>
    <name>SqliteBackups</name>
    <message>
        <location filename="../core/storage/sqlite/SqliteBackups.cpp" line="+70"/>
        <source>Cannot back up the database: %1</source>
        <translation>Не ўдаецца стварыць рэзервовую копію базы даных: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Cannot back up the database to %1: %2</source>
        <translation>Не ўдаецца стварыць рэзервовую копію базы даных у %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot back up the database to %1.</source>
        <translation>Не ўдаецца стварыць рэзервовую копію базы даных у %1.</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+96"/>
        <source>There is no backup of it in %1.</source>
        <translation>Яе рэзервовай копіі ў %1 няма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest backup is %1.</source>
        <translation>Апошняя рэзервовая копія — %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database %1 was written by a newer version of Newsroom (schema version %2; this version understands up to %3). It has not been changed; open it with the newer Newsroom.</source>
        <translation>База даных %1 запісана больш новай версіяй «Рэдакцыі» (версія схемы %2; гэтая версія падтрымлівае схемы да %3). Яна не зменена; адкрыйце яе ў больш новай версіі «Рэдакцыі».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is a folder, not a Newsroom database.</source>
        <translation>%1 — папка, а не база даных «Рэдакцыі».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Newsroom database: it is not an SQLite file at all. It has not been changed.</source>
        <translation>%1 — не база даных «Рэдакцыі»: гэта наогул не файл SQLite. Файл не зменены.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+209"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Не ўдаецца адкрыць базу даных %1: %2</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+224"/>
        <source>Cannot prepare the search of %1: %2</source>
        <translation>Не ўдаецца падрыхтаваць пошук па %1: %2</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>The database %1 is locked by another program.</source>
        <translation>База даных %1 заблакіравана іншай праграмай.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>The database %1 is damaged (%2). It has not been changed.</source>
        <translation>База даных %1 пашкоджана (%2). Яна не зменена.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Cannot check the database %1: %2</source>
        <translation>Не ўдаецца праверыць базу даных %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot check the database %1.</source>
        <translation>Не ўдаецца праверыць базу даных %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the search tokenizer</source>
        <translation>токенізатар пошуку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot back up the database %1: %2</source>
        <translation>Не ўдалося стварыць рэзервовую копію базы даных %1: %2</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation>Не ўдаецца перавесці базу даных %1 у рэжым журнала папераджальнага запісу (WAL): %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database %1 was not upgraded because it could not be backed up first: %2</source>
        <translation>База даных %1 не абноўлена: не ўдалося папярэдне стварыць яе рэзервовую копію: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A backup cannot be taken inside a transaction.</source>
        <translation>Рэзервовую копію нельга стварыць унутры транзакцыі.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database did not report its data version.</source>
        <translation>База даных не паведаміла версію даных.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Type a word to search for.</source>
        <translation>Увядзіце слова для пошуку.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot search for “%1”: %2</source>
        <translation>Не ўдаецца выканаць пошук «%1»: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no backup %1.</source>
        <translation>Рэзервовая копія %1 не знойдзена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an empty database, not a backup.</source>
        <translation>%1 — пустая база даных, а не рэзервовая копія.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the backup %1.</source>
        <translation>Не ўдаецца прачытаць рэзервовую копію %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Cannot write %1: %2</source>
        <translation>Не ўдаецца запісаць %1: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Не ўдаецца скапіраваць рэзервовую копію %1 у %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Cannot move %1 aside to %2.</source>
        <translation>Не ўдаецца адкласці %1 убок пад імем %2.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/storage/Store.cpp" line="+36"/>
        <source>The transaction is no longer active.</source>
        <translation>Транзакцыя ўжо не актыўная.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This store cannot report changes made elsewhere.</source>
        <translation>Гэта сховішча не можа паведамляць пра змены, зробленыя ў іншым месцы.</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <location filename="../core/cli/StoreCommands.cpp" line="+15"/>
        <source>Create the newsroom database or update its schema.</source>
        <translation>Стварыць базу даных рэдакцыі або абнавіць яе схему.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the database now.</source>
        <translation>Стварыць рэзервовую копію базы даных зараз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the backups of the database.</source>
        <translation>Паказаць рэзервовыя копіі базы даных.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database with one of its backups.</source>
        <translation>Замяніць базу даных адной з яе рэзервовых копій.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creates the newsroom database, or brings an existing one up to the current schema.</source>
        <translation>Стварае базу даных рэдакцыі або абнаўляе наяўную да бягучай схемы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>init takes no arguments.</source>
        <translation>Каманда init не прымае аргументаў.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newsroom database %1 is ready (schema version %2).</source>
        <translation>База даных рэдакцыі %1 гатовая (версія схемы %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backs up the database now and prints the backup&apos;s path.</source>
        <translation>Адразу стварае рэзервовую копію базы даных і выводзіць шлях да яе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup takes no arguments.</source>
        <translation>Каманда backup не прымае аргументаў.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a local database can be backed up here.</source>
        <translation>Тут можна стварыць рэзервовую копію толькі лакальнай базы даных.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the backups of the database, newest first: path, time (UTC), reason and size in bytes.</source>
        <translation>Выводзіць рэзервовыя копіі базы даных, спачатку новыя: шлях, час (UTC), прычына і памер у байтах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Вывесці JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Replaces the database with a copy of a backup. The database it replaces is kept beside it. No other program may have the database open.</source>
        <translation>Замяняе базу даных зместам рэзервовай копіі. Замененая база даных захоўваецца побач. База даных не павінна быць адкрыта ў іншых праграмах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file.</source>
        <translation>Файл рэзервовай копіі.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore needs exactly one backup file.</source>
        <translation>Для restore патрэбны роўна адзін файл рэзервовай копіі.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %1.</source>
        <translation>База даных %1 адноўлена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1; the database it replaced is now %2.</source>
        <translation>База даных %1 адноўлена; замененая база даных цяпер называецца %2.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/storage/StoreError.cpp" line="+19"/>
        <source>The article</source>
        <translation>Матэрыял</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed elsewhere: your change is based on version %2, the stored version is now %3. Nothing was overwritten.</source>
        <translation>%1 зменены ў іншым месцы: вашы змяненні заснаваны на версіі %2, а захаваная версія ўжо %3. Нічога не перазапісана.</translation>
    </message>
</context>
<context>
    <name>SubmitChecklist</name>
    <message>
        <location filename="../core/workflow/SubmitChecklist.cpp" line="+48"/>
        <source>The article needs a headline.</source>
        <translation>У матэрыялу павінен быць загаловак.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article needs a lead.</source>
        <translation>У матэрыялу павінен быць лід.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section.</source>
        <translation>Выберыце рубрыку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the article&apos;s language.</source>
        <translation>Выберыце мову матэрыялу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a language code such as ru, be or en.</source>
        <translation>«%1» — не код мовы (напрыклад, ru, be або en).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article has no text.</source>
        <translation>У матэрыяле няма тэксту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An image has no alternative text.</source>
        <translation>У выявы няма альтэрнатыўнага тэксту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image &quot;%1&quot; has no alternative text.</source>
        <translation>У выявы «%1» няма альтэрнатыўнага тэксту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The embargo time has passed; clear it or set a time in the future.</source>
        <translation>Тэрмін эмбарга мінуў; зніміце эмбарга або пазначце час у будучыні.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n review comment(s) not resolved.</source>
        <translation>
            <numerusform>%n заўвага па ўзгадненні не ўлічана.</numerusform>
            <numerusform>%n заўвагі па ўзгадненні не ўлічаны.</numerusform>
            <numerusform>%n заўваг па ўзгадненні не ўлічана.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../ui/editor/TableDialog.cpp" line="+13"/>
        <source>Insert Table</source>
        <translation>Уставіць табліцу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Радкі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Слупкі:</translation>
    </message>
</context>
<context>
    <name>TeamServerAddress</name>
    <message>
        <location filename="../ui/team/TeamServerAddress.cpp" line="+10"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Увядзіце імя або адрас сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name “%1” contains a space.</source>
        <translation>Імя сервера «%1» змяшчае прабел.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Порт — лік ад 1 да 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the newsroom&apos;s database on the server.</source>
        <translation>Увядзіце імя базы даных рэдакцыі на серверы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name on the server.</source>
        <translation>Увядзіце сваё імя карыстальніка на серверы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CA certificate is for network connections; “%1” is a local socket directory. Clear the certificate or enter a host name.</source>
        <translation>Сертыфікат CA патрэбны для сеткавых падключэнняў, а «%1» — каталог лакальнага сокета. Прыбярыце сертыфікат або ўвядзіце імя сервера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate “%1” does not exist.</source>
        <translation>Сертыфіката CA «%1» не існуе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate “%1” cannot be read.</source>
        <translation>Сертыфікат CA «%1» не ўдаецца прачытаць.</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <location filename="../ui/team/TeamServerDialog.cpp" line="+26"/>
        <source>Connect to Team Server</source>
        <translation>Падключэнне да каманднага сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on the articles of a newsroom shared by several desks. Your user name and password are those of your account on the server.</source>
        <translation>Праца з матэрыяламі рэдакцыі, агульнай для некалькіх працоўных месцаў. Імя карыстальніка і пароль — ад вашага ўліковага запісу на серверы.</translation>
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
        <translation>Неабавязкова: CA, які падпісаў сертыфікат сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Выбраць…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>R&amp;emember the password in the desktop keychain</source>
        <translation>З&amp;апомніць пароль у звязцы ключоў працоўнага стала</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;База даных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Імя карыстальніка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A certificate:</source>
        <translation>Се&amp;ртыфікат CA:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Connect</source>
        <translation>Падклю&amp;чыцца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget Server</source>
        <translation>&amp;Забыць сервер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not offer this server at start any more, and forget its password</source>
        <translation>Больш не прапаноўваць гэты сервер пры запуску і забыць яго пароль</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The remembered password could not be read (%1). Enter it.</source>
        <translation>Не ўдалося прачытаць захаваны пароль (%1). Увядзіце яго.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CA Certificate</source>
        <translation>Сертыфікат CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертыфікаты (*.pem *.crt *.cer);;Усе файлы (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A local socket: nothing leaves this computer.</source>
        <translation>Лакальны сокет: даныя не пакідаюць гэты камп&apos;ютар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a CA certificate the connection may be encrypted, but the server&apos;s identity is not checked.</source>
        <translation>Без сертыфіката CA падключэнне можа быць зашыфраваным, але сапраўднасць сервера не правяраецца.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted (TLS); the server&apos;s certificate must be signed by this CA and name the host (verify-full).</source>
        <translation>Шыфраванне (TLS); сертыфікат сервера павінен быць падпісаны гэтым CA і змяшчаць імя сервера (verify-full).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter your password.</source>
        <translation>Увядзіце пароль.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Падключэнне да %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection attempt did not end.</source>
        <translation>Спроба падключэння не завяршылася.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remembering the password…</source>
        <translation>Захаванне пароля…</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <location filename="../ui/editor/TextSearch.cpp" line="+34"/>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>Памылка ў рэгулярным выразе: %1 (знак %2)</translation>
    </message>
</context>
<context>
    <name>TransitionTable</name>
    <message>
        <location filename="../core/workflow/TransitionTable.cpp" line="+58"/>
        <source>Edit</source>
        <translation>Рэдагаваць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only press officers can edit articles</source>
        <translation>рэдагаваць матэрыялы могуць толькі супрацоўнікі прэс-службы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in this newsroom press officers can only edit their own articles</source>
        <translation>у гэтай рэдакцыі супрацоўнікі прэс-службы могуць рэдагаваць толькі свае матэрыялы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit for review</source>
        <translation>Адправіць на ўзгадненне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a draft or an article sent back for changes can be submitted for review</source>
        <translation>на ўзгадненне можна адправіць толькі чарнавік або матэрыял, вернуты на дапрацоўку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only press officers can submit articles for review</source>
        <translation>адпраўляць матэрыялы на ўзгадненне могуць толькі супрацоўнікі прэс-службы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in this newsroom press officers can only submit their own articles</source>
        <translation>у гэтай рэдакцыі супрацоўнікі прэс-службы могуць адпраўляць на ўзгадненне толькі свае матэрыялы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw from review</source>
        <translation>Адклікаць з узгаднення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an article in review can be withdrawn</source>
        <translation>адклікаць можна толькі матэрыял, які знаходзіцца на ўзгадненні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only press officers can withdraw articles from review</source>
        <translation>адклікаць матэрыялы з узгаднення могуць толькі супрацоўнікі прэс-службы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in this newsroom press officers can only withdraw their own articles</source>
        <translation>у гэтай рэдакцыі супрацоўнікі прэс-службы могуць адклікаць з узгаднення толькі свае матэрыялы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation>Зацвердзіць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an article in review can be approved</source>
        <translation>зацвердзіць можна толькі матэрыял, які знаходзіцца на ўзгадненні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only supervisors can approve articles</source>
        <translation>зацвярджаць матэрыялы могуць толькі кіраўнікі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrators cannot approve articles unless they are also supervisors</source>
        <translation>адміністратар можа зацвярджаць матэрыялы, толькі калі ён таксама кіраўнік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisors cannot approve their own article</source>
        <translation>кіраўнік не можа зацвердзіць уласны матэрыял</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisors cannot approve an article they edited last</source>
        <translation>кіраўнік не можа зацвердзіць матэрыял, які апошнім рэдагаваў сам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request changes</source>
        <translation>Вярнуць на дапрацоўку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an article in review can be sent back for changes</source>
        <translation>вярнуць на дапрацоўку можна толькі матэрыял, які знаходзіцца на ўзгадненні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only supervisors can request changes</source>
        <translation>вяртаць матэрыялы на дапрацоўку могуць толькі кіраўнікі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrators cannot request changes unless they are also supervisors</source>
        <translation>адміністратар можа вяртаць матэрыялы на дапрацоўку, толькі калі ён таксама кіраўнік</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>supervisors cannot request changes on their own article</source>
        <translation>кіраўнік не можа вярнуць на дапрацоўку ўласны матэрыял</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisors cannot request changes on an article they edited last</source>
        <translation>кіраўнік не можа вярнуць на дапрацоўку матэрыял, які апошнім рэдагаваў сам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Адправіць у архіў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a draft or an article sent back for changes can be archived</source>
        <translation>у архіў можна адправіць толькі чарнавік або матэрыял, вернуты на дапрацоўку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only press officers and supervisors can archive articles</source>
        <translation>адпраўляць матэрыялы ў архіў могуць толькі супрацоўнікі прэс-службы і кіраўнікі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in this newsroom press officers can only archive their own articles</source>
        <translation>у гэтай рэдакцыі супрацоўнікі прэс-службы могуць адпраўляць у архіў толькі свае матэрыялы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from archive</source>
        <translation>Вярнуць з архіва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an archived article can be restored</source>
        <translation>вярнуць з архіва можна толькі матэрыял, які знаходзіцца ў архіве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only press officers and supervisors can restore articles</source>
        <translation>вяртаць матэрыялы з архіва могуць толькі супрацоўнікі прэс-службы і кіраўнікі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in this newsroom press officers can only restore their own articles</source>
        <translation>у гэтай рэдакцыі супрацоўнікі прэс-службы могуць вяртаць з архіва толькі свае матэрыялы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Апублікаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only an approved article can be published</source>
        <translation>апублікаваць можна толькі зацверджаны матэрыял</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only press officers and supervisors can publish articles</source>
        <translation>публікаваць матэрыялы могуць толькі супрацоўнікі прэс-службы і кіраўнікі</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>withdraw the article from review before editing it</source>
        <translation>перад рэдагаваннем адклічце матэрыял з узгаднення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a published article cannot be edited</source>
        <translation>апублікаваны матэрыял нельга рэдагаваць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore the article from the archive before editing it</source>
        <translation>перад рэдагаваннем вярніце матэрыял з архіва</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the article cannot be edited in its current state</source>
        <translation>у бягучым стане матэрыял нельга рэдагаваць</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the article is not ready for review: the submit checklist has open items</source>
        <translation>матэрыял не гатовы да ўзгаднення: у кантрольным спісе ёсць невыкананыя пункты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a comment saying what to change is required to request changes</source>
        <translation>каб вярнуць матэрыял на дапрацоўку, патрэбна заўвага пра тое, што змяніць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the article has no valid approval for its current content</source>
        <translation>у бягучага зместу матэрыялу няма сапраўднага зацвярджэння</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../core/workflow/Workflow.cpp" line="+89"/>
        <source>Wrong user name or password.</source>
        <translation>Няправільнае імя карыстальніка або пароль.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+33"/>
        <source>There is no user %1.</source>
        <translation>Карыстальнік %1 не знойдзены.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+323"/>
        <source>The account %1 is disabled.</source>
        <translation>Уліковы запіс %1 адключаны.</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>The server keeps %1&apos;s credentials to itself.</source>
        <translation>Уліковыя даныя %1 захоўвае сервер.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <location line="+77"/>
        <source>Only an administrator may manage users.</source>
        <translation>Кіраваць карыстальнікамі можа толькі адміністратар.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Could not make a signing key.</source>
        <translation>Не ўдалося стварыць ключ электроннага подпісу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not encrypt the signing key (out of memory).</source>
        <translation>Не ўдалося зашыфраваць ключ электроннага подпісу (недастаткова памяці).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>On a team server, users and settings are managed by the server&apos;s administrator (newsroom-cli server add-user).</source>
        <translation>На камандным серверы карыстальнікамі і наладамі кіруе адміністратар сервера (newsroom-cli server add-user).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A user name must be 1 to 64 characters without spaces, commas or colons.</source>
        <translation>Імя карыстальніка павінна змяшчаць ад 1 да 64 сімвалаў без прабелаў, косак і двукроп’яў.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <source>A user needs at least one role.</source>
        <translation>У карыстальніка павінна быць хаця б адна роля.</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+52"/>
        <source>The password must not be empty.</source>
        <translation>Пароль не можа быць пустым.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The first user of a newsroom must be an administrator.</source>
        <translation>Першым карыстальнікам рэдакцыі павінен быць адміністратар.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a user %1.</source>
        <translation>Карыстальнік %1 ужо існуе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>Could not hash the password (out of memory).</source>
        <translation>Не ўдалося вылічыць хэш пароля (недастаткова памяці).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Administrators cannot take their own admin role.</source>
        <translation>Адміністратар не можа зняць ролю адміністратара з самога сябе.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Administrators cannot disable themselves.</source>
        <translation>Адміністратар не можа адключыць уласны ўліковы запіс.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The article does not exist.</source>
        <translation>Такога матэрыялу няма.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a user of this newsroom.</source>
        <translation>%1 не з’яўляецца карыстальнікам гэтай рэдакцыі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only officers create articles.</source>
        <translation>Ствараць матэрыялы могуць толькі супрацоўнікі прэс-службы.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Approving needs the supervisor&apos;s password.</source>
        <translation>Для зацвярджэння патрэбны пароль кіраўніка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This action is not taken through perform().</source>
        <translation>Гэта дзеянне выконваецца не праз perform().</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The article cannot be approved yet.</source>
        <translation>Матэрыял пакуль нельга зацвердзіць.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+141"/>
        <source>The password does not unlock %1&apos;s signing key.</source>
        <translation>Пароль не падыходзіць да ключа электроннага подпісу карыстальніка %1.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Could not sign the approval.</source>
        <translation>Не ўдалося падпісаць зацвярджэнне.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The article has no valid approval.</source>
        <translation>У матэрыялу няма сапраўднага зацвярджэння.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The article&apos;s content has changed since %1 approved it.</source>
        <translation>Змест матэрыялу змяніўся пасля зацвярджэння (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature of %1&apos;s approval does not verify.</source>
        <translation>Электронны подпіс зацвярджэння (%1) не праходзіць праверку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no signing key.</source>
        <translation>У карыстальніка %1 няма ключа электроннага подпісу.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A comment needs some text.</source>
        <translation>Заўвага не можа быць пустой.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The quoted passage is not in the article.</source>
        <translation>Цытаванага фрагмента няма ў матэрыяле.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no comment %1 on this article.</source>
        <translation>У гэтага матэрыялу няма заўвагі %1.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Only officers and supervisors resolve comments.</source>
        <translation>Адзначаць заўвагі як улічаныя могуць толькі супрацоўнікі прэс-службы і кіраўнікі.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no comment %1.</source>
        <translation>Заўвага %1 не знойдзена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment is already resolved.</source>
        <translation>Заўвага ўжо ўлічана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment is not resolved.</source>
        <translation>Заўвага не адзначана як улічаная.</translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message>
        <location filename="../core/cli/WorkflowCommands.cpp" line="+32"/>
        <location line="+257"/>
        <source>The article&apos;s id.</source>
        <translation>Ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>%1 needs exactly one article id.</source>
        <translation>Для %1 патрэбны роўна адзін ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+260"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>What should change.</source>
        <translation>Што трэба змяніць.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+198"/>
        <location line="+1"/>
        <source>text</source>
        <translation>тэкст</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Manage users: add, list, passwd, disable, roles.</source>
        <translation>Кіраванне карыстальнікамі: add, list, passwd, disable, roles.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comment on an article.</source>
        <translation>Пакінуць заўвагу да матэрыялу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List an article&apos;s review comments.</source>
        <translation>Паказаць заўвагі да матэрыялу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a review comment resolved.</source>
        <translation>Адзначыць заўвагу як улічаную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen a resolved review comment.</source>
        <translation>Зноў адкрыць улічаную заўвагу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or verify the audit log.</source>
        <translation>Паказаць або праверыць журнал аўдыту.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user add NAME --role R [--role R2] | user list [--json] | user passwd NAME | user disable NAME | user roles NAME --role R [--role R2]</source>
        <translation>user add ІМЯ --role РОЛЯ [--role РОЛЯ2] | user list [--json] | user passwd ІМЯ | user disable ІМЯ | user roles ІМЯ --role РОЛЯ [--role РОЛЯ2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list, passwd, disable or roles.</source>
        <translation>add, list, passwd, disable або roles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer, supervisor or admin.</source>
        <translation>officer (супрацоўнік прэс-службы), supervisor (кіраўнік) або admin (адміністратар).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>роля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name shown to people.</source>
        <translation>Імя для адлюстравання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>імя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <location line="+69"/>
        <source>Print JSON.</source>
        <translation>Вывесці JSON.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>user list takes no arguments.</source>
        <translation>Каманда user list не прымае аргументаў.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: user add|passwd|disable|roles NAME, or user list.</source>
        <translation>Выкарыстанне: user add|passwd|disable|roles ІМЯ або user list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user %1 needs --role.</source>
        <translation>Для user %1 патрэбны --role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role: roles are officer, supervisor and admin.</source>
        <translation>Невядомая роля: дапушчальныя officer, supervisor і admin.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Adds a review comment; prints its id.</source>
        <translation>Дадае заўвагу і выводзіць яе нумар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment.</source>
        <translation>Тэкст заўвагі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passage it is about.</source>
        <translation>Фрагмент, да якога адносіцца заўвага.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment this replies to.</source>
        <translation>Заўвага, на якую даецца адказ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment id</source>
        <translation>нумар заўвагі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comment needs --text.</source>
        <translation>Для comment патрэбны --text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--reply-to needs a comment id.</source>
        <translation>Для --reply-to патрэбны нумар заўвагі.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lists an article&apos;s review comments, oldest first.</source>
        <translation>Выводзіць заўвагі да матэрыялу, спачатку старыя.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>comments needs exactly one article id.</source>
        <translation>Для comments патрэбны роўна адзін ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The comment&apos;s id.</source>
        <translation>Нумар заўвагі.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs one comment id.</source>
        <translation>Для %1 патрэбны адзін нумар заўвагі.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prints the audit log, or with --verify re-computes its hash chain and reports the first broken row (exit code 4 when broken).</source>
        <translation>Выводзіць журнал аўдыту, а з --verify нанова вылічвае яго ланцужок хэшаў і паведамляе пра першы парушаны запіс (код выхаду 4, калі ланцужок парушаны).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the hash chain.</source>
        <translation>Праверыць ланцужок хэшаў.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A known head of the log (from a bundle) the log must still reach.</source>
        <translation>Вядомы апошні запіс журнала (з пакета для публікацыі), да якога журнал павінен даходзіць.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N:HASH</source>
        <translation>N:ХЭШ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>audit takes no arguments.</source>
        <translation>Каманда audit не прымае аргументаў.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--anchor needs N:HASH (a row number and 64 hex digits).</source>
        <translation>Для --anchor патрэбна N:ХЭШ (нумар запісу і 64 шаснаццатковыя лічбы).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log is broken at row %1: %2</source>
        <translation>Журнал аўдыту парушаны на запісе %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The audit log is intact: %n row(s).</source>
        <translation>
            <numerusform>Журнал аўдыту не парушаны: %n запіс.</numerusform>
            <numerusform>Журнал аўдыту не парушаны: %n запісы.</numerusform>
            <numerusform>Журнал аўдыту не парушаны: %n запісаў.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head: %1</source>
        <translation>Апошні запіс: %1</translation>
    </message>
</context>
<context>
    <name>ZipScanner</name>
    <message>
        <location filename="../core/bundle/ZipScanner.cpp" line="+67"/>
        <location line="+98"/>
        <location line="+64"/>
        <source>The entry “%1” is refused: %2</source>
        <translation>Элемент «%1» адхілены: %2</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>it has no name.</source>
        <translation>у яго няма імя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its name is not valid UTF-8.</source>
        <translation>яго імя — недапушчальны UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has an absolute path.</source>
        <translation>у яго абсалютны шлях.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its name contains a backslash.</source>
        <translation>яго імя змяшчае адваротную касую рыску.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its name contains a control character.</source>
        <translation>яго імя змяшчае кіравальны знак.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its path contains “..”.</source>
        <translation>яго шлях змяшчае «..».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its path has an empty or “.” component.</source>
        <translation>у яго шляху ёсць пустая частка або «.».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is not a zip file.</source>
        <translation>Гэта не zip-файл.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not a zip file, or it is truncated.</source>
        <translation>Гэта не zip-файл, або ён абрэзаны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files split over several disks are not supported.</source>
        <translation>Шматтомныя zip-файлы не падтрымліваюцца.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zip64 archives are not supported: a bundle is never that large.</source>
        <translation>Архівы Zip64 не падтрымліваюцца: пакет не бывае такім вялікім.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The zip file&apos;s entry counts disagree.</source>
        <translation>Колькасць элементаў у zip-файле пазначана супярэчліва.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle has %1 entries; at most %2 are allowed.</source>
        <translation>Элементаў у пакеце: %1; дапускаецца не больш за %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zip file&apos;s central directory lies outside the file.</source>
        <translation>Цэнтральны каталог zip-файла знаходзіцца за межамі файла.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>The zip file&apos;s central directory is damaged.</source>
        <translation>Цэнтральны каталог zip-файла пашкоджаны.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is a symbolic link.</source>
        <translation>гэта сімвалічная спасылка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>it is not a regular file.</source>
        <translation>гэта не звычайны файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is encrypted.</source>
        <translation>ён зашыфраваны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it uses an unsupported compression method (%1).</source>
        <translation>ён выкарыстоўвае непадтрымліваемы метад сціскання (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip64 entries are not supported.</source>
        <translation>Элементы Zip64 не падтрымліваюцца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a directory entry holds data.</source>
        <translation>элемент-каталог змяшчае даныя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1 MB uncompressed; at most %2 MB are allowed.</source>
        <translation>у распакаваным выглядзе ён займае %1 МБ; дапускаецца не больш за %2 МБ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle is more than %1 MB uncompressed.</source>
        <translation>У распакаваным выглядзе пакет большы за %1 МБ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is compressed more than %1 : 1 (a zip bomb?).</source>
        <translation>ён сціснуты мацней, чым %1 : 1 (zip-бомба?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its stored size disagrees with its size.</source>
        <translation>яго сціснуты памер не ўзгадняецца з памерам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name occurs twice.</source>
        <translation>імя сустракаецца двойчы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its local header is missing.</source>
        <translation>няма яго лакальнага загалоўка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its local header disagrees with the central directory.</source>
        <translation>яго лакальны загаловак не ўзгадняецца з цэнтральным каталогам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its data runs past the end of the archive.</source>
        <translation>яго даныя выходзяць за канец архіва.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its folder is also a file.</source>
        <translation>яго папка адначасова з’яўляецца файлам.</translation>
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
        <translation>Рэдакцыя</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Use &amp;Local Newsroom</source>
        <translation>Працаваць з &amp;лакальнай рэдакцыяй</translation>
    </message>
</context>
</TS>
