#pragma once
// What tables use (extensions, schemas, enum types, sequences) as a DDL
// script in server text, for the frontend to read before the tables arrive.
#include <string>
#include <utility>
#include <vector>

#include "db/connection.hpp"
#include "inspect/postgres/inspect_postgres.hpp"

namespace schemac::pg {

struct HeadRows {
  const db::Rows& extensions;
  const db::Rows& namespaces;
  const db::Rows& enums;
  const db::Rows& sequences;
};

struct HeadScript {
  std::string before_tables;
  // Statements for after the tables, each with the table it alters
  // ("schema.table"), to be applied only if that table was read:
  // ALTER SEQUENCE ... OWNED BY, and the identity of identity columns.
  std::vector<std::pair<std::string, std::string>> per_table;
  std::string comments;
};

HeadScript head_script(const HeadRows& rows, const InspectOptions& options);

}  // namespace schemac::pg
