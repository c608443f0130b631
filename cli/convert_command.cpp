// schemac convert: an SQLite schema (file or database) as a PostgreSQL one.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/compare_sources.hpp"
#include "codegen/postgres/postgres_dialect.hpp"
#include "convert/infer_types.hpp"
#include "convert/sqlite_to_postgres.hpp"
#include "convert/type_map.hpp"
#include "db/sqlite_connection.hpp"
#include "db/sqlite_source.hpp"
#include "diff/diff.hpp"

namespace schemac::cli {
namespace {

struct ConvertArgs {
  std::string source, from_dialect = "sqlite", to_dialect = "postgres", fts = "tsvector", output, config = "english", type_map;
  bool no_infer = false;
  SourceOptions sources;
};

// Types from the values of a live database (unless --no-infer), then --type-map over them.
std::optional<ColumnTypes> choose_types(const ConvertArgs& args, const Schema& sqlite, std::vector<std::string>& notes) {
  ColumnTypes types;
  if (db::is_sqlite_source(args.source) && !args.no_infer) {
    auto connection = db::SqliteConnection::open(db::sqlite_path(args.source), false);
    if (!connection) return std::cerr << connection.errors().front().render(), std::nullopt;
    connection.value()->execute("PRAGMA query_only = ON");
    auto inferred = infer_column_types(*connection.value(), sqlite);
    if (!inferred) return std::cerr << inferred.errors().front().render(), std::nullopt;
    types = std::move(inferred->types);
    notes = std::move(inferred->notes);
  }
  if (!args.type_map.empty()) {
    auto mapped = read_type_map(args.type_map, sqlite);
    if (!mapped) {
      for (const Diagnostic& d : mapped.errors()) std::cerr << d.render();
      return std::nullopt;
    }
    for (auto& [column, choice] : mapped.value()) types[column] = std::move(choice);
  }
  return types;
}

int run_convert(ConvertArgs args) {
  args.sources.dialect = "sqlite";
  LoadReport report;
  auto loaded = load_single(args.source, args.sources, report);
  print_report(report);
  if (!loaded) return kError;
  ConvertOptions options;
  options.fts = args.fts == "trigram" ? ConvertOptions::Fts::Trigram : args.fts == "both" ? ConvertOptions::Fts::Both : ConvertOptions::Fts::Tsvector;
  options.text_search_config = args.config;
  std::vector<std::string> declined;
  auto types = choose_types(args, loaded->schema, declined);
  if (!types) return kError;
  options.column_types = std::move(types).value();
  Converted converted = sqlite_to_postgres(loaded->schema, options);
  auto changes = diff(Schema{}, converted.schema);
  if (!changes) {
    for (const Diagnostic& d : changes.errors()) std::cerr << d.render();
    return kError;
  }
  std::ostringstream text;
  text << "-- " << loaded->display << " converted from SQLite to PostgreSQL by schemac. Review these:\n";
  converted.notes.insert(converted.notes.end(), declined.begin(), declined.end());
  for (const std::string& line : converted.notes) text << "--   " << line << "\n";
  write_script(PostgresDialect{}, std::move(changes).value(), text);
  if (args.output.empty()) {
    std::cout << text.str();
    return kSuccess;
  }
  std::ofstream out(args.output, std::ios::binary);
  if (!(out << text.str())) {
    std::cerr << "error: cannot write " << args.output << "\n";
    return kError;
  }
  std::cerr << "wrote " << args.output << " (" << converted.schema.tables.size() << " tables, " << converted.notes.size() << " notes)\n";
  return kSuccess;
}

}  // namespace

void add_convert_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ConvertArgs>();
  CLI::App* command = app.add_subcommand("convert", "Convert an SQLite schema (file or database) to PostgreSQL");
  command->footer(
      "Types are mapped from their declared names (INTEGER PRIMARY KEY becomes an identity column),\n"
      "SQLite-only defaults are translated, FTS5 tables become a generated tsvector column with a GIN\n"
      "index on their content table. Given a database, every value is read to choose better types:\n"
      "TEXT holding only UUIDs -> uuid, *_at columns holding only ISO-8601 or epoch values ->\n"
      "timestamptz, INTEGER holding only 0/1 -> boolean. Every decision worth reviewing, with its\n"
      "evidence, is listed at the top of the output.\n"
      "Examples:\n"
      "  schemac convert sqlite://search.db --to-dialect postgres -o schema.pg.sql\n"
      "  schemac convert schema.sqlite.sql --to-dialect postgres --fts both\n"
      "Exit codes: 0 written, 1 error.");
  command->add_option("SOURCE", args->source, "SQLite schema: sqlite://path, a .db file, or .sql files")->required();
  // Every command reading files takes --dialect; convert's source is SQLite
  // by definition, so that is the one value it can take.
  command->add_option("--dialect", args->from_dialect, "Dialect of SOURCE: sqlite, the only one convert reads (the default)")
      ->check(CLI::Validator(
          [](std::string& value) {
            return value == "sqlite" ? std::string{}
                                     : "convert reads SQLite schemas only (got --dialect " + value +
                                           "); to move a PostgreSQL schema to another server, use diff or plan against it";
          },
          "sqlite"));
  command->add_option("--to-dialect", args->to_dialect, "The dialect to convert to")->check(CLI::IsMember({"postgres"}))->default_val("postgres");
  command->add_option("--fts", args->fts, "FTS5 as: tsvector (default), trigram (pg_trgm GIN indexes too), both")
      ->check(CLI::IsMember({"tsvector", "trigram", "both"}))
      ->default_val("tsvector");
  command->add_option("--text-search-config", args->config, "PostgreSQL text search configuration for FTS5 tables")->default_val("english");
  command->add_option("-o,--output", args->output, "Write to this file instead of stdout");
  command->add_option("--type-map", args->type_map, "TOML file of column types: [table] then column = \"type\"; wins over everything");
  command->add_flag("--no-infer", args->no_infer, "Do not look at a database's values to choose types");
  command->add_flag("--skip-unsupported", args->sources.skip_unsupported, "Skip statement kinds schemac does not model yet");
  command->callback([args, &exit_code] { exit_code = run_convert(*args); });
}

}  // namespace schemac::cli
