#pragma once
// What SQLite itself reports about each table (PRAGMA table_xinfo,
// index_list, foreign_key_list) against what parser/sqlite read from the
// stored CREATE statements. A difference is a frontend bug that would make a
// wrong plan, so inspection stops with it instead.
#include <vector>

#include "db/connection.hpp"
#include "model/result.hpp"
#include "model/schema.hpp"

namespace schemac::sqlite {

// Three queries, whatever the number of tables. Returns the differences found.
std::vector<Diagnostic> cross_check(db::Connection& connection, const Schema& schema);

}  // namespace schemac::sqlite
