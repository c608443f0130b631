#pragma once
// SQLite databases named on the command line: sqlite://path (sqlite:///abs
// for an absolute path, sqlite:path too) or a bare path ending in .db,
// .sqlite or .sqlite3.
#include <string>

namespace schemac::db {

bool is_sqlite_source(const std::string& source);

// The file a SQLite source names.
std::string sqlite_path(const std::string& source);

}  // namespace schemac::db
