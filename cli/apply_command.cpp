#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "source/embedded_engine.hpp"
#include "cli/compare_sources.hpp"
#include "cli/dialects.hpp"
#include "cli/open_database.hpp"
#include "codegen/plan/fingerprint.hpp"
#include "codegen/plan/plan.hpp"
#include "db/connection_string.hpp"
#include "db/postgres_connection.hpp"
#include "db/sqlite_connection.hpp"
#include "db/sqlite_source.hpp"
#include "migrate/run_statements.hpp"
#include "source/scratch_database.hpp"

namespace schemac::cli {
namespace {

struct ApplyArgs : CompareArgs {
  bool auto_approve = false;
  bool dry_run = false;
  std::string plan_file;  // a saved JSON plan to run instead of planning
};

bool confirmed(const std::string& target, std::size_t count) {
  std::cerr << "Apply " << count << (count == 1 ? " change" : " changes") << " to " << target << "? [y/N] " << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  return answer == "y" || answer == "Y" || answer == "yes";
}

int failed(const std::string& message) {
  std::cerr << "error: " << message << "\n";
  return kError;
}

// Everything in one transaction: on any error the database is left as it was.
int execute(const ApplyArgs& args, const Dialect& dialect, const std::vector<Statement>& statements) {
  auto target = open_target(args.from);
  if (!target) return failed(target.errors().front().message);
  const RunOutcome outcome = run_statements(*target->connection, statements, dialect.transaction_start(args.lock_timeout));
  if (outcome.failure) {
    const RunFailure& failure = *outcome.failure;
    if (failure.statement.starts_with("SET LOCAL lock_timeout") || failure.statement.starts_with("SET lock_timeout"))
      return failed("invalid --lock-timeout: " + failure.message);
    std::cerr << "error: statement failed: " << failure.message << "\n  " << failure.statement << ";\n";
    if (outcome.committed_before > 0)
      std::cerr << outcome.committed_before << " statement(s) that had to run before the transaction stay applied; ";
    std::cerr << (failure.rolled_back ? "nothing else was applied: the transaction was rolled back\n"
                                      : "nothing else was applied\n");
    return kError;
  }
  std::cerr << "Applied " << outcome.executed << (outcome.executed == 1 ? " statement" : " statements") << " to "
            << target->display << ".\n";
  return kSuccess;
}

// Shows the plan, asks (unless told not to), runs it.
int confirm_and_run(const ApplyArgs& args, const Plan& plan, const Dialect& dialect, const std::string& target) {
  std::cout << render_text_plan(plan, stdout_wants_colour());
  if (plan.empty()) return kSuccess;
  if (!args.allow_destructive && !plan.settings.destructive_allowed && plan.destructive_count() > 0) return kRefused;
  if (args.dry_run) {
    std::cout << "Dry run: nothing was applied.\n";
    return kSuccess;
  }
  if (!args.auto_approve) {
    if (!isatty(STDIN_FILENO)) {
      std::cerr << "error: refusing to apply without confirmation: stdin is not a terminal; pass --auto-approve\n";
      return kRefused;
    }
    if (!confirmed(target, plan.changes.size())) {
      std::cerr << "Nothing applied.\n";
      return kRefused;
    }
  }
  return execute(args, dialect, plan.statements());
}

// A plan reviewed and saved earlier (plan --format json -o): run exactly its
// statements, and only on a database that still has the schema it was made
// against.
int run_saved_plan(const ApplyArgs& args) {
  std::ifstream in(args.plan_file, std::ios::binary);
  if (!in) return failed("cannot read " + args.plan_file);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  auto saved = read_json_plan(text);
  if (!saved) return failed(args.plan_file + ": " + saved.errors().front().message);
  Plan plan = std::move(saved).value();
  auto database_dialect = resolve_dialect({args.from}, args.sources);
  if (!database_dialect) return failed(database_dialect.errors().front().message);
  if (database_dialect.value() != plan.dialect)
    return failed("the plan is for " + plan.dialect + ", the database is " + database_dialect.value());
  const auto dialect = make_dialect(plan.dialect);
  if (plan.settings.from_fingerprint.empty()) {
    std::cerr << "error: " << args.plan_file << " was made from files, not from a database: there is nothing to check "
              << args.from << " against; make it with schemac plan DATABASE SCHEMA --format json -o FILE\n";
    return kRefused;
  }
  LoadReport report;
  auto current = load_single(args.from, args.sources, report);
  print_report(report);
  if (!current) return kError;
  const std::string now = schema_fingerprint(current->schema, *dialect);
  if (now != plan.settings.from_fingerprint) {
    std::cerr << "error: " << current->display << " has changed since the plan was made (fingerprint " << now << ", the plan's "
              << plan.settings.from_fingerprint << "): plan again\n";
    return kRefused;
  }
  std::cerr << "The database matches the plan's fingerprint " << now << ".\n";
  return confirm_and_run(args, plan, *dialect, current->display);
}

int run_apply(const ApplyArgs& args) {
  if (!args.plan_file.empty()) {
    if (!args.to.empty()) return failed("give --to or --plan, not both");
    return run_saved_plan(args);
  }
  if (args.to.empty()) return failed("--to (the desired schema) or --plan (a saved plan) is required");
  if (const EmbeddedEngine* engine = engine_naming(args.from)) {
    // A new database file starts empty, as a new PostgreSQL database does.
    if (const std::string path = engine->path(args.from); !std::filesystem::exists(path))
      if (auto created = engine->open(path, true); !created) return failed(created.errors().front().message);
  } else if (!db::is_postgres_source(args.from)) {
    return failed("apply needs a database (postgres://..., sqlite://... or a .db file, duckdb://... or a .duckdb file), not " + args.from);
  }
  const auto comparison = compare_sources(args);
  if (!comparison) return interrupted() ? kInterrupted : kError;
  return confirm_and_run(args, plan_of(*comparison, args), *comparison->dialect, comparison->from_display);
}

}  // namespace

void add_apply_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ApplyArgs>();
  CLI::App* command = app.add_subcommand("apply", "Change a database to match a desired schema");
  command->footer(
      "Shows the plan, asks for confirmation, then runs it in one transaction:\n"
      "on any error nothing is changed.\n"
      "Examples:\n"
      "  schemac apply postgres://app@localhost/shop --to schema/\n"
      "  schemac apply postgres://app@localhost/shop --to schema/ --dry-run\n"
      "  schemac apply \"$DATABASE_URL\" --to schema/ --auto-approve --lock-timeout 5s\n"
      "  schemac apply sqlite://app.db --to schema.sql        # a missing file is created\n"
      "  schemac apply \"$DATABASE_URL\" --plan plan.json       # a plan reviewed and saved earlier\n"
      "A saved plan (schemac plan DATABASE SCHEMA --format json -o plan.json) runs exactly as\n"
      "reviewed, and only while the database still has the schema it was made against.\n"
      "Exit codes: 0 applied or nothing to do, 1 error (nothing applied),\n"
      "            3 refused (destructive changes, no confirmation, the database changed\n"
      "            since a saved plan was made).");
  command->add_option("URL", args->from, "The database to change: postgres://..., sqlite://path or a .db file, duckdb://path or a .duckdb file")->required();
  command->add_option("--to", args->to, "Desired schema: file, folder or database URL");
  command->add_option("--plan", args->plan_file, "Run a saved JSON plan instead of planning (see schemac plan -o)");
  add_source_options(*command, args->sources);
  command->add_flag("--allow-destructive", args->allow_destructive, "Allow changes that lose data");
  command->add_flag("--auto-approve", args->auto_approve, "Apply without asking");
  command->add_flag("--dry-run", args->dry_run, "Show the plan and stop");
  command->add_option("--lock-timeout", args->lock_timeout, "PostgreSQL: how long each statement may wait for a lock")->default_val("10s");
  add_plan_options(*command, *args);
  command->callback([args, &exit_code] { exit_code = run_apply(*args); });
}

}  // namespace schemac::cli
