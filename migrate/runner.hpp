#pragma once
// Runs a migration folder on a database, as a production runner must:
// history in schemac_migrations (version, name, checksum, applied_at,
// execution_ms, status, error) and schemac_schema_version (version, dirty);
// each migration in its own transaction; applied files checked against the
// folder before anything runs; a dirty database refused until resolved;
// concurrent runners kept apart (PostgreSQL: an advisory lock; SQLite:
// BEGIN IMMEDIATE, the history read again inside the transaction).
#include <optional>
#include <ostream>
#include <string>

#include "codegen/dialect.hpp"
#include "db/connection.hpp"
#include "migrate/folder.hpp"

namespace schemac {

inline constexpr const char* kHistoryTable = "schemac_migrations";
inline constexpr const char* kVersionTable = "schemac_schema_version";

struct RunnerOptions {
  bool dry_run = false;    // print what would run, change nothing
  std::string lock_wait = "30s";
  std::optional<std::size_t> count;  // up/down: how many migrations (down: 1 unless all)
  bool all = false;        // down: every applied migration
};

// Exit codes as the CLI's: 0 done, 1 a migration failed, 3 refused (dirty,
// an applied file edited or missing).
int migrate_up(db::Connection& connection, const Dialect& dialect, const Folder& folder, const RunnerOptions& options, std::ostream& out,
               std::ostream& err);
int migrate_down(db::Connection& connection, const Dialect& dialect, const Folder& folder, const RunnerOptions& options, std::ostream& out,
                 std::ostream& err);
int migrate_status(db::Connection& connection, const Dialect& dialect, const Folder& folder, bool json, std::ostream& out, std::ostream& err);

// Marks the folder's migrations up to `version` applied without running them
// (a database made before schemac ran it). Without a version: the version
// golang-migrate's or dbmate's own history (schema_migrations) records.
int migrate_baseline(db::Connection& connection, const Dialect& dialect, const Folder& folder, const std::string& version,
                     std::ostream& out, std::ostream& err);
// After a failed run: `applied` records the migration as applied (its
// changes were finished by hand), otherwise as not applied; clears dirty.
int migrate_resolve(db::Connection& connection, const Dialect& dialect, const Folder& folder, const std::string& version, bool applied,
                    std::ostream& out, std::ostream& err);

// The checksum history keeps of a migration (of its up and down SQL).
std::string migration_checksum(const Migration& migration);

}  // namespace schemac
