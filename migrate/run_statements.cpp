#include "migrate/run_statements.hpp"

namespace schemac {
namespace {

// A check statement's rows are violations.
std::optional<std::string> run_check(db::Connection& connection, const Statement& statement) {
  auto rows = connection.query(statement.sql);
  if (!rows) return rows.errors().front().message;
  const std::size_t count = rows.value()->size();
  if (count == 0) return std::nullopt;
  std::string message = std::to_string(count) + (count == 1 ? " row violates" : " rows violate") + " the check";
  if (auto table = rows.value()->get(0, 0)) message += " (first in " + std::string(*table) + ")";
  return message;
}

}  // namespace

RunOutcome run_statements(db::Connection& connection, const std::vector<Statement>& statements, const TransactionStart& start) {
  RunOutcome outcome;
  auto run_each = [&](Placement placement) {
    for (const Statement& statement : statements) {
      if (statement.placement != placement) continue;
      auto error = statement.expect_no_rows ? run_check(connection, statement) : connection.execute(statement.sql);
      if (error) {
        outcome.failure = RunFailure{*error, statement.sql, false};
        return false;
      }
      ++outcome.executed;
    }
    return true;
  };
  if (!run_each(Placement::BeforeTransaction)) return outcome;
  outcome.committed_before = outcome.executed;

  if (auto error = connection.execute(start.begin)) {
    outcome.failure = RunFailure{*error, start.begin, false};
    return outcome;
  }
  for (const std::string& setting : start.settings) {
    if (auto error = connection.execute(setting)) {
      connection.execute("ROLLBACK");
      outcome.failure = RunFailure{*error, setting, true};
      return outcome;
    }
  }
  if (!run_each(Placement::InTransaction)) {
    connection.execute("ROLLBACK");
    outcome.failure->rolled_back = true;
    return outcome;
  }
  if (auto error = connection.execute("COMMIT")) {
    connection.execute("ROLLBACK");
    outcome.failure = RunFailure{*error, "COMMIT", true};
    return outcome;
  }
  run_each(Placement::AfterTransaction);
  return outcome;
}

}  // namespace schemac
