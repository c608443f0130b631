#pragma once
// Which functions an SQLite expression or query calls, and what PostgreSQL
// makes of each: an application can register its own functions on a
// connection (Calibre's sortconcat, title_sort), which exist nowhere else, and
// many SQLite built-ins have no PostgreSQL function of that name.
#include <string>
#include <string_view>
#include <vector>

namespace schemac {

// Lower-cased, each once, in the order first called.
std::vector<std::string> called_functions(std::string_view sql);

enum class SqliteFunction : char {
  InPostgres,   // a built-in PostgreSQL also has by that name (abs, coalesce, count, ...)
  SqliteOnly,   // an SQLite built-in PostgreSQL lacks (strftime, group_concat, iif, ...)
  Application,  // not built in: registered by the application at run time
};

SqliteFunction classify_sqlite_function(std::string_view lower_name);

}  // namespace schemac
