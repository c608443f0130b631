#include "db/sqlite_connection.hpp"

#include <sqlite3.h>

#include "db/text_rows.hpp"

namespace schemac::db {

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& path, bool create) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Diagnostic{{}, "cannot open SQLite database " + path + ": " + message, {}, {}};
  }
  sqlite3_busy_timeout(db, 5000);
  return std::unique_ptr<SqliteConnection>(new SqliteConnection(db, path));
}

SqliteConnection::~SqliteConnection() { sqlite3_close(db_); }

std::optional<std::string> SqliteConnection::execute(const std::string& sql) {
  ++statements_sent_;
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) == SQLITE_OK) return std::nullopt;
  std::string message = error ? error : sqlite3_errmsg(db_);
  sqlite3_free(error);
  return message;
}

Result<std::unique_ptr<Rows>> SqliteConnection::query(const std::string& sql, const std::vector<std::optional<std::string>>& params) {
  ++statements_sent_;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
    return Diagnostic{{}, sqlite3_errmsg(db_), {}, {}};
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    if (params[i]) sqlite3_bind_text(statement, index, params[i]->c_str(), static_cast<int>(params[i]->size()), SQLITE_TRANSIENT);
    else sqlite3_bind_null(statement, index);
  }
  auto rows = std::make_unique<TextRows>();
  const int columns = sqlite3_column_count(statement);
  rows->column_count = static_cast<std::size_t>(columns);
  int step = SQLITE_ROW;
  while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
    auto& row = rows->rows.emplace_back();
    for (int c = 0; c < columns; ++c) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
      if (text) row.emplace_back(std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, c))));
      else row.emplace_back(std::nullopt);
    }
  }
  sqlite3_finalize(statement);
  if (step != SQLITE_DONE) return Diagnostic{{}, sqlite3_errmsg(db_), {}, {}};
  return std::unique_ptr<Rows>(std::move(rows));
}

std::optional<Diagnostic> SqliteConnection::stream(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                                                   const std::function<void(const Rows&)>& each_batch) {
  auto rows = query(sql, params);
  if (!rows) return rows.errors().front();
  each_batch(*rows.value());
  return std::nullopt;
}

Result<std::unique_ptr<Connection>> SqliteConnection::open_another() const {
  auto other = open(path_, false);
  if (!other) return other.errors();
  return std::unique_ptr<Connection>(std::move(other).value());
}

std::optional<Diagnostic> SqliteConnection::scan(const std::string& sql, const std::function<bool(sqlite3_stmt*)>& each_row) {
  ++statements_sent_;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
    return Diagnostic{{}, sqlite3_errmsg(db_), {}, {}};
  int step = SQLITE_ROW;
  while ((step = sqlite3_step(statement)) == SQLITE_ROW)
    if (!each_row(statement)) {
      step = SQLITE_DONE;
      break;
    }
  std::optional<Diagnostic> error;
  if (step != SQLITE_DONE) error = Diagnostic{{}, sqlite3_errmsg(db_), {}, {}};
  sqlite3_finalize(statement);
  return error;
}

}  // namespace schemac::db
