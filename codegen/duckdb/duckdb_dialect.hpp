#pragma once
// DuckDB: ALTER TABLE where DuckDB can (see DuckdbTableRules), otherwise the
// table is rebuilt (new table, rows copied, old dropped, new renamed into
// place); DDL is transactional, so a failed migration changes nothing.
#include "codegen/dialect.hpp"
#include "codegen/duckdb/duckdb_table_rules.hpp"

namespace schemac {

class DuckdbDialect final : public Dialect {
 public:
  std::string_view name() const override { return "duckdb"; }
  std::string_view default_schema() const override { return "main"; }
  std::string quote_ident(std::string_view name) const override;
  std::string quote_literal(std::string_view text) const override;
  std::vector<Statement> render(const Change& change, const RenderContext& context) const override;
  Capabilities capabilities() const override { return Capabilities{true, false, false}; }
  const TableRules* table_rules() const override { return &rules_; }
  TransactionStart transaction_start(std::string_view) const override { return TransactionStart{"BEGIN TRANSACTION", {}}; }
  // DuckDB lets one process write a database file at a time: opening it is the lock.
  std::vector<std::string> runner_lock(bool, std::string_view) const override { return {}; }

 private:
  DuckdbTableRules rules_;
};

}  // namespace schemac
