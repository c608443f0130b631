#include "db/duckdb_connection.hpp"

#include <duckdb.h>

#include <chrono>
#include <thread>

#include "db/text_rows.hpp"

namespace schemac::db {

struct DuckdbConnection::Instance {
  duckdb_database database = nullptr;
  ~Instance() { duckdb_close(&database); }
};

namespace {

constexpr std::chrono::seconds kLockWait{60};

Diagnostic failure(std::string message) { return Diagnostic{{}, std::move(message), {}, {}}; }

struct ResultGuard {
  duckdb_result result{};
  ~ResultGuard() { duckdb_destroy_result(&result); }
};

std::unique_ptr<TextRows> read_rows(duckdb_result& result) {
  auto rows = std::make_unique<TextRows>();
  const idx_t columns = duckdb_column_count(&result), count = duckdb_row_count(&result);
  rows->rows.reserve(count);
  rows->column_count = columns;
  for (idx_t r = 0; r < count; ++r) {
    auto& row = rows->rows.emplace_back();
    for (idx_t c = 0; c < columns; ++c) {
      if (duckdb_value_is_null(&result, c, r)) {
        row.emplace_back(std::nullopt);
        continue;
      }
      char* text = duckdb_value_varchar(&result, c, r);
      row.emplace_back(std::string(text ? text : ""));
      duckdb_free(text);
    }
  }
  return rows;
}

}  // namespace

Result<std::unique_ptr<DuckdbConnection>> DuckdbConnection::open(const std::string& path, bool create) {
  if (!create && path != ":memory:") {
    if (FILE* f = std::fopen(path.c_str(), "rb")) std::fclose(f);
    else return failure("no DuckDB database at " + path);
  }
  auto instance = std::make_shared<Instance>();
  // DuckDB lets one process write a file at a time; another one gets "Could
  // not set lock on file" at once. Like SQLite's busy timeout, schemac waits
  // for the file instead of failing (two migration runners take turns).
  const auto give_up = std::chrono::steady_clock::now() + kLockWait;
  while (true) {
    char* error = nullptr;
    duckdb_config config = nullptr;
    duckdb_create_config(&config);
    // schemac never needs DuckDB's extension autoloading (it would reach for the network).
    duckdb_set_config(config, "autoinstall_known_extensions", "false");
    duckdb_set_config(config, "autoload_known_extensions", "false");
    const duckdb_state opened = duckdb_open_ext(path == ":memory:" ? nullptr : path.c_str(), &instance->database, config, &error);
    duckdb_destroy_config(&config);
    if (opened != DuckDBError) break;
    std::string message = error ? error : "unknown error";
    duckdb_free(error);
    instance->database = nullptr;
    const bool locked = message.find("Could not set lock") != std::string::npos;
    if (!locked) return failure("cannot open DuckDB database " + path + ": " + message);
    if (std::chrono::steady_clock::now() >= give_up)
      return failure("DuckDB database " + path + " is in use by another process (DuckDB lets one process write a file); gave up after " +
                     std::to_string(kLockWait.count()) + " s");
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  duckdb_connection connection = nullptr;
  if (duckdb_connect(instance->database, &connection) == DuckDBError) return failure("cannot connect to DuckDB database " + path);
  return std::unique_ptr<DuckdbConnection>(new DuckdbConnection(std::move(instance), connection));
}

DuckdbConnection::DuckdbConnection(std::shared_ptr<Instance> instance, void* connection)
    : instance_(std::move(instance)), connection_(connection) {}

DuckdbConnection::~DuckdbConnection() {
  auto connection = static_cast<duckdb_connection>(connection_);
  duckdb_disconnect(&connection);
}

Result<std::unique_ptr<Connection>> DuckdbConnection::open_another() const {
  duckdb_connection connection = nullptr;
  if (duckdb_connect(instance_->database, &connection) == DuckDBError) return failure("cannot open another DuckDB connection");
  auto another = std::unique_ptr<DuckdbConnection>(new DuckdbConnection(instance_, connection));
  another->statements_sent_ = statements_sent_;
  return std::unique_ptr<Connection>(std::move(another));
}

std::optional<std::string> DuckdbConnection::execute(const std::string& sql) {
  ++*statements_sent_;
  ResultGuard guard;
  if (duckdb_query(static_cast<duckdb_connection>(connection_), sql.c_str(), &guard.result) == DuckDBError) {
    const char* error = duckdb_result_error(&guard.result);
    return std::string(error ? error : "unknown DuckDB error");
  }
  return std::nullopt;
}

Result<std::unique_ptr<Rows>> DuckdbConnection::query(const std::string& sql, const std::vector<std::optional<std::string>>& params) {
  ++*statements_sent_;
  ResultGuard guard;
  auto connection = static_cast<duckdb_connection>(connection_);
  if (params.empty()) {
    if (duckdb_query(connection, sql.c_str(), &guard.result) == DuckDBError) {
      const char* error = duckdb_result_error(&guard.result);
      return failure(error ? error : "unknown DuckDB error");
    }
    return std::unique_ptr<Rows>(read_rows(guard.result));
  }
  duckdb_prepared_statement statement = nullptr;
  if (duckdb_prepare(connection, sql.c_str(), &statement) == DuckDBError) {
    std::string error = duckdb_prepare_error(statement) ? duckdb_prepare_error(statement) : "cannot prepare";
    duckdb_destroy_prepare(&statement);
    return failure(error);
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const idx_t index = i + 1;
    if (params[i]) duckdb_bind_varchar_length(statement, index, params[i]->data(), params[i]->size());
    else duckdb_bind_null(statement, index);
  }
  const duckdb_state state = duckdb_execute_prepared(statement, &guard.result);
  duckdb_destroy_prepare(&statement);
  if (state == DuckDBError) {
    const char* error = duckdb_result_error(&guard.result);
    return failure(error ? error : "unknown DuckDB error");
  }
  return std::unique_ptr<Rows>(read_rows(guard.result));
}

std::optional<Diagnostic> DuckdbConnection::stream(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                                                   const std::function<void(const Rows&)>& each_batch) {
  auto rows = query(sql, params);
  if (!rows) return rows.errors().front();
  each_batch(*rows.value());
  return std::nullopt;
}

}  // namespace schemac::db
