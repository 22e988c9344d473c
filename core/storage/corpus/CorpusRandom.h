#pragma once

#include <QtGlobal>

// A small, fully specified random generator (xoshiro256**, seeded through splitmix64), so that a
// corpus is the same for a seed on every platform and standard library — unlike std::
// distributions, whose algorithms are implementation-defined.
class CorpusRandom
{
public:
    explicit CorpusRandom(quint64 seed)
    {
        for (quint64 &s : m_state)
            s = splitMix(seed);
    }

    // A seed for an independent stream (one per article), from a base seed and an index.
    static quint64 derive(quint64 seed, quint64 index)
    {
        quint64 x = seed ^ (index * 0xD1B54A32D192ED03ULL);
        splitMix(x);
        return splitMix(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double real() { return double(next() >> 11) * 0x1.0p-53; }

    // Uniform in [low, high], both included.
    int range(int low, int high)
    {
        if (high <= low)
            return low;
        const quint64 span = quint64(high - low) + 1;
        // span < 2^32, so the top 32 bits scaled by it fit in 64 bits (multiply-shift, no modulo).
        return low + int(((next() >> 32) * span) >> 32);
    }

    // Uniform index into a container of size n > 0.
    qsizetype index(qsizetype n) { return range(0, int(n) - 1); }

    bool chance(double p) { return real() < p; }

private:
    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4];
};
