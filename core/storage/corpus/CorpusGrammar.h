#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A phrasebook of the corpus generator: one language's sentence templates and vocabulary, read
// from :/corpus/<language>.grammar. The format:
//
//   # comment
//   [rule.name]          a rule; each following line is one alternative ("~" is an empty one)
//   {name}               another rule: "<topic>.name" if the topic has it, else "name"
//   {V} {V.gen}          the article's village; cases nom gen dat acc ins prep ({V2}: a second one)
//   {P} {P.gen} {P.full} the official of the article; {P.pos}, {P.pos.gen} … their position
//   {Q} {Q.gen} {Q.role} a second person (a resident, a farmer) and their role ("<topic>.role")
//   {O} {O.acc} …        the article's subject ("<topic>.object": a crop, a road, a school…)
//   {P?он|она}           by the person's gender
//   {n:A-B} {d:A-B}      an integer; a number with one decimal
//   {date} {inmonth} {year} {time} {phone}
//
// The rules "<topic>.object" and "<topic>.pos" list entities, one a line, as six case forms and
// an optional tail shared by all: "начальник|начальника|начальнику|начальника|начальником|
// начальнике :: ДРСУ № 134". One form instead of six serves every case (English).
class CorpusGrammar
{
public:
    struct Segment
    {
        enum Kind { Text, Rule, Entity, Gender, Integer, Decimal, Builtin };
        Kind kind = Text;
        QString text; // Text: the text; Rule: the name; Gender: the masculine alternative
        QString alt; // Gender: the feminine alternative
        char entity = 0; // 'V', 'W' (V2), 'P', 'Q', 'O'
        int form = 0; // EntityForm or Builtin
        int low = 0, high = 0;
    };
    using Template = QList<Segment>;

    // Entity forms beyond the six cases (0–5).
    enum EntityForm { Full = 6, Role = 7, Position = 10 /* + case */ };
    enum BuiltinKind { Date, InMonth, Year, Time, Phone };

    struct FormsLine
    {
        QList<Template> heads; // 1 or 6
        Template tail;
    };

    // The phrasebook of "ru", "be" or "en"; null for any other. Loaded once, then shared
    // read-only between threads.
    static const CorpusGrammar *forLanguage(const QString &language);

    static const QStringList &topics();

    QString language() const { return m_language; }

    const QList<Template> *rule(const QString &topic, const QString &name) const;
    const QList<FormsLine> *forms(const QString &topic, const QString &name) const;

    // Everything wrong with the phrasebook: syntax errors, references that do not resolve for
    // some topic, missing rules. Empty for a good one.
    QStringList problems() const;

private:
    explicit CorpusGrammar(const QString &language);
    void parse(const QString &text);
    Template parseTemplate(const QString &line, int lineNumber);
    void checkTemplate(const Template &t, const QString &topic, const QString &where,
                       QStringList *out) const;

    QString m_language;
    QHash<QString, QList<Template>> m_rules;
    QHash<QString, QList<FormsLine>> m_forms;
    QStringList m_syntaxErrors;
};
