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
    <name>CliContext</name>
    <message>
        <location filename="../core/cli/CliContext.cpp" line="+17"/>
        <source>The newsroom database.</source>
        <translation>База даных рэдакцыі.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>шлях</translation>
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
        <location line="+54"/>
        <source>This newsroom has users: sign in with --user NAME.</source>
        <translation>У гэтай рэдакцыі ёсць карыстальнікі: увайдзіце з --user ІМЯ.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Warning: %1</source>
        <translation>Увага: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../core/cli/CommandLineTool.cpp" line="+25"/>
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
        <location line="+7"/>
        <source>The command to run.</source>
        <translation>Каманда для выканання.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Каманды:</translation>
    </message>
    <message>
        <location line="+29"/>
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
    <name>Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+16"/>
        <source>Could not update the database schema (%1): %2</source>
        <translation>Не ўдалося абнавіць схему базы даных (%1): %2</translation>
    </message>
    <message>
        <location line="+263"/>
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
    <name>SqlStore</name>
    <message>
        <location filename="../core/storage/SqlStore.cpp" line="+179"/>
        <source>The database %1 is busy: another program has been writing to it for too long. Try again.</source>
        <translation>База даных %1 занятая: іншая праграма занадта доўга запісвае ў яе даныя. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 reported an error: %2</source>
        <translation>База даных %1 паведаміла пра памылку: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No transaction is active.</source>
        <translation>Няма актыўнай транзакцыі.</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+207"/>
        <source>There is no article %1.</source>
        <translation>Матэрыял %1 не знойдзены.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>The article %1 has no version %2.</source>
        <translation>У матэрыялу %1 няма версіі %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A status change must say who makes it.</source>
        <translation>Пры змене статусу трэба пазначыць, хто яе выконвае.</translation>
    </message>
    <message>
        <location line="+168"/>
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
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+92"/>
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
        <location line="+114"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Не ўдаецца адкрыць базу даных %1: %2</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+120"/>
        <source>Cannot prepare the search of %1: %2</source>
        <translation>Не ўдаецца падрыхтаваць пошук па %1: %2</translation>
    </message>
    <message>
        <location line="-105"/>
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
        <location line="+79"/>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation>Не ўдаецца перавесці базу даных %1 у рэжым журнала папераджальнага запісу (WAL): %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database %1 was not upgraded because it could not be backed up first: %2</source>
        <translation>База даных %1 не абноўлена: не ўдалося папярэдне стварыць яе рэзервовую копію: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A backup cannot be taken inside a transaction.</source>
        <translation>Рэзервовую копію нельга стварыць унутры транзакцыі.</translation>
    </message>
    <message>
        <location line="+117"/>
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
        <location filename="../core/workflow/Workflow.cpp" line="+69"/>
        <source>Wrong user name or password.</source>
        <translation>Няправільнае імя карыстальніка або пароль.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+23"/>
        <source>There is no user %1.</source>
        <translation>Карыстальнік %1 не знойдзены.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+266"/>
        <source>The account %1 is disabled.</source>
        <translation>Уліковы запіс %1 адключаны.</translation>
    </message>
    <message>
        <location line="-243"/>
        <location line="+3"/>
        <location line="+60"/>
        <source>Only an administrator may manage users.</source>
        <translation>Кіраваць карыстальнікамі можа толькі адміністратар.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Could not make a signing key.</source>
        <translation>Не ўдалося стварыць ключ электроннага подпісу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not encrypt the signing key (out of memory).</source>
        <translation>Не ўдалося зашыфраваць ключ электроннага подпісу (недастаткова памяці).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A user name must be 1 to 64 characters without spaces, commas or colons.</source>
        <translation>Імя карыстальніка павінна змяшчаць ад 1 да 64 сімвалаў без прабелаў, косак і двукроп’яў.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>A user needs at least one role.</source>
        <translation>У карыстальніка павінна быць хаця б адна роля.</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+50"/>
        <source>The password must not be empty.</source>
        <translation>Пароль не можа быць пустым.</translation>
    </message>
    <message>
        <location line="-40"/>
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
        <location line="+43"/>
        <source>Could not hash the password (out of memory).</source>
        <translation>Не ўдалося вылічыць хэш пароля (недастаткова памяці).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Administrators cannot take their own admin role.</source>
        <translation>Адміністратар не можа зняць ролю адміністратара з самога сябе.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Administrators cannot disable themselves.</source>
        <translation>Адміністратар не можа адключыць уласны ўліковы запіс.</translation>
    </message>
    <message>
        <location line="+151"/>
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
        <location line="+48"/>
        <source>Approving needs the supervisor&apos;s password.</source>
        <translation>Для зацвярджэння патрэбны пароль кіраўніка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This action is not taken through perform().</source>
        <translation>Гэта дзеянне выконваецца не праз perform().</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The password does not unlock %1&apos;s signing key.</source>
        <translation>Пароль не падыходзіць да ключа электроннага подпісу карыстальніка %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not sign the approval.</source>
        <translation>Не ўдалося падпісаць зацвярджэнне.</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <location line="+46"/>
        <source>Only officers and supervisors resolve comments.</source>
        <translation>Адзначаць заўвагі як улічаныя могуць толькі супрацоўнікі прэс-службы і кіраўнікі.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+252"/>
        <source>The article&apos;s id.</source>
        <translation>Ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>%1 needs exactly one article id.</source>
        <translation>Для %1 патрэбны роўна адзін ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+255"/>
        <source>“%1” is not an article id.</source>
        <translation>«%1» — не ідэнтыфікатар матэрыялу.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>What should change.</source>
        <translation>Што трэба змяніць.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+193"/>
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
    <name>main</name>
    <message>
        <location filename="../app/newsroom/main.cpp" line="+24"/>
        <source>Newsroom</source>
        <translation>Рэдакцыя</translation>
    </message>
</context>
</TS>
