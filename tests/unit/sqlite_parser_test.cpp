// The SQLite frontend: what each clause becomes in the IR, one canonical
// form for equivalent spellings, and errors with positions.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "parser/sqlite/expression_text.hpp"
#include "parser/sqlite/parse_sqlite.hpp"

using namespace schemac;

namespace {

Schema parse_ok(const std::string& sql, bool skip_unsupported = false) {
  auto parsed = sqlite::parse_sqlite({SourceFile{"test.sql", sql}}, {skip_unsupported});
  if (!parsed) {
    for (const auto& e : parsed.errors()) FAIL(e.render());
  }
  return std::move(parsed).value().schema;
}

std::string first_error(const std::string& sql) {
  auto parsed = sqlite::parse_sqlite({SourceFile{"test.sql", sql}}, {});
  REQUIRE_FALSE(parsed.ok());
  return parsed.errors().front().render();
}

const Table& only_table(const Schema& schema) {
  REQUIRE(schema.tables.size() == 1);
  return schema.tables.front();
}

}  // namespace

TEST_CASE("sqlite: columns and their constraints") {
  const Schema schema = parse_ok(R"(
    CREATE TABLE author (id INTEGER PRIMARY KEY);
    CREATE TABLE book (
      id integer PRIMARY KEY AUTOINCREMENT,
      title varchar( 200 ) NOT NULL COLLATE nocase,
      price decimal(10, 2) DEFAULT (0) CHECK (price >= 0),
      author_id INTEGER CONSTRAINT by_author REFERENCES author ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
      isbn TEXT UNIQUE,
      slug TEXT GENERATED ALWAYS AS (lower(title)) STORED,
      shout TEXT AS (upper(title))
    ) WITHOUT ROWID, STRICT;)");
  REQUIRE(schema.tables.size() == 2);
  const Table& book = schema.tables[1];
  CHECK(book.name == QualifiedName{"main", "book"});
  CHECK(book.without_rowid);
  CHECK(book.strict);
  REQUIRE(book.primary_key);
  CHECK(book.primary_key->columns == std::vector<std::string>{"id"});
  CHECK(book.primary_key->autoincrement);
  REQUIRE(book.columns.size() == 7);
  CHECK(book.columns[0].type == "INTEGER");
  CHECK(book.columns[1].type == "VARCHAR(200)");
  CHECK(book.columns[1].not_null);
  CHECK(book.columns[1].collation == "NOCASE");
  CHECK(book.columns[2].type == "DECIMAL(10,2)");
  REQUIRE(book.columns[2].default_value);
  CHECK(book.columns[2].default_value->text == "0");
  REQUIRE(book.checks.size() == 1);
  CHECK(book.checks[0].expr.text == "price >= 0");
  REQUIRE(book.foreign_keys.size() == 1);
  const ForeignKey& fk = book.foreign_keys[0];
  CHECK(fk.name == "by_author");
  CHECK(fk.columns == std::vector<std::string>{"author_id"});
  CHECK(fk.ref_table == QualifiedName{"main", "author"});
  CHECK(fk.ref_columns == std::vector<std::string>{"id"});  // the parent's primary key
  CHECK(fk.on_delete == FkAction::Cascade);
  CHECK(fk.deferral.deferrable);
  CHECK(fk.deferral.initially_deferred);
  REQUIRE(book.uniques.size() == 1);
  CHECK(book.uniques[0].columns == std::vector<std::string>{"isbn"});
  REQUIRE(book.columns[5].generated);
  CHECK(book.columns[5].generated->text == "lower(title)");
  CHECK_FALSE(book.columns[5].virtual_generated);
  CHECK(book.columns[6].virtual_generated);  // AS (...) without STORED is VIRTUAL
}

TEST_CASE("sqlite: table constraints") {
  const Table t = only_table(parse_ok(R"(
    CREATE TABLE IF NOT EXISTS main.link (
      book INTEGER NOT NULL, author INTEGER NOT NULL, n INT,
      PRIMARY KEY (book, author),
      CONSTRAINT one_n UNIQUE (n),
      CHECK (n > 0),
      FOREIGN KEY (book, author) REFERENCES pair (a, b) ON UPDATE SET NULL
    ))"));
  REQUIRE(t.primary_key);
  CHECK(t.primary_key->columns == std::vector<std::string>{"book", "author"});
  REQUIRE(t.uniques.size() == 1);
  CHECK(t.uniques[0].name == "one_n");
  REQUIRE(t.foreign_keys.size() == 1);
  CHECK(t.foreign_keys[0].columns == std::vector<std::string>{"book", "author"});
  CHECK(t.foreign_keys[0].ref_columns == std::vector<std::string>{"a", "b"});
  CHECK(t.foreign_keys[0].on_update == FkAction::SetNull);
}

TEST_CASE("sqlite: every quoting style names the same thing") {
  const Table t = only_table(parse_ok(R"(CREATE TABLE "my table" ([a b] TEXT, `c``d` INT, 'e' REAL, "f""g" BLOB); -- trailing comment
    /* a block
       comment */)"));
  CHECK(t.name.name == "my table");
  REQUIRE(t.columns.size() == 4);
  CHECK(t.columns[0].name == "a b");
  CHECK(t.columns[1].name == "c`d");
  CHECK(t.columns[2].name == "e");
  CHECK(t.columns[3].name == "f\"g");
}

TEST_CASE("sqlite: spellings of one expression have one canonical form") {
  CHECK(sqlite::canonical_expression("(0)").text == "0");
  CHECK(sqlite::canonical_expression("((  Price>=0 ))").text == "price >= 0");
  CHECK(sqlite::canonical_expression("\"Price\" >= 0").text == "price >= 0");
  CHECK(sqlite::canonical_expression("length( Name ) between 1 and 10").text == "length(name) BETWEEN 1 AND 10");
  CHECK(sqlite::canonical_expression("a == -1").text == "a = -1");
  CHECK(sqlite::canonical_expression("'It''s'  ||  x").text == "'It''s' || x");
  CHECK(sqlite::canonical_expression("\"order\" > 1").text == "\"order\" > 1");  // a keyword stays quoted
  CHECK(sqlite::canonical_expression("current_timestamp").atomic);
  CHECK_FALSE(sqlite::canonical_expression("a + 1").atomic);
  const Schema one = parse_ok("CREATE TABLE t (n INT DEFAULT 0 CHECK(n>0));");
  const Schema two = parse_ok("create table T (N int default (0) check ( ( N > 0 ) ));");
  CHECK(one.tables[0].columns[0].default_value->text == two.tables[0].columns[0].default_value->text);
  CHECK(one.tables[0].checks[0].expr.text == two.tables[0].checks[0].expr.text);
}

TEST_CASE("sqlite: indexes") {
  const Table t = only_table(parse_ok(R"(
    CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT, name TEXT, deleted INT);
    CREATE UNIQUE INDEX person_email ON person (email COLLATE NOCASE);
    CREATE INDEX IF NOT EXISTS person_name ON person (lower(name) DESC, id) WHERE deleted = 0;
    CREATE INDEX IF NOT EXISTS person_name ON person (name);)"));
  REQUIRE(t.indexes.size() == 2);
  CHECK(t.indexes[0].unique);
  REQUIRE(t.indexes[0].keys.size() == 1);
  CHECK(t.indexes[0].keys[0].column == "email");
  CHECK(t.indexes[0].keys[0].collation == "NOCASE");
  REQUIRE(t.indexes[1].keys.size() == 2);
  REQUIRE(t.indexes[1].keys[0].expression);
  CHECK(t.indexes[1].keys[0].expression->text == "lower(name)");
  CHECK(t.indexes[1].keys[0].descending);
  CHECK(t.indexes[1].keys[1].column == "id");
  REQUIRE(t.indexes[1].predicate);
  CHECK(t.indexes[1].predicate->text == "deleted = 0");
}

TEST_CASE("sqlite: errors say where and what was expected") {
  CHECK(first_error("CREATE TABLE t (\n  id INTEGER PRIMARY\n);").find("test.sql:3:1: error: expected KEY") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a INT DEFAULT);").find("test.sql:1:30: error: expected a value") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a INT) garbage;").find("test.sql:1:24: error: expected ';'") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a TEXT DEFAULT 'x);").find("test.sql:1:36: error: expected ' to end the string") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a TEXT CHECK (a > (1);").find("test.sql:1:39: error: expected ')'") != std::string::npos);
  CHECK(first_error("/* never closed").find("expected '*/'") != std::string::npos);
  CHECK(first_error("CREATE INDEX i ON nowhere (a);").find("test.sql:1:19: error: no such table: nowhere") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a INT);\nCREATE TABLE T (b INT);").find("test.sql:2:1: error: table T already exists") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a INT, A TEXT);").find("duplicate column name: A") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a INT);\nATTACH DATABASE 'x.db' AS x;").find("test.sql:2:1: error: ATTACH is not supported yet") != std::string::npos);
  CHECK(first_error("CREATE TRIGGER tr AFTER INSERT ON nowhere BEGIN SELECT 1; END;").find("no such table: nowhere") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a INT);\nCREATE TRIGGER tr AFTER TRUNCATE ON t BEGIN SELECT 1; END;").find("test.sql:2:25: error: expected DELETE, INSERT or UPDATE") != std::string::npos);
}

TEST_CASE("sqlite: input nested too deeply is refused, not a crash") {
  const std::string deep = "CREATE TABLE t (a INT CHECK (" + std::string(100000, '(') + "1" + std::string(100000, ')') + "));";
  CHECK(first_error(deep).find("test.sql:1:284: error: nested deeper than 256 levels") != std::string::npos);
  std::string names = "CREATE TABLE t (";  // words that contain CASE or END are not CASE or END
  for (int i = 0; i < 300; ++i) names += "showcase_" + std::to_string(i) + " INT, ";
  parse_ok(names + "x INT);");
}

TEST_CASE("sqlite: dump noise is ignored, unsupported statements can be skipped") {
  auto parsed = sqlite::parse_sqlite({SourceFile{"test.sql", R"(PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE t (a INT);
INSERT INTO t VALUES (1);
ANALYZE;
ATTACH DATABASE 'x.db' AS x;
COMMIT;)"}}, {true});
  REQUIRE(parsed.ok());
  CHECK(parsed->schema.tables.size() == 1);
  REQUIRE(parsed->warnings.size() == 3);
  CHECK(parsed->warnings[0].message.find("INSERT ignored") != std::string::npos);
  CHECK(parsed->warnings[1].message == "ANALYZE is not supported yet");
  CHECK(parsed->warnings[2].message == "ATTACH is not supported yet");
}

TEST_CASE("sqlite: DROP, and names matched without regard to case") {
  const Table t = only_table(parse_ok(R"(
    DROP TABLE IF EXISTS fileTypes;
    CREATE TABLE fileTypes (fileTypeID INTEGER PRIMARY KEY, fileType TEXT UNIQUE);
    CREATE TABLE gone (a INT);
    CREATE INDEX gone_a ON gone (a);
    DROP TABLE gone;
    CREATE INDEX fileTypes_fileType ON FILETYPES (FileType);
    CREATE INDEX spare ON filetypes (filetypeid);
    DROP INDEX Spare;)"));
  REQUIRE(t.indexes.size() == 1);
  CHECK(t.indexes[0].keys[0].column == "fileType");  // spelled as declared
  CHECK(first_error("DROP TABLE nowhere;").find("test.sql:1:1: error: no such table: nowhere") != std::string::npos);
}

TEST_CASE("sqlite: views, triggers and virtual tables") {
  const Schema schema = parse_ok(R"(
    CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT, author_id INT);
    CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT);
    CREATE VIEW IF NOT EXISTS titled (id, t) AS
      SELECT b.id, B.Title FROM book AS b JOIN author a ON a.id = b.author_id WHERE title <> '';
    CREATE TRIGGER book_touch AFTER UPDATE OF title, author_id ON Book FOR EACH ROW WHEN new.title IS NOT NULL
    BEGIN
      UPDATE author SET name = upper(name) WHERE id = new.author_id;
      SELECT CASE WHEN new.id < 0 THEN RAISE(ABORT, 'negative') END;
    END;
    CREATE VIRTUAL TABLE book_fts USING fts5(title, content='book', content_rowid='id', tokenize = 'porter unicode61');
    CREATE TRIGGER gone AFTER DELETE ON book BEGIN SELECT 1; END;
    DROP TRIGGER gone;)");
  REQUIRE(schema.views.size() == 1);
  const View& view = schema.views[0];
  CHECK(view.columns == std::vector<std::string>{"id", "t"});
  CHECK(view.query == "SELECT b.id, b.title FROM book AS b JOIN author a ON a.id = b.author_id WHERE title <> ''");
  CHECK(view.reads == std::vector<QualifiedName>{{"main", "author"}, {"main", "book"}});
  REQUIRE(schema.triggers.size() == 1);
  const Trigger& trigger = schema.triggers[0];
  CHECK(trigger.name == "book_touch");
  CHECK(trigger.table == QualifiedName{"main", "book"});
  CHECK(trigger.timing == Trigger::Timing::After);
  CHECK(trigger.on_update);
  CHECK(trigger.update_columns == std::vector<std::string>{"title", "author_id"});
  REQUIRE(trigger.when);
  CHECK(trigger.when->text == "new.title IS NOT NULL");
  CHECK(trigger.body == "UPDATE author SET name = upper(name) WHERE id = new.author_id; "
                        "SELECT CASE WHEN new.id < 0 THEN RAISE (ABORT, 'negative') END;");
  REQUIRE(schema.virtual_tables.size() == 1);
  const VirtualTable& fts = schema.virtual_tables[0];
  CHECK(fts.module == "fts5");
  CHECK(fts.arguments == std::vector<std::string>{"title", "content = 'book'", "content_rowid = 'id'", "tokenize = 'porter unicode61'"});
}

TEST_CASE("sqlite: ON CONFLICT clauses") {
  const Table t = only_table(parse_ok(
      "CREATE TABLE t (id INTEGER PRIMARY KEY ON CONFLICT REPLACE, a TEXT NOT NULL ON CONFLICT ignore, "
      "b TEXT UNIQUE ON CONFLICT ABORT, c INT, UNIQUE (c) ON CONFLICT FAIL);"));
  CHECK(t.primary_key->on_conflict == OnConflict::Replace);
  CHECK(t.columns[1].not_null_on_conflict == OnConflict::Ignore);
  CHECK(t.uniques[0].on_conflict == OnConflict::Abort);  // also what no clause means
  CHECK(t.uniques[1].on_conflict == OnConflict::Fail);
  CHECK(first_error("CREATE TABLE t (a INT NOT NULL ON CONFLICT maybe);").find("expected ROLLBACK, ABORT, FAIL, IGNORE or REPLACE") !=
        std::string::npos);
}

TEST_CASE("sqlite: ALTER TABLE") {
  const Schema schema = parse_ok(R"(
    CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE book (id INTEGER PRIMARY KEY, author INT REFERENCES author (id), old TEXT);
    CREATE INDEX book_author ON book (author);
    ALTER TABLE book ADD COLUMN isbn TEXT NOT NULL DEFAULT '';
    ALTER TABLE book RENAME COLUMN author TO author_id;
    ALTER TABLE book DROP COLUMN old;
    ALTER TABLE author RENAME TO writer;
    ALTER TABLE writer RENAME id TO writer_id;)");
  REQUIRE(schema.tables.size() == 2);
  const Table& writer = schema.tables[0];
  const Table& book = schema.tables[1];
  CHECK(writer.name.name == "writer");
  CHECK(writer.primary_key->columns == std::vector<std::string>{"writer_id"});
  REQUIRE(book.columns.size() == 3);
  CHECK(book.columns[1].name == "author_id");
  CHECK(book.columns[2].name == "isbn");
  CHECK(book.columns[2].not_null);
  CHECK(book.foreign_keys[0].columns == std::vector<std::string>{"author_id"});
  CHECK(book.foreign_keys[0].ref_table.name == "writer");
  CHECK(book.foreign_keys[0].ref_columns == std::vector<std::string>{"writer_id"});
  CHECK(book.indexes[0].keys[0].column == "author_id");
  CHECK(first_error("CREATE TABLE t (a INT, b INT);\nCREATE INDEX t_a ON t (a);\nALTER TABLE t DROP COLUMN a;")
            .find("test.sql:3:27: error: cannot drop column \"a\"") != std::string::npos);
  CHECK(first_error("ALTER TABLE nowhere ADD COLUMN a INT;").find("test.sql:1:13: error: no such table: nowhere") != std::string::npos);
}

// The real-world SQLite schemas parse; what is left is exactly the statement kinds not modelled yet.
TEST_CASE("sqlite: the corpora parse") {
  const std::pair<const char*, std::map<std::string, int>> corpora[] = {
      {"calibre_sqlite", {}},
      {"zotero_sqlite", {}},
      {"synapse_sqlite", {}},
  };
  for (const auto& [corpus, expected] : corpora) {
    const std::string path = std::string(SCHEMAC_SOURCE_DIR) + "/../shared/corpora/" + corpus + ".sql";
    std::ifstream in(path);
    if (!in) FAIL("missing corpus " << path);
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = sqlite::parse_sqlite({SourceFile{path, text.str()}}, {true});
    INFO(corpus);
    if (!parsed) FAIL(parsed.errors().front().render());
    std::map<std::string, int> unsupported;
    for (const Diagnostic& w : parsed->warnings)
      if (const auto at = w.message.find(" is not supported yet"); at != std::string::npos) ++unsupported[w.message.substr(0, at)];
    CHECK(unsupported == expected);
    CHECK(parsed->schema.tables.size() > 20);
  }
}

namespace {
std::string wide_sqlite_table(const std::string& prefix, int columns) {
  std::string sql = prefix + "CREATE TABLE wide (";
  for (int i = 0; i < columns; ++i) sql += (i ? ", c" : "c") + std::to_string(i) + " INTEGER";
  return sql + ");\n";
}
}  // namespace

TEST_CASE("sqlite: a table has at most SQLITE_MAX_COLUMN (2000) columns; the error points at the statement") {
  CHECK(parse_ok(wide_sqlite_table("", 2000)).tables.front().columns.size() == 2000);
  const std::string error = first_error(wide_sqlite_table("CREATE TABLE a (x);\n", 2001));
  CHECK(error.find("test.sql:2:1: error: too many columns on wide (2001; SQLite allows at most 2000)") != std::string::npos);
  const std::string added = first_error(wide_sqlite_table("", 2000) + "ALTER TABLE wide ADD COLUMN one_more INTEGER;");
  CHECK(added.find("test.sql:2:1: error: too many columns on wide") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a, b, A);").find("duplicate column name: A") != std::string::npos);
  CHECK(first_error("CREATE TABLE t (a);\nALTER TABLE t ADD COLUMN A;").find("duplicate column name: A") != std::string::npos);
}

TEST_CASE("sqlite: a rename hint on a table written on one line belongs to the column before it") {
  const Schema s = parse_ok("CREATE TABLE t (a INTEGER, b INTEGER, -- schemac:renamed-from old_b\n c INTEGER);");
  const Table& t = s.tables.front();
  CHECK(t.find_column("a")->renamed_from.empty());
  CHECK(t.find_column("b")->renamed_from == "old_b");
  CHECK(t.find_column("c")->renamed_from.empty());
}
