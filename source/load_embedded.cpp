#include "source/load_embedded.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>

#include "model/positions.hpp"

namespace schemac::detail {
namespace {

Side parse(const EmbeddedEngine& engine, const std::string& path, const SourceOptions& options, std::vector<SourceFile>* kept_files) {
  return parse_files_with(path, [&](const std::vector<SourceFile>& files) { return engine.parse(files, options); }, kept_files);
}

Side inspect(const EmbeddedEngine& engine, db::Connection& connection, const std::string& display) {
  Side side;
  side.display = display;
  auto parsed = engine.inspect(connection, display);
  if (!parsed) {
    take(side.report, parsed.errors());
    return side;
  }
  take(side.report, {}, parsed->warnings);
  side.schema = std::move(parsed->schema);
  return side;
}

}  // namespace

Side parse_embedded_files(const EmbeddedEngine& engine, const std::string& path, const SourceOptions& options) {
  return parse(engine, path, options, nullptr);
}

Side inspect_embedded_database(const EmbeddedEngine& engine, const std::string& source, const SourceOptions& options) {
  const std::string path = engine.path(source);
  // Opening a missing file would make an empty database and hide a typo.
  if (!std::filesystem::exists(path)) {
    Side side;
    side.display = path;
    take(side.report, {message("no " + std::string(engine.label()) + " database at " + path)});
    return side;
  }
  auto connection = engine.open(path, false);
  if (!connection) {
    Side side;
    side.display = path;
    take(side.report, connection.errors());
    return side;
  }
  Side side = inspect(engine, *connection.value(), path);
  if (side.schema) {
    clear_positions(*side.schema);  // they point into the catalog, not at anything a person wrote
    forget_runner_tables(*side.schema);
    // --exclude 'tmp_*': tables left out, with their triggers.
    const auto excluded = [&](const QualifiedName& name) {
      return std::any_of(options.exclude.begin(), options.exclude.end(),
                         [&](const std::string& pattern) { return fnmatch(pattern.c_str(), name.name.c_str(), 0) == 0; });
    };
    std::erase_if(side.schema->tables, [&](const Table& t) { return excluded(t.name); });
    std::erase_if(side.schema->triggers, [&](const Trigger& t) { return excluded(t.table); });
  }
  return side;
}

// Checked by the frontend first (file:line:col errors), then run by the
// engine itself and read back, as a database compared with them is.
Side load_embedded_through_memory(const EmbeddedEngine& engine, const std::string& path, const SourceOptions& options) {
  std::vector<SourceFile> files;
  Side offline = parse(engine, path, options, &files);
  if (!offline.schema) return offline;
  auto memory = engine.open(":memory:", true);
  if (!memory) {
    take(offline.report, memory.errors());
    offline.schema.reset();
    return offline;
  }
  for (const SourceFile& file : files) {
    if (auto error = memory.value()->execute(file.text)) {
      Side failed;
      failed.display = path;
      take(failed.report, {message(std::string(engine.label()) + " refused " + file.path + ": " + *error)});
      return failed;
    }
  }
  Side side = inspect(engine, *memory.value(), path);
  if (!side.schema) return side;
  take(side.report, {}, offline.report.warnings);
  adopt_positions(*side.schema, *offline.schema);
  return side;
}

}  // namespace schemac::detail
