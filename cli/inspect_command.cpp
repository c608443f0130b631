#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/compare_sources.hpp"
#include "codegen/json/schema_json.hpp"
#include "cli/dialects.hpp"
#include "diff/diff.hpp"

namespace schemac::cli {
namespace {

struct InspectArgs {
  std::string source;
  SourceOptions sources;
  std::string format = "sql";
};

int run_inspect(const InspectArgs& args) {
  LoadReport report;
  auto loaded = load_single(args.source, args.sources, report);
  print_report(report);
  if (!loaded) return kError;
  if (args.format == "json") {
    std::cout << schema_to_json(loaded->schema);
    return kSuccess;
  }
  // The schema as the statements that create it from nothing, in dependency order.
  const auto dialect = make_dialect(resolve_dialect({args.source}, args.sources).value());
  auto changes = diff(Schema{}, loaded->schema, options_for(dialect->table_rules()));
  if (!changes) {
    for (const auto& d : changes.errors()) std::cerr << d.render();
    return kError;
  }
  loaded.reset();  // the changes hold what is printed
  write_script(*dialect, std::move(changes).value(), std::cout);
  return kSuccess;
}

}  // namespace

void add_inspect_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<InspectArgs>();
  CLI::App* command = app.add_subcommand("inspect", "Print a schema (database, file or folder) in canonical form");
  command->footer(
      "Examples:\n"
      "  schemac inspect postgres://app@localhost/shop\n"
      "  schemac inspect postgres://app@localhost/shop --schema public,billing --exclude 'tmp_*'\n"
      "  schemac inspect schema/ --format json\n"
      "  schemac inspect sqlite://app.db\n"
      "Exit codes: 0 printed, 1 error.");
  command->add_option("SOURCE", args->source, "Database (postgres://..., sqlite://... or a .db file, duckdb://... or a .duckdb file), .sql file or folder")->required();
  add_source_options(*command, args->sources);
  command->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"sql", "json"}))->default_val("sql");
  command->callback([args, &exit_code] { exit_code = run_inspect(*args); });
}

}  // namespace schemac::cli
