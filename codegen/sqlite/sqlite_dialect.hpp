#pragma once
// SQLite: ALTER TABLE where SQLite can (ADD COLUMN within its rules, DROP
// COLUMN of a column nothing else names), otherwise the table is rebuilt as
// SQLite's documentation describes (new table, rows copied, old dropped, new
// renamed into place) with foreign keys off and checked before commit.
#include "codegen/dialect.hpp"
#include "codegen/sqlite/sqlite_table_rules.hpp"

namespace schemac {

class SqliteDialect final : public Dialect {
 public:
  std::string_view name() const override { return "sqlite"; }
  std::string_view default_schema() const override { return "main"; }
  std::string quote_ident(std::string_view name) const override;
  std::string quote_literal(std::string_view text) const override;
  std::vector<Statement> render(const Change& change, const RenderContext& context) const override;
  std::vector<Statement> prologue(const ChangeSet& changes) const override;
  std::vector<Statement> epilogue(const ChangeSet& changes) const override;
  Capabilities capabilities() const override { return Capabilities{true, false, false}; }
  const TableRules* table_rules() const override { return &rules_; }
  TransactionStart transaction_start(std::string_view) const override { return TransactionStart{"BEGIN IMMEDIATE", {}}; }
  // Each migration's BEGIN IMMEDIATE is the lock: a second runner waits for it this long.
  std::vector<std::string> runner_lock(bool take, std::string_view wait) const override;
  bool sets_only_the_connection(std::string_view statement) const override;

 private:
  SqliteTableRules rules_;
};

}  // namespace schemac
