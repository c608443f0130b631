#include "cli/dialects.hpp"

#include "codegen/duckdb/duckdb_dialect.hpp"
#include "codegen/postgres/postgres_dialect.hpp"
#include "codegen/sqlite/sqlite_dialect.hpp"

namespace schemac::cli {

std::unique_ptr<Dialect> make_dialect(std::string_view name) {
  if (name == "sqlite") return std::make_unique<SqliteDialect>();
  if (name == "duckdb") return std::make_unique<DuckdbDialect>();
  return std::make_unique<PostgresDialect>();
}

}  // namespace schemac::cli
