#pragma once
#include <CLI/CLI.hpp>

namespace schemac::cli {

// Exit codes, shared by every command (documented in --help and the README).
enum ExitCode : int {
  kSuccess = 0,     // done; for plan: no changes
  kError = 1,       // bad input, unreadable source, internal problem
  kChanges = 2,     // plan: changes present
  kRefused = 3,     // destructive changes without --allow-destructive; apply declined
  kInterrupted = 130,  // Ctrl-C (after cleaning up scratch databases)
};

// Each registers a subcommand; the callback stores its exit code in `exit_code`.
void add_diff_command(CLI::App& app, int& exit_code);
void add_plan_command(CLI::App& app, int& exit_code);
void add_inspect_command(CLI::App& app, int& exit_code);
void add_apply_command(CLI::App& app, int& exit_code);
void add_migrate_command(CLI::App& app, int& exit_code);
void add_erd_command(CLI::App& app, int& exit_code);
void add_convert_command(CLI::App& app, int& exit_code);
void add_copy_command(CLI::App& app, int& exit_code);
void add_verify_command(CLI::App& app, int& exit_code);

}  // namespace schemac::cli
