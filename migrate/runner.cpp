#include "migrate/runner.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <map>

#include <nlohmann/json.hpp>

#include "migrate/script.hpp"
#include "model/fnv1a.hpp"

namespace schemac {
namespace {

// Plain SQL both PostgreSQL and SQLite read.
constexpr const char* kCreateHistory =
    "CREATE TABLE IF NOT EXISTS schemac_migrations (version TEXT PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, "
    "applied_at TEXT NOT NULL, execution_ms BIGINT NOT NULL, status TEXT NOT NULL, error TEXT)";
constexpr const char* kCreateVersion = "CREATE TABLE IF NOT EXISTS schemac_schema_version (version TEXT NOT NULL, dirty BOOLEAN NOT NULL)";
// The history row's error while a migration's statements after its
// transaction run: what stays if the process dies there.
constexpr const char* kUnfinished = "interrupted: its statements after the transaction had not all run";

struct Applied {
  std::string version, name, checksum, status, error;
};

struct History {
  std::map<std::string, Applied> rows;  // by version
  bool dirty = false;
  std::string dirty_version;
};

std::string now_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

class Runner {
 public:
  Runner(db::Connection& c, const Dialect& d, const Folder& f, const RunnerOptions& o, std::ostream& out, std::ostream& err)
      : connection_(c), dialect_(d), folder_(f), options_(o), out_(out), err_(err) {}

  // History tables made, the runners' lock taken, history read.
  bool start() {
    for (const char* sql : {kCreateHistory, kCreateVersion})
      if (auto error = connection_.execute(sql)) return fail("cannot make the history tables: " + *error);
    for (const std::string& sql : dialect_.runner_lock(true, options_.lock_wait))
      if (auto error = connection_.execute(sql))
        return fail("another schemac migrate holds the lock, and it was not released within " + options_.lock_wait + ": " + *error);
    locked_ = true;
    return read_history();
  }

  ~Runner() {
    if (locked_)
      for (const std::string& sql : dialect_.runner_lock(false, options_.lock_wait)) connection_.execute(sql);
  }
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  const History& history() const { return history_; }

  // History says `migration` is applied (or not), in one transaction, dirty cleared.
  int mark(const Migration& migration, bool applied_now) {
    if (auto error = write_history(record_sql(migration, applied_now, 0))) return fail(*error), 1;
    return 0;
  }

  bool read_history() {
    history_ = History{};
    auto rows = connection_.query("SELECT version, name, checksum, status, coalesce(error, '') FROM schemac_migrations");
    if (!rows) return fail(rows.errors().front().message);
    for (std::size_t i = 0; i < rows.value()->size(); ++i) {
      const auto text = [&](std::size_t c) { return std::string(rows.value()->get(i, c).value_or("")); };
      history_.rows[text(0)] = Applied{text(0), text(1), text(2), text(3), text(4)};
    }
    auto state = connection_.query("SELECT version, dirty FROM schemac_schema_version");
    if (!state) return fail(state.errors().front().message);
    if (state.value()->size() > 0) {
      const std::string dirty(state.value()->get(0, 1).value_or("f"));
      history_.dirty = dirty == "t" || dirty == "1" || dirty == "true";
      history_.dirty_version = std::string(state.value()->get(0, 0).value_or(""));
    }
    return true;
  }

  // Refuses a dirty database and applied migrations the folder no longer has as they were.
  int check() {
    if (history_.dirty) return refuse_dirty();
    for (const auto& [version, row] : history_.rows) {
      if (row.status != "applied") continue;
      const Migration* file = find(version);
      if (!file) {
        err_ << "error: migration " << version << " (" << row.name << ") is applied but missing from " << folder_.dir << "\n";
        return 3;
      }
      if (migration_checksum(*file) != row.checksum) {
        err_ << "error: migration " << version << " (" << row.name << ") was edited after it was applied: " << folder_.dir << "/"
             << file->files.front() << "\n";
        return 3;
      }
    }
    return 0;
  }

  const Migration* find(const std::string& version) const {
    auto it = std::find_if(folder_.migrations.begin(), folder_.migrations.end(), [&](const Migration& m) { return m.version == version; });
    return it == folder_.migrations.end() ? nullptr : &*it;
  }

  bool applied(const std::string& version) const {
    auto it = history_.rows.find(version);
    return it != history_.rows.end() && it->second.status == "applied";
  }

  // One migration's script, up or down; the history follows in the same transaction.
  int run(const Migration& migration, bool up) {
    const std::string& sql = up ? migration.up : migration.down;
    const std::string label = migration.version + " " + migration.name + (up ? "" : " (down)");
    if (options_.dry_run) {
      out_ << "-- " << label << "\n" << sql << (sql.ends_with("\n") ? "" : "\n");
      return 0;
    }
    const ScriptParts parts = split_migration_script(sql);
    const auto started = std::chrono::steady_clock::now();
    for (const std::string& statement : parts.before)
      if (auto error = connection_.execute(statement)) return failed(migration, up, *error, false);
    const TransactionStart start = dialect_.transaction_start(options_.lock_wait);
    if (auto error = connection_.execute(start.begin)) return failed(migration, up, *error, false);
    // Another runner may have got here first: the history, read again under the lock, says.
    if (!read_history()) return rollback_and(1);
    if (applied(migration.version) == up) {
      connection_.execute("ROLLBACK");
      out_ << "skipped " << label << ": another runner did it\n";
      return 0;
    }
    if (auto error = connection_.execute(parts.in_transaction); error && !parts.in_transaction.empty()) {
      connection_.execute("ROLLBACK");
      return failed(migration, up, *error, false);
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    // Statements after the transaction cannot be undone with it: until the
    // last of them has run, the database is recorded dirty at this version.
    const bool unfinished = std::any_of(parts.after.begin(), parts.after.end(),
                                        [&](const std::string& statement) { return !dialect_.sets_only_the_connection(statement); });
    if (auto error = connection_.execute(record_sql(migration, up, ms, unfinished))) {
      connection_.execute("ROLLBACK");
      return failed(migration, up, *error, false);
    }
    if (auto error = connection_.execute("COMMIT")) {
      connection_.execute("ROLLBACK");
      return failed(migration, up, *error, false);
    }
    // What cannot run in a transaction runs after it; a failure there leaves
    // the database half migrated: dirty.
    for (const std::string& statement : parts.after)
      if (auto error = connection_.execute(statement)) return failed(migration, up, *error, true);
    if (unfinished)
      if (auto error = write_history(finished_sql(migration, up))) return failed(migration, up, *error, true);
    const auto total = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    out_ << (up ? "applied " : "rolled back ") << label << " (" << total << " ms)\n" << std::flush;
    return 0;
  }

 private:
  std::string literal(const std::string& text) const { return dialect_.quote_literal(text); }

  // History statements outside a migration's transaction, in one of their
  // own: SQLite commits each statement of a script on its own, and a version
  // row deleted but not yet written again would say "clean, nothing applied".
  std::optional<std::string> write_history(const std::string& sql) {
    if (auto error = connection_.execute(dialect_.transaction_start(options_.lock_wait).begin)) return error;
    if (auto error = connection_.execute(sql)) {
      connection_.execute("ROLLBACK");
      return error;
    }
    if (auto error = connection_.execute("COMMIT")) {
      connection_.execute("ROLLBACK");
      return error;
    }
    return std::nullopt;
  }

  // The migration's history row replaced (status "applied" or "failed"), or only removed.
  std::string history_row(const Migration& migration, std::optional<std::string_view> status, long long ms, const std::string& error) const {
    std::string sql = "DELETE FROM schemac_migrations WHERE version = " + literal(migration.version) + ";\n";
    if (status)
      sql += "INSERT INTO schemac_migrations (version, name, checksum, applied_at, execution_ms, status, error) VALUES (" +
             literal(migration.version) + ", " + literal(migration.name) + ", " + literal(migration_checksum(migration)) + ", " +
             literal(now_utc()) + ", " + std::to_string(ms) + ", " + literal(std::string(*status)) + ", " +
             (error.empty() ? std::string("NULL") : literal(error)) + ");\n";
    return sql;
  }

  // The version row: clean at the newest applied migration, or dirty at `dirty_at`.
  std::string version_row(const std::string* dirty_at) const {
    std::string sql = "DELETE FROM schemac_schema_version;\n";
    if (dirty_at) return sql + "INSERT INTO schemac_schema_version (version, dirty) VALUES (" + literal(*dirty_at) + ", TRUE);\n";
    return sql + "INSERT INTO schemac_schema_version (version, dirty) SELECT coalesce(max(version), '0'), FALSE FROM schemac_migrations "
                 "WHERE status = 'applied';\n";
  }

  std::string record_sql(const Migration& migration, bool up, long long ms, bool unfinished = false) const {
    return history_row(migration, up ? std::optional<std::string_view>("applied") : std::nullopt, ms, unfinished ? kUnfinished : "") +
           version_row(unfinished ? &migration.version : nullptr);
  }

  // The last statement after the transaction has run: clean again.
  std::string finished_sql(const Migration& migration, bool up) const {
    std::string sql = up ? "UPDATE schemac_migrations SET error = NULL WHERE version = " + literal(migration.version) + ";\n" : "";
    return sql + version_row(nullptr);
  }

  // A dirty database names what may not have run and the two ways out.
  int refuse_dirty() {
    const std::string& version = history_.dirty_version;
    const Migration* migration = find(version);
    const bool up = applied(version);  // the up script records "applied" before its statements after the transaction
    err_ << "error: the database is dirty at version " << version << (migration ? " (" + migration->name + ")" : "") << ": ";
    std::vector<std::string> unfinished;
    if (migration) unfinished = split_migration_script(up ? migration->up : migration->down).after;
    if (unfinished.empty()) {
      err_ << "a migration failed where it could not be rolled back; repair the database, then run\n"
           << "  schemac migrate resolve " << version << " --applied|--rolled-back --url URL\n";
      return 3;
    }
    err_ << "its " << (up ? "up" : "down") << " script committed, then failed or was interrupted in the statements that run after its "
         << "transaction, so these may not all have run:\n";
    bool concurrently = false;
    for (std::string statement : unfinished) {
      if (statement.starts_with(kNoTransactionMarker)) statement.erase(0, statement.find('\n') + 1);
      concurrently = concurrently || statement.find("CONCURRENTLY") != std::string::npos;
      while (!statement.empty() && std::isspace(static_cast<unsigned char>(statement.back()))) statement.pop_back();
      for (std::size_t at = 0; (at = statement.find('\n', at)) != std::string::npos; at += 3) statement.replace(at, 1, "\n  ");
      err_ << "  " << statement << "\n";
    }
    if (concurrently)
      err_ << "An interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index behind (\\d in psql shows it): drop it and create it again.\n";
    err_ << "Once every statement above has run, run\n"
         << "  schemac migrate resolve " << version << (up ? " --applied" : " --rolled-back") << " --url URL\n"
         << "or, to give it up, undo what of it ran and run the same with " << (up ? "--rolled-back" : "--applied") << "\n";
    return 3;
  }

  int failed(const Migration& migration, bool up, const std::string& error, bool dirty) {
    err_ << "error: migration " << migration.version << " " << migration.name << (up ? "" : " (down)") << " failed: " << error << "\n";
    // An up script that committed stays recorded as applied (with its error):
    // a dirty database's message reads the direction from that.
    std::string sql = dirty && up ? "UPDATE schemac_migrations SET error = " + literal(error) + " WHERE version = " + literal(migration.version) + ";\n"
                                  : history_row(migration, "failed", 0, error);
    if (dirty) sql += version_row(&migration.version);
    if (auto problem = write_history(sql)) err_ << "error: recording the failure failed too: " << *problem << "\n";
    err_ << (dirty ? "the transaction had committed: the database is dirty until schemac migrate resolve\n"
                   : "the migration was rolled back: the database is as it was before it\n");
    return 1;
  }

  int rollback_and(int code) {
    connection_.execute("ROLLBACK");
    return code;
  }

  bool fail(const std::string& message) {
    err_ << "error: " << message << "\n";
    return false;
  }

  db::Connection& connection_;
  const Dialect& dialect_;
  const Folder& folder_;
  const RunnerOptions& options_;
  std::ostream& out_;
  std::ostream& err_;
  History history_;
  bool locked_ = false;
};

}  // namespace

std::string migration_checksum(const Migration& migration) {
  Fnv1a hash;
  hash.add(migration.up);
  hash.add('\0');
  hash.add(migration.down);
  return hash.text();
}

int migrate_up(db::Connection& connection, const Dialect& dialect, const Folder& folder, const RunnerOptions& options, std::ostream& out,
               std::ostream& err) {
  Runner runner(connection, dialect, folder, options, out, err);
  if (!runner.start()) return 1;
  if (const int refused = runner.check()) return refused;
  std::size_t done = 0;
  for (const Migration& migration : folder.migrations) {
    if (runner.applied(migration.version)) continue;
    if (options.count && done == *options.count) break;
    if (const int code = runner.run(migration, true)) return code;
    ++done;
  }
  if (done == 0) out << "Nothing to apply: every migration in " << folder.dir << " is applied.\n";
  return 0;
}

int migrate_down(db::Connection& connection, const Dialect& dialect, const Folder& folder, const RunnerOptions& options, std::ostream& out,
                 std::ostream& err) {
  Runner runner(connection, dialect, folder, options, out, err);
  if (!runner.start()) return 1;
  if (const int refused = runner.check()) return refused;
  const std::size_t wanted = options.all ? folder.migrations.size() : options.count.value_or(1);
  std::size_t done = 0;
  for (auto it = folder.migrations.rbegin(); it != folder.migrations.rend() && done < wanted; ++it) {
    if (!runner.applied(it->version)) continue;
    if (const int code = runner.run(*it, false)) return code;
    ++done;
  }
  if (done == 0) out << "Nothing to roll back.\n";
  return 0;
}

int migrate_status(db::Connection& connection, const Dialect& dialect, const Folder& folder, bool json, std::ostream& out, std::ostream& err) {
  RunnerOptions options;
  Runner runner(connection, dialect, folder, options, out, err);
  if (!runner.start()) return 1;
  struct Line {
    std::string version, name, state;
  };
  std::vector<Line> lines;
  for (const Migration& migration : folder.migrations) {
    auto it = runner.history().rows.find(migration.version);
    std::string state = "pending";
    if (it != runner.history().rows.end())
      state = it->second.status != "applied" ? it->second.status : it->second.checksum == migration_checksum(migration) ? "applied" : "checksum-mismatch";
    if (runner.history().dirty && runner.history().dirty_version == migration.version) state = "dirty";
    lines.push_back({migration.version, migration.name, state});
  }
  for (const auto& [version, row] : runner.history().rows)
    if (!runner.find(version)) lines.push_back({version, row.name, "missing-from-folder"});
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.version < b.version; });
  if (json) {
    nlohmann::ordered_json report{{"dirty", runner.history().dirty}, {"migrations", nlohmann::ordered_json::array()}};
    for (const Line& line : lines) report["migrations"].push_back({{"version", line.version}, {"name", line.name}, {"state", line.state}});
    out << report.dump(2) << "\n";
    return 0;
  }
  for (const Line& line : lines) out << line.state << std::string(line.state.size() < 20 ? 20 - line.state.size() : 1, ' ') << line.version << " " << line.name << "\n";
  if (runner.history().dirty) out << "dirty at " << runner.history().dirty_version << "\n";
  if (lines.empty()) out << "No migrations in " << folder.dir << ".\n";
  return 0;
}

namespace {

// The version another runner's history table records: golang-migrate keeps
// one row (version, dirty), dbmate one row per applied version.
std::optional<std::string> foreign_version(db::Connection& connection, std::ostream& err) {
  auto rows = connection.query("SELECT max(version) FROM schema_migrations");
  if (!rows || rows.value()->size() == 0 || !rows.value()->get(0, 0)) {
    err << "error: no version given, and no schema_migrations table (golang-migrate's or dbmate's) to take it from\n";
    return std::nullopt;
  }
  return std::string(*rows.value()->get(0, 0));
}

}  // namespace

int migrate_baseline(db::Connection& connection, const Dialect& dialect, const Folder& folder, const std::string& version, std::ostream& out,
                     std::ostream& err) {
  std::string upto = version;
  if (upto.empty()) {
    auto found = foreign_version(connection, err);
    if (!found) return 1;
    upto = *found;
    out << "schema_migrations says version " << upto << "\n";
  }
  RunnerOptions options;
  Runner runner(connection, dialect, folder, options, out, err);
  if (!runner.start()) return 1;
  if (!runner.history().rows.empty()) {
    err << "error: the database has a schemac history already: baseline is for one that has none\n";
    return 3;
  }
  if (!runner.find(upto)) {
    err << "error: no migration " << upto << " in " << folder.dir << "\n";
    return 1;
  }
  std::size_t marked = 0;
  for (const Migration& migration : folder.migrations) {
    if (const int code = runner.mark(migration, true)) return code;
    ++marked;
    if (migration.version == upto) break;
  }
  out << "baselined at " << upto << ": " << marked << (marked == 1 ? " migration" : " migrations") << " marked applied without running\n";
  return 0;
}

int migrate_resolve(db::Connection& connection, const Dialect& dialect, const Folder& folder, const std::string& version, bool applied,
                    std::ostream& out, std::ostream& err) {
  RunnerOptions options;
  Runner runner(connection, dialect, folder, options, out, err);
  if (!runner.start()) return 1;
  const Migration* migration = runner.find(version);
  if (!migration) {
    err << "error: no migration " << version << " in " << folder.dir << "\n";
    return 1;
  }
  if (const int code = runner.mark(*migration, applied)) return code;
  out << "resolved " << version << " " << migration->name << " as " << (applied ? "applied" : "not applied") << "; the database is clean\n";
  return 0;
}

}  // namespace schemac
