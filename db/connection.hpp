#pragma once
// A small database connection interface (exec, query rows, transactions);
// one implementation per driver. Errors are returned, never thrown: a
// database that says no is user input, not a bug.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/result.hpp"

namespace schemac::db {

// Query results as text, the way the server formats them; NULL is nullopt.
// The values stay in the driver's own buffer (no copy per value): large
// catalogs are read straight out of it.
class Rows {
 public:
  virtual ~Rows() = default;
  virtual std::size_t size() const = 0;
  virtual std::size_t columns() const = 0;
  virtual std::optional<std::string_view> get(std::size_t row, std::size_t column) const = 0;
};

class Connection {
 public:
  virtual ~Connection() = default;
  // Runs one or more statements; an error message on failure.
  virtual std::optional<std::string> execute(const std::string& sql) = 0;
  virtual Result<std::unique_ptr<Rows>> query(const std::string& sql,
                                              const std::vector<std::optional<std::string>>& params = {}) = 0;
  // The same, with the rows handed over in small batches as they arrive: the
  // caller works while the server is still sending, and a large result is
  // never held whole. Returns the error, if any.
  virtual std::optional<Diagnostic> stream(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                                           const std::function<void(const Rows&)>& each_batch) = 0;
  // Another connection to the same database, to read in parallel.
  virtual Result<std::unique_ptr<Connection>> open_another() const = 0;
  // Statements sent so far, through this connection and those opened from it
  // (tests count catalog queries with it).
  virtual std::size_t statements_sent() const = 0;
  // The server's version as a number (180004 for 18.4), known from the
  // connection handshake without a query; 0 where the engine has none.
  virtual int server_version() const { return 0; }
};

}  // namespace schemac::db
