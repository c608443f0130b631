// No row is lost when SQLite tables are rebuilt: 100,000 rows with foreign
// keys between them, a trigger and an FTS5 index go through a change that
// rebuilds both tables (a type change, a new CHECK, columns reordered, NOT
// NULL dropped), on a connection that has foreign keys on, as an app's does.
// And a migration that fails midway leaves the file as it was.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

#include "codegen/sqlite/sqlite_dialect.hpp"
#include "db/sqlite_connection.hpp"
#include "diff/diff.hpp"
#include "migrate/run_statements.hpp"
#include "parser/sqlite/parse_sqlite.hpp"

using namespace schemac;

namespace {

constexpr const char* kCurrent = R"SQL(
CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE book (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES author (id) ON DELETE CASCADE,
  title TEXT,
  price TEXT,
  pages INTEGER
);
CREATE INDEX book_author ON book (author_id);
CREATE TABLE audit (book_id INTEGER, note TEXT);
CREATE TRIGGER book_audit AFTER UPDATE ON book BEGIN INSERT INTO audit VALUES (new.id, 'updated'); END;
CREATE VIRTUAL TABLE book_fts USING fts5(title, content='book', content_rowid='id');
CREATE TRIGGER book_fts_insert AFTER INSERT ON book BEGIN INSERT INTO book_fts (rowid, title) VALUES (new.id, new.title); END;
)SQL";

constexpr const char* kDesired = R"SQL(
CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE book (
  id INTEGER PRIMARY KEY,
  title TEXT,
  author_id INTEGER NOT NULL REFERENCES author (id) ON DELETE CASCADE,
  price REAL,
  pages INTEGER CHECK (pages >= 0)
);
CREATE INDEX book_author ON book (author_id);
CREATE TABLE audit (book_id INTEGER, note TEXT);
CREATE TRIGGER book_audit AFTER UPDATE ON book BEGIN INSERT INTO audit VALUES (new.id, 'updated'); END;
CREATE VIRTUAL TABLE book_fts USING fts5(title, content='book', content_rowid='id');
CREATE TRIGGER book_fts_insert AFTER INSERT ON book BEGIN INSERT INTO book_fts (rowid, title) VALUES (new.id, new.title); END;
)SQL";

constexpr const char* kFill = R"SQL(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
INSERT INTO author (id, name) SELECT i, 'author ' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO book (id, author_id, title, price, pages)
SELECT i, 1 + i % 1000, CASE WHEN i % 1000 = 0 THEN 'needle ' ELSE 'hay ' END || i, (i % 100) || '.50', i % 700 FROM n;
)SQL";

struct TempDatabase {
  std::filesystem::path path = std::filesystem::temp_directory_path() / ("schemac_rebuild_" + std::to_string(getpid()) + ".db");
  TempDatabase() { std::filesystem::remove(path); }
  ~TempDatabase() { std::filesystem::remove(path); }
};

std::string single(db::Connection& connection, const std::string& sql) {
  auto rows = connection.query(sql);
  REQUIRE(rows);
  REQUIRE(rows.value()->size() == 1);
  return std::string(rows.value()->get(0, 0).value_or("NULL"));
}

// Row count and a checksum of the content, independent of column order (and
// of price's type: '12.50' and 12.5 are the same price).
std::string book_fingerprint(db::Connection& connection) {
  return single(connection,
                "SELECT count(*) || ' ' || sum(id * 7 + author_id * 13 + length(title) * 17 + CAST(price * 100 AS INTEGER) * 19 + pages * 23) "
                "|| ' ' || sum(length(title)) FROM book");
}

std::string author_fingerprint(db::Connection& connection) {
  return single(connection, "SELECT count(*) || ' ' || sum(id * length(name)) FROM author");
}

std::vector<Statement> plan(const char* from, const char* to) {
  const SqliteDialect dialect;
  auto current = sqlite::parse_sqlite({SourceFile{"current", from}}, {});
  auto desired = sqlite::parse_sqlite({SourceFile{"desired", to}}, {});
  REQUIRE(current);
  REQUIRE(desired);
  auto changes = diff(current->schema, desired->schema, options_for(dialect.table_rules()));
  REQUIRE(changes);
  return render_all(dialect, changes.value());
}

std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("sqlite: a rebuild keeps every row, key, trigger and the FTS5 index", "[sqlite][rebuild]") {
  TempDatabase file;
  auto connection = db::SqliteConnection::open(file.path.string(), true).value();
  REQUIRE_FALSE(connection->execute(kCurrent));
  REQUIRE_FALSE(connection->execute("PRAGMA foreign_keys = ON"));
  REQUIRE_FALSE(connection->execute(kFill));
  const std::string books = book_fingerprint(*connection), authors = author_fingerprint(*connection);
  CHECK(single(*connection, "SELECT count(*) FROM book_fts WHERE book_fts MATCH 'needle'") == "100");

  const auto statements = plan(kCurrent, kDesired);
  const auto rebuilds = std::count_if(statements.begin(), statements.end(), [](const Statement& s) { return s.sql.starts_with("ALTER TABLE schemac_new_"); });
  CHECK(rebuilds == 2);  // author (NOT NULL dropped) and book (the rest)
  const RunOutcome outcome = run_statements(*connection, statements, SqliteDialect{}.transaction_start(""));
  INFO((outcome.failure ? outcome.failure->message + " in " + outcome.failure->statement : ""));
  REQUIRE_FALSE(outcome.failure);

  CHECK(book_fingerprint(*connection) == books);
  CHECK(author_fingerprint(*connection) == authors);
  CHECK(single(*connection, "SELECT typeof(price) FROM book WHERE id = 1") == "real");
  CHECK(single(*connection, "SELECT count(*) FROM pragma_foreign_key_check") == "0");
  CHECK(single(*connection, "SELECT integrity_check FROM pragma_integrity_check") == "ok");
  CHECK(single(*connection, "SELECT foreign_keys FROM pragma_foreign_keys") == "1");  // on again, as it was
  CHECK(single(*connection, "SELECT count(*) FROM book_fts WHERE book_fts MATCH 'needle'") == "100");
  CHECK(single(*connection, "SELECT group_concat(name) FROM pragma_index_list('book') WHERE name = 'book_author'") == "book_author");
  // The triggers came back, and the keys still cascade.
  REQUIRE_FALSE(connection->execute("UPDATE book SET pages = 1 WHERE id = 5"));
  CHECK(single(*connection, "SELECT count(*) FROM audit") == "1");
  REQUIRE_FALSE(connection->execute("INSERT INTO book (id, author_id, title, price, pages) VALUES (100001, 1, 'needle new', 1, 1)"));
  CHECK(single(*connection, "SELECT count(*) FROM book_fts WHERE book_fts MATCH 'needle'") == "101");
  REQUIRE_FALSE(connection->execute("DELETE FROM author WHERE id = 1"));
  CHECK(single(*connection, "SELECT count(*) FROM book WHERE author_id = 1") == "0");
}

TEST_CASE("sqlite: a migration that fails midway leaves the file as it was", "[sqlite][rebuild]") {
  TempDatabase file;
  auto connection = db::SqliteConnection::open(file.path.string(), true).value();
  REQUIRE_FALSE(connection->execute(kCurrent));
  REQUIRE_FALSE(connection->execute(kFill));
  const std::string books = book_fingerprint(*connection);
  const std::string schema_before = single(*connection, "SELECT group_concat(sql, ';') FROM sqlite_schema");
  connection.reset();
  const std::string bytes_before = file_bytes(file.path);

  // Every row breaks the new CHECK: the copy into the rebuilt table fails
  // after author was already rebuilt.
  std::string failing = kDesired;
  failing.replace(failing.find("pages >= 0"), 10, "pages < 0");
  connection = db::SqliteConnection::open(file.path.string(), false).value();
  const RunOutcome outcome = run_statements(*connection, plan(kCurrent, failing.c_str()), SqliteDialect{}.transaction_start(""));
  REQUIRE(outcome.failure);
  CHECK(outcome.failure->rolled_back);
  CHECK(outcome.failure->message.find("CHECK constraint failed") != std::string::npos);
  CHECK(book_fingerprint(*connection) == books);
  CHECK(single(*connection, "SELECT group_concat(sql, ';') FROM sqlite_schema") == schema_before);
  connection.reset();
  CHECK(file_bytes(file.path) == bytes_before);
}

TEST_CASE("sqlite: a rebuild run inside someone else's transaction with foreign keys on is refused", "[sqlite][rebuild]") {
  // PRAGMA foreign_keys cannot change inside a transaction: dropping the old
  // table would then delete through ON DELETE CASCADE. The guard stops it.
  TempDatabase file;
  auto connection = db::SqliteConnection::open(file.path.string(), true).value();
  REQUIRE_FALSE(connection->execute(kCurrent));
  REQUIRE_FALSE(connection->execute(kFill));
  REQUIRE_FALSE(connection->execute("PRAGMA foreign_keys = ON"));
  const std::string books = book_fingerprint(*connection);
  REQUIRE_FALSE(connection->execute("BEGIN"));
  std::optional<std::string> error;
  for (const Statement& statement : plan(kCurrent, kDesired))
    if ((error = connection->execute(statement.sql))) break;
  REQUIRE(error);
  CHECK(error->find("PRAGMA foreign_keys = OFF must run outside the transaction") != std::string::npos);
  REQUIRE_FALSE(connection->execute("ROLLBACK"));
  CHECK(book_fingerprint(*connection) == books);
}
