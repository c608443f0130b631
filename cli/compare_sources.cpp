#include "cli/compare_sources.hpp"

#include <future>
#include <iostream>

#include "diff/diff.hpp"
#include "parser/postgres/parse_postgres.hpp"
#include "source/load_files.hpp"

namespace schemac::cli {
namespace {

struct Loaded {
  std::optional<Schema> schema;
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;
};

Loaded load_one(const std::string& path, const SourceOptions& options) {
  Loaded out;
  auto files = load_sql_files(path);
  if (!files) {
    out.errors = files.errors();
    return out;
  }
  auto parsed = pg::parse_postgres(files.value(), pg::ParseOptions{options.skip_unsupported});
  if (!parsed) {
    out.errors = parsed.errors();
    return out;
  }
  out.warnings = std::move(parsed->warnings);
  out.schema = std::move(parsed->schema);
  return out;
}

// A large file with many unsupported statements would bury the terminal:
// the first few are shown in full, the rest counted.
void print(const std::vector<Diagnostic>& diagnostics, std::string_view severity) {
  constexpr std::size_t kShown = 20;
  for (std::size_t i = 0; i < diagnostics.size() && i < kShown; ++i) {
    std::string text = diagnostics[i].render();
    if (severity != "error") {
      const auto at = text.find("error: ");
      if (at != std::string::npos) text.replace(at, 6, std::string(severity) + ":");
    }
    std::cerr << text;
  }
  if (diagnostics.size() > kShown)
    std::cerr << "... and " << diagnostics.size() - kShown << " more " << severity << "s\n";
}

}  // namespace

void add_compare_arguments(CLI::App& command, CompareArgs& args, const std::string& allow_destructive_help) {
  command.add_option("FROM", args.from, "Current schema: file or folder")->required();
  command.add_option("TO", args.to, "Desired schema: file or folder")->required();
  command.add_option("--dialect", args.sources.dialect, "SQL dialect of schema files")
      ->check(CLI::IsMember({"postgres", "postgresql"}))
      ->default_val("postgres");
  command.add_flag("--skip-unsupported", args.sources.skip_unsupported,
                   "Skip statement kinds schemac does not model yet, with a warning, instead of failing");
  command.add_flag("--allow-destructive", args.allow_destructive, allow_destructive_help);
}

std::optional<ChangeSet> compare_sources(const CompareArgs& args) {
  auto from_future = std::async(std::launch::async, [&] { return load_one(args.from, args.sources); });
  Loaded to_loaded = load_one(args.to, args.sources);
  Loaded from_loaded = from_future.get();
  print(from_loaded.warnings, "warning");
  print(to_loaded.warnings, "warning");
  print(from_loaded.errors, "error");
  print(to_loaded.errors, "error");
  if (!from_loaded.schema || !to_loaded.schema) return std::nullopt;
  auto changes = diff(*from_loaded.schema, *to_loaded.schema);
  if (!changes) {
    print(changes.errors(), "error");
    return std::nullopt;
  }
  return std::move(changes).value();
}

}  // namespace schemac::cli
