// Column types chosen from a live SQLite database's values (with evidence)
// and from --type-map files (with positions in their errors).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "convert/infer_types.hpp"
#include "convert/sqlite_to_postgres.hpp"
#include "convert/type_map.hpp"
#include "parser/sqlite/parse_sqlite.hpp"

using namespace schemac;

namespace {

struct LiveDatabase {
  std::unique_ptr<db::SqliteConnection> connection;
  Schema schema;
};

LiveDatabase live(const std::string& sql) {
  auto connection = db::SqliteConnection::open(":memory:", true);
  REQUIRE(connection);
  REQUIRE_FALSE(connection.value()->execute(sql));
  auto parsed = sqlite::parse_sqlite({SourceFile{"live.sql", sql}}, {});
  REQUIRE(parsed);
  return LiveDatabase{std::move(connection).value(), parsed->schema};
}

std::string chosen(const Inference& inference, const std::string& column) {
  auto it = inference.types.find(column);
  return it == inference.types.end() ? "" : it->second.type + " (" + it->second.why + ")";
}

std::string write_file(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace

TEST_CASE("infer: values choose uuid, timestamptz and boolean, with the evidence", "[convert]") {
  LiveDatabase db = live(R"(
    CREATE TABLE accounts (id TEXT PRIMARY KEY, admin INTEGER NOT NULL DEFAULT 0, count INTEGER, created_at TEXT, seen_at INTEGER,
                           note TEXT, empty_at TEXT, checked INTEGER CHECK (checked IN (0, 1)));
    CREATE TABLE logins (id INTEGER PRIMARY KEY, account_id TEXT REFERENCES accounts (id), at_once INTEGER);
    INSERT INTO accounts VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 0, 5, '2024-01-02T03:04:05Z', 1700000000, 'x', NULL, 1),
                                ('B1EEBC999C0B4EF8BB6D6BB9BD380A12', 1, 1, '2024-01-03 10:00', 1700000100, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', NULL, 0);
    INSERT INTO logins VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1), (2, NULL, 0);
  )");
  auto inference = infer_column_types(*db.connection, db.schema);
  REQUIRE(inference);
  CHECK(chosen(inference.value(), "accounts.id") == "uuid (all 2 values are UUIDs)");
  CHECK(chosen(inference.value(), "accounts.admin") == "boolean (all 2 values are 0 or 1)");
  CHECK(chosen(inference.value(), "accounts.count").empty());  // 5 is not a flag
  CHECK(chosen(inference.value(), "accounts.created_at").starts_with("timestamp with time zone (all 2 values are points in time (2024-01-02 03:04:05"));
  CHECK(chosen(inference.value(), "accounts.seen_at").starts_with("timestamp with time zone"));
  CHECK(chosen(inference.value(), "accounts.note").empty());      // one value is not a UUID
  CHECK(chosen(inference.value(), "accounts.empty_at").empty());  // no values, no evidence
  CHECK(chosen(inference.value(), "accounts.checked").empty());   // a CHECK compares it with integers
  CHECK(std::any_of(inference->notes.begin(), inference->notes.end(),
                    [](const std::string& n) { return n.starts_with("accounts.checked: all 2 values are 0 or 1, but a CHECK"); }));
  CHECK(chosen(inference.value(), "logins.account_id") == "uuid (all 1 values are UUIDs)");
  CHECK(chosen(inference.value(), "logins.at_once") == "boolean (all 2 values are 0 or 1)");

  ConvertOptions options;
  options.column_types = inference->types;
  const Converted converted = sqlite_to_postgres(db.schema, options);
  const Table& accounts = converted.schema.tables.front();
  CHECK(accounts.find_column("admin")->type == "boolean");
  CHECK(accounts.find_column("admin")->default_value->text == "false");  // DEFAULT 0 follows the type
  CHECK(std::any_of(converted.notes.begin(), converted.notes.end(),
                    [](const std::string& n) { return n == "accounts.admin: INTEGER -> boolean: all 2 values are 0 or 1"; }));
}

TEST_CASE("type maps: canonical types over the inference, errors at their line", "[convert]") {
  auto parsed = sqlite::parse_sqlite({SourceFile{"s.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, is_admin INTEGER, seen TEXT);"}}, {});
  REQUIRE(parsed);
  const std::string good = write_file("schemac_types_good.toml", "# types\n[users]\nis_admin = \"int4\"\nseen = \"timestamptz\"\n");
  auto types = read_type_map(good, parsed->schema);
  REQUIRE(types);
  CHECK(types->at("users.is_admin").type == "integer");
  CHECK(types->at("users.seen").type == "timestamp with time zone");
  CHECK(types->at("users.seen").why == "--type-map");

  auto first_error = [&](const std::string& text) {
    auto result = read_type_map(write_file("schemac_types_bad.toml", text), parsed->schema);
    REQUIRE_FALSE(result);
    return result.errors().front().render();
  };
  CHECK_THAT(first_error("[users]\nnope = \"text\"\n"), Catch::Contains("schemac_types_bad.toml:2:8: error: table users has no column nope"));
  CHECK_THAT(first_error("[people]\nx = \"text\"\n"), Catch::Contains("error: the SQLite schema has no table people"));
  CHECK_THAT(first_error("[users]\nseen = \"no such type((\"\n"), Catch::Contains(":2:8: error: 'no such type((' is not a PostgreSQL type"));
  CHECK_THAT(first_error("[users]\nseen = 5\n"), Catch::Contains("expected a type in quotes for users.seen"));
  CHECK_THAT(first_error("[users\n"), Catch::Contains("schemac_types_bad.toml:1:"));
}
