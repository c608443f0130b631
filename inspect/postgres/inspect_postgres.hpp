#pragma once
// Live PostgreSQL -> IR. A fixed handful of set-based catalog queries (one
// per object kind, all schemas at once). Types, schemas and sequences are
// written out as DDL in the server's own text and read by the PostgreSQL
// frontend like any file; tables are built from their rows (table_reader),
// with every piece of server text in them put through the same frontend. So
// a database and a file loaded into a scratch database come out in the same
// canonical form.
#include <string>
#include <string_view>
#include <vector>

#include "db/connection.hpp"
#include "model/result.hpp"
#include "parser/postgres/parse_postgres.hpp"

namespace schemac::pg {

struct InspectOptions {
  std::vector<std::string> schemas;  // empty: every schema but the system ones
  std::vector<std::string> exclude;  // glob patterns on table names ("tmp_*")
  bool skip_unsupported = false;
  bool privileges = false;  // read GRANTs (one more catalog query)
  bool owners = false;      // read owners other than the role connected (one more catalog query)
};

bool excluded_table(const InspectOptions& options, std::string_view table);

// The catalog as IR. `source_name` names the database in messages (no password).
Result<Parsed> inspect_postgres(db::Connection& connection, const InspectOptions& options, const std::string& source_name);

}  // namespace schemac::pg
