// Rename hints as users write them: on the command line and in comments.
#include <catch2/catch.hpp>

#include "diff/rename.hpp"
#include "model/rename_hints.hpp"

using namespace schemac;

TEST_CASE("rename hints on the command line: tables and columns, with and without a schema", "[rename]") {
  auto table = parse_rename("table:app.users=app.accounts", "public");
  REQUIRE(table);
  CHECK(table->kind == Rename::Kind::Table);
  CHECK(table->table == QualifiedName{"app", "users"});
  CHECK(table->new_name == "accounts");
  auto short_table = parse_rename("table:users=accounts", "public");
  REQUIRE(short_table);
  CHECK(short_table->table == QualifiedName{"public", "users"});
  auto column = parse_rename("column:app.users.mail=email", "public");
  REQUIRE(column);
  CHECK(column->kind == Rename::Kind::Column);
  CHECK(column->table == QualifiedName{"app", "users"});
  CHECK(column->old_name == "mail");
  CHECK(column->new_name == "email");
  auto short_column = parse_rename("column:users.mail=email", "main");
  REQUIRE(short_column);
  CHECK(short_column->table == QualifiedName{"main", "users"});

  for (const char* bad : {"users=accounts", "view:a=b", "table:a.b.c=d", "table:app.users=other.users", "column:mail=email",
                          "column:t.a=b.c", "table:=x", "table:a="}) {
    INFO(bad);
    auto rename = parse_rename(bad, "public");
    REQUIRE_FALSE(rename);
    CHECK(rename.errors().front().hint.find("table:SCHEMA.OLD=SCHEMA.NEW") != std::string::npos);
  }
}

TEST_CASE("renamed-from comments: bare, quoted and qualified names", "[rename]") {
  CHECK(renamed_from_in("-- schemac:renamed-from users") == "users");
  CHECK(renamed_from_in("  email text, -- schemac:renamed-from mail\n") == "mail");
  CHECK(renamed_from_in("-- schemac:renamed-from \"Old \"\"Name\"\"\"") == "Old \"Name\"");
  CHECK(renamed_from_in("-- schemac:renamed-from [old name]") == "old name");
  CHECK(renamed_from_in("-- schemac:renamed-from app.users") == "users");
  CHECK(renamed_from_in("-- renamed from users") == "");
  const std::string file = "CREATE TABLE a (x int);\n\n-- the accounts\n-- schemac:renamed-from users\nCREATE TABLE accounts (x int);";
  const std::size_t at = file.find("CREATE TABLE accounts");
  CHECK(renamed_from_in(comments_before(file, at)) == "users");
  // A comment that belongs to an earlier statement is not this one's.
  const std::string other = "-- schemac:renamed-from users\nCREATE TABLE a (x int);\nCREATE TABLE b (x int);";
  CHECK(renamed_from_in(comments_before(other, other.find("CREATE TABLE b"))) == "");
  CHECK(rest_of_line("a int, -- schemac:renamed-from b\nc int", 0) == "a int, -- schemac:renamed-from b");
}
