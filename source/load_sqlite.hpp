#pragma once
// SQLite sides: schema files parsed by parser/sqlite, databases read by
// inspect/sqlite, and files compared with a database loaded into an
// in-memory database first, so both sides come from SQLite itself.
#include "source/side.hpp"

namespace schemac::detail {

Side parse_sqlite_files(const std::string& path, const SourceOptions& options);
Side inspect_sqlite_database(const std::string& source, const SourceOptions& options);
Side load_sqlite_through_memory(const std::string& path, const SourceOptions& options);

}  // namespace schemac::detail
