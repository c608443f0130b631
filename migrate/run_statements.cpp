#include "migrate/run_statements.hpp"

namespace schemac {

RunOutcome run_statements(db::Connection& connection, const std::vector<Statement>& statements,
                          const std::string& lock_timeout_literal) {
  RunOutcome outcome;
  auto run_each = [&](Placement placement) {
    for (const Statement& statement : statements) {
      if (statement.placement != placement) continue;
      if (auto error = connection.execute(statement.sql)) {
        outcome.failure = RunFailure{*error, statement.sql, false};
        return false;
      }
      ++outcome.executed;
    }
    return true;
  };
  if (!run_each(Placement::BeforeTransaction)) return outcome;
  outcome.committed_before = outcome.executed;

  if (auto error = connection.execute("BEGIN")) {
    outcome.failure = RunFailure{*error, "BEGIN", false};
    return outcome;
  }
  const std::string set_timeout = "SET LOCAL lock_timeout = " + lock_timeout_literal;
  if (auto error = connection.execute(set_timeout)) {
    connection.execute("ROLLBACK");
    outcome.failure = RunFailure{*error, set_timeout, true};
    return outcome;
  }
  if (!run_each(Placement::InTransaction)) {
    connection.execute("ROLLBACK");
    outcome.failure->rolled_back = true;
    return outcome;
  }
  if (auto error = connection.execute("COMMIT")) {
    outcome.failure = RunFailure{*error, "COMMIT", true};
    return outcome;
  }
  run_each(Placement::AfterTransaction);
  return outcome;
}

}  // namespace schemac
