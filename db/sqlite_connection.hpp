#pragma once
// The Connection interface over an SQLite database file (sqlite3).
#include <memory>
#include <string>

#include "db/connection.hpp"

struct sqlite3;
struct sqlite3_stmt;

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
  // Runs a query and hands each row, as sqlite3's statement (typed access to
  // its columns, valid until the next row), to `each_row` until it returns false.
  std::optional<Diagnostic> scan(const std::string& sql, const std::function<bool(sqlite3_stmt*)>& each_row);

 private:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::size_t statements_sent_ = 0;
};

}  // namespace schemac::db
