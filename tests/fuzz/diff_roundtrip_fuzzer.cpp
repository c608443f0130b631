// diff(parse(current), parse(desired)) -> PostgreSQL SQL -> parse again.
// Input: current's SQL, a line "-- desired", desired's SQL (a golden case's
// first two sections). When both sides parse, the up migration schemac writes
// must parse after current and leave nothing to do against desired; the down
// migration likewise back to current.
#include <cctype>
#include <set>

#include "codegen/postgres/postgres_dialect.hpp"
#include "diff/diff.hpp"
#include "model/source_file.hpp"
#include "parser/postgres/parse_postgres.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

using namespace schemac;

const pg::ParseOptions kOptions{.skip_unsupported = false, .privileges = true, .owners = true};

// A blank side is an empty schema, read as the empty file it is.
std::vector<SourceFile> files(const SourceFile& file) { return {file}; }

// Offline, schemac cannot tell whether a name a view or an expression uses
// exists: it may be built in (lower, pg_class). A view, check or default that
// names a function, table or view only the other side defines is one
// PostgreSQL would refuse; such inputs say nothing about the migration, and
// are skipped.
std::set<std::string> defined_names(const Schema& schema) {
  std::set<std::string> names;
  for (const Function& function : schema.functions) names.insert(function.name.name);
  for (const Table& table : schema.tables) names.insert(table.name.name);
  for (const View& view : schema.views) names.insert(view.name.name);
  return names;
}

std::vector<std::string_view> texts_naming_objects(const Schema& schema) {
  std::vector<std::string_view> texts;
  for (const View& view : schema.views) texts.push_back(view.query);
  for (const Domain& domain : schema.domains) {
    for (const CheckConstraint& check : domain.checks) texts.push_back(check.expr.text);
    if (domain.default_value) texts.push_back(domain.default_value->text);
  }
  for (const Table& table : schema.tables) {
    for (const CheckConstraint& check : table.checks) texts.push_back(check.expr.text);
    for (const Column& column : table.columns) {
      if (column.default_value) texts.push_back(column.default_value->text);
      if (column.generated) texts.push_back(column.generated->text);
    }
  }
  return texts;
}

bool names_the_other_side(const Schema& schema, const std::set<std::string>& own, const std::set<std::string>& other) {
  const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (std::string_view text : texts_naming_objects(schema))
    for (const std::string& name : other) {
      if (own.contains(name)) continue;
      for (auto at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        const bool starts = at == 0 || !word(text[at - 1]);
        const bool ends = at + name.size() >= text.size() || !word(text[at + name.size()]);
        if (starts && ends) return true;
      }
    }
  return false;
}

std::string rendered(const std::vector<Diagnostic>& errors) {
  std::string out;
  for (const Diagnostic& error : errors) out += error.render();
  return out;
}

// `from` + the migration to `to`, parsed as one schema, must diff empty against `to`.
void check_converges(const SourceFile& from_file, const Schema& from, const Schema& to, const char* direction) {
  auto changes = diff(from, to);
  if (!changes || changes->empty()) return;  // nothing to do, or a change schemac refuses to write, with its reason
  const PostgresDialect dialect;
  const std::string script = to_script(render_all(dialect, changes.value()));
  std::vector<SourceFile> applied = files(from_file);
  applied.push_back(SourceFile{"migration.sql", script});
  auto replayed = pg::parse_postgres(applied, kOptions);
  if (!replayed) fuzz::property_failed(std::string("the ") + direction + " migration does not parse", script + "\n" + rendered(replayed.errors()));
  auto again = diff(replayed->schema, to);
  if (!again) fuzz::property_failed(std::string("the schema after the ") + direction + " migration cannot be diffed", rendered(again.errors()));
  if (!again->empty())
    fuzz::property_failed(std::string("planning again after the ") + direction + " migration is not empty",
                          script + "\n-- again:\n" + to_script(render_all(dialect, again.value())));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  constexpr std::string_view kSeparator = "-- desired\n";
  const auto at = input.starts_with(kSeparator) ? 0 : input.find("\n-- desired\n");
  if (at == std::string_view::npos) return 0;
  const std::size_t desired_at = at + (input.starts_with(kSeparator) ? kSeparator.size() : kSeparator.size() + 1);
  const SourceFile current_file{"current.sql", std::string(input.substr(0, at))};
  const SourceFile desired_file{"desired.sql", std::string(input.substr(desired_at))};
  if (not_text(current_file) || not_text(desired_file)) return 0;
  auto current = pg::parse_postgres(files(current_file), kOptions);
  auto desired = pg::parse_postgres(files(desired_file), kOptions);
  if (!current || !desired) return 0;
  const auto current_names = defined_names(current->schema), desired_names = defined_names(desired->schema);
  if (names_the_other_side(current->schema, current_names, desired_names) || names_the_other_side(desired->schema, desired_names, current_names))
    return 0;
  check_converges(current_file, current->schema, desired->schema, "up");
  check_converges(desired_file, desired->schema, current->schema, "down");
  return 0;
}
