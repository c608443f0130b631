#pragma once
// Runs a plan's statements on a database: statements that must be committed
// first run on their own, the rest in one transaction opened as the dialect
// says (PostgreSQL: with a lock_timeout), so a failure leaves the database as
// it was, then those that cannot run inside a transaction. `schemac apply` and the convergence tests use it, so
// tests run migrations exactly as users do.
#include <optional>
#include <string>
#include <vector>

#include "codegen/dialect.hpp"
#include "db/connection.hpp"

namespace schemac {

struct RunFailure {
  std::string message;       // the server's error
  std::string statement;     // the statement that failed
  bool rolled_back = false;  // the transactional part was undone
};

struct RunOutcome {
  std::size_t executed = 0;
  std::size_t committed_before = 0;  // statements committed on their own before the transaction
  std::optional<RunFailure> failure;
};

RunOutcome run_statements(db::Connection& connection, const std::vector<Statement>& statements, const TransactionStart& start);

}  // namespace schemac
