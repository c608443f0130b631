#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/load_schema.hpp"
#include "codegen/plan/text_plan.hpp"
#include "codegen/postgres/postgres_dialect.hpp"
#include "diff/diff.hpp"

namespace schemac::cli {
namespace {

struct PlanArgs {
  std::string from, to;
  SourceOptions sources;
  std::string format = "text";
  bool allow_destructive = false;
};

bool use_colour() { return std::getenv("NO_COLOR") == nullptr && isatty(STDOUT_FILENO); }

int run_plan(const PlanArgs& args) {
  auto schemas = load_pair(args.from, args.to, args.sources);
  if (!schemas) return kError;
  auto changes = diff(schemas->first, schemas->second);
  if (!changes) {
    for (const auto& d : changes.errors()) std::cerr << d.render();
    return kError;
  }
  const PostgresDialect dialect;
  const PlanHeader header{args.from, args.to, use_colour(), args.allow_destructive};
  std::cout << render_text_plan(header, changes.value(), dialect);
  if (changes->empty()) return kSuccess;
  if (!args.allow_destructive && changes->destructive_count() > 0) return kRefused;
  return kChanges;
}

}  // namespace

void add_plan_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<PlanArgs>();
  CLI::App* command = app.add_subcommand("plan", "Show a reviewable plan of the changes from FROM to TO");
  command->footer(
      "Examples:\n"
      "  schemac plan schema/v1.sql schema/v2.sql\n"
      "  NO_COLOR=1 schemac plan migrations/ schema/\n"
      "Exit codes: 0 no changes, 1 error, 2 changes present,\n"
      "            3 destructive changes present without --allow-destructive.");
  command->add_option("FROM", args->from, "Current schema: file or folder")->required();
  command->add_option("TO", args->to, "Desired schema: file or folder")->required();
  add_source_options(*command, args->sources);
  command->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text"}))->default_val("text");
  command->add_flag("--allow-destructive", args->allow_destructive, "Accept changes that lose data (exit 2 instead of 3)");
  command->callback([args, &exit_code] { exit_code = run_plan(*args); });
}

}  // namespace schemac::cli
