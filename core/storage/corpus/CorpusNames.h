#pragma once

#include <QString>

#include <array>

// The people and places of the generated corpus, in Russian, Belarusian and English, declined.
// Russian and Belarusian names carry six case forms (nominative, genitive, dative, accusative,
// instrumental, prepositional) so that the phrasebooks can inflect them like real news text does.
namespace CorpusNames {

enum class Language { Russian, Belarusian, English };

enum Case { Nominative, Genitive, Dative, Accusative, Instrumental, Prepositional, CaseCount };

using Forms = std::array<QString, CaseCount>;

// Villages: generated from roots and endings ("Цімкавічы", "Семежава", …).
int villageCount();
Forms village(int index, Language language);

struct Person
{
    bool female = false;
    Forms name; // "Ирина Ковалёва", declined
    QString full; // "Ирина Николаевна Ковалёва" (no patronymic in English)
    QString login; // "ikovalyova"
};

int firstNameCount(bool female);
int patronymicCount();
int surnameCount();
Person person(bool female, int firstName, int patronymic, int surname, Language language);

} // namespace CorpusNames
