#include "db/sqlite_source.hpp"

namespace schemac::db {

bool is_sqlite_source(const std::string& source) {
  if (source.starts_with("sqlite:")) return true;
  for (const char* suffix : {".db", ".sqlite", ".sqlite3"})
    if (source.ends_with(suffix)) return true;
  return false;
}

std::string sqlite_path(const std::string& source) {
  if (source.starts_with("sqlite://")) return source.substr(9);
  if (source.starts_with("sqlite:")) return source.substr(7);
  return source;
}

}  // namespace schemac::db
