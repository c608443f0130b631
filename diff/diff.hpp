#pragma once
// diff(from, to): the changes that turn `from` into `to`, in an order a
// database can execute. Pure: no I/O, same input -> same output.
// The down migration is diff(to, from): the same algorithm, never a
// hand-written inverse.
#include "diff/change.hpp"
#include "diff/table_rules.hpp"
#include "model/result.hpp"
#include "model/schema.hpp"

namespace schemac {

struct DiffOptions {
  const TableRules* table_rules = nullptr;  // the target database's limits; none: everything alters in place
};

Result<ChangeSet> diff(const Schema& from, const Schema& to, const DiffOptions& options = {});

}  // namespace schemac
