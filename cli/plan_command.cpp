#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/compare_sources.hpp"
#include "codegen/plan/text_plan.hpp"
#include "source/scratch_database.hpp"

namespace schemac::cli {
namespace {

struct PlanArgs : CompareArgs {
  std::string format = "text";
};

int run_plan(const PlanArgs& args) {
  const auto comparison = compare_sources(args);
  if (!comparison) return interrupted() ? kInterrupted : kError;
  const ChangeSet& changes = comparison->changes;
  const Dialect& dialect = *comparison->dialect;
  const PlanHeader header{comparison->from_display, comparison->to_display, stdout_wants_colour(), args.allow_destructive};
  std::cout << render_text_plan(header, changes, dialect);
  if (changes.empty()) return kSuccess;
  if (!args.allow_destructive && changes.destructive_count() > 0) return kRefused;
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
  add_compare_arguments(*command, *args, "Accept changes that lose data (exit 2 instead of 3)");
  command->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text"}))->default_val("text");
  command->callback([args, &exit_code] { exit_code = run_plan(*args); });
}

}  // namespace schemac::cli
