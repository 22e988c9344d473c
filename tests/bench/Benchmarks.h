#pragma once

struct BenchOptions;

// The store: insert throughput, Store::search beside the sqlite3 tool's floor, the list view's
// first page, a save with revision (StoreBench.cpp).
int runStoreBench(const BenchOptions &options);

// The FTS5 layer beneath the store, against unicode61 (FtsLayerBench.cpp).
int runFtsLayerBench(const BenchOptions &options);

// Publishable bundles: approved articles exported as signed zips beside zip -r of the same files
// (BundleBench.cpp).
int runBundleBench(const BenchOptions &options);

// The team store on PostgreSQL: the same corpus, search and list beside the SQLite store's
// (PgStoreBench.cpp). Skipped without options.pg.
int runPgStoreBench(const BenchOptions &options);
