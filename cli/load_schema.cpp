#include "cli/load_schema.hpp"

#include <future>
#include <iostream>

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

void add_source_options(CLI::App& command, SourceOptions& options) {
  command.add_option("--dialect", options.dialect, "SQL dialect of schema files")
      ->check(CLI::IsMember({"postgres", "postgresql"}))
      ->default_val("postgres");
  command.add_flag("--skip-unsupported", options.skip_unsupported,
                   "Skip statement kinds schemac does not model yet, with a warning, instead of failing");
}

std::optional<std::pair<Schema, Schema>> load_pair(const std::string& from, const std::string& to, const SourceOptions& options) {
  auto from_future = std::async(std::launch::async, [&] { return load_one(from, options); });
  Loaded to_loaded = load_one(to, options);
  Loaded from_loaded = from_future.get();
  print(from_loaded.warnings, "warning");
  print(to_loaded.warnings, "warning");
  print(from_loaded.errors, "error");
  print(to_loaded.errors, "error");
  if (!from_loaded.schema || !to_loaded.schema) return std::nullopt;
  return std::pair{std::move(*from_loaded.schema), std::move(*to_loaded.schema)};
}

}  // namespace schemac::cli
