#include "inspect/postgres/inspect_postgres.hpp"

#include <fnmatch.h>

#include <future>

#include "inspect/postgres/catalog_queries.hpp"
#include "inspect/postgres/catalog_version.hpp"
#include "inspect/postgres/head_script.hpp"
#include "inspect/postgres/table_reader.hpp"
#include "inspect/postgres/view_script.hpp"
#include "parser/postgres/session.hpp"

namespace schemac::pg {
namespace {

// A text[] literal for the schema filter parameter.
std::string array_literal(const std::vector<std::string>& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ",";
    out += '"';
    for (char c : items[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

}  // namespace

bool excluded_table(const InspectOptions& options, std::string_view table) {
  if (options.exclude.empty()) return false;
  const std::string name(table);
  for (const auto& pattern : options.exclude)
    if (fnmatch(pattern.c_str(), name.c_str(), 0) == 0) return true;
  return false;
}

namespace {

// A read-only transaction for the whole inspection, so every query sees the
// same catalog even while someone runs DDL; ended whatever happens.
class Snapshot {
 public:
  explicit Snapshot(db::Connection& connection) : connection_(connection) {}
  ~Snapshot() {
    if (open_) connection_.execute("COMMIT");
  }
  // After a failed statement the transaction can only be rolled back: start again.
  std::optional<std::string> restart() {
    connection_.execute("ROLLBACK");
    return begin();
  }
  std::optional<std::string> begin(const std::string& imported = {}) {
    std::string sql = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;";
    if (!imported.empty()) sql += "SET TRANSACTION SNAPSHOT '" + imported + "';";
    sql += catalog::kEmptySearchPath;
    auto error = connection_.execute(sql);
    open_ = !error;
    return error;
  }

 private:
  db::Connection& connection_;
  bool open_ = false;
};

using Params = std::vector<std::optional<std::string>>;

struct ConstraintAndIndexRows {
  std::unique_ptr<db::Rows> parents, constraints, indexes;
  std::vector<Diagnostic> errors;
};

ConstraintAndIndexRows read_constraints_and_indexes(db::Connection& connection, const Params& params,
                                                    catalog::ServerVersion version) {
  ConstraintAndIndexRows out;
  for (auto [sql, rows] : {std::pair{catalog::kParents, &out.parents}, std::pair{catalog::kConstraints, &out.constraints},
                           std::pair{catalog::kIndexes, &out.indexes}}) {
    auto result = connection.query(catalog::for_server(sql, version), params);
    if (!result) {
      out.errors = result.errors();
      return out;
    }
    *rows = std::move(result).value();
  }
  return out;
}

// The constraint and index queries on a second connection sharing the
// snapshot: another server backend, so they run on another core while the
// first reads columns. nullopt: no second connection (they then run after
// the columns on the first).
std::optional<std::future<ConstraintAndIndexRows>> start_helper(db::Connection& connection, Snapshot& transaction, const Params& params,
                                                                 catalog::ServerVersion version) {
  auto exported = connection.query("SELECT pg_catalog.pg_export_snapshot()");
  if (!exported || exported.value()->size() != 1) {
    transaction.restart();  // e.g. a server that cannot export snapshots
    return std::nullopt;
  }
  const std::string snapshot(exported.value()->get(0, 0).value_or(""));
  auto helper = connection.open_another();
  if (!helper) return std::nullopt;
  return std::async(std::launch::async, [helper = std::move(helper).value(), snapshot, params, version]() mutable {
    Snapshot shared(*helper);
    if (auto error = shared.begin(snapshot)) return ConstraintAndIndexRows{{}, {}, {}, {Diagnostic{{}, *error, {}, {}}}};
    return read_constraints_and_indexes(*helper, params, version);
  });
}

// Indexes are read back as definitions, whose text cannot say the index is
// invalid; NOT ENFORCED constraints as definitions without those words.
void mark_read_apart(Schema& schema, const TablesRead& read) {
  for (const auto& [table_name, index_name] : read.invalid_indexes)
    for (Table& table : schema.tables)
      if (table.name == table_name)
        for (Index& index : table.indexes)
          if (index.name == index_name) index.invalid = true;
  for (const auto& [table_name, constraint] : read.not_enforced)
    for (Table& table : schema.tables)
      if (table.name == table_name) {
        for (CheckConstraint& check : table.checks)
          if (check.name == constraint) check.enforced = false, check.valid = true;
        for (ForeignKey& fk : table.foreign_keys)
          if (fk.name == constraint) fk.enforced = false, fk.valid = true;
      }
}

// The server's version, or why it cannot be inspected.
Result<catalog::ServerVersion> server_version(const db::Connection& connection) {
  const catalog::ServerVersion version{connection.server_version()};
  // 130012 is 13.12; before 10 the number had three parts (90624 is 9.6.24).
  const std::string text = version.number >= 100000
                               ? std::to_string(version.major()) + "." + std::to_string(version.number % 10000)
                               : std::to_string(version.major()) + "." + std::to_string(version.number / 100 % 100);
  if (auto reason = catalog::unsupported(version, text)) return Diagnostic{{}, *reason, {}, {}};
  return version;
}

}  // namespace

Result<Parsed> inspect_postgres(db::Connection& connection, const InspectOptions& options, const std::string& source_name) {
  Snapshot transaction(connection);
  if (auto error = transaction.begin()) return Diagnostic{{}, *error, {}, {}};
  const auto server = server_version(connection);
  if (!server) return server.errors();
  const catalog::ServerVersion version = server.value();
  const Params params{options.schemas.empty() ? std::nullopt : std::optional(array_literal(options.schemas))};
  auto helper = start_helper(connection, transaction, params, version);

  std::vector<std::unique_ptr<db::Rows>> head_rows;
  for (const char* sql : {catalog::kExtensions, catalog::kNamespaces, catalog::kEnums, catalog::kSequences, catalog::kViews,
                          catalog::kFunctions, catalog::kTriggers,
                          catalog::kPolicies, catalog::kCollationsAndOperators, catalog::kDomainsAndComposites}) {
    auto rows = connection.query(catalog::for_server(sql, version), params);
    if (!rows) return rows.errors();
    head_rows.push_back(std::move(rows).value());
  }
  std::string privileges;
  if (options.privileges) {
    auto rows = connection.query(catalog::for_server(catalog::kPrivileges, version), params);
    if (!rows) return rows.errors();
    privileges = privilege_script(*rows.value(), options);
  }
  if (options.owners) {  // before the grants: a new owner takes over the old one's privileges
    auto rows = connection.query(catalog::for_server(catalog::kOwners, version), params);
    if (!rows) return rows.errors();
    privileges = privilege_script(*rows.value(), options) + privileges;
  }
  Session session(ParseOptions{options.skip_unsupported, options.privileges, options.owners, {"public"}, version.major()});
  const HeadScript head = head_script(HeadRows{*head_rows[0], *head_rows[1], *head_rows[2], *head_rows[3]}, options);
  const std::string views = view_script(*head_rows[4]);
  const std::string functions = function_script(*head_rows[5]) + defined_script(*head_rows[8], false);
  const std::string collations = defined_script(*head_rows[8], true) + type_script(*head_rows[9]);
  const std::string triggers = trigger_script(*head_rows[6], options) + trigger_script(*head_rows[7], options);
  head_rows.clear();
  if (!session.read(SourceFile{source_name, head.before_tables + collations}, false))
    return Diagnostic{{}, "cannot read the catalog", {}, {}};

  // Columns stream in and are read as they come; the largest result is never held whole.
  TableReader reader(session, options, source_name);
  if (auto error = connection.stream(catalog::for_server(catalog::kColumns, version), params, [&](const db::Rows& rows) { reader.columns(rows); }))
    return *error;
  {  // freed before the tables are finished
    const ConstraintAndIndexRows rows = helper ? helper->get() : read_constraints_and_indexes(connection, params, version);
    if (!rows.errors.empty()) return rows.errors;
    reader.parents(*rows.parents);
    reader.constraints(*rows.constraints);
    reader.indexes(*rows.indexes);
  }
  const TablesRead tables = reader.finish();

  std::string after = std::string(catalog::kEmptySearchPath) + ";\n";
  for (const auto& [table, statement] : head.per_table)
    if (tables.names.contains(table)) after += statement;
  after += tables.script + functions + views + triggers + head.comments + privileges;
  // In pieces: the script holds a statement per identity column, trigger, view.... at 10,000 tables its
  // parse tree read whole took a few hundred MiB.
  if (!session.read(SourceFile{source_name, after}, true)) return Diagnostic{{}, "cannot read the catalog", {}, {}};
  auto parsed = session.finish();
  if (parsed) mark_read_apart(parsed->schema, tables);
  return parsed;
}

}  // namespace schemac::pg
