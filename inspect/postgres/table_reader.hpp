#pragma once
// Tables straight from catalog rows. Columns, keys, checks, foreign keys and
// plain indexes are built here; the server text inside them (type names,
// defaults, check expressions, collations) goes through the frontend in one
// batch (Session::canonicalize), so they come out in the same canonical form
// as a parsed file. What is rare or unusual (expression and partial indexes,
// exclusion constraints, storage options) is left to the frontend whole, as
// DDL in server text.
#include <memory>
#include <set>
#include <utility>
#include <vector>
#include <string>

#include "db/connection.hpp"
#include "inspect/postgres/inspect_postgres.hpp"
#include "parser/postgres/session.hpp"

namespace schemac::pg {

struct TablesRead {
  std::set<std::string> names;  // "schema.table" of every table read (added or rejected)
  std::string script;           // DDL for the frontend to apply once the tables are in
  std::vector<std::pair<QualifiedName, std::string>> invalid_indexes;  // table, index: left by an interrupted CREATE INDEX CONCURRENTLY
  std::vector<std::pair<QualifiedName, std::string>> not_enforced;     // table, check or foreign key (PostgreSQL 18)
};

// Fed the column, parent, constraint and index rows in that order (each result can be
// freed once read), then `finish` adds the tables to the session, or rejects
// those it cannot read.
class TableReader {
 public:
  TableReader(Session& session, const InspectOptions& options, const std::string& source_name);
  ~TableReader();
  void columns(const db::Rows& rows);
  void constraints(const db::Rows& rows);
  void parents(const db::Rows& rows);
  void indexes(const db::Rows& rows);
  TablesRead finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace schemac::pg
