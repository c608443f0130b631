// schemac copy / schemac verify: rows from an SQLite database into the
// PostgreSQL database its converted schema was loaded into, and the check
// that both hold the same.
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/compare_sources.hpp"
#include "db/connection_string.hpp"
#include "db/postgres_connection.hpp"
#include "db/sqlite_connection.hpp"
#include "db/sqlite_source.hpp"
#include "transfer/copy_tables.hpp"
#include "transfer/postgres_session.hpp"
#include "transfer/verify_tables.hpp"

namespace schemac::cli {
namespace {

struct TransferArgs {
  std::string sqlite, postgres;
  std::vector<std::string> tables;
  std::size_t batch = 10'000;
  bool verify = false, resume = false;
};

struct Endpoints {
  std::unique_ptr<db::SqliteConnection> sqlite;
  std::unique_ptr<db::PostgresConnection> postgres;
  TransferPlan plan;
  std::string postgres_display;
};

bool print_errors(const std::vector<Diagnostic>& errors) {
  for (const Diagnostic& d : errors) std::cerr << d.render();
  return false;
}

std::optional<Endpoints> open_endpoints(const TransferArgs& args) {
  if (!db::is_sqlite_source(args.sqlite)) {
    std::cerr << "error: " << args.sqlite << " is not an SQLite database (sqlite://path, or a .db, .sqlite or .sqlite3 file)\n";
    return std::nullopt;
  }
  if (!db::is_postgres_source(args.postgres)) {
    std::cerr << "error: " << args.postgres << " is not a PostgreSQL database (postgres://... or libpq keywords)\n";
    return std::nullopt;
  }
  Endpoints out;
  SourceOptions sqlite_options, postgres_options;
  sqlite_options.dialect = "sqlite";
  postgres_options.dialect = "postgres";
  LoadReport report;
  auto sqlite_schema = load_single(args.sqlite, sqlite_options, report);
  auto postgres_schema = sqlite_schema ? load_single(args.postgres, postgres_options, report) : std::nullopt;
  print_report(report);
  if (!sqlite_schema || !postgres_schema) return std::nullopt;
  out.postgres_display = postgres_schema->display;
  auto plan = plan_transfer(sqlite_schema->schema, postgres_schema->schema, args.tables);
  if (!plan) return print_errors(plan.errors()), std::nullopt;
  out.plan = std::move(plan).value();
  auto sqlite = db::SqliteConnection::open(db::sqlite_path(args.sqlite), false);
  if (!sqlite) return print_errors(sqlite.errors()), std::nullopt;
  out.sqlite = std::move(sqlite).value();
  out.sqlite->execute("PRAGMA query_only = ON");  // the source is only read
  auto target = db::parse_connection_string(args.postgres);
  if (!target) return print_errors(target.errors()), std::nullopt;
  auto postgres = db::PostgresConnection::open(target.value());
  if (!postgres) return print_errors(postgres.errors()), std::nullopt;
  out.postgres = std::move(postgres).value();
  if (auto error = settle_postgres_session(*out.postgres)) {
    std::cerr << "error: " << *error << "\n";
    return std::nullopt;
  }
  return out;
}

// A table per table: rows on each side, checksums, verdict. Exit 3 on any difference.
int report_verdicts(const std::vector<TableVerdict>& verdicts) {
  std::size_t width = 5;
  for (const TableVerdict& v : verdicts) width = std::max(width, v.table.size());
  std::cout << fmt::format("{:<{}}  {:>12}  {:>12}  {:<16}  {:<16}  {}\n", "table", width, "sqlite rows", "postgres rows", "sqlite sum",
                           "postgres sum", "result");
  std::size_t different = 0;
  for (const TableVerdict& v : verdicts) {
    if (!v.same()) ++different;
    std::cout << fmt::format("{:<{}}  {:>12}  {:>12}  {:<16}  {:<16}  {}\n", v.table, width, v.source.rows(), v.target.rows(), v.source.text(),
                             v.target.text(), v.same() ? "same" : "DIFFERENT");
  }
  if (different) {
    std::cout << different << " of " << verdicts.size() << " tables differ\n";
    return kRefused;
  }
  std::cout << "all " << verdicts.size() << " tables hold the same rows\n";
  return kSuccess;
}

int run_verify(const TransferArgs& args) {
  auto endpoints = open_endpoints(args);
  if (!endpoints) return kError;
  auto verdicts = verify_tables(*endpoints->sqlite, *endpoints->postgres, endpoints->plan);
  if (!verdicts) return print_errors(verdicts.errors()), kError;
  return report_verdicts(verdicts.value());
}

int run_copy(const TransferArgs& args) {
  if (args.batch == 0) {
    std::cerr << "error: --batch must be at least 1\n";
    return kError;
  }
  auto endpoints = open_endpoints(args);
  if (!endpoints) return kError;
  for (const std::string& note : endpoints->plan.notes) std::cerr << "note: " << note << "\n";
  CopyProgress progress(std::cerr, isatty(STDERR_FILENO) != 0);
  const CopyOptions options{args.batch, args.resume};
  auto copied = copy_tables(*endpoints->sqlite, *endpoints->postgres, endpoints->plan, options, progress);
  if (!copied) {
    print_errors(copied.errors());
    return kError;
  }
  std::uint64_t rows = 0;
  for (const CopiedTable& table : copied.value()) rows += table.rows;
  std::cerr << "copied " << rows << " rows into " << copied->size() << " tables of " << endpoints->postgres_display << "\n";
  if (!args.verify) return kSuccess;
  auto verdicts = verify_tables(*endpoints->sqlite, *endpoints->postgres, endpoints->plan);
  if (!verdicts) return print_errors(verdicts.errors()), kError;
  return report_verdicts(verdicts.value());
}

void add_endpoints(CLI::App& command, TransferArgs& args) {
  command.add_option("SQLITE", args.sqlite, "The SQLite database: sqlite://path or a .db file")->required();
  command.add_option("POSTGRES", args.postgres, "The PostgreSQL database: postgres://... or libpq keywords")->required();
  command.add_option("--tables", args.tables, "Only these tables (comma-separated)")->delimiter(',');
}

}  // namespace

void add_copy_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<TransferArgs>();
  CLI::App* command = app.add_subcommand("copy", "Copy the rows of an SQLite database into PostgreSQL");
  command->footer(
      "The PostgreSQL tables must exist (schemac convert, then load the schema) and be empty.\n"
      "Tables go in foreign-key order, each group in one transaction over COPY; values are\n"
      "converted for their column (0/1 -> boolean, ISO-8601 or epoch -> timestamptz, hex -> uuid);\n"
      "identity sequences restart after the largest id. A value that cannot be converted stops\n"
      "the copy naming table, rowid, column and value, and its table stays empty.\n"
      "Examples:\n"
      "  schemac copy sqlite://app.db postgres://localhost/app --verify\n"
      "  schemac copy app.db postgres://localhost/app --resume\n"
      "Exit codes: 0 copied (and the same), 1 error, 3 --verify found differences.");
  add_endpoints(*command, *args);
  command->add_option("--batch", args->batch, "Rows converted before they are sent")->default_val(10'000);
  command->add_flag("--verify", args->verify, "Then compare counts and checksums of every table");
  command->add_flag("--resume", args->resume, "Skip tables that already hold exactly the SQLite rows");
  command->callback([args, &exit_code] { exit_code = run_copy(*args); });
}

void add_verify_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<TransferArgs>();
  CLI::App* command = app.add_subcommand("verify", "Check that PostgreSQL holds the rows of an SQLite database");
  command->footer(
      "Per table: row counts and an order-independent checksum of every value, compared in\n"
      "canonical form (1.50 = 1.5, '2024-01-02T03:04:05Z' = 2024-01-02 03:04:05+00).\n"
      "Example:\n"
      "  schemac verify sqlite://app.db postgres://localhost/app\n"
      "Exit codes: 0 the same, 1 error, 3 differences.");
  add_endpoints(*command, *args);
  command->callback([args, &exit_code] { exit_code = run_verify(*args); });
}

}  // namespace schemac::cli
