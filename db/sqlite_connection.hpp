#pragma once
// The Connection interface over an SQLite database file (sqlite3).
#include <memory>
#include <string>

#include "db/connection.hpp"

struct sqlite3;

namespace schemac::db {

class SqliteConnection final : public Connection {
 public:
  // Opens `path` (":memory:" for a database of its own); `create` allows a new file.
  static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path, bool create);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  std::optional<std::string> execute(const std::string& sql) override;
  Result<std::unique_ptr<Rows>> query(const std::string& sql,
                                      const std::vector<std::optional<std::string>>& params = {}) override;
  std::optional<Diagnostic> stream(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                                   const std::function<void(const Rows&)>& each_batch) override;
  Result<std::unique_ptr<Connection>> open_another() const override;
  std::size_t statements_sent() const override { return statements_sent_; }

 private:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::size_t statements_sent_ = 0;
};

}  // namespace schemac::db
