#pragma once
// A small database connection interface (exec, query rows, transactions);
// one implementation per driver. Errors are returned, never thrown: a
// database that says no is user input, not a bug.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/result.hpp"

namespace schemac::db {

// Query results as text, the way the server formats them; NULL is nullopt.
struct Rows {
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

class Connection {
 public:
  virtual ~Connection() = default;
  // Runs one or more statements; an error message on failure.
  virtual std::optional<std::string> execute(const std::string& sql) = 0;
  virtual Result<Rows> query(const std::string& sql, const std::vector<std::optional<std::string>>& params = {}) = 0;
  // Statements sent so far (tests count catalog queries with it).
  virtual std::size_t statements_sent() const = 0;
};

}  // namespace schemac::db
