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
  // ALTER SEQUENCE ... OWNED BY, for after the tables, with the owning table
  // ("schema.table"): only tables that were read can own a sequence here.
  std::vector<std::pair<std::string, std::string>> owners;
  std::string comments;
};

HeadScript head_script(const HeadRows& rows, const InspectOptions& options);

}  // namespace schemac::pg
