#pragma once
// One side of a comparison while it loads: the schema, or what went wrong.
// Shared by the loaders of each dialect.
#include <optional>
#include <string>
#include <vector>

#include "model/view_cycles.hpp"
#include "source/load_files.hpp"
#include "source/load_source.hpp"

namespace schemac::detail {

struct Side {
  std::optional<Schema> schema;
  std::string display;
  LoadReport report;
};

inline void take(LoadReport& into, const std::vector<Diagnostic>& errors, const std::vector<Diagnostic>& warnings = {}) {
  into.errors.insert(into.errors.end(), errors.begin(), errors.end());
  into.warnings.insert(into.warnings.end(), warnings.begin(), warnings.end());
}

inline Diagnostic message(std::string text) { return Diagnostic{{}, std::move(text), {}, {}}; }

// The migration runner's own tables (schemac_migrations, schemac_schema_version)
// are not part of the schema a database is compared as.
inline void forget_runner_tables(Schema& schema) {
  std::erase_if(schema.tables, [](const Table& t) { return t.name.name == "schemac_migrations" || t.name.name == "schemac_schema_version"; });
}

// Schema files at `path` (a file or a folder) through a frontend:
// `parse(files)` returns a Result of something with `schema` and `warnings`.
// The files are handed back through `kept_files` when asked for.
template <class Parse>
Side parse_files_with(const std::string& path, Parse&& parse, std::vector<SourceFile>* kept_files = nullptr) {
  Side side;
  side.display = path;
  auto files = load_sql_files(path);
  if (!files) {
    take(side.report, files.errors());
    return side;
  }
  auto parsed = parse(files.value());
  if (!parsed) {
    take(side.report, parsed.errors());
    if (kept_files) *kept_files = std::move(files).value();  // a newer server may still read them
    return side;
  }
  take(side.report, {}, parsed->warnings);
  if (auto cycle = find_view_cycle(parsed->schema)) {
    take(side.report, {*cycle});
    return side;
  }
  side.schema = std::move(parsed->schema);
  if (kept_files) *kept_files = std::move(files).value();
  return side;
}

}  // namespace schemac::detail
