#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/compare_sources.hpp"
#include "codegen/plan/plan.hpp"
#include "source/scratch_database.hpp"

namespace schemac::cli {
namespace {

struct PlanArgs : CompareArgs {
  std::string format = "text";
  std::string output;  // empty: stdout
};

int run_plan(PlanArgs args) {
  args.fingerprint = args.format == "json";  // a saved plan is checked against it by apply --plan
  const auto comparison = compare_sources(args);
  if (!comparison) return interrupted() ? kInterrupted : kError;
  const Plan plan = plan_of(*comparison, args);
  const bool to_file = !args.output.empty();
  const std::string text = args.format == "json"       ? render_json_plan(plan)
                           : args.format == "markdown" ? render_markdown_plan(plan)
                                                       : render_text_plan(plan, !to_file && stdout_wants_colour());
  if (to_file) {
    std::ofstream out(args.output, std::ios::binary);
    if (!(out << text)) {
      std::cerr << "error: cannot write " << args.output << "\n";
      return kError;
    }
  } else {
    std::cout << text;
  }
  if (plan.empty()) return kSuccess;
  if (!args.allow_destructive && plan.destructive_count() > 0) return kRefused;
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
      "  schemac plan postgres://app@db/shop schema/ --format markdown > plan.md   # a pull-request comment\n"
      "  schemac plan postgres://app@db/shop schema/ --format json -o plan.json    # reviewed, then: apply --plan\n"
      "  schemac plan old.sql new.sql --rename column:public.users.mail=email\n"
      "Exit codes: 0 no changes, 1 error, 2 changes present,\n"
      "            3 destructive changes present without --allow-destructive.");
  add_compare_arguments(*command, *args, "Accept changes that lose data (exit 2 instead of 3)");
  command->add_option("--format", args->format, "Output format: text (colour on a terminal unless NO_COLOR), json, markdown")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->default_val("text");
  command->add_option("-o,--output", args->output, "Write the plan to this file instead of stdout");
  command->callback([args, &exit_code] { exit_code = run_plan(*args); });
}

}  // namespace schemac::cli
