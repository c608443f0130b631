#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/compare_sources.hpp"
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

struct Target {
  std::unique_ptr<db::Connection> connection;
  std::string display;  // free of passwords
};

Result<Target> open_target(const std::string& source) {
  if (db::is_sqlite_source(source)) {
    const std::string path = db::sqlite_path(source);
    auto connection = db::SqliteConnection::open(path, true);
    if (!connection) return connection.errors();
    return Target{std::move(connection).value(), path};
  }
  auto target = db::parse_connection_string(source);
  if (!target) return target.errors();
  auto connection = db::PostgresConnection::open(target.value());
  if (!connection) return connection.errors();
  return Target{std::move(connection).value(), target->display};
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

int run_apply(const ApplyArgs& args) {
  if (db::is_sqlite_source(args.from)) {
    // A new database file starts empty, as a new PostgreSQL database does.
    if (const std::string path = db::sqlite_path(args.from); !std::filesystem::exists(path))
      if (auto created = db::SqliteConnection::open(path, true); !created) return failed(created.errors().front().message);
  } else if (!db::is_postgres_source(args.from)) {
    return failed("apply needs a database (postgres://..., sqlite://... or a .db file), not " + args.from);
  }
  const auto comparison = compare_sources(args);
  if (!comparison) return interrupted() ? kInterrupted : kError;
  const Dialect& dialect = *comparison->dialect;
  const Plan plan = plan_of(*comparison, args);
  std::cout << render_text_plan(plan, stdout_wants_colour());
  if (plan.empty()) return kSuccess;
  if (!args.allow_destructive && plan.destructive_count() > 0) return kRefused;
  const auto statements = plan.statements();
  const std::size_t change_count = plan.changes.size();
  if (args.dry_run) {
    std::cout << "Dry run: nothing was applied.\n";
    return kSuccess;
  }
  if (!args.auto_approve) {
    if (!isatty(STDIN_FILENO)) {
      std::cerr << "error: refusing to apply without confirmation: stdin is not a terminal; pass --auto-approve\n";
      return kRefused;
    }
    if (!confirmed(comparison->from_display, change_count)) {
      std::cerr << "Nothing applied.\n";
      return kRefused;
    }
  }
  return execute(args, dialect, statements);
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
      "Exit codes: 0 applied or nothing to do, 1 error (nothing applied),\n"
      "            3 refused (destructive changes, no confirmation).");
  command->add_option("URL", args->from, "The database to change: postgres://..., sqlite://path or a .db file")->required();
  command->add_option("--to", args->to, "Desired schema: file, folder or database URL")->required();
  add_source_options(*command, args->sources);
  command->add_flag("--allow-destructive", args->allow_destructive, "Allow changes that lose data");
  command->add_flag("--auto-approve", args->auto_approve, "Apply without asking");
  command->add_flag("--dry-run", args->dry_run, "Show the plan and stop");
  command->add_option("--lock-timeout", args->lock_timeout, "PostgreSQL: how long each statement may wait for a lock")->default_val("10s");
  add_plan_options(*command, *args);
  command->callback([args, &exit_code] { exit_code = run_apply(*args); });
}

}  // namespace schemac::cli
