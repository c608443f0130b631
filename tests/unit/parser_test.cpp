#include <catch2/catch.hpp>

#include "parser/postgres/chunks.hpp"
#include "parser/postgres/parse_postgres.hpp"
#include "parser/postgres/quote.hpp"

using namespace schemac;

namespace {

Schema parse_ok(const std::string& sql) {
  auto parsed = pg::parse_postgres({SourceFile{"test.sql", sql}}, {});
  if (!parsed) {
    for (const auto& e : parsed.errors()) FAIL(e.render());
  }
  return std::move(parsed).value().schema;
}

std::string first_error(const std::string& sql) {
  auto parsed = pg::parse_postgres({SourceFile{"test.sql", sql}}, {});
  REQUIRE_FALSE(parsed.ok());
  return parsed.errors().front().render();
}

}  // namespace

TEST_CASE("identifiers are quoted exactly when PostgreSQL needs it") {
  CHECK(pg::quote_ident("users") == "users");
  CHECK(pg::quote_ident("Users") == "\"Users\"");
  CHECK(pg::quote_ident("select") == "\"select\"");  // reserved
  CHECK(pg::quote_ident("time") == "\"time\"");      // column-name keyword
  CHECK(pg::quote_ident("name") == "name");          // unreserved keyword
  CHECK(pg::quote_ident("a\"b") == "\"a\"\"b\"");
  CHECK(pg::quote_ident("1abc") == "\"1abc\"");
  CHECK(pg::quote_literal("it's") == "'it''s'");
}

TEST_CASE("type names are canonical") {
  const Schema s = parse_ok(
      "CREATE TABLE t (a int4, b varchar(3), c timestamptz(2), d numeric(5), e bool[], f float, g char, h interval year);");
  const auto& c = s.tables.at(0).columns;
  CHECK(c[0].type == "integer");
  CHECK(c[1].type == "character varying(3)");
  CHECK(c[2].type == "timestamp(2) with time zone");
  CHECK(c[3].type == "numeric(5,0)");
  CHECK(c[4].type == "boolean[]");
  CHECK(c[5].type == "double precision");
  CHECK(c[6].type == "character(1)");
  CHECK(c[7].type == "interval year");
}

TEST_CASE("negative numbers survive libpg_query's JSON") {
  const Schema s = parse_ok("CREATE TABLE t (a int DEFAULT -1, b int DEFAULT - 7, CHECK (a > -10)); CREATE SEQUENCE q INCREMENT -3;");
  CHECK(s.tables[0].columns[0].default_value->text == "-1");
  CHECK(s.tables[0].columns[1].default_value->text == "-7");
  CHECK(s.tables[0].checks[0].expr.text == "a > -10");
  CHECK(s.sequences[0].increment == -3);
  CHECK(s.sequences[0].max_value == -1);
}

TEST_CASE("expressions print in one canonical form") {
  const Schema a = parse_ok("CREATE TABLE t (a int, CHECK ((a > 0) AND (a < 10 OR a IS NULL)));");
  const Schema b = parse_ok("create table t (a int, check (a>0 and (a<10 or a is null)));");
  CHECK(a.tables[0].checks[0].expr.text == b.tables[0].checks[0].expr.text);
  CHECK(a.tables[0].checks[0].expr.text == "(a > 0) AND ((a < 10) OR (a IS NULL))");
}

TEST_CASE("implicit names follow the server's rules") {
  const Schema s = parse_ok(
      "CREATE TABLE t (a int PRIMARY KEY, b int UNIQUE, c int CHECK (c > 0) CHECK (c < 9), d int REFERENCES t);"
      "CREATE INDEX ON t (lower(b::text)); CREATE INDEX ON t ((b + 1)); CREATE INDEX ON t (b);");
  const Table& t = s.tables[0];
  CHECK(t.primary_key->name == "t_pkey");
  CHECK(t.uniques[0].name == "t_b_key");
  CHECK(t.checks[0].name == "t_c_check");
  CHECK(t.checks[1].name == "t_c_check1");
  CHECK(t.foreign_keys[0].name == "t_d_fkey");
  CHECK(t.foreign_keys[0].ref_columns == std::vector<std::string>{"a"});
  CHECK(t.indexes[0].name == "t_lower_idx");
  CHECK(t.indexes[1].name == "t_expr_idx");
  CHECK(t.indexes[2].name == "t_b_idx");
}

TEST_CASE("errors carry file, line and column") {
  CHECK_THAT(first_error("CREATE TABLE t (a int);\nCREATE TABLE u (b nosuchtype);"),
             Catch::Contains("test.sql:2:19: error: type \"nosuchtype\" does not exist"));
  CHECK_THAT(first_error("CREATE TABLE t (a int,\n  b int,,\n);"), Catch::Contains("test.sql:2:9: error: syntax error at or near \",\""));
}

TEST_CASE("chunk cuts never fall inside quotes, dollar quotes or comments") {
  const std::string text =
      "CREATE TABLE a (x text DEFAULT ';');\n"
      "-- a comment; with a semicolon\n"
      "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
      "/* block; /* nested; */ still; */ CREATE TABLE \"b;\" (y int DEFAULT E'\\';');\n";
  const auto chunks = pg::split_into_chunks(text, 1);
  std::vector<std::string> pieces;
  for (const auto& c : chunks) pieces.push_back(text.substr(c.offset, c.length));
  REQUIRE(pieces.size() == 4);
  CHECK(pieces[0] == "CREATE TABLE a (x text DEFAULT ';');");
  CHECK(pieces[1].ends_with("$body$ LANGUAGE sql;"));
  CHECK(pieces[2].ends_with("(y int DEFAULT E'\\';');"));
  CHECK(pieces[3] == "\n");
}

TEST_CASE("a large file parsed in chunks gives the same schema and exact positions") {
  std::string sql;
  for (int i = 0; i < 6000; ++i)
    sql += "CREATE TABLE t" + std::to_string(i) + " (id int PRIMARY KEY, n int DEFAULT -" + std::to_string(i) +
           " CHECK (n > -100000), note text DEFAULT 'a;b');\n";
  REQUIRE(sql.size() > 600 * 1024);
  const Schema s = parse_ok(sql);
  REQUIRE(s.tables.size() == 6000);
  const Table& last = s.tables.back();
  CHECK(last.name.name == "t5999");
  CHECK(last.columns[1].default_value->text == "-5999");
  CHECK(last.checks[0].expr.text == "n > -100000");
  CHECK(last.where.line == 6000);

  const std::string broken = sql + "CREATE TABLE oops (a int,, b int);\n";
  CHECK_THAT(first_error(broken), Catch::Contains("test.sql:6001:26: error: syntax error at or near \",\""));
  const std::string unknown = sql + "CREATE TABLE later (a missingtype);\n";
  CHECK_THAT(first_error(unknown), Catch::Contains("test.sql:6001:23: error: type \"missingtype\" does not exist"));
}

TEST_CASE("psql meta-commands between statements are blanked, elsewhere kept") {
  const std::string text = "\\restrict abc\nCREATE TABLE t (a text DEFAULT '\n\\x');\n\\connect db\n";
  const auto cleaned = pg::blank_psql_meta_commands(text);
  REQUIRE(cleaned);
  CHECK(cleaned->size() == text.size());
  CHECK(*cleaned == "             \nCREATE TABLE t (a text DEFAULT '\n\\x');\n           \n");
  CHECK_FALSE(pg::blank_psql_meta_commands("CREATE TABLE t (a int);"));
}

namespace {
std::string wide_table(const std::string& prefix, int columns) {
  std::string sql = prefix + "CREATE TABLE wide (";
  for (int i = 0; i < columns; ++i) sql += (i ? ", c" : "c") + std::to_string(i) + " int";
  return sql + ");\n";
}
}  // namespace

TEST_CASE("a table has at most 1600 columns, as in PostgreSQL; the error points at the statement") {
  CHECK(parse_ok(wide_table("", 1600)).tables.front().columns.size() == 1600);
  const std::string error = first_error(wide_table("CREATE TABLE a (x int);\n", 1601));
  CHECK(error.find("test.sql:2:14: error: tables can have at most 1600 columns (\"wide\" has 1601)") != std::string::npos);
  const std::string added = first_error(wide_table("", 1600) + "ALTER TABLE wide ADD COLUMN one_more int;");
  CHECK(added.find("test.sql:2:") != std::string::npos);
  CHECK(added.find("tables can have at most 1600 columns") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a int, b int, a text);").find("test.sql:1:31: error: column \"a\" specified more than once") !=
        std::string::npos);
}

TEST_CASE("a rename hint on a table written on one line belongs to the column before it") {
  const Schema s = parse_ok("CREATE TABLE t (a int, b int, -- schemac:renamed-from old_b\n c int);");
  const Table& t = s.tables.front();
  CHECK(t.find_column("a")->renamed_from.empty());
  CHECK(t.find_column("b")->renamed_from == "old_b");
  CHECK(t.find_column("c")->renamed_from.empty());
}
