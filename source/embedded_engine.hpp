#pragma once
// Databases that live in a file and run inside schemac (SQLite, DuckDB): how
// a command-line source names one, opening it, and the frontends that read
// its schema files and its catalog. Loaders, the migration commands and the
// CLI ask for the engine of a dialect or of a source instead of testing
// dialect names.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "db/connection.hpp"
#include "model/result.hpp"
#include "model/schema.hpp"
#include "model/source_file.hpp"

namespace schemac {

struct SourceOptions;

struct EngineParsed {
  Schema schema;
  std::vector<Diagnostic> warnings;
};

class EmbeddedEngine {
 public:
  virtual ~EmbeddedEngine() = default;
  virtual std::string_view dialect() const = 0;  // "sqlite"
  virtual std::string_view label() const = 0;    // "SQLite", for messages
  // Whether a command-line source names one of its databases (sqlite://x, x.db).
  virtual bool names(const std::string& source) const = 0;
  virtual std::string path(const std::string& source) const = 0;
  // ":memory:" opens a database of its own; `create` allows a new file.
  virtual Result<std::unique_ptr<db::Connection>> open(const std::string& path, bool create) const = 0;
  // Schema files as one schema (errors at file:line:col).
  virtual Result<EngineParsed> parse(const std::vector<SourceFile>& files, const SourceOptions& options) const = 0;
  // A database's catalog, in the same canonical form as parse gives.
  virtual Result<EngineParsed> inspect(db::Connection& connection, const std::string& display) const = 0;
};

// nullptr: not an embedded dialect (postgres).
const EmbeddedEngine* embedded_engine(std::string_view dialect);
// nullptr: the source names no embedded database.
const EmbeddedEngine* engine_naming(const std::string& source);

}  // namespace schemac
