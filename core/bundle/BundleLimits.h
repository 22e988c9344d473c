#pragma once

#include <QtGlobal>

// What a bundle may hold. Import refuses anything beyond these before reading it; export never
// produces anything beyond them.
namespace BundleLimits {
inline constexpr int MaxEntries = 1000;
inline constexpr qint64 MaxEntrySize = 50LL * 1024 * 1024;
inline constexpr qint64 MaxTotalSize = 500LL * 1024 * 1024;
inline constexpr qint64 MaxCompressionRatio = 100;
// The ratio is checked for entries from this size up: a bomb has to be big to hurt, while a small
// file of repeated characters legitimately compresses better than 100 : 1.
inline constexpr qint64 CompressionRatioFloor = 64 * 1024;
inline constexpr int MaxJsonDepth = 64;
// Decoded pixels, width × height × 4 bytes, in MiB: Qt's own default for
// QImageReader::setAllocationLimit, applied explicitly to every image a bundle reads or writes.
inline constexpr int ImageAllocationLimitMiB = 256;
} // namespace BundleLimits
