#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/compare_sources.hpp"
#include "source/scratch_database.hpp"

namespace schemac::cli {
namespace {

int run_diff(const CompareArgs& args) {
  const auto comparison = compare_sources(args);
  if (!comparison) return interrupted() ? kInterrupted : kError;
  const ChangeSet* changes = &comparison->changes;
  if (!args.allow_destructive && changes->destructive_count() > 0) {
    std::cerr << "error: refusing to emit " << changes->destructive_count()
              << " destructive change(s); pass --allow-destructive to emit them:\n";
    for (const Change& change : changes->changes)
      for (const Hazard& hazard : change.hazards)
        if (hazard.kind == HazardKind::DataLoss) std::cerr << "  - " << summarize(change) << ": " << hazard.reason << "\n";
    return kRefused;
  }
  std::cout << to_script(plan_of(*comparison, args).statements());
  return kSuccess;
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<CompareArgs>();
  CLI::App* command = app.add_subcommand("diff", "Print the SQL that turns FROM into TO");
  command->footer(
      "FROM and TO are .sql files, folders of .sql files (read in name order as one schema),\n"
      "or databases: postgres://user@host/db or 'host=... dbname=...' (PG* variables apply),\n"
      "sqlite://path or a file ending .db, .sqlite or .sqlite3.\n"
      "When a database is compared with files, the files are loaded into a scratch database\n"
      "(PostgreSQL: on the same server or --dev-url; SQLite: in memory) so both sides come\n"
      "from the same inspector.\n"
      "Examples:\n"
      "  schemac diff schema/v1.sql schema/v2.sql            # up migration\n"
      "  schemac diff schema/v2.sql schema/v1.sql            # down migration\n"
      "  schemac diff old/ new/ --allow-destructive          # include drops\n"
      "  schemac diff postgres://app@db/prod schema/         # what to run on prod\n"
      "  schemac diff v1.sql v2.sql --dialect sqlite          # SQLite (ALTER or rebuild)\n"
      "  schemac diff sqlite://app.db schema.sql             # what to run on app.db\n"
      "Exit codes: 0 SQL printed (possibly empty), 1 error, 3 destructive changes refused.");
  add_compare_arguments(*command, *args, "Emit changes that lose data (drops, narrowing types)");
  command->callback([args, &exit_code] { exit_code = run_diff(*args); });
}

}  // namespace schemac::cli
