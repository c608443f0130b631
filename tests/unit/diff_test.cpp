#include <catch2/catch.hpp>

#include "codegen/postgres/postgres_dialect.hpp"
#include "diff/diff.hpp"
#include "diff/type_change.hpp"
#include "parser/postgres/parse_postgres.hpp"

using namespace schemac;

namespace {

Schema parse(const std::string& sql) {
  auto parsed = pg::parse_postgres({SourceFile{"test.sql", sql}}, {});
  REQUIRE(parsed.ok());
  return std::move(parsed).value().schema;
}

}  // namespace

TEST_CASE("type changes are classified by PostgreSQL's casting rules") {
  CHECK_FALSE(classify_type_change("integer", "bigint").may_lose_data);
  CHECK(classify_type_change("bigint", "integer").may_lose_data);
  CHECK_FALSE(classify_type_change("character varying(10)", "character varying(20)").may_lose_data);
  CHECK(classify_type_change("character varying(20)", "character varying(10)").may_lose_data);
  CHECK_FALSE(classify_type_change("character varying(10)", "text").may_lose_data);
  CHECK(classify_type_change("text", "character varying(10)").may_lose_data);
  CHECK_FALSE(classify_type_change("numeric(10,2)", "numeric(12,2)").may_lose_data);
  CHECK(classify_type_change("numeric(10,2)", "numeric(10,1)").may_lose_data);
  CHECK(classify_type_change("text", "integer").needs_using);
  CHECK_FALSE(classify_type_change("integer", "text").needs_using);
}

TEST_CASE("diff output is deterministic and down is the reverse diff") {
  const Schema a = parse("CREATE TABLE b (id int); CREATE TABLE a (id int PRIMARY KEY);");
  const Schema b = parse("CREATE TABLE a (id int PRIMARY KEY, x int); CREATE TABLE c (a_id int REFERENCES a);");
  const PostgresDialect dialect;
  const auto up1 = to_script(render_all(dialect, diff(a, b).value()));
  const auto up2 = to_script(render_all(dialect, diff(a, b).value()));
  CHECK(up1 == up2);
  CHECK(diff(a, a).value().empty());
  CHECK(diff(b, b).value().empty());
  const auto down = diff(b, a).value();
  CHECK(down.destructive_count() == 2);  // drop table c, drop column a.x
}

// Not a golden case: extension downgrades have no update path on the server,
// so the down migration of this change cannot run there.
TEST_CASE("a pinned extension version is updated; an unpinned one is left as installed") {
  const PostgresDialect dialect;
  const Schema old_version = parse("CREATE EXTENSION pg_trgm VERSION '1.5';");
  const Schema new_version = parse("CREATE EXTENSION pg_trgm VERSION '1.6';");
  const Schema unpinned = parse("CREATE EXTENSION pg_trgm;");
  CHECK(to_script(render_all(dialect, diff(old_version, new_version).value())) == "ALTER EXTENSION pg_trgm UPDATE TO '1.6';\n");
  CHECK(diff(old_version, unpinned).value().empty());
}
