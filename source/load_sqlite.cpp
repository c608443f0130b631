#include "source/load_sqlite.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>

#include "db/sqlite_connection.hpp"
#include "db/sqlite_source.hpp"
#include "inspect/sqlite/inspect_sqlite.hpp"
#include "model/positions.hpp"
#include "parser/sqlite/parse_sqlite.hpp"

namespace schemac::detail {
namespace {

Side parse(const std::string& path, const SourceOptions& options, std::vector<SourceFile>* kept_files) {
  return parse_files_with(
      path, [&](const std::vector<SourceFile>& files) { return sqlite::parse_sqlite(files, sqlite::ParseOptions{options.skip_unsupported}); },
      kept_files);
}

Side inspect(db::Connection& connection, const std::string& display) {
  Side side;
  side.display = display;
  auto parsed = sqlite::inspect_sqlite(connection, display);
  if (!parsed) {
    take(side.report, parsed.errors());
    return side;
  }
  take(side.report, {}, parsed->warnings);
  side.schema = std::move(parsed->schema);
  return side;
}

}  // namespace

Side parse_sqlite_files(const std::string& path, const SourceOptions& options) { return parse(path, options, nullptr); }

Side inspect_sqlite_database(const std::string& source, const SourceOptions& options) {
  const std::string path = db::sqlite_path(source);
  // Opening a missing file would make an empty database and hide a typo.
  if (!std::filesystem::exists(path)) {
    Side side;
    side.display = path;
    take(side.report, {message("no SQLite database at " + path)});
    return side;
  }
  auto connection = db::SqliteConnection::open(path, false);
  if (!connection) {
    Side side;
    side.display = path;
    take(side.report, connection.errors());
    return side;
  }
  Side side = inspect(*connection.value(), path);
  if (side.schema) {
    clear_positions(*side.schema);  // they point into sqlite_schema, not at anything a person wrote
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

// Checked offline first (file:line:col errors), then run by SQLite itself and
// read back, as a database compared with them is.
Side load_sqlite_through_memory(const std::string& path, const SourceOptions& options) {
  std::vector<SourceFile> files;
  Side offline = parse(path, options, &files);
  if (!offline.schema) return offline;
  auto memory = db::SqliteConnection::open(":memory:", true);
  if (!memory) {
    take(offline.report, memory.errors());
    offline.schema.reset();
    return offline;
  }
  for (const SourceFile& file : files) {
    if (auto error = memory.value()->execute(file.text)) {
      Side failed;
      failed.display = path;
      take(failed.report, {message("SQLite refused " + file.path + ": " + *error)});
      return failed;
    }
  }
  Side side = inspect(*memory.value(), path);
  if (!side.schema) return side;
  take(side.report, {}, offline.report.warnings);
  adopt_positions(*side.schema, *offline.schema);
  return side;
}

}  // namespace schemac::detail
