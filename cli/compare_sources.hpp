#pragma once
// What `diff`, `plan` and `apply` share: the source arguments, loading both
// sides (at once: they are independent) and diffing them.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

#include "codegen/dialect.hpp"
#include "codegen/plan/plan.hpp"
#include "diff/change.hpp"
#include "diff/rename.hpp"
#include "source/load_source.hpp"

namespace schemac::cli {

struct CompareArgs {
  std::string from, to;
  SourceOptions sources;
  bool allow_destructive = false;
  // How the plan is made (diff, plan and apply alike).
  bool additive_only = false;
  std::vector<std::string> renames;  // --rename table:app.users=app.accounts, column:app.users.mail=email
  bool concurrent_indexes = false;
  bool online_constraints = false;
  std::string lock_timeout, statement_timeout;  // empty: not set
  bool fingerprint = false;  // record the current side's fingerprint (when it is a database)
};

struct Comparison {
  ChangeSet changes;
  std::string from_display, to_display;  // free of passwords
  std::unique_ptr<Dialect> dialect;      // what the changes are written in
  std::string from_fingerprint;          // when asked for and the current side is a database
};

// --dialect, --skip-unsupported, --schema, --exclude, --dev-url.
void add_source_options(CLI::App& command, SourceOptions& options);
// FROM, TO, the source options, --allow-destructive and the plan options.
void add_compare_arguments(CLI::App& command, CompareArgs& args, const std::string& allow_destructive_help);
// --additive-only, --rename, --concurrent-indexes, --online-constraints,
// --lock-timeout, --statement-timeout.
void add_plan_options(CLI::App& command, CompareArgs& args);

// --rename texts as renames in `dialect`'s terms; false (the errors printed) when one is malformed.
bool parse_renames(const std::vector<std::string>& texts, const Dialect& dialect, std::vector<Rename>& renames);

// The plan of a comparison, with the settings the arguments ask for.
Plan plan_of(const Comparison& comparison, const CompareArgs& args);

// Diagnostics go to stderr; nullopt means an error was printed.
std::optional<Comparison> compare_sources(const CompareArgs& args);
void print_report(const LoadReport& report);

// Colour on a terminal unless NO_COLOR is set.
bool stdout_wants_colour();

}  // namespace schemac::cli
