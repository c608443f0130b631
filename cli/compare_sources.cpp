#include "cli/compare_sources.hpp"
#include "source/embedded_engine.hpp"

#include <unistd.h>

#include <cstdlib>
#include <tuple>
#include <iostream>

#include "cli/dialects.hpp"
#include "codegen/plan/fingerprint.hpp"
#include "db/connection_string.hpp"
#include "db/sqlite_source.hpp"
#include "diff/diff.hpp"

namespace schemac::cli {
namespace {

// A large file with many unsupported statements would bury the terminal:
// the first few are shown in full, the rest counted.
void print(const std::vector<Diagnostic>& diagnostics, std::string_view severity) {
  constexpr std::size_t kShown = 20;
  for (std::size_t i = 0; i < diagnostics.size() && i < kShown; ++i) {
    std::string text = diagnostics[i].render();
    if (severity != "error") {
      const auto at = text.find("error: ");
      if (at != std::string::npos) text.replace(at, 6, std::string(severity) + ":");
    }
    std::cerr << text;
  }
  if (diagnostics.size() > kShown) std::cerr << "... and " << diagnostics.size() - kShown << " more " << severity << "s\n";
}

}  // namespace

bool stdout_wants_colour() { return std::getenv("NO_COLOR") == nullptr && isatty(STDOUT_FILENO); }

void print_report(const LoadReport& report) {
  print(report.warnings, "warning");
  print(report.errors, "error");
}

void add_source_options(CLI::App& command, SourceOptions& options) {
  command.add_option("--dialect", options.dialect,
                     "SQL dialect of schema files: postgres, sqlite or duckdb (default: that of the database given, else postgres)")
      ->check(CLI::IsMember({"postgres", "postgresql", "sqlite", "duckdb"}));
  command.add_flag("--skip-unsupported", options.skip_unsupported,
                   "Skip statement kinds schemac does not model yet, with a warning, instead of failing");
  command.add_flag("--privileges", options.privileges,
                   "Compare privileges too (GRANT / REVOKE on tables, sequences, schemas, routines, types); "
                   "otherwise they are ignored");
  command.add_flag("--owners", options.owners,
                   "Compare owners too (ALTER ... OWNER TO on tables, views, sequences, schemas, routines, types; "
                   "no OWNER TO means the role that runs the migration); otherwise they are ignored");
  command.add_option("--schema", options.schemas, "Databases: only these schemas (comma-separated)")->delimiter(',');
  command.add_option("--exclude", options.exclude, "Databases: leave out tables matching these patterns (e.g. 'tmp_*')")
      ->delimiter(',');
  command.add_option("--dev-url", options.dev_url,
                     "Scratch server to load schema files into (default: the server of the compared database)");
  command.add_option("--search-path", options.search_path,
                     "PostgreSQL files: the search_path of the role migrations run as (comma-separated, default public): "
                     "unqualified names go to its first schema, and its schemas are presumed to exist")
      ->delimiter(',');
  command.add_option("--pg-version", options.pg_version,
                     "PostgreSQL files compared offline: the major the migration is for (14 to 18); features it lacks "
                     "are errors. Default: read with 15's rules, newer majors' features accepted; "
                     "against a database, its server's version is used")
      ->check(CLI::Range(14, 18));
}

void add_compare_arguments(CLI::App& command, CompareArgs& args, const std::string& allow_destructive_help) {
  command.add_option("FROM", args.from, "Current schema: file, folder or database URL")->required();
  command.add_option("TO", args.to, "Desired schema: file, folder or database URL")->required();
  add_source_options(command, args.sources);
  command.add_flag("--allow-destructive", args.allow_destructive, allow_destructive_help);
  add_plan_options(command, args);
  command.add_option("--lock-timeout", args.lock_timeout, "PostgreSQL: SET lock_timeout first (e.g. 5s): how long a statement may wait for a lock");
}

void add_plan_options(CLI::App& command, CompareArgs& args) {
  command.add_flag("--additive-only", args.additive_only,
                   "Never drop or narrow anything: such changes are left out and listed in the plan");
  command.add_option("--rename", args.renames,
                     "A rename, not a drop and an add: table:SCHEMA.OLD=SCHEMA.NEW or column:SCHEMA.TABLE.OLD=NEW (repeatable)");
  command.add_flag("--concurrent-indexes", args.concurrent_indexes,
                   "PostgreSQL: build indexes on existing tables with CREATE INDEX CONCURRENTLY, after the transaction");
  command.add_flag("--online-constraints", args.online_constraints,
                   "PostgreSQL: add foreign keys and checks to existing tables NOT VALID and validate them after the "
                   "transaction; SET NOT NULL through a validated check");
  command.add_option("--statement-timeout", args.statement_timeout, "PostgreSQL: SET statement_timeout first (e.g. 5min)");
}

bool parse_renames(const std::vector<std::string>& texts, const Dialect& dialect, std::vector<Rename>& renames) {
  for (const std::string& text : texts) {
    auto rename = parse_rename(text, std::string(dialect.default_schema()));
    if (!rename) {
      print(rename.errors(), "error");
      return false;
    }
    renames.push_back(std::move(rename).value());
  }
  return true;
}

Plan plan_of(const Comparison& comparison, const CompareArgs& args) {
  PlanSettings settings;
  settings.from = comparison.from_display;
  settings.to = comparison.to_display;
  settings.destructive_allowed = args.allow_destructive;
  settings.additive_only = args.additive_only;
  settings.concurrent_indexes = args.concurrent_indexes;
  settings.online_constraints = args.online_constraints;
  settings.lock_timeout = args.lock_timeout;
  settings.statement_timeout = args.statement_timeout;
  settings.from_fingerprint = comparison.from_fingerprint;
  return make_plan(comparison.changes, *comparison.dialect, std::move(settings));
}

std::optional<Comparison> compare_sources(const CompareArgs& args) {
  LoadReport report;
  auto loaded = load_comparison(args.from, args.to, args.sources, report);
  print_report(report);
  if (!loaded) return std::nullopt;
  auto dialect = make_dialect(resolve_dialect({args.from, args.to}, args.sources).value());
  const Capabilities can = dialect->capabilities();
  for (const auto& [asked, possible, flag] : {std::tuple{args.concurrent_indexes, can.concurrent_index_build, "--concurrent-indexes"},
                                              std::tuple{args.online_constraints, can.validate_separately, "--online-constraints"}})
    if (asked && !possible) {
      std::cerr << "error: " << flag << " is for PostgreSQL; " << dialect->name() << " has nothing like it\n";
      return std::nullopt;
    }
  DiffOptions options = options_for(dialect->table_rules());
  options.additive_only = args.additive_only;
  options.concurrent_indexes = args.concurrent_indexes;
  options.online_constraints = args.online_constraints;
  if (!parse_renames(args.renames, *dialect, options.renames)) return std::nullopt;
  auto changes = diff(loaded->first.schema, loaded->second.schema, options);
  if (!changes) {
    print(changes.errors(), "error");
    return std::nullopt;
  }
  Comparison comparison{std::move(changes).value(), loaded->first.display, loaded->second.display, std::move(dialect), {}};
  // A plan made from files has nothing a database could be checked against.
  if (args.fingerprint && (db::is_postgres_source(args.from) || engine_naming(args.from)))
    comparison.from_fingerprint = schema_fingerprint(loaded->first.schema, *comparison.dialect);
  // Freeing two large IRs costs a noticeable share of the run just before the
  // process ends anyway: they are left to the operating system (as clang does
  // with -disable-free).
  [[maybe_unused]] auto* kept_until_exit = new std::pair(std::move(loaded->first.schema), std::move(loaded->second.schema));
  return comparison;
}

}  // namespace schemac::cli
