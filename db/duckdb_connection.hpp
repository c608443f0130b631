#pragma once
// The Connection interface over a DuckDB database file, through DuckDB's C
// API (libduckdb). DuckDB lets one process write a file at a time: a second
// writer gets a clear "could not set lock" error from open.
#include <memory>
#include <string>

#include "db/connection.hpp"

namespace schemac::db {

class DuckdbConnection final : public Connection {
 public:
  // Opens `path` (":memory:" for a database of its own); `create` allows a new file.
  static Result<std::unique_ptr<DuckdbConnection>> open(const std::string& path, bool create);
  ~DuckdbConnection() override;
  DuckdbConnection(const DuckdbConnection&) = delete;
  DuckdbConnection& operator=(const DuckdbConnection&) = delete;

  std::optional<std::string> execute(const std::string& sql) override;
  Result<std::unique_ptr<Rows>> query(const std::string& sql,
                                      const std::vector<std::optional<std::string>>& params = {}) override;
  std::optional<Diagnostic> stream(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                                   const std::function<void(const Rows&)>& each_batch) override;
  // Another connection to the same database (the same instance: DuckDB shares it within a process).
  Result<std::unique_ptr<Connection>> open_another() const override;
  std::size_t statements_sent() const override { return *statements_sent_; }

 private:
  struct Instance;  // the database, shared by the connections opened from one another
  DuckdbConnection(std::shared_ptr<Instance> instance, void* connection);
  std::shared_ptr<Instance> instance_;
  void* connection_;  // duckdb_connection
  std::shared_ptr<std::size_t> statements_sent_ = std::make_shared<std::size_t>(0);
};

}  // namespace schemac::db
