#pragma once
// diff(from, to): the changes that turn `from` into `to`, in an order a
// database can execute. Pure: no I/O, same input -> same output.
// The down migration is diff(to, from): the same algorithm, never a
// hand-written inverse.
#include "diff/change.hpp"
#include "diff/rename.hpp"
#include "diff/table_rules.hpp"
#include "model/result.hpp"
#include "model/schema.hpp"

namespace schemac {

struct DiffOptions {
  const TableRules* table_rules = nullptr;  // the target database's limits; none: everything alters in place
  std::vector<Rename> renames;              // besides those the desired schema records (renamed_from)
  bool additive_only = false;               // leave out drops and narrowing changes, listing them
  bool concurrent_indexes = false;          // indexes on existing tables built CONCURRENTLY, after the transaction
  bool online_constraints = false;          // foreign keys and checks on existing tables NOT VALID, validated after
};

// The defaults, for a database with these limits.
inline DiffOptions options_for(const TableRules* table_rules) {
  DiffOptions options;
  options.table_rules = table_rules;
  return options;
}

Result<ChangeSet> diff(const Schema& from, const Schema& to, const DiffOptions& options = {});

}  // namespace schemac
