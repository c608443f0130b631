#pragma once
// Turns command-line sources (a .sql file, a folder, a postgres:// URL or
// libpq keyword string) into IR, keeping comparisons like with like: when
// a database is involved, schema files are loaded into a scratch database
// on the same server (or --dev-url) and inspected, so both sides come out
// of the same inspector (see DESIGN.md, "Canonical form").
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/connection.hpp"
#include "model/result.hpp"
#include "model/schema.hpp"
#include "model/source_file.hpp"
#include "model/source_range.hpp"

namespace schemac {

struct SourceOptions {
  std::string dialect;  // postgres or sqlite; empty: from the databases given, else postgres
  bool skip_unsupported = false;
  bool privileges = false;           // GRANT / REVOKE are part of the schema
  bool owners = false;               // ALTER ... OWNER TO is part of the schema
  std::vector<std::string> schemas;  // databases: schemas to read (empty: all)
  std::vector<std::string> exclude;  // databases: table name patterns to leave out
  std::string dev_url;               // scratch server for schema files; empty: the compared database's server
  // PostgreSQL files: the search_path of the role migrations run as (empty: public).
  std::vector<std::string> search_path;
  // PostgreSQL files read offline: the major the migration is for
  // (--pg-version; 0: not named, any major that has what the files use).
  // Against a database its server's version counts: files are read there.
  int pg_version = 0;
};

struct LoadedSchema {
  Schema schema;
  std::string display;  // for messages and plans; never holds a password
};

struct LoadReport {
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;
};

// The dialect of a command: --dialect, or what the databases named are; an
// error when they disagree.
Result<std::string> resolve_dialect(const std::vector<std::string>& sources, const SourceOptions& options);

std::optional<std::pair<LoadedSchema, LoadedSchema>> load_comparison(const std::string& from, const std::string& to,
                                                                     const SourceOptions& options, LoadReport& report);

// Schema texts (a migration folder's up files, in order) as one schema, offline.
Result<Schema> parse_schema_texts(const std::vector<SourceFile>& files, const std::string& dialect, const SourceOptions& options);

// A database already connected to (a scratch database something was run on),
// read by the dialect's inspector; the runner's own tables left out.
Result<Schema> inspect_connection(db::Connection& connection, const std::string& dialect, const SourceOptions& options,
                                  const std::string& display);

std::optional<LoadedSchema> load_single(const std::string& source, const SourceOptions& options, LoadReport& report);

}  // namespace schemac
