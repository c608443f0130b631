#pragma once
#include "codegen/dialect.hpp"

namespace schemac {

class PostgresDialect final : public Dialect {
 public:
  std::string_view name() const override { return "postgres"; }
  std::string_view default_schema() const override { return "public"; }
  std::string quote_ident(std::string_view name) const override;
  std::string quote_literal(std::string_view text) const override;
  std::vector<Statement> render(const Change& change, const RenderContext& context) const override;
  std::vector<Statement> prologue(const ChangeSet& changes) const override;
  std::vector<Statement> session_settings(std::string_view lock_timeout, std::string_view statement_timeout) const override;
  Capabilities capabilities() const override { return Capabilities{true, true, true}; }
  TransactionStart transaction_start(std::string_view lock_timeout) const override;
  std::vector<std::string> runner_lock(bool take, std::string_view wait) const override;
};

}  // namespace schemac
