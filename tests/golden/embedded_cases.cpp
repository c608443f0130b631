#include "tests/golden/embedded_cases.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <stdexcept>

#include "diff/diff.hpp"
#include "migrate/run_statements.hpp"
#include "source/load_source.hpp"
#include "tests/golden/case_file.hpp"
#include "tests/golden/plan_options.hpp"

namespace schemac::golden {
namespace {

namespace fs = std::filesystem;

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string section(const Case& c, const std::string& name) {
  auto it = c.sections.find(name);
  return it == c.sections.end() ? std::string{} : it->second;
}

std::string errors_text(const std::vector<Diagnostic>& errors) {
  std::string out;
  for (const auto& d : errors) out += d.render();
  return out;
}

struct Outcome {
  std::string up, down, error;
  std::vector<Statement> up_statements, down_statements;
};

class Runner {
 public:
  explicit Runner(const EmbeddedCaseRunner& r) : r_(r) {}

  Result<EngineParsed> parse_section(const Case& c, const std::string& name) const {
    std::vector<SourceFile> files;
    if (!blank(section(c, name))) files.push_back(SourceFile{"[" + c.name + "] " + name, section(c, name)});
    return r_.engine.parse(files, SourceOptions{});
  }

  Result<std::vector<Statement>> plan(const Schema& from, const Schema& to, const DiffOptions& options, const PlanSettings& settings = {}) const {
    auto changes = diff(from, to, options);
    if (!changes) return changes.errors();
    try {
      return make_plan(changes.value(), r_.dialect, settings).statements();
    } catch (const std::runtime_error& error) {
      return Diagnostic{{}, error.what(), {}, {}};
    }
  }
  Result<std::vector<Statement>> plan(const Schema& from, const Schema& to) const { return plan(from, to, options_for(r_.dialect.table_rules())); }

  Outcome compute(const Case& c) const {
    Outcome out;
    auto from = parse_section(c, "current");
    auto to = parse_section(c, "desired");
    if (!from || !to) {
      out.error = errors_text(from ? to.errors() : from.errors());
      return out;
    }
    const CaseOptions options = parse_case_options(c, r_.dialect.table_rules(), std::string(r_.dialect.default_schema()));
    if (!options.error.empty()) {
      out.error = "bad -- options: " + options.error;
      return out;
    }
    auto up = plan(from->schema, to->schema, options.up, options.plan);
    auto down = plan(to->schema, from->schema, options.down, options.plan);
    if (!up || !down) {
      out.error = errors_text(up ? down.errors() : up.errors());
      return out;
    }
    out.up_statements = std::move(up).value();
    out.down_statements = std::move(down).value();
    out.up = to_script(out.up_statements);
    out.down = to_script(out.down_statements);
    return out;
  }

  std::string check_convergence(const Case& c) const {
    const Outcome planned = compute(c);
    if (!planned.error.empty()) return "planning failed:\n" + planned.error;
    ScratchFile migrated(*this, "migrated"), wanted(*this, "wanted"), original(*this, "original");
    if (!migrated.connection || !wanted.connection || !original.connection) return "cannot make scratch database files\n";
    auto load = [&](ScratchFile& file, const std::string& sql, const std::string& what) -> std::string {
      if (blank(sql)) return "";
      if (auto error = file.connection->execute(sql)) return std::string(r_.engine.label()) + " rejected " + what + ": " + *error + "\n";
      return "";
    };
    std::string failure = load(migrated, section(c, "current"), "current");
    failure += load(migrated, section(c, "data"), "data");
    failure += load(wanted, section(c, "desired"), "desired");
    failure += load(original, section(c, "current"), "current");
    if (!failure.empty()) return failure;
    auto current_schema = parse_section(c, "current");
    auto desired_schema = parse_section(c, "desired");
    if (!current_schema || !desired_schema) return "parse failed";
    const auto counts_before = row_counts(*migrated.connection, current_schema->schema);
    if (auto error = migrate(*migrated.connection, planned.up_statements)) return std::string(r_.engine.label()) + " rejected up: " + *error;
    failure += compare(*migrated.connection, *wanted.connection, "current + up vs desired");
    const auto counts_after = row_counts(*migrated.connection, desired_schema->schema);
    for (const auto& [table, count] : counts_before)
      if (auto it = counts_after.find(table); it != counts_after.end() && it->second != count)
        failure += "rows lost in " + table + ": " + count + " before up, " + it->second + " after\n";
    failure += r_.after_up(*migrated.connection);
    if (auto error = migrate(*migrated.connection, planned.down_statements))
      return failure + std::string(r_.engine.label()) + " rejected down: " + *error;
    failure += compare(*migrated.connection, *original.connection, "current + up + down vs current");
    return failure;
  }

  std::string self_plan(const Case& c) const {
    auto parsed = parse_section(c, "desired");
    if (!parsed) return errors_text(parsed.errors());
    auto self = plan(parsed->schema, parsed->schema);
    if (!self) return errors_text(self.errors());
    return self->empty() ? "" : "self-diff is not empty:\n" + to_script(self.value());
  }

 private:
  // A database file of its own, removed when the case is done.
  struct ScratchFile {
    fs::path path;
    std::unique_ptr<db::Connection> connection;
    ScratchFile(const Runner& runner, const std::string& tag) {
      static int counter = 0;
      path = fs::temp_directory_path() / ("schemac_" + std::string(runner.r_.engine.dialect()) + "_case_" + std::to_string(getpid()) + "_" +
                                          std::to_string(++counter) + "_" + tag + runner.r_.file_suffix);
      fs::remove(path);
      auto opened = runner.r_.engine.open(path.string(), true);
      if (opened) connection = std::move(opened).value();
    }
    ~ScratchFile() {
      connection.reset();
      fs::remove(path);
      fs::remove(path.string() + ".wal");
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
  };

  std::optional<std::string> migrate(db::Connection& connection, const std::vector<Statement>& statements) const {
    const RunOutcome outcome = run_statements(connection, statements, r_.dialect.transaction_start(""));
    if (outcome.failure) return outcome.failure->message + "\n  in: " + outcome.failure->statement;
    return std::nullopt;
  }

  std::map<std::string, std::string> row_counts(db::Connection& connection, const Schema& schema) const {
    std::map<std::string, std::string> out;
    for (const Table& table : schema.tables) {
      auto rows = connection.query("SELECT count(*) FROM " + r_.dialect.quote_ident(table.name.schema) + "." + r_.dialect.quote_ident(table.name.name));
      out[table.name.name] = rows ? std::string(rows.value()->get(0, 0).value_or("?")) : "error";
    }
    return out;
  }

  std::string compare(db::Connection& got, db::Connection& wanted, const std::string& what) const {
    std::string failure;
    const std::string got_catalog = r_.catalog_dump(got), wanted_catalog = r_.catalog_dump(wanted);
    if (got_catalog != wanted_catalog)
      failure += what + " differs to " + std::string(r_.engine.label()) + "\n--- got\n" + got_catalog + "--- wanted\n" + wanted_catalog;
    auto got_schema = r_.engine.inspect(got, "database");
    auto wanted_schema = r_.engine.inspect(wanted, "database");
    if (!got_schema || !wanted_schema) return failure + what + ": inspect failed\n" + errors_text(got_schema ? wanted_schema.errors() : got_schema.errors());
    auto again = plan(got_schema->schema, wanted_schema->schema);
    if (!again) return failure + errors_text(again.errors());
    if (!again->empty()) failure += what + ": planning again is not empty:\n" + to_script(again.value());
    return failure;
  }

  const EmbeddedCaseRunner& r_;
};

}  // namespace

std::string rows_text(db::Connection& connection, const std::string& sql) {
  auto rows = connection.query(sql);
  if (!rows) return "error: " + rows.errors().front().message + "\n";
  std::string out;
  for (std::size_t i = 0; i < rows.value()->size(); ++i) {
    for (std::size_t j = 0; j < rows.value()->columns(); ++j) out += (j ? "|" : "") + std::string(rows.value()->get(i, j).value_or("NULL"));
    out += "\n";
  }
  return out;
}

int run_corpus_files(const EmbeddedCaseRunner& runner, const std::vector<std::string>& paths) {
  const Runner run(runner);
  int failed = 0;
  for (const std::string& path : paths) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    Case c;
    c.name = path;
    c.sections["desired"] = std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    // Its own plan against itself is empty, before anything is run.
    const std::string failure = run.self_plan(c) + run.check_convergence(c);
    std::cout << (failure.empty() ? "ok   " : "FAIL ") << path << "\n" << failure;
    if (!failure.empty()) ++failed;
  }
  return failed == 0 ? 0 : 1;
}

int run_embedded_cases(const EmbeddedCaseRunner& runner, int argc, char** argv) {
  const std::string program = argc > 0 ? fs::path(argv[0]).filename().string() : "run_cases";
  if (argc < 3) {
    std::cerr << "usage: " << program << " --text|--converge|--corpus FILE...\n";
    return 2;
  }
  const std::string mode = argv[1];
  const std::vector<std::string> paths(argv + 2, argv + argc);
  if (mode == "--corpus") return run_corpus_files(runner, paths);
  const Runner run(runner);
  const bool rewrite = std::getenv("SCHEMAC_REWRITE") != nullptr;
  return run_case_files(paths, rewrite && mode == "--text", [&](Case& c) -> std::optional<std::string> {
    if (mode == "--text") {
      const Outcome got = run.compute(c);
      return check_expected(c, got.up, got.down, got.error, rewrite);
    }
    if (c.sections.contains("error")) return std::nullopt;  // nothing to apply
    return run.check_convergence(c);
  });
}

}  // namespace schemac::golden
