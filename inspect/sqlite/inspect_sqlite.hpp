#pragma once
// A live SQLite database -> IR. SQLite keeps each object's CREATE statement
// as written (rewritten by ALTER TABLE): those statements are read from
// sqlite_schema, in creation order, and parsed by parser/sqlite, so a
// database and the file it was built from come out in the same canonical
// form by construction. What was read is then checked against SQLite's own
// PRAGMAs (see cross_check.hpp).
#include <string>

#include "db/connection.hpp"
#include "model/result.hpp"
#include "parser/sqlite/parse_sqlite.hpp"

namespace schemac::sqlite {

// `source_name` names the database in messages.
Result<Parsed> inspect_sqlite(db::Connection& connection, const std::string& source_name);

}  // namespace schemac::sqlite
