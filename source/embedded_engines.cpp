// The embedded engines schemac is built with.
#include "db/sqlite_connection.hpp"
#include "db/sqlite_source.hpp"
#include "inspect/sqlite/inspect_sqlite.hpp"
#include "parser/sqlite/parse_sqlite.hpp"
#include "source/duckdb_engine.hpp"
#include "source/embedded_engine.hpp"
#include "source/load_source.hpp"

namespace schemac {
namespace {

EngineParsed adopt(sqlite::Parsed parsed) { return EngineParsed{std::move(parsed.schema), std::move(parsed.warnings)}; }

class SqliteEngine final : public EmbeddedEngine {
 public:
  std::string_view dialect() const override { return "sqlite"; }
  std::string_view label() const override { return "SQLite"; }
  bool names(const std::string& source) const override { return db::is_sqlite_source(source); }
  std::string path(const std::string& source) const override { return db::sqlite_path(source); }
  Result<std::unique_ptr<db::Connection>> open(const std::string& path, bool create) const override {
    auto connection = db::SqliteConnection::open(path, create);
    if (!connection) return connection.errors();
    return std::unique_ptr<db::Connection>(std::move(connection).value());
  }
  Result<EngineParsed> parse(const std::vector<SourceFile>& files, const SourceOptions& options) const override {
    auto parsed = sqlite::parse_sqlite(files, sqlite::ParseOptions{options.skip_unsupported});
    if (!parsed) return parsed.errors();
    return adopt(std::move(parsed).value());
  }
  Result<EngineParsed> inspect(db::Connection& connection, const std::string& display) const override {
    auto parsed = sqlite::inspect_sqlite(connection, display);
    if (!parsed) return parsed.errors();
    return adopt(std::move(parsed).value());
  }
};

}  // namespace

const EmbeddedEngine* embedded_engine(std::string_view dialect) {
  static const SqliteEngine sqlite;
  if (dialect == "sqlite") return &sqlite;
  if (dialect == "duckdb") return &duckdb_engine();
  return nullptr;
}

const EmbeddedEngine* engine_naming(const std::string& source) {
  for (std::string_view dialect : {"sqlite", "duckdb"})
    if (const EmbeddedEngine* engine = embedded_engine(dialect); engine->names(source)) return engine;
  return nullptr;
}

}  // namespace schemac
