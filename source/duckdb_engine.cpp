#include "source/duckdb_engine.hpp"

#include <regex>

#include "db/duckdb_source.hpp"
#include "inspect/duckdb/inspect_duckdb.hpp"
#include "model/source_file.hpp"
#include "parser/postgres/chunks.hpp"
#include "source/load_source.hpp"
#ifdef SCHEMAC_HAVE_DUCKDB
#include "db/duckdb_connection.hpp"
#endif

namespace schemac {
namespace {

#ifdef SCHEMAC_HAVE_DUCKDB

// DuckDB's message for a statement ("...\n\nLINE 2: text\n        ^") as a
// diagnostic at the file position it names (or the statement's start).
Diagnostic refused(const SourceFile& file, const LineIndex& lines, std::size_t statement_offset, std::string_view statement, const std::string& error) {
  std::string message = error.substr(0, error.find('\n'));
  static const std::regex where(R"(LINE (\d+): ([^\n]*)\n( *)\^)");
  std::smatch match;
  std::size_t offset = statement_offset;
  while (offset < statement_offset + statement.size() && std::isspace(static_cast<unsigned char>(file.text[offset]))) ++offset;
  if (std::regex_search(error, match, where)) {
    const std::size_t line = std::stoul(match[1]);
    const std::size_t prefix = std::string("LINE ").size() + match[1].str().size() + 2;
    const std::size_t caret = match[3].str().size();
    const std::size_t column = caret >= prefix ? caret - prefix : 0;
    std::size_t at = statement_offset;
    for (std::size_t n = 1; n < line && at < statement_offset + statement.size(); ++at)
      if (file.text[at] == '\n') ++n;
    offset = std::min(at + column, file.text.size());
  }
  if (message.starts_with("Parser Error: ")) message.erase(0, 14);
  return lines.diagnose(offset, "DuckDB: " + message);
}

class DuckdbEngine final : public EmbeddedEngine {
 public:
  std::string_view dialect() const override { return "duckdb"; }
  std::string_view label() const override { return "DuckDB"; }
  bool names(const std::string& source) const override { return db::is_duckdb_source(source); }
  std::string path(const std::string& source) const override { return db::duckdb_path(source); }
  Result<std::unique_ptr<db::Connection>> open(const std::string& path, bool create) const override {
    auto connection = db::DuckdbConnection::open(path, create);
    if (!connection) return connection.errors();
    return std::unique_ptr<db::Connection>(std::move(connection).value());
  }
  Result<EngineParsed> parse(const std::vector<SourceFile>& files, const SourceOptions&) const override {
    auto memory = db::DuckdbConnection::open(":memory:", true);
    if (!memory) return memory.errors();
    for (const SourceFile& file : files) {
      const LineIndex lines(file);
      for (const pg::Chunk& chunk : pg::split_into_chunks(file.text, 1)) {
        const std::string statement = file.text.substr(chunk.offset, chunk.length);
        if (auto error = memory.value()->execute(statement)) return refused(file, lines, chunk.offset, statement, *error);
      }
    }
    return inspect(*memory.value(), files.empty() ? "" : files.front().path);
  }
  Result<EngineParsed> inspect(db::Connection& connection, const std::string& display) const override {
    auto inspected = duckdb::inspect_duckdb(connection, display);
    if (!inspected) return inspected.errors();
    return EngineParsed{std::move(inspected->schema), std::move(inspected->warnings)};
  }
};

#else

// Knows DuckDB's sources, and says this build cannot open them.
class DuckdbEngine final : public EmbeddedEngine {
 public:
  std::string_view dialect() const override { return "duckdb"; }
  std::string_view label() const override { return "DuckDB"; }
  bool names(const std::string& source) const override { return db::is_duckdb_source(source); }
  std::string path(const std::string& source) const override { return db::duckdb_path(source); }
  Result<std::unique_ptr<db::Connection>> open(const std::string&, bool) const override { return missing(); }
  Result<EngineParsed> parse(const std::vector<SourceFile>&, const SourceOptions&) const override { return missing(); }
  Result<EngineParsed> inspect(db::Connection&, const std::string&) const override { return missing(); }

 private:
  static Diagnostic missing() {
    return Diagnostic{{}, "this schemac was built without DuckDB", "run scripts/fetch-duckdb and build again", {}};
  }
};

#endif

}  // namespace

const EmbeddedEngine& duckdb_engine() {
  static const DuckdbEngine engine;
  return engine;
}

}  // namespace schemac
