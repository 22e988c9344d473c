#pragma once

#include "article/Article.h"

#include <QList>

// Deterministic, seedable news articles in Russian, Belarusian and English of the kind a district
// executive committee's press office writes (harvest, roads, schools, elections, healthcare,
// culture, announcements with contacts, government), for tests and benchmarks.
//
// Articles are built from per-language phrasebooks (storage/corpus/*.grammar: sentence templates
// and vocabulary with case forms, so Russian and Belarusian words appear inflected the way they do
// in real text) around a cast of declined villages and people. Each article has a section, tags,
// a byline, a dateline, a lead, a canonical HTML body of 150–3,000 words (most a few hundred,
// some long reports with sub-headings, quotes and lists), a workflow status, timestamps and —
// for about one article in eight — small generated PNG or JPEG images.
//
// article(i) depends only on the options and i: the same on every machine, in any order, from
// any thread.
struct CorpusOptions
{
    quint64 seed = 1;
    int minWords = 150; // body words, inclusive
    int maxWords = 3000;
    double imageShare = 0.12; // share of articles with 1–3 images; 0 for none
};

class CorpusGenerator
{
public:
    explicit CorpusGenerator(const CorpusOptions &options = {});

    const CorpusOptions &options() const { return m_options; }

    Article article(qint64 index) const;
    QList<Article> articles(qint64 first, int count) const;

    // Words of a text the way the generator counts them for the length targets: whitespace-
    // separated pieces with at least one letter or digit ("8.30–17.30" is one, "—" none).
    static int countWords(QStringView text);

private:
    CorpusOptions m_options;
};
