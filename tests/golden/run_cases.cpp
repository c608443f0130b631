// Runs golden case files two ways:
//   --text      the up and down SQL schemac prints must equal the expected text;
//   --converge  on a real PostgreSQL: current + up == desired (compared with
//               pg_dump, not with schemac's model), replaying current + up
//               through schemac diffs empty against desired, and down brings
//               back current.
//   --plans     plan cases (tests/cases/plans): the plan in text, JSON and
//               Markdown must equal the expected renderings;
//   --roundtrip on a real PostgreSQL: a database loaded from a case's desired
//               schema plans empty against the desired file (like with like,
//               through a scratch database), and `inspect` output loaded into
//               a fresh database gives the same pg_dump.
// Privileges and owners are compared (--privileges --owners) in every mode;
// cases may grant to and hand objects to the roles schemac_app and
// schemac_reader, which the runner makes.
// SCHEMAC_REWRITE=1 (text mode) rewrites expectations; review the diff.
#include <algorithm>
#include <map>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "codegen/postgres/postgres_dialect.hpp"
#include "diff/diff.hpp"
#include "parser/postgres/chunks.hpp"
#include "parser/postgres/parse_postgres.hpp"
#include "tests/golden/case_file.hpp"
#include "tests/golden/plan_options.hpp"
#include "tests/support/pg_server.hpp"
#include "source/load_source.hpp"
#include "source/outside_state.hpp"
#include "db/connection_string.hpp"
#include "db/postgres_connection.hpp"
#include "migrate/run_statements.hpp"

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

using namespace schemac;
constexpr int kSkipped = 77;  // ctest SKIP_RETURN_CODE
// The PostgreSQL major cases are read for: the server's when there is one.
int pg_major = 15;

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// Sections parsed as one schema, in order; a blank section is read as the
// empty file it stands for (an empty schema), as a user's empty file is.
Result<pg::Parsed> parse_sections(const golden::Case& c, const std::vector<std::string>& names) {
  std::vector<SourceFile> files;
  for (const auto& name : names) {
    auto it = c.sections.find(name);
    if (it != c.sections.end()) files.push_back(SourceFile{"[" + c.name + "] " + name, it->second});
  }
  // A case for a newer major is read as that major reads it, with or without a server.
  pg::ParseOptions options{.skip_unsupported = false, .privileges = true, .owners = true,
                           .major = std::max(pg_major, golden::minimum_version(c))};
  if (auto path = golden::parse_case_options(c, nullptr, "public").search_path; !path.empty()) options.search_path = path;
  return pg::parse_postgres(files, options);
}

// What a fresh database needs before a case's `side` runs on it, as the
// target would have it: the schemas either side presumes (made outside the
// files) that this side does not make itself, and the role's search_path.
std::string outside_state(const golden::Case& c, const std::string& side) {
  Schema presumed;
  auto loaded = parse_sections(c, {side});
  for (const char* either : {"current", "desired"})
    if (auto parsed = parse_sections(c, {either}))
      for (const Namespace& ns : parsed->schema.namespaces)
        if (ns.external && !(loaded && std::any_of(loaded->schema.namespaces.begin(), loaded->schema.namespaces.end(),
                                                   [&](const Namespace& own) { return !own.external && own.name == ns.name; })))
          presumed.namespaces.push_back(ns);
  return create_external_schemas(presumed) + set_search_path(golden::parse_case_options(c, nullptr, "public").search_path);
}

std::string errors_text(const std::vector<Diagnostic>& errors) {
  std::string out;
  for (const auto& d : errors) out += d.render();
  return out;
}

struct Outcome {
  std::string up, down, error;
  std::vector<Statement> up_statements, down_statements;
  ChangeSet up_changes;
  PlanSettings settings;
};

Outcome failed_with(std::string error) {
  Outcome out;
  out.error = std::move(error);
  return out;
}

Outcome compute(const golden::Case& c) {
  Outcome out;
  auto from = parse_sections(c, {"current"});
  if (!from) return failed_with(errors_text(from.errors()));
  auto to = parse_sections(c, {"desired"});
  if (!to) return failed_with(errors_text(to.errors()));
  const golden::CaseOptions options = golden::parse_case_options(c, nullptr, "public");
  if (!options.error.empty()) return failed_with("bad -- options: " + options.error);
  const PostgresDialect dialect;
  auto up = diff(from->schema, to->schema, options.up);
  if (!up) return failed_with(errors_text(up.errors()));
  auto down = diff(to->schema, from->schema, options.down);
  if (!down) return failed_with(errors_text(down.errors()));
  out.up_statements = make_plan(up.value(), dialect, options.plan).statements();
  out.down_statements = make_plan(down.value(), dialect, options.plan).statements();
  out.up = to_script(out.up_statements);
  out.down = to_script(out.down_statements);
  out.up_changes = std::move(up).value();
  out.settings = options.plan;
  return out;
}

// Plan cases: the plan of current -> desired in text, JSON and Markdown.
std::string check_plans(golden::Case& c, bool rewrite) {
  Outcome got = compute(c);
  if (!got.error.empty()) return "unexpected error:\n" + got.error;
  return golden::check_plan_renderings(c, got.up_changes, PostgresDialect{}, got.settings, rewrite);
}

std::string section(const golden::Case& c, const std::string& name) {
  auto it = c.sections.find(name);
  return it == c.sections.end() ? std::string{} : it->second;
}

// Returns the failure, or "" when the case passes.
std::string check_text(golden::Case& c, bool rewrite) {
  const Outcome got = compute(c);
  return golden::check_expected(c, got.up, got.down, got.error, rewrite);
}

std::string replay_is_empty(const golden::Case& c, const std::vector<std::string>& applied, const std::string& target,
                            const std::string& what) {
  auto replayed = parse_sections(c, applied);
  if (!replayed) return what + ": replaying the migration through schemac failed:\n" + errors_text(replayed.errors());
  auto expected = parse_sections(c, {target});
  if (!expected) return what + ": " + errors_text(expected.errors());
  auto again = diff(replayed->schema, expected->schema);
  if (!again) return what + ": " + errors_text(again.errors());
  if (!again->empty()) {
    const PostgresDialect dialect;
    return what + ": planning again is not empty:\n" + to_script(render_all(dialect, again.value()));
  }
  return "";
}

// How a case's database and files are read: privileges and owners compared, under the case's search_path.
SourceOptions source_options(const golden::Case& c) {
  SourceOptions options;
  options.privileges = true;
  options.owners = true;
  options.search_path = golden::parse_case_options(c, nullptr, "public").search_path;
  return options;
}

// The database as schemac inspects it, planned against a case's side (read
// through a scratch database, as `schemac plan` would): what PostgreSQL's
// catalog holds beyond the model (a column kept as the table's own after it
// joined a parent) does not show here, anything else does.
std::string inspected_plan_is_empty(const golden::Case& c, const std::string& database, const std::string& side, const std::string& what) {
  const auto file = std::filesystem::temp_directory_path() / ("schemac_side_" + std::to_string(getpid()) + ".sql");
  std::ofstream(file) << section(c, side);
  LoadReport report;
  auto both = load_comparison("dbname=" + database, file.string(), source_options(c), report);
  std::filesystem::remove(file);
  if (!both) return what + ": loading failed:\n" + errors_text(report.errors);
  auto again = diff(both->first.schema, both->second.schema);
  if (!again) return what + ": " + errors_text(again.errors());
  if (again->empty()) return "";
  const PostgresDialect dialect;
  return what + ": the inspected database plans against " + side + ":\n" + to_script(render_all(dialect, again.value()));
}

// Rows in each table that is not a partition (a partition's rows may move
// to another one when the bounds change; its root holds them all), not
// counting those of tables inheriting from it.
std::map<std::string, std::string> row_counts(const std::string& database, const golden::Case& c, const std::string& side) {
  std::map<std::string, std::string> out;
  auto parsed = parse_sections(c, {side});
  if (!parsed) return out;
  auto target = db::parse_connection_string("dbname=" + database);
  auto connection = db::PostgresConnection::open(target.value());
  if (!connection) return out;
  for (const Table& table : parsed->schema.tables) {
    if (table.partition_of) continue;
    const std::string name = PostgresDialect{}.quote_ident(table.name.schema) + "." + PostgresDialect{}.quote_ident(table.name.name);
    // ONLY: a parent's own rows, not its children's (which may leave it); a partitioned table holds none of its own.
    auto rows = connection.value()->query("SELECT count(*) FROM " + std::string(table.partition_by.empty() ? "ONLY " : "") + name);
    out[to_string(table.name)] = rows ? std::string(rows.value()->get(0, 0).value_or("?")) : "error";
  }
  return out;
}

std::string rows_lost(const std::map<std::string, std::string>& before, const std::map<std::string, std::string>& after, const std::string& when) {
  std::string out;
  for (const auto& [table, count] : before)
    if (auto it = after.find(table); it != after.end() && it->second != count)
      out += "rows lost in " + table + ": " + count + " before, " + it->second + " " + when + "\n";
  return out;
}

void cleanup(testing::PgServer& server, const std::vector<std::string>& databases) {
  for (const auto& db : databases) server.drop_database(db);
}

// Runs a migration the way `schemac apply` does (statements that must be
// committed first on their own, the rest in one transaction).
std::optional<std::string> migrate(const std::string& database, const std::vector<Statement>& statements) {
  auto target = db::parse_connection_string("dbname=" + database);
  auto connection = db::PostgresConnection::open(target.value());
  if (!connection) return connection.errors().front().message;
  const RunOutcome outcome = run_statements(*connection.value(), statements, PostgresDialect{}.transaction_start("10s"));
  if (outcome.failure) return outcome.failure->message + "\n  in: " + outcome.failure->statement;
  return std::nullopt;
}

std::string check_convergence(testing::PgServer& server, const golden::Case& c) {
  const std::string current = section(c, "current"), desired = section(c, "desired");
  // The golden text of up and down is checked by --text; here the same
  // statements are run with their placement (see migrate/run_statements.hpp).
  const Outcome planned = compute(c);
  if (!planned.error.empty()) return "planning failed:\n" + planned.error;
  std::vector<std::string> databases;
  auto fresh = [&] { return databases.emplace_back(server.create_database()); };
  std::string failure;
  try {
    const std::string migrated = fresh(), wanted = fresh();
    auto load = [&](const std::string& db, const std::string& sql, const std::string& what) {
      const std::string before = outside_state(c, what);
      if (blank(sql) && before.empty()) return;
      // psql would run meta-commands (pg_dump's \restrict) itself; libpq cannot.
      const auto without_meta = pg::blank_psql_meta_commands(sql);
      if (auto error = server.execute(db, before + (without_meta ? *without_meta : sql))) failure += "PostgreSQL rejected " + what + ": " + *error;
    };
    load(migrated, current, "current");
    // What down must restore: current as a fresh database holds it.
    const std::string current_dump = failure.empty() ? testing::normalize_dump(server.dump_schema(migrated)) : "";
    // Rows of `-- data`: up and down keep every one in the tables they keep.
    if (failure.empty() && !blank(section(c, "data")))
      if (auto error = server.execute(migrated, section(c, "data"))) failure += "PostgreSQL rejected data: " + *error;
    const auto rows_before = row_counts(migrated, c, "current");
    if (failure.empty())
      if (auto error = migrate(migrated, planned.up_statements)) failure += "PostgreSQL rejected up: " + *error;
    load(wanted, desired, "desired");
    if (failure.empty()) {
      failure += rows_lost(rows_before, row_counts(migrated, c, "desired"), "after up");
      const auto after_up = testing::normalize_dump(server.dump_schema(migrated));
      const auto desired_dump = testing::normalize_dump(server.dump_schema(wanted));
      // `-- catalog-differs` says why pg_dump may tell the two apart (a
      // column PostgreSQL keeps as a table's own once it joins a parent:
      // attislocal); the inspected database must still plan empty.
      const bool may_differ = c.sections.contains("catalog-differs");
      if (after_up != desired_dump) {
        if (may_differ) failure += inspected_plan_is_empty(c, migrated, "desired", "after up");
        else failure += "current + up != desired\n--- current + up\n" + after_up + "--- desired\n" + desired_dump;
      }
      // Replayed as schemac printed them (plan cases expect renderings, not up and down).
      golden::Case replay = c;
      replay.sections["up"] = planned.up;
      replay.sections["down"] = planned.down;
      failure += replay_is_empty(replay, {"current", "up"}, "desired", "after up");
      if (auto error = migrate(migrated, planned.down_statements)) failure += "PostgreSQL rejected down: " + *error;
      if (failure.empty()) {
        failure += rows_lost(rows_before, row_counts(migrated, c, "current"), "after down");
        const auto after_down = testing::normalize_dump(server.dump_schema(migrated));
        if (after_down != current_dump) {
          if (may_differ) failure += inspected_plan_is_empty(c, migrated, "current", "after down");
          else failure += "current + up + down != current\n--- after down\n" + after_down + "--- current\n" + current_dump;
        }
        failure += replay_is_empty(replay, {"current", "up", "down"}, "current", "after down");
      }
    }
  } catch (const std::exception& e) {
    failure += e.what();
  }
  cleanup(server, databases);
  return failure;
}

std::string check_roundtrip(testing::PgServer& server, const golden::Case& c) {
  const std::string desired = section(c, "desired");
  std::vector<std::string> databases;
  auto fresh = [&] { return databases.emplace_back(server.create_database()); };
  std::string failure;
  const auto file = std::filesystem::temp_directory_path() / ("schemac_case_" + std::to_string(getpid()) + ".sql");
  try {
    const std::string loaded = fresh();
    const auto without_meta = pg::blank_psql_meta_commands(desired);
    if (auto error = server.execute(loaded, outside_state(c, "desired") + (without_meta ? *without_meta : desired)))
      return cleanup(server, databases), "PostgreSQL rejected desired: " + *error;
    std::ofstream(file) << desired;
    LoadReport report;
    auto both = load_comparison("dbname=" + loaded, file.string(), source_options(c), report);
    if (!both) {
      failure += "loading failed:\n" + errors_text(report.errors);
    } else {
      auto changes = diff(both->first.schema, both->second.schema);
      const PostgresDialect dialect;
      if (!changes) failure += errors_text(changes.errors());
      else if (!changes->empty())
        failure += "database loaded from desired vs desired is not empty:\n" + to_script(render_all(dialect, changes.value()));
      // inspect's SQL, loaded into a fresh database, must dump the same.
      auto created = diff(Schema{}, both->first.schema);
      const std::string copy = fresh();
      const std::string script = to_script(render_all(dialect, created.value()));
      if (auto error = server.execute(copy, script)) {
        failure += "PostgreSQL rejected inspect output: " + *error + "\n" + script;
      } else {
        const auto original_dump = testing::normalize_dump(server.dump_schema(loaded));
        const auto copy_dump = testing::normalize_dump(server.dump_schema(copy));
        // PostgreSQL's parser flattens `(a AND b) AND c` that the server stored
        // nested (BETWEEN expands that way), so grouping parentheses may differ.
        auto without_parentheses = [](std::string text) {
          std::erase_if(text, [](char ch) { return ch == '(' || ch == ')'; });
          return text;
        };
        if (original_dump != copy_dump && without_parentheses(original_dump) != without_parentheses(copy_dump))
          failure += "inspect output loads differently\n--- original\n" + original_dump + "--- from inspect\n" + copy_dump;
      }
    }
  } catch (const std::exception& e) {
    failure += e.what();
  }
  std::filesystem::remove(file);
  cleanup(server, databases);
  return failure;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: run_cases --text|--plans|--converge|--roundtrip FILE...\n";
    return 2;
  }
  const std::string mode = argv[1];
  const bool rewrite = std::getenv("SCHEMAC_REWRITE") != nullptr;
  std::optional<testing::PgServer> server;
  if (mode == "--converge" || mode == "--roundtrip") {
    std::string why;
    server = testing::PgServer::from_environment(why);
    if (!server) {
      std::cout << (testing::server_required() ? "FAILED: " : "SKIPPED: ") << why << "\n";
      return testing::server_required() ? 1 : kSkipped;
    }
    pg_major = server->major_version();
    // A tablespace cases may put indexes in, kept inside the data directory
    // (a developer setting: the test server's files are the server's own).
    setenv("PGOPTIONS", "-c allow_in_place_tablespaces=on", 1);
    if (auto error = server->execute("postgres", "CREATE TABLESPACE fast_disk LOCATION ''");
        error && error->find("already exists") == std::string::npos)
      std::cout << "cannot make tablespace fast_disk: " << *error << "\n";
    // Roles cases may grant to. Roles belong to the server, not to a
    // database: made once, by whichever runner comes first.
    for (const char* role : {"schemac_app", "schemac_reader"})
      if (auto error = server->execute("postgres", std::string("DO $$ BEGIN CREATE ROLE ") + role +
                                                       " NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"))
        std::cout << "cannot make role " << role << ": " << *error << "\n";
  }
  return golden::run_case_files(std::vector<std::string>(argv + 2, argv + argc), rewrite && (mode == "--text" || mode == "--plans"),
                                [&](golden::Case& c) -> std::optional<std::string> {
                                  if (mode == "--text") return check_text(c, rewrite);
                                  if (mode == "--plans") return check_plans(c, rewrite);
                                  if (c.sections.contains("error") || (mode == "--roundtrip" && blank(section(c, "desired"))))
                                    return std::nullopt;  // nothing to apply
                                  if (server->major_version() < golden::minimum_version(c)) return std::nullopt;
                                  // --additive-only leaves out part of desired on purpose: it cannot converge.
                                  if (mode == "--converge" && golden::parse_case_options(c, nullptr, "public").up.additive_only)
                                    return std::nullopt;
                                  return mode == "--roundtrip" ? check_roundtrip(*server, c) : check_convergence(*server, c);
                                });
}
