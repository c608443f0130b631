// SQLite schemas converted to PostgreSQL: the mapping decisions, one by one.
#include <catch2/catch.hpp>

#include <algorithm>

#include "convert/sqlite_functions.hpp"
#include "convert/sqlite_to_postgres.hpp"
#include "parser/sqlite/parse_sqlite.hpp"

using namespace schemac;

namespace {

Converted convert(const char* sql, ConvertOptions options = {}) {
  auto parsed = sqlite::parse_sqlite({SourceFile{"test.sql", sql}}, {});
  REQUIRE(parsed);
  return sqlite_to_postgres(parsed->schema, options);
}

const Table& table(const Converted& c, const std::string& name) {
  auto it = std::find_if(c.schema.tables.begin(), c.schema.tables.end(), [&](const Table& t) { return t.name.name == name; });
  REQUIRE(it != c.schema.tables.end());
  return *it;
}

bool noted(const Converted& c, const std::string& part) {
  return std::any_of(c.notes.begin(), c.notes.end(), [&](const std::string& n) { return n.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("convert: declared types by SQLite's affinity rules", "[convert]") {
  const Converted c = convert(
      "CREATE TABLE Things (ID INTEGER PRIMARY KEY AUTOINCREMENT, n INT, small TINYINT, r REAL, d DECIMAL(10, 2), "
      "name VARCHAR(20), b BLOB, flag BOOLEAN DEFAULT 1, at DATETIME DEFAULT CURRENT_TIMESTAMP, made TEXT DEFAULT CURRENT_TIMESTAMP, "
      "untyped, token TEXT DEFAULT (lower(hex(randomblob(16)))));");
  const Table& t = table(c, "things");  // names lower-cased
  CHECK(t.name.schema == "public");
  const auto type = [&](const char* column) { return t.find_column(column)->type; };
  CHECK(type("id") == "bigint");
  REQUIRE(t.find_column("id")->identity);
  CHECK_FALSE(t.find_column("id")->identity->always);
  CHECK(type("n") == "bigint");
  CHECK(type("small") == "smallint");
  CHECK(type("r") == "double precision");
  CHECK(type("d") == "numeric(10,2)");
  CHECK(type("name") == "text");
  CHECK(noted(c, "Things.name is VARCHAR(20), which SQLite never enforced"));  // notes name the SQLite objects
  CHECK(type("b") == "bytea");
  CHECK(type("flag") == "boolean");
  CHECK(t.find_column("flag")->default_value->text == "true");
  CHECK(type("at") == "timestamp with time zone");
  CHECK(t.find_column("at")->default_value->text == "now()");
  CHECK(type("made") == "timestamp with time zone");
  CHECK(type("untyped") == "text");
  CHECK(t.find_column("token")->default_value->text == "(gen_random_uuid())::text");
  CHECK(t.primary_key->name == "things_pkey");
}

TEST_CASE("convert: FTS5 over a content table becomes a generated tsvector with a GIN index", "[convert]") {
  const char* sql =
      "CREATE TABLE questions (id INTEGER PRIMARY KEY, question TEXT, answer TEXT);"
      "CREATE VIRTUAL TABLE questions_fts USING fts5(question, answer, content='questions', content_rowid='id');"
      "CREATE TRIGGER questions_ai AFTER INSERT ON questions BEGIN INSERT INTO questions_fts (rowid, question, answer) VALUES (new.id, new.question, new.answer); END;";
  const Converted c = convert(sql);
  const Table& t = table(c, "questions");
  const Column* vector = t.find_column("search_vector");
  REQUIRE(vector);
  CHECK(vector->type == "tsvector");
  REQUIRE(vector->generated);
  CHECK(vector->generated->text == "to_tsvector('english'::regconfig, COALESCE(question, '') || ' ' || COALESCE(answer, ''))");
  REQUIRE(t.indexes.size() == 1);
  CHECK(t.indexes[0].method == "gin");
  CHECK(c.schema.triggers.empty());
  CHECK(noted(c, "trigger questions_ai: kept the FTS5 index in step"));
  CHECK(c.schema.extensions.empty());

  ConvertOptions trigram;
  trigram.fts = ConvertOptions::Fts::Both;
  const Converted both = convert(sql, trigram);
  CHECK(table(both, "questions").indexes.size() == 3);
  REQUIRE(both.schema.extensions.size() == 1);
  CHECK(both.schema.extensions[0].name == "pg_trgm");
}

TEST_CASE("convert: foreign keys take their parent key's type and keep their actions", "[convert]") {
  const Converted c = convert(
      "CREATE TABLE p (id INTEGER PRIMARY KEY);"
      "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id REFERENCES p (id) ON DELETE CASCADE, CHECK (typeof(p_id) = 'integer'));");
  const Table& child = table(c, "c");
  CHECK(child.find_column("p_id")->type == "bigint");
  REQUIRE(child.foreign_keys.size() == 1);
  CHECK(child.foreign_keys[0].on_delete == FkAction::Cascade);
  CHECK(child.foreign_keys[0].name == "c_p_id_fkey");
  CHECK(child.checks.empty());
  CHECK(noted(c, "uses SQLite-only functions: left out"));
}

TEST_CASE("convert: the functions a query calls, not the syntax that looks like calls", "[convert]") {
  using V = std::vector<std::string>;
  CHECK(called_functions("SELECT Upper(a), count(*) FROM t WHERE b IN (1, 2) AND EXISTS (SELECT 1)") == V{"upper", "count"});
  CHECK(called_functions("SELECT CAST(a AS int), row_number() OVER (ORDER BY a) FROM t") == V{"row_number"});
  CHECK(called_functions("SELECT 'f(x)', \"g\"(1), [h] (2) -- i(3)\n /* j(4) */ FROM t") == V{"g", "h"});
  CHECK(called_functions("WITH x(a) AS (SELECT k(1)), y (b) AS MATERIALIZED (SELECT 2) SELECT * FROM x, y") == V{"k"});
  CHECK(called_functions("SELECT replace(a, 'x', 'y'), t.c FROM t JOIN u USING (id)") == V{"replace"});
  CHECK(called_functions("") == V{});
  CHECK(classify_sqlite_function("coalesce") == SqliteFunction::InPostgres);
  CHECK(classify_sqlite_function("group_concat") == SqliteFunction::SqliteOnly);
  CHECK(classify_sqlite_function("pragma_table_info") == SqliteFunction::SqliteOnly);
  CHECK(classify_sqlite_function("sortconcat") == SqliteFunction::Application);
}

TEST_CASE("convert: views calling functions PostgreSQL lacks are left out, with the views over them", "[convert]") {
  const Converted c = convert(
      "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, author TEXT);"
      "CREATE VIEW titles AS SELECT id, upper(title) AS title FROM books;"
      "CREATE VIEW sorted AS SELECT id, title_sort(title) AS sort FROM books;"
      "CREATE VIEW authors AS SELECT author, group_concat(title) AS titles FROM books GROUP BY author;"
      "CREATE VIEW sorted_again AS SELECT * FROM sorted;");
  REQUIRE(c.schema.views.size() == 1);
  CHECK(c.schema.views[0].name.name == "titles");
  CHECK(noted(c, "view sorted: calls title_sort(), which the application registers in SQLite at run time"));
  CHECK(noted(c, "view authors: calls group_concat(), SQLite functions PostgreSQL does not have: left out"));
  CHECK(noted(c, "view sorted_again: reads view sorted, which is left out: left out"));
}
