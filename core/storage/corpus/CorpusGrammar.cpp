#include "CorpusGrammar.h"

#include <QFile>
#include <QMutex>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isFormsRule(const QString &name)
{
    return name.endsWith(u".object") || name.endsWith(u".pos");
}

int caseIndex(QStringView name)
{
    static const QStringList cases { u"nom"_s, u"gen"_s, u"dat"_s, u"acc"_s, u"ins"_s, u"prep"_s };
    return int(cases.indexOf(name));
}

// Rules every topic must offer (its own or the shared one), and shared rules the generator uses.
const QStringList &topicRules()
{
    static const QStringList list { u"section"_s, u"tag"_s,      u"headline"_s,
                                    u"lead"_s,    u"sentence"_s, u"quote"_s,
                                    u"subhead"_s, u"role"_s,     u"itemintro"_s };
    return list;
}

const QStringList &sharedRules()
{
    static const QStringList list { u"district"_s, u"dateline"_s,   u"source"_s,
                                    u"opening"_s,  u"tail"_s,       u"generic"_s,
                                    u"closing"_s,  u"quoteframe"_s, u"editorsnote"_s,
                                    u"caption"_s,  u"photocredit"_s };
    return list;
}

} // namespace

const QStringList &CorpusGrammar::topics()
{
    static const QStringList list { u"agri"_s,   u"roads"_s,   u"edu"_s, u"elect"_s,
                                    u"health"_s, u"culture"_s, u"ann"_s, u"gov"_s };
    return list;
}

const CorpusGrammar *CorpusGrammar::forLanguage(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<CorpusGrammar>> loaded;
    if (language != u"ru" && language != u"be" && language != u"en")
        return nullptr;
    QMutexLocker lock(&mutex);
    auto &slot = loaded[language];
    if (!slot)
        slot.reset(new CorpusGrammar(language));
    return slot.get();
}

CorpusGrammar::CorpusGrammar(const QString &language)
    : m_language(language)
{
    QFile file(u":/corpus/%1.grammar"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        m_syntaxErrors << u"cannot read %1"_s.arg(file.fileName());
        return;
    }
    parse(QString::fromUtf8(file.readAll()));
}

void CorpusGrammar::parse(const QString &text)
{
    QString current;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = int(i + 1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            current = line.mid(1, line.size() - 2);
            continue;
        }
        if (current.isEmpty()) {
            m_syntaxErrors << u"%1:%2: text outside a rule"_s.arg(m_language).arg(number);
            continue;
        }
        const QString alternative = line == u"~" ? QString() : line;
        if (!isFormsRule(current)) {
            m_rules[current] << parseTemplate(alternative, number);
            continue;
        }
        FormsLine forms;
        const qsizetype sep = alternative.indexOf(u" :: ");
        const QString heads = sep < 0 ? alternative : alternative.left(sep);
        if (sep >= 0)
            forms.tail = parseTemplate(alternative.mid(sep + 4), number);
        for (const QString &head : heads.split(u'|'))
            forms.heads << parseTemplate(head.trimmed(), number);
        if (forms.heads.size() != 1 && forms.heads.size() != 6)
            m_syntaxErrors << u"%1:%2: %3 forms instead of 1 or 6"_s.arg(m_language)
                                  .arg(number)
                                  .arg(forms.heads.size());
        m_forms[current] << forms;
    }
}

CorpusGrammar::Template CorpusGrammar::parseTemplate(const QString &line, int lineNumber)
{
    Template t;
    QString text;
    auto error = [&](const QString &what) {
        m_syntaxErrors << u"%1:%2: %3"_s.arg(m_language).arg(lineNumber).arg(what);
    };
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c != u'{') {
            text += c;
            ++i;
            continue;
        }
        const qsizetype close = line.indexOf(u'}', i);
        if (close < 0) {
            error(u"unclosed {"_s);
            break;
        }
        if (!text.isEmpty()) {
            t << Segment { Segment::Text, text, {}, 0, 0, 0, 0 };
            text.clear();
        }
        const QString slot = line.mid(i + 1, close - i - 1);
        i = close + 1;
        Segment s;
        if (slot.size() > 2 && (slot.startsWith(u"P?") || slot.startsWith(u"Q?"))) {
            const QStringList alternatives = slot.mid(2).split(u'|');
            if (alternatives.size() != 2) {
                error(u"{%1} needs two alternatives"_s.arg(slot));
                continue;
            }
            s.kind = Segment::Gender;
            s.entity = char(slot.at(0).unicode());
            s.text = alternatives.at(0);
            s.alt = alternatives.at(1);
        } else if (slot.startsWith(u"n:") || slot.startsWith(u"d:")) {
            const QStringList bounds = slot.mid(2).split(u'-');
            bool ok1 = false, ok2 = false;
            if (bounds.size() == 2) {
                s.low = bounds.at(0).toInt(&ok1);
                s.high = bounds.at(1).toInt(&ok2);
            }
            if (!ok1 || !ok2 || s.low > s.high) {
                error(u"bad range {%1}"_s.arg(slot));
                continue;
            }
            s.kind = slot.startsWith(u'n') ? Segment::Integer : Segment::Decimal;
        } else if (slot == u"date" || slot == u"inmonth" || slot == u"year" || slot == u"time"
                   || slot == u"phone") {
            s.kind = Segment::Builtin;
            s.form = slot == u"date" ? Date
                : slot == u"inmonth" ? InMonth
                : slot == u"year"    ? Year
                : slot == u"time"    ? Time
                                     : Phone;
        } else if (!slot.isEmpty() && slot.at(0).isUpper()) {
            const QStringList parts = slot.split(u'.');
            const QString who = parts.at(0);
            s.kind = Segment::Entity;
            s.entity = who == u"V2" ? 'W' : char(who.at(0).unicode());
            if (!(who == u"V" || who == u"V2" || who == u"P" || who == u"Q" || who == u"O")) {
                error(u"unknown entity {%1}"_s.arg(slot));
                continue;
            }
            const bool person = s.entity == 'P' || s.entity == 'Q';
            if (parts.size() == 1) {
                s.form = 0;
            } else if (parts.size() == 2 && caseIndex(parts.at(1)) >= 0) {
                s.form = caseIndex(parts.at(1));
            } else if (person && parts.size() == 2 && parts.at(1) == u"full") {
                s.form = Full;
            } else if (s.entity == 'Q' && parts.size() == 2 && parts.at(1) == u"role") {
                s.form = Role;
            } else if (s.entity == 'P' && parts.at(1) == u"pos" && parts.size() <= 3) {
                s.form = Position + (parts.size() == 3 ? caseIndex(parts.at(2)) : 0);
                if (s.form < Position) {
                    error(u"unknown case in {%1}"_s.arg(slot));
                    continue;
                }
            } else {
                error(u"unknown form {%1}"_s.arg(slot));
                continue;
            }
        } else if (!slot.isEmpty()) {
            s.kind = Segment::Rule;
            s.text = slot;
        } else {
            error(u"empty {}"_s);
            continue;
        }
        t << s;
    }
    if (!text.isEmpty())
        t << Segment { Segment::Text, text, {}, 0, 0, 0, 0 };
    return t;
}

const QList<CorpusGrammar::Template> *CorpusGrammar::rule(const QString &topic,
                                                          const QString &name) const
{
    if (!topic.isEmpty()) {
        const auto it = m_rules.constFind(topic + u'.' + name);
        if (it != m_rules.constEnd())
            return &*it;
    }
    const auto it = m_rules.constFind(name);
    return it == m_rules.constEnd() ? nullptr : &*it;
}

const QList<CorpusGrammar::FormsLine> *CorpusGrammar::forms(const QString &topic,
                                                            const QString &name) const
{
    const auto it = m_forms.constFind(topic + u'.' + name);
    return it == m_forms.constEnd() ? nullptr : &*it;
}

void CorpusGrammar::checkTemplate(const Template &t, const QString &topic, const QString &where,
                                  QStringList *out) const
{
    for (const Segment &s : t) {
        if (s.kind == Segment::Rule && !rule(topic, s.text))
            *out << u"%1 (%2): {%3} does not resolve"_s.arg(where, topic, s.text);
    }
}

QStringList CorpusGrammar::problems() const
{
    QStringList out = m_syntaxErrors;
    for (const QString &name : sharedRules()) {
        if (!m_rules.contains(name))
            out << u"%1: missing rule [%2]"_s.arg(m_language, name);
    }
    for (const QString &topic : topics()) {
        for (const QString &name : topicRules()) {
            if (!rule(topic, name))
                out << u"%1: topic %2 lacks [%3]"_s.arg(m_language, topic, name);
        }
        for (const QString &name : { u"object"_s, u"pos"_s }) {
            if (!forms(topic, name))
                out << u"%1: topic %2 lacks [%2.%3]"_s.arg(m_language, topic, name);
        }
    }
    // Every reference must resolve wherever the template can be used: a topic's rules in that
    // topic, shared rules in every topic.
    for (auto it = m_rules.constBegin(); it != m_rules.constEnd(); ++it) {
        const qsizetype dot = it.key().indexOf(u'.');
        const QString owner = dot < 0 ? QString() : it.key().left(dot);
        const QStringList scope = owner.isEmpty() ? topics() : QStringList { owner };
        for (const QString &topic : scope) {
            for (const Template &t : *it)
                checkTemplate(t, topic, m_language + u':' + it.key(), &out);
        }
    }
    for (auto it = m_forms.constBegin(); it != m_forms.constEnd(); ++it) {
        const QString owner = it.key().left(it.key().indexOf(u'.'));
        for (const FormsLine &line : *it) {
            for (const Template &t : line.heads)
                checkTemplate(t, owner, m_language + u':' + it.key(), &out);
            checkTemplate(line.tail, owner, m_language + u':' + it.key(), &out);
        }
    }
    return out;
}
