#pragma once
// Turns the FROM and TO arguments into IR (both at once: they are independent).
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <utility>

#include "model/result.hpp"
#include "model/schema.hpp"

namespace schemac::cli {

struct SourceOptions {
  std::string dialect = "postgres";
  bool skip_unsupported = false;
};

// Prints diagnostics (errors and warnings) to stderr. nullopt: an error was printed.
std::optional<std::pair<Schema, Schema>> load_pair(const std::string& from, const std::string& to, const SourceOptions& options);

// Adds --dialect and --skip-unsupported to a subcommand.
void add_source_options(CLI::App& command, SourceOptions& options);

}  // namespace schemac::cli
