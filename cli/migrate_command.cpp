// schemac migrate: write migration files from the desired schema, and run
// a migration folder on a database.
#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "source/embedded_engine.hpp"
#include "cli/compare_sources.hpp"
#include "cli/dialects.hpp"
#include "cli/open_database.hpp"
#include "codegen/plan/plan.hpp"
#include "diff/diff.hpp"
#include "migrate/folder.hpp"
#include "migrate/runner.hpp"
#include "migrate/script.hpp"
#include "migrate/sum_file.hpp"
#include "db/connection_string.hpp"
#include "db/sqlite_connection.hpp"
#include "source/outside_state.hpp"
#include "source/scratch_database.hpp"

namespace schemac::cli {
namespace {

struct MigrateArgs {
  std::string dir = "migrations";
  std::string format;  // empty: what the folder has, else golang-migrate
  std::string name;
  std::string to;
  std::string url;
  SourceOptions sources;
  bool allow_destructive = false;
  std::vector<std::string> renames;
  RunnerOptions runner;
  std::size_t count = 0;  // 0: all (up) / one (down)
  std::string status_format = "text";
};

int failed(const std::string& message, int code = kError) {
  std::cerr << "error: " << message << "\n";
  return code;
}

void print(const Diagnostic& d) { std::cerr << d.render(); }

// --format as given (nullopt: read off the files, or the default); false when it names no layout.
bool layout(const MigrateArgs& args, std::optional<FolderFormat>& format) {
  if (args.format.empty()) return true;
  auto parsed = parse_folder_format(args.format);
  if (!parsed) return print(parsed.errors().front()), false;
  format = parsed.value();
  return true;
}

// The folder, checked against schemac.sum (refused, exit 3, when it does not match).
std::optional<Folder> checked_folder(const MigrateArgs& args, int& code) {
  std::optional<FolderFormat> format;
  if (!layout(args, format)) return code = kError, std::nullopt;
  auto folder = read_folder(args.dir, format);
  if (!folder) return print(folder.errors().front()), code = kError, std::nullopt;
  if (auto mismatch = verify_sum(folder.value())) return print(*mismatch), code = kRefused, std::nullopt;
  return std::move(folder).value();
}

// UTC now as YYYYMMDDHHMMSS, after every version the folder has.
std::string next_version(const Folder& folder) {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y%m%d%H%M%S", &utc);
  std::string version = text;
  if (!folder.migrations.empty()) {
    const std::string& last = folder.migrations.back().version;
    if (last.size() == version.size() && last >= version) version = std::to_string(std::stoull(last) + 1);
  }
  return version;
}

Result<Schema> replay_offline(const Folder& folder, const std::string& dialect, const MigrateArgs& args) {
  std::vector<SourceFile> files;
  for (const Migration& migration : folder.migrations) files.push_back(up_file(folder, migration));
  return parse_schema_texts(files, dialect, args.sources);
}

// The up files run, as the runner runs them, on a scratch database: a
// temporary PostgreSQL database on the --dev-url server, or an in-memory SQLite one.
Result<Schema> replay_on_dev_database(const Folder& folder, const std::string& dialect, const MigrateArgs& args) {
  std::unique_ptr<ScratchDatabase> scratch;
  std::unique_ptr<db::Connection> memory;
  db::Connection* connection = nullptr;
  if (const EmbeddedEngine* engine = embedded_engine(dialect)) {
    auto opened = engine->open(":memory:", true);
    if (!opened) return opened.errors();
    memory = std::move(opened).value();
    connection = memory.get();
  } else {
    auto server = db::parse_connection_string(args.sources.dev_url);
    if (!server) return server.errors();
    auto created = ScratchDatabase::create(server.value());
    if (!created) return created.errors();
    scratch = std::move(created).value();
    connection = &scratch->connection();
  }
  // PostgreSQL: schemas the files presume are made first, and each file
  // starts in the role's search_path, as on the target.
  std::optional<Schema> offline;
  std::string before_each_file;
  if (scratch) {
    auto replayed = replay_offline(folder, dialect, args);
    if (!replayed) return replayed.errors();
    offline = std::move(replayed).value();
    if (const std::string made = create_external_schemas(*offline); !made.empty())
      if (auto error = connection->execute(made))
      return Diagnostic{{}, "making the schemas " + args.dir + " presumes on the dev database failed: " + *error, {}, {}};
    before_each_file = set_search_path(args.sources.search_path);
  }
  for (const Migration& migration : folder.migrations) {
    const ScriptParts parts = split_migration_script(migration.up);
    std::vector<std::string> statements = parts.before;
    if (!before_each_file.empty()) statements.insert(statements.begin(), before_each_file);
    statements.push_back(parts.in_transaction);
    statements.insert(statements.end(), parts.after.begin(), parts.after.end());
    for (const std::string& sql : statements)
      if (auto error = connection->execute(sql))
        return Diagnostic{{}, args.dir + "/" + migration.files.front() + " failed on the dev database: " + *error, {}, {}};
  }
  auto inspected = inspect_connection(*connection, dialect, args.sources, args.dir);
  if (inspected && offline) mark_external_schemas(inspected.value(), *offline);
  return inspected;
}

std::string script(const ChangeSet& changes, const Dialect& dialect) {
  return migration_script(make_plan(changes, dialect, PlanSettings{}).statements());
}

int run_diff(const MigrateArgs& args) {
  if (args.name.empty()) return failed("a name for the migration is required, e.g. schemac migrate diff add_users --to schema/");
  std::optional<Folder> folder;
  if (std::filesystem::exists(args.dir)) {
    int code = 0;
    folder = checked_folder(args, code);
    if (!folder) return code;
  } else {
    std::optional<FolderFormat> format;
    if (!layout(args, format)) return kError;
    folder.emplace();
    folder->dir = args.dir;
    folder->format = format.value_or(FolderFormat::GolangMigrate);
  }
  auto dialect_name = resolve_dialect({args.to}, args.sources);
  if (!dialect_name) return print(dialect_name.errors().front()), kError;
  const auto dialect = make_dialect(dialect_name.value());
  // The folder's current state: its up files replayed, in order (offline, or
  // run on a scratch database of --dev-url for exactness).
  auto current = args.sources.dev_url.empty() ? replay_offline(*folder, dialect_name.value(), args)
                                              : replay_on_dev_database(*folder, dialect_name.value(), args);
  if (!current) {
    for (const Diagnostic& d : current.errors()) print(d);
    return kError;
  }
  // Like with like: with --dev-url the desired files go through a scratch database too.
  LoadReport report;
  std::optional<Schema> desired;
  if (args.sources.dev_url.empty()) {
    if (auto loaded = load_single(args.to, args.sources, report)) desired = std::move(loaded->schema);
  } else if (auto both = load_comparison(args.to, args.to, args.sources, report)) {
    desired = std::move(both->second.schema);
  }
  print_report(report);
  if (!desired) return kError;
  DiffOptions options = options_for(dialect->table_rules());
  if (!parse_renames(args.renames, *dialect, options.renames)) return kError;
  auto up = diff(current.value(), *desired, options);
  auto down = diff(*desired, current.value(), options);
  if (!up || !down) {
    for (const Diagnostic& d : (up ? down : up).errors()) print(d);
    return kError;
  }
  if (up->empty()) {
    std::cout << "No changes: " << args.to << " matches " << args.dir << "; nothing written.\n";
    return kSuccess;
  }
  if (!args.allow_destructive && up->destructive_count() > 0) {
    std::cerr << "error: refusing to write " << up->destructive_count() << " destructive change(s); pass --allow-destructive:\n";
    for (const Change& change : up->changes)
      for (const Hazard& hazard : change.hazards)
        if (hazard.kind == HazardKind::DataLoss) std::cerr << "  - " << summarize(change) << ": " << hazard.reason << "\n";
    return kRefused;
  }
  const std::string version = next_version(*folder);
  auto written = write_migration(args.dir, folder->format, version, sanitized_migration_name(args.name), script(up.value(), *dialect),
                                 script(down.value(), *dialect));
  if (!written) return print(written.errors().front()), kError;
  auto updated = read_folder(args.dir, folder->format);
  if (!updated) return print(updated.errors().front()), kError;
  if (auto error = write_sum(updated.value())) return print(*error), kError;
  for (const std::string& file : written.value()) std::cout << "wrote " << args.dir << "/" << file << "\n";
  std::cout << up->changes.size() << (up->changes.size() == 1 ? " change" : " changes") << "; " << args.dir << "/schemac.sum updated\n";
  return kSuccess;
}

int run_create(const MigrateArgs& args) {
  if (args.name.empty()) return failed("a name for the migration is required");
  Folder folder;
  folder.dir = args.dir;
  if (std::filesystem::exists(args.dir)) {
    int code = 0;
    auto existing = checked_folder(args, code);
    if (!existing) return code;
    folder = std::move(*existing);
  } else {
    std::optional<FolderFormat> format;
    if (!layout(args, format)) return kError;
    folder.format = format.value_or(FolderFormat::GolangMigrate);
  }
  auto written = write_migration(args.dir, folder.format, next_version(folder), sanitized_migration_name(args.name),
                                 "-- the up migration\n", "-- the down migration\n");
  if (!written) return print(written.errors().front()), kError;
  auto updated = read_folder(args.dir, folder.format);
  if (!updated) return print(updated.errors().front()), kError;
  if (auto error = write_sum(updated.value())) return print(*error), kError;
  for (const std::string& file : written.value()) std::cout << "wrote " << args.dir << "/" << file << "\n";
  return kSuccess;
}

int run_hash(const MigrateArgs& args) {
  std::optional<FolderFormat> format;
  if (!layout(args, format)) return kError;
  auto folder = read_folder(args.dir, format);
  if (!folder) return print(folder.errors().front()), kError;
  if (auto error = write_sum(folder.value())) return print(*error), kError;
  std::cout << args.dir << "/schemac.sum written (" << folder->files.size() << " files)\n";
  return kSuccess;
}

// The newest migrations' hazards, as plan shows them: each migration is the
// diff between the folder replayed without it and with it.
int run_lint(const MigrateArgs& args) {
  int code = 0;
  auto folder = checked_folder(args, code);
  if (!folder) return code;
  const std::string dialect_name = args.sources.dialect.empty() ? "postgres" : args.sources.dialect == "postgresql" ? "postgres" : args.sources.dialect;
  const auto dialect = make_dialect(dialect_name);
  const std::size_t newest = std::min<std::size_t>(args.count == 0 ? 1 : args.count, folder->migrations.size());
  std::vector<SourceFile> files;
  auto replayed = [&]() { return parse_schema_texts(files, dialect_name, args.sources); };
  const std::size_t first = folder->migrations.size() - newest;
  for (std::size_t i = 0; i < first; ++i) files.push_back(up_file(*folder, folder->migrations[i]));
  auto before = replayed();
  if (!before) return print(before.errors().front()), kError;
  std::size_t destructive = 0;
  for (std::size_t i = first; i < folder->migrations.size(); ++i) {
    const Migration& migration = folder->migrations[i];
    files.push_back(up_file(*folder, migration));
    auto after = replayed();
    if (!after) {
      for (const Diagnostic& d : after.errors()) print(d);
      return kError;
    }
    auto changes = diff(before.value(), after.value(), options_for(dialect->table_rules()));
    if (!changes) return print(changes.errors().front()), kError;
    PlanSettings settings;
    settings.from = "before " + migration.version;
    settings.to = migration.version + " " + migration.name;
    settings.destructive_allowed = true;
    const Plan plan = make_plan(changes.value(), *dialect, settings);
    std::cout << render_text_plan(plan, stdout_wants_colour()) << "\n";
    destructive += plan.destructive_count();
    before = std::move(after);
  }
  if (destructive > 0) {
    std::cerr << destructive << (destructive == 1 ? " change loses" : " changes lose") << " data\n";
    return kRefused;
  }
  return kSuccess;
}

enum class RunKind { Up, Down, Status, Baseline, ResolveApplied, ResolveRolledBack };

int run_runner(const MigrateArgs& args, RunKind kind) {
  if (args.url.empty()) return failed("--url (the database) is required");
  int code = 0;
  auto folder = checked_folder(args, code);
  if (!folder) return code;
  auto dialect_name = resolve_dialect({args.url}, args.sources);
  if (!dialect_name) return print(dialect_name.errors().front()), kError;
  const auto dialect = make_dialect(dialect_name.value());
  auto target = open_target(args.url);
  if (!target) return print(target.errors().front()), kError;
  RunnerOptions options = args.runner;
  if (args.count > 0) options.count = args.count;
  switch (kind) {
    case RunKind::Up: return migrate_up(*target->connection, *dialect, *folder, options, std::cout, std::cerr);
    case RunKind::Down: return migrate_down(*target->connection, *dialect, *folder, options, std::cout, std::cerr);
    case RunKind::Status: return migrate_status(*target->connection, *dialect, *folder, args.status_format == "json", std::cout, std::cerr);
    case RunKind::Baseline: return migrate_baseline(*target->connection, *dialect, *folder, args.name, std::cout, std::cerr);
    case RunKind::ResolveApplied:
    case RunKind::ResolveRolledBack:
      return migrate_resolve(*target->connection, *dialect, *folder, args.name, kind == RunKind::ResolveApplied, std::cout, std::cerr);
  }
  return kError;
}

void folder_options(CLI::App& command, MigrateArgs& args, bool with_layout = true) {
  command.add_option("--dir", args.dir, "The migration folder")->default_val("migrations");
  if (with_layout)
    command.add_option("--format", args.format, "Folder layout: golang-migrate (default for a new folder), dbmate, goose, flyway");
}

void runner_options(CLI::App& command, MigrateArgs& args, bool with_layout = true) {
  folder_options(command, args, with_layout);
  command.add_option("--url", args.url, "The database: postgres://..., sqlite://path or a .db file, duckdb://path or a .duckdb file")->required();
  command.add_flag("--dry-run", args.runner.dry_run, "Print the SQL that would run; change nothing");
  command.add_option("--lock-wait", args.runner.lock_wait, "How long to wait for another runner to finish")->default_val("30s");
}

}  // namespace

void add_migrate_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<MigrateArgs>();
  CLI::App* migrate = app.add_subcommand("migrate", "Write migration files, and run a migration folder on a database");
  migrate->require_subcommand(1);
  migrate->footer(
      "Examples:\n"
      "  schemac migrate diff add_users --dir migrations --to schema/ --dialect postgres\n"
      "  schemac migrate up --dir migrations --url postgres://app@db/shop\n"
      "  schemac migrate status --dir migrations --url sqlite://app.db\n"
      "Exit codes: 0 done (or nothing to do), 1 error or a migration failed (rolled back),\n"
      "            3 refused (schemac.sum mismatch, an applied file edited or missing, a dirty database,\n"
      "            destructive changes without --allow-destructive).");

  CLI::App* diff = migrate->add_subcommand("diff", "Write the next migration: the folder's state to the desired schema, and back");
  diff->add_option("NAME", args->name, "What the migration does, e.g. add_user_prefs")->required();
  folder_options(*diff, *args);
  diff->add_option("--to", args->to, "Desired schema: file or folder")->required();
  add_source_options(*diff, args->sources);
  diff->add_flag("--allow-destructive", args->allow_destructive, "Write changes that lose data");
  diff->add_option("--rename", args->renames, "A rename, not a drop and an add (see schemac plan --help)");
  diff->callback([args, &exit_code] { exit_code = run_diff(*args); });

  CLI::App* create = migrate->add_subcommand("create", "Write an empty migration to fill by hand");
  create->add_option("NAME", args->name, "What the migration does")->required();
  folder_options(*create, *args);
  create->callback([args, &exit_code] { exit_code = run_create(*args); });

  CLI::App* hash = migrate->add_subcommand("hash", "Write schemac.sum afresh, accepting the folder as it is (after a deliberate edit)");
  folder_options(*hash, *args);
  hash->callback([args, &exit_code] { exit_code = run_hash(*args); });

  CLI::App* up = migrate->add_subcommand("up", "Apply pending migrations, each in its own transaction");
  up->add_option("N", args->count, "Only the next N");
  runner_options(*up, *args);
  up->callback([args, &exit_code] { exit_code = run_runner(*args, RunKind::Up); });

  CLI::App* down = migrate->add_subcommand("down", "Roll back the last applied migration (or N, or --all)");
  down->add_option("N", args->count, "The last N");
  down->add_flag("--all", args->runner.all, "Every applied migration");
  runner_options(*down, *args);
  down->callback([args, &exit_code] { exit_code = run_runner(*args, RunKind::Down); });

  CLI::App* lint = migrate->add_subcommand("lint", "The hazards of the newest migrations (the same rules as plan)");
  lint->add_option("N", args->count, "How many of the newest (default 1)");
  folder_options(*lint, *args);
  add_source_options(*lint, args->sources);
  lint->callback([args, &exit_code] { exit_code = run_lint(*args); });

  CLI::App* baseline = migrate->add_subcommand("baseline", "Adopt an existing database: mark migrations up to VERSION applied without running them");
  baseline->add_option("VERSION", args->name, "The last migration the database has (default: what golang-migrate's or dbmate's schema_migrations says)");
  runner_options(*baseline, *args);
  baseline->callback([args, &exit_code] { exit_code = run_runner(*args, RunKind::Baseline); });

  auto resolved_applied = std::make_shared<bool>(false);
  auto resolved_rolled_back = std::make_shared<bool>(false);
  CLI::App* resolve = migrate->add_subcommand("resolve", "Repair after a failed run: say whether VERSION is applied or not");
  resolve->add_option("VERSION", args->name, "The migration that failed")->required();
  auto* applied_flag = resolve->add_flag("--applied", *resolved_applied, "Its changes are in the database (finished by hand)");
  resolve->add_flag("--rolled-back", *resolved_rolled_back, "Its changes are not in the database")->excludes(applied_flag);
  runner_options(*resolve, *args);
  resolve->callback([args, resolved_applied, resolved_rolled_back, &exit_code] {
    if (*resolved_applied == *resolved_rolled_back) {
      std::cerr << "error: say --applied or --rolled-back\n";
      exit_code = kError;
      return;
    }
    exit_code = run_runner(*args, *resolved_applied ? RunKind::ResolveApplied : RunKind::ResolveRolledBack);
  });

  CLI::App* status = migrate->add_subcommand("status", "Applied, pending, failed, edited and missing migrations");
  runner_options(*status, *args, false);  // the layout is read off the files
  status->add_option("--format", args->status_format, "text or json")->check(CLI::IsMember({"text", "json"}))->default_val("text");
  status->callback([args, &exit_code] { exit_code = run_runner(*args, RunKind::Status); });
}

}  // namespace schemac::cli
