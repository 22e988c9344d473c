#include "storage/SampleNewsroom.h"

#include "article/CanonicalBody.h"
#include "storage/Store.h"

using namespace Qt::Literals::StringLiterals;

// The sample content is the newsroom's own text, not interface text: it stays untranslated.

QStringList SampleNewsroom::sections()
{
    return { u"Новости"_s,  u"Экономика"_s, u"Общество"_s, u"Объявления"_s, u"Контакты"_s,
             u"Адукацыя"_s, u"Культура"_s,  u"Politics"_s, u"Economy"_s,    u"Announcements"_s };
}

QList<Article> SampleNewsroom::articles()
{
    QList<Article> list;
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000001}"_s);
        a.status = ArticleStatus::Published;
        a.meta.language = u"ru"_s;
        a.meta.section = u"Контакты"_s;
        a.meta.headline = u"Контакты Копыльского районного исполнительного комитета"_s;
        a.meta.lead = u"Адрес, режим работы и телефоны райисполкома."_s;
        a.meta.slug = u"kontakty-rajispolkoma"_s;
        a.meta.byline = QStringList { u"Пресс-служба"_s };
        a.meta.tags = QStringList { u"контакты"_s };
        a.meta.dateline = u"Копыль"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<h2>Адрес</h2><p>223927, Минская область, г. Копыль, пл. Ленина, 6</p><h2>Режим работы</h2><p>8.30–17.30, обед 13.00–14.00</p><h2>Телефоны</h2><ul><li>Приёмная: +375 (1719) 28-2-60</li><li>Факс: +375 (1719) 55-2-41</li><li>«Горячая линия»: +375 (1719) 28-2-60</li></ul>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000002}"_s);
        a.status = ArticleStatus::Published;
        a.meta.language = u"ru"_s;
        a.meta.section = u"Экономика"_s;
        a.meta.headline = u"Уборочная кампания в районе вышла на финишную прямую"_s;
        a.meta.lead = u"Аграрии Копыльщины обмолотили более 90 процентов зерновых."_s;
        a.meta.slug = u"uborochnaya-kampaniya-finish"_s;
        a.meta.byline = QStringList { u"Анна Ковалёва"_s };
        a.meta.tags = QStringList { u"уборка"_s, u"сельское хозяйство"_s };
        a.meta.dateline = u"Копыль"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>На полях района завершается уборка зерновых. По состоянию на 20 августа обмолочено более 90 процентов площадей, средняя урожайность составляет 42 центнера с гектара.</p><p>Лучшие результаты показывают хозяйства, своевременно подготовившие технику и сушильные комплексы.</p><blockquote><p>«Погода нас не подвела, а люди работали с полной отдачей», — отметил начальник управления по сельскому хозяйству.</p></blockquote>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000003}"_s);
        a.status = ArticleStatus::Approved;
        a.meta.language = u"ru"_s;
        a.meta.section = u"Общество"_s;
        a.meta.headline = u"Ремонт дороги по улице Советской продлится до конца сентября"_s;
        a.meta.lead = u"Движение на участке будет частично ограничено."_s;
        a.meta.slug = u"remont-ulitsy-sovetskoj"_s;
        a.meta.byline = QStringList { u"Игорь Лис"_s };
        a.meta.tags = QStringList { u"дороги"_s, u"ремонт"_s };
        a.meta.dateline = u"Копыль"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>С 1 сентября начинается капитальный ремонт дорожного покрытия по улице Советской на участке от площади Ленина до улицы Слуцкой.</p><p>Просим водителей заранее планировать маршрут и соблюдать временные знаки.</p><ul><li>Объезд — по улице Партизанской;</li><li>Остановка общественного транспорта временно переносится.</li></ul>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000004}"_s);
        a.status = ArticleStatus::InReview;
        a.meta.language = u"be"_s;
        a.meta.section = u"Адукацыя"_s;
        a.meta.headline = u"У Капылі адкрылася новая школа"_s;
        a.meta.lead = u"Сучасны навучальны корпус разлічаны на 600 вучняў."_s;
        a.meta.slug = u"novaya-shkola-kapyl"_s;
        a.meta.byline = QStringList { u"Марыя Шаўчук"_s };
        a.meta.tags = QStringList { u"адукацыя"_s, u"школа"_s };
        a.meta.dateline = u"Капыль"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>1 верасня ў Капылі адкрылася новая сярэдняя школа. Будынак мае сучасныя кабінеты фізікі, хіміі і інфарматыкі, спартыўную залу і бібліятэку.</p><p>Першымі ў школу прыйшлі 600 вучняў і 48 настаўнікаў.</p>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000005}"_s);
        a.status = ArticleStatus::Draft;
        a.meta.language = u"ru"_s;
        a.meta.section = u"Объявления"_s;
        a.meta.headline = u"Приём граждан проведёт председатель райисполкома"_s;
        a.meta.lead = u"Выездной приём пройдёт в Тимковичском сельсовете."_s;
        a.meta.slug = u"priyom-grazhdan-predsedatel"_s;
        a.meta.byline = QStringList { u"Пресс-служба"_s };
        a.meta.tags = QStringList { u"приём граждан"_s };
        a.meta.dateline = u"Копыль"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>15 октября с 10.00 до 13.00 председатель районного исполнительного комитета проведёт выездной приём граждан в здании Тимковичского сельисполкома.</p><p>Предварительная запись по телефону +375 (1719) 28-2-60.</p>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000006}"_s);
        a.status = ArticleStatus::Published;
        a.meta.language = u"en"_s;
        a.meta.section = u"Politics"_s;
        a.meta.headline
            = u"Belarus' commitment to integration, with focus on national interests emphasized"_s;
        a.meta.lead
            = u"Belarus will remain committed to integration processes while safeguarding its own interests."_s;
        a.meta.slug = u"belarus-integration-national-interests"_s;
        a.meta.byline = QStringList { u"BelTA"_s };
        a.meta.tags = QStringList { u"CSTO"_s, u"integration"_s };
        a.meta.dateline = u"Minsk"_s;
        a.meta.source = u"BelTA"_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>Belarus will remain committed to integration processes while safeguarding its own interests, the head of state said as he met with the Secretary General of the Collective Security Treaty Organization on 5 March, BelTA has learned.</p><p>CSTO countries will hold several joint events this year against collective security challenges and threats, among them the traditional anti-drug operation “Channel”.</p>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000007}"_s);
        a.status = ArticleStatus::ChangesRequested;
        a.meta.language = u"en"_s;
        a.meta.section = u"Economy"_s;
        a.meta.headline = u"District dairy farm opens a new milking parlour"_s;
        a.meta.lead = u"The parlour doubles the farm's capacity."_s;
        a.meta.slug = u"dairy-farm-milking-parlour"_s;
        a.meta.byline = QStringList { u"Igor Lis"_s };
        a.meta.tags = QStringList { u"agriculture"_s };
        a.meta.dateline = u"Kopyl"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>A new milking parlour opened at the district's largest dairy farm on Monday. It serves 1,200 cows and doubles the farm's daily capacity.</p>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000008}"_s);
        a.status = ArticleStatus::Draft;
        a.meta.language = u"be"_s;
        a.meta.section = u"Культура"_s;
        a.meta.headline = u"Свята беларускага пісьменства ў Капылі"_s;
        a.meta.lead = u"Праграма мерапрыемстваў на выходныя."_s;
        a.meta.slug = u"svyata-pismenstva"_s;
        a.meta.byline = QStringList { u"Марыя Шаўчук"_s };
        a.meta.tags = QStringList { u"культура"_s };
        a.meta.dateline = u"Капыль"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>У суботу на плошчы Леніна адбудзецца канцэрт, кірмаш народных рамёстваў і выстава кніг мясцовых аўтараў.</p>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000009}"_s);
        a.status = ArticleStatus::Archived;
        a.meta.language = u"ru"_s;
        a.meta.section = u"Общество"_s;
        a.meta.headline = u"Итоги отопительного сезона подведены на заседании райисполкома"_s;
        a.meta.lead = u"Сезон прошёл без серьёзных аварий."_s;
        a.meta.slug = u"itogi-otopitelnogo-sezona"_s;
        a.meta.byline = QStringList { u"Анна Ковалёва"_s };
        a.meta.tags = QStringList { u"ЖКХ"_s };
        a.meta.dateline = u"Копыль"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>На заседании районного исполнительного комитета подведены итоги отопительного сезона. Коммунальные службы справились с нагрузкой, серьёзных аварий не допущено.</p>"_s;
        list << a;
    }
    {
        Article a;
        a.id = QUuid(u"{5a3b1e00-0000-4000-8000-000000000010}"_s);
        a.status = ArticleStatus::InReview;
        a.meta.language = u"en"_s;
        a.meta.section = u"Announcements"_s;
        a.meta.headline = u"Citizens' reception by the deputy chairman on 22 October"_s;
        a.meta.lead = u"A direct telephone line will also be held."_s;
        a.meta.slug = u"citizens-reception-deputy-chairman"_s;
        a.meta.byline = QStringList { u"Press office"_s };
        a.meta.tags = QStringList { u"reception"_s };
        a.meta.dateline = u"Kopyl"_s;
        a.meta.source = u""_s;
        a.meta.seoDescription = a.meta.lead;
        a.body
            = u"<p>On 22 October from 9.00 to 12.00 the deputy chairman of the district executive committee will receive citizens in room 12 of the committee's building, Lenin square, 6.</p><p>Questions can also be asked by phone: +375 (1719) 28-2-60.</p>"_s;
        list << a;
    }
    // Written by hand for readability; stored in the canonical form the editor produces.
    for (Article &a : list)
        a.body = CanonicalBody::sanitise(a.body);
    return list;
}

Result<int> SampleNewsroom::populate(Store &store, const QString &user)
{
    auto tx = store.transaction();
    if (!tx)
        return tx.error();
    const QList<Article> list = articles();
    for (const Article &a : list) {
        Article copy = a;
        copy.createdBy = user;
        auto saved = store.saveArticle(copy, 0, user);
        if (!saved)
            return saved.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return int(list.size());
}
