#pragma once
// The real PostgreSQL server the tests run against, found through the libpq
// environment (PGHOST, PGPORT, PGUSER, PGPASSWORD) that pg_virtualenv sets.
// Each test makes its own databases and drops them.
#include <optional>
#include <string>

namespace schemac::testing {

class PgServer {
 public:
  // nullopt when no server is configured; `why` says what is missing.
  static std::optional<PgServer> from_environment(std::string& why);

  std::string create_database();                 // a fresh, uniquely named database
  void drop_database(const std::string& name);
  // Runs a script (one implicit transaction). Returns the error text, or nullopt on success.
  std::optional<std::string> execute(const std::string& database, const std::string& sql);
  // The schema as the server tells it (tests/support/schema_dump.sh: pg_dump
  // --schema-only, or catalog facts where pg_dump cannot read the server); throws on failure.
  std::string dump_schema(const std::string& database);
  // The server's major version (18 for 18.4).
  int major_version();

 private:
  PgServer() = default;
  int counter_ = 0;
  int major_ = 0;  // read once
};

// pg_dump text reduced to what a schema comparison should see: no comments,
// SET lines or blank lines, and the column lines of each CREATE TABLE sorted
// (ADD COLUMN appends, so column order is not compared).
std::string normalize_dump(const std::string& dump);

// Whether tests that need a server must fail rather than skip (CI=true).
bool server_required();

}  // namespace schemac::testing
