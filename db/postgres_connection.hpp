#pragma once
// Connection over libpq.
#include <atomic>
#include <memory>

#include "db/connection.hpp"
#include "db/connection_string.hpp"

typedef struct pg_conn PGconn;
typedef struct pg_cancel PGcancel;

namespace schemac::db {

class PostgresConnection final : public Connection {
 public:
  // Connects; the error is one line and never holds the password.
  static Result<std::unique_ptr<PostgresConnection>> open(const ConnectionTarget& target);
  ~PostgresConnection() override;
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  std::optional<std::string> execute(const std::string& sql) override;
  Result<std::unique_ptr<Rows>> query(const std::string& sql,
                                      const std::vector<std::optional<std::string>>& params = {}) override;
  std::optional<Diagnostic> stream(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                                   const std::function<void(const Rows&)>& each_batch) override;
  Result<std::unique_ptr<Connection>> open_another() const override;
  std::size_t statements_sent() const override { return *statements_sent_; }
  int server_version() const override;
  // Asks the server to cancel the running statement; safe to call from a signal handler.
  void cancel_running();

  // COPY ... FROM STDIN: `produce` hands the data to `send` (which says false
  // when the connection failed) and returns the reason to abort, if any.
  struct CopyError {
    std::string message;
    std::string context;  // the server's CONTEXT ("COPY t, line 7, column c: ..."), if any
  };
  using CopySend = std::function<bool(std::string_view)>;
  std::optional<CopyError> copy_in(const std::string& sql, const std::function<std::optional<std::string>(const CopySend&)>& produce);
  // COPY ... TO STDOUT: each row's line in text format, without its newline.
  std::optional<Diagnostic> copy_out(const std::string& sql, const std::function<void(std::string_view)>& each_line);

 private:
  PostgresConnection(PGconn* connection, ConnectionTarget target);
  std::string error_text(const std::string& raw) const;

  PGconn* connection_;
  PGcancel* cancel_ = nullptr;
  ConnectionTarget target_;
  std::string password_;
  std::shared_ptr<std::atomic<std::size_t>> statements_sent_ = std::make_shared<std::atomic<std::size_t>>(0);
};

}  // namespace schemac::db
