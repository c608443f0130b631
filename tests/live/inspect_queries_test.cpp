// Introspection sends a fixed number of catalog queries, however many tables
// there are.
#include <catch2/catch.hpp>

#include "db/postgres_connection.hpp"
#include "inspect/postgres/inspect_postgres.hpp"
#include "tests/support/pg_server.hpp"

using namespace schemac;

namespace {

std::string schema_with_tables(int count) {
  std::string sql = "CREATE SCHEMA app; CREATE TYPE app.kind AS ENUM ('a', 'b');";
  for (int i = 0; i < count; ++i) {
    const std::string t = "app.t" + std::to_string(i);
    sql += "CREATE TABLE " + t + " (id serial PRIMARY KEY, k app.kind, code text UNIQUE, n int CHECK (n > 0)" +
           (i ? ", prev int REFERENCES app.t" + std::to_string(i - 1) + " (id)" : std::string()) + ");" +
           "CREATE INDEX ON " + t + " (n); COMMENT ON TABLE " + t + " IS 'table " + std::to_string(i) + "';";
  }
  return sql;
}

std::size_t queries_to_inspect(testing::PgServer& server, int tables) {
  const std::string database = server.create_database();
  REQUIRE_FALSE(server.execute(database, schema_with_tables(tables)));
  auto target = db::parse_connection_string("dbname=" + database);
  REQUIRE(target.ok());
  auto connection = db::PostgresConnection::open(target.value());
  REQUIRE(connection.ok());
  auto parsed = pg::inspect_postgres(*connection.value(), {}, database);
  REQUIRE(parsed.ok());
  CHECK(parsed->schema.tables.size() == static_cast<std::size_t>(tables));
  const std::size_t sent = connection.value()->statements_sent();
  connection.value().reset();
  server.drop_database(database);
  return sent;
}

}  // namespace

TEST_CASE("inspection sends the same few queries for 10 and 1,000 tables") {
  std::string why;
  auto server = testing::PgServer::from_environment(why);
  if (!server) {
    if (testing::server_required()) FAIL(why);
    WARN("SKIPPED: " << why);
    return;
  }
  const std::size_t small = queries_to_inspect(*server, 10);
  const std::size_t large = queries_to_inspect(*server, 1000);
  CHECK(small == large);
  // fourteen catalog queries, the snapshot export, and on each of the two
  // connections the transaction that holds the snapshot (begun, ended)
  CHECK(large <= 19);
}
