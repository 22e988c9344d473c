// A SQLite loadable extension that registers the "newsroom" FTS5 tokenizer, so that the sqlite3
// command-line tool can run the benchmark's queries on the very table the application searches:
//   sqlite3 bench.sqlite '.load ./libnewsroom_fts5 sqlite3_newsroomfts_init' 'SELECT …'
// It calls libsqlite3 directly rather than through the extension API table, which is only sound
// because Debian's sqlite3 tool links the same shared libsqlite3 (checked by scripts/bench).

#include "storage/sqlite/NewsroomTokenizer.h"

#include <QString>

#include <sqlite3.h>

extern "C" Q_DECL_EXPORT int sqlite3_newsroomfts_init(sqlite3 *db, char **errorMessage,
                                                      const sqlite3_api_routines *)
{
    QString error;
    if (registerNewsroomTokenizer(db, &error))
        return SQLITE_OK;
    if (errorMessage)
        *errorMessage = sqlite3_mprintf("%s", error.toUtf8().constData());
    return SQLITE_ERROR;
}
