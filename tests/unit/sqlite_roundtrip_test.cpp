// A real SQLite database built from a file and inspected comes out exactly as
// the file parses: the canonical form is one (the core of "planning a
// database against the files it was built from prints nothing").
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "db/sqlite_connection.hpp"
#include "inspect/sqlite/cross_check.hpp"
#include "inspect/sqlite/inspect_sqlite.hpp"
#include "parser/sqlite/parse_sqlite.hpp"

using namespace schemac;

namespace {

std::string text_of(const std::optional<Expr>& e) { return e ? e->text : "-"; }
std::string text_of(const Boxed<Expr>& e) { return e ? e->text : "-"; }
std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += item + ",";
  return out;
}

// Everything the SQLite frontend models, as text (positions left out), one
// object a line group, sorted: the order objects were made in is not schema.
std::string fingerprint(const Schema& schema) {
  std::vector<std::string> objects;
  for (const Table& t : schema.tables) {
    std::ostringstream out;
    out << "table " << t.name.schema << "." << t.name.name << " rowid=" << !t.without_rowid << " strict=" << t.strict << "\n";
    for (const Column& c : t.columns)
      out << "  column " << c.name << " " << c.type << " nn=" << c.not_null << static_cast<char>(c.not_null_on_conflict) << " default=" << text_of(c.default_value)
          << " collate=" << c.collation << " generated=" << text_of(c.generated) << (c.virtual_generated ? " virtual" : "") << "\n";
    if (t.primary_key)
      out << "  pk " << t.primary_key->name << " " << joined(t.primary_key->columns) << " ai=" << t.primary_key->autoincrement
          << " desc=" << t.primary_key->descending << " " << static_cast<char>(t.primary_key->on_conflict) << "\n";
    for (const auto& u : t.uniques) out << "  unique " << u.name << " " << joined(u.columns) << " " << static_cast<char>(u.on_conflict) << "\n";
    for (const auto& c : t.checks) out << "  check " << c.name << " " << c.expr.text << "\n";
    for (const auto& f : t.foreign_keys)
      out << "  fk " << f.name << " " << joined(f.columns) << " -> " << f.ref_table.name << " " << joined(f.ref_columns) << " "
          << static_cast<char>(f.on_delete) << static_cast<char>(f.on_update) << f.deferral.deferrable << f.deferral.initially_deferred << "\n";
    std::vector<std::string> indexes;
    for (const auto& i : t.indexes) {
      std::ostringstream index;
      index << "  index " << i.name << " unique=" << i.unique << " where=" << text_of(i.predicate) << " keys=";
      for (const auto& k : i.keys) index << k.column << text_of(k.expression) << " " << k.collation << " " << k.descending << ";";
      indexes.push_back(index.str() + "\n");
    }
    std::sort(indexes.begin(), indexes.end());
    for (const auto& index : indexes) out << index;
    objects.push_back(out.str());
  }
  for (const View& v : schema.views) objects.push_back("view " + v.name.name + " (" + joined(v.columns) + ") " + v.query + "\n");
  for (const Trigger& t : schema.triggers) {
    std::ostringstream out;
    out << "trigger " << t.name << " on " << t.table.name << " " << static_cast<char>(t.timing) << t.on_insert << t.on_update
        << t.on_delete << " of " << joined(t.update_columns) << " when " << text_of(t.when) << " do " << t.body << "\n";
    objects.push_back(out.str());
  }
  for (const VirtualTable& v : schema.virtual_tables)
    objects.push_back("virtual " + v.name.name + " " + v.module + " " + joined(v.arguments) + "\n");
  std::sort(objects.begin(), objects.end());
  std::string out;
  for (const auto& object : objects) out += object;
  return out;
}

void check_round_trip(const std::string& name, const std::string& sql) {
  INFO(name);
  const auto path = std::filesystem::temp_directory_path() / ("schemac_roundtrip_" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  auto parsed = sqlite::parse_sqlite({SourceFile{name, sql}}, {});
  if (!parsed) FAIL(parsed.errors().front().render());
  {
    auto connection = db::SqliteConnection::open(path.string(), true);
    REQUIRE(connection.ok());
    if (auto error = connection.value()->execute(sql)) FAIL("SQLite rejected " << name << ": " << *error);
    auto inspected = sqlite::inspect_sqlite(*connection.value(), path.string());
    if (!inspected) FAIL(inspected.errors().front().render());
    CHECK(fingerprint(inspected->schema) == fingerprint(parsed->schema));
  }
  std::filesystem::remove(path);
}

std::string corpus(const std::string& name) {
  std::ifstream in(std::string(SCHEMAC_SOURCE_DIR) + "/../shared/corpora/" + name + ".sql");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("sqlite round trip: every clause comes back as written") {
  check_round_trip("clauses", R"(
    CREATE TABLE author (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL COLLATE NOCASE UNIQUE);
    CREATE TABLE "book list" (
      [id] integer PRIMARY KEY DESC ON CONFLICT REPLACE,
      `title` varchar( 200 ) NOT NULL ON CONFLICT IGNORE DEFAULT ('untitled'),
      price decimal(10, 2) DEFAULT (0) CHECK (price >= 0),
      author_id INTEGER CONSTRAINT by_author REFERENCES author ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
      slug TEXT GENERATED ALWAYS AS (lower(title)) STORED,
      shout TEXT AS (upper(title)),
      UNIQUE (title, author_id) ON CONFLICT FAIL
    );
    CREATE TABLE pair (a INT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID, STRICT;
    CREATE INDEX book_title ON "book list" (title COLLATE NOCASE DESC, lower(title)) WHERE price > 0;
    CREATE VIEW cheap (id, title) AS SELECT id, title FROM "book list" WHERE price < 10;
    CREATE TRIGGER touch AFTER UPDATE OF title ON "book list" WHEN new.title <> old.title
    BEGIN
      UPDATE author SET name = name WHERE id = new.author_id;
    END;
    CREATE VIRTUAL TABLE book_fts USING fts5(title, content='book list', content_rowid='id');
    ALTER TABLE author ADD COLUMN bio TEXT DEFAULT '';
    ALTER TABLE author RENAME COLUMN bio TO about;)");
}

TEST_CASE("sqlite round trip: the corpora") {
  for (const char* name : {"calibre_sqlite", "zotero_sqlite", "synapse_sqlite"}) check_round_trip(name, corpus(name));
}

TEST_CASE("sqlite: inspect stops when what it read disagrees with SQLite's PRAGMAs", "[sqlite][inspect]") {
  auto connection = db::SqliteConnection::open(":memory:", true).value();
  REQUIRE_FALSE(connection->execute(
      "CREATE TABLE p (id INTEGER PRIMARY KEY);"
      "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b INTEGER AS (id * 2) STORED, p_id INTEGER REFERENCES p ON DELETE CASCADE);"
      "CREATE UNIQUE INDEX t_a ON t (a) WHERE a <> '';"));
  auto inspected = sqlite::inspect_sqlite(*connection, "db");
  REQUIRE(inspected);
  CHECK(sqlite::cross_check(*connection, inspected->schema).empty());

  // Each way the frontend could misread a table is caught.
  auto misread = [&](auto&& change) {
    Schema schema = inspected->schema;
    change(*std::find_if(schema.tables.begin(), schema.tables.end(), [](const Table& t) { return t.name.name == "t"; }));
    return sqlite::cross_check(*connection, schema);
  };
  CHECK(misread([](Table& t) { t.columns.pop_back(); }).size() == 1);
  CHECK(misread([](Table& t) { t.columns[1].not_null = false; }).size() == 1);
  CHECK(misread([](Table& t) { t.columns[2].virtual_generated = true; }).size() == 1);
  CHECK(misread([](Table& t) { t.primary_key.reset(); }).size() == 1);
  CHECK(misread([](Table& t) { t.indexes[0].unique = false; }).size() == 1);
  CHECK(misread([](Table& t) { t.indexes[0].predicate.reset(); }).size() == 1);
  CHECK(misread([](Table& t) { t.foreign_keys[0].on_delete = FkAction::NoAction; }).size() == 1);
  const auto problems = misread([](Table& t) { t.foreign_keys.clear(); });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "schemac read the foreign keys of table t as (none) but SQLite reports (p (p_id,) NO ACTION/CASCADE)");
}
