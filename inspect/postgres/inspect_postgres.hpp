#pragma once
// Live PostgreSQL -> IR. A fixed handful of set-based catalog queries (one
// per object kind, all schemas at once) is written out as a DDL script in the
// server's own text (format_type, pg_get_expr, pg_get_constraintdef,
// pg_get_indexdef), which the PostgreSQL frontend then reads like any file.
// So a database and a file loaded into a scratch database come out in the
// same canonical form.
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "model/result.hpp"
#include "parser/postgres/parse_postgres.hpp"

namespace schemac::pg {

struct InspectOptions {
  std::vector<std::string> schemas;  // empty: every schema but the system ones
  std::vector<std::string> exclude;  // glob patterns on table names ("tmp_*")
  bool skip_unsupported = false;
};

// The catalog as a DDL script (server text, every name schema-qualified).
Result<std::string> catalog_script(db::Connection& connection, const InspectOptions& options);

// The catalog as IR. `source_name` names the database in messages (no password).
Result<Parsed> inspect_postgres(db::Connection& connection, const InspectOptions& options, const std::string& source_name);

}  // namespace schemac::pg
