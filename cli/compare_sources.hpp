#pragma once
// What `diff` and `plan` share: the FROM and TO arguments, loading both
// (at once: they are independent) and diffing them.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "model/result.hpp"
#include "diff/change.hpp"
#include "model/schema.hpp"

namespace schemac::cli {

struct SourceOptions {
  std::string dialect = "postgres";
  bool skip_unsupported = false;
};

struct CompareArgs {
  std::string from, to;
  SourceOptions sources;
  bool allow_destructive = false;
};

// Adds FROM, TO, --dialect, --skip-unsupported and --allow-destructive.
void add_compare_arguments(CLI::App& command, CompareArgs& args, const std::string& allow_destructive_help);

// The changes from FROM to TO. Diagnostics (errors and warnings) go to
// stderr; nullopt means an error was printed.
std::optional<ChangeSet> compare_sources(const CompareArgs& args);

}  // namespace schemac::cli
