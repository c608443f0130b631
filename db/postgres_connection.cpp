#include "db/postgres_connection.hpp"

#include <libpq-fe.h>

namespace schemac::db {
namespace {

std::string first_line(std::string text) {
  const auto newline = text.find('\n');
  if (newline != std::string::npos) text.resize(newline);
  return text;
}

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};

// Query parameters as libpq takes them (NULL for SQL NULL); they point into `params`.
std::vector<const char*> parameter_values(const std::vector<std::optional<std::string>>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  return values;
}

}  // namespace

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const ConnectionTarget& target) {
  PGconn* raw = PQconnectdb(target.conninfo.c_str());
  if (!raw) return Diagnostic{{}, "cannot connect to " + target.display + ": out of memory", {}, {}};
  if (PQstatus(raw) != CONNECTION_OK) {
    std::string message = redact(first_line(PQerrorMessage(raw)), password_in(target.conninfo));
    PQfinish(raw);
    return Diagnostic{{}, "cannot connect to " + target.display + ": " + message, {}, {}};
  }
  PQsetNoticeProcessor(raw, [](void*, const char*) {}, nullptr);
  return std::unique_ptr<PostgresConnection>(new PostgresConnection(raw, target));
}

PostgresConnection::PostgresConnection(PGconn* connection, ConnectionTarget target)
    : connection_(connection), cancel_(PQgetCancel(connection)), target_(std::move(target)), password_(password_in(target_.conninfo)) {}

PostgresConnection::~PostgresConnection() {
  PQfreeCancel(cancel_);
  PQfinish(connection_);
}

int PostgresConnection::server_version() const { return PQserverVersion(connection_); }

Result<std::unique_ptr<Connection>> PostgresConnection::open_another() const {
  auto another = open(target_);
  if (!another) return another.errors();
  another.value()->statements_sent_ = statements_sent_;
  return std::unique_ptr<Connection>(std::move(another).value());
}

void PostgresConnection::cancel_running() {
  char error[256];
  if (cancel_) PQcancel(cancel_, error, sizeof error);
}

std::string PostgresConnection::error_text(const std::string& raw) const {
  std::string text = raw;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return redact(text, password_);
}

std::optional<std::string> PostgresConnection::execute(const std::string& sql) {
  ++*statements_sent_;
  std::unique_ptr<PGresult, ResultDeleter> result(PQexec(connection_, sql.c_str()));
  const auto status = PQresultStatus(result.get());
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) return std::nullopt;
  return error_text(PQresultErrorMessage(result.get()));
}

namespace {

class PostgresRows final : public Rows {
 public:
  explicit PostgresRows(std::unique_ptr<PGresult, ResultDeleter> result) : result_(std::move(result)) {}
  std::size_t size() const override { return static_cast<std::size_t>(PQntuples(result_.get())); }
  std::size_t columns() const override { return static_cast<std::size_t>(PQnfields(result_.get())); }
  std::optional<std::string_view> get(std::size_t row, std::size_t column) const override {
    const int r = static_cast<int>(row), c = static_cast<int>(column);
    if (PQgetisnull(result_.get(), r, c)) return std::nullopt;
    return std::string_view(PQgetvalue(result_.get(), r, c), static_cast<std::size_t>(PQgetlength(result_.get(), r, c)));
  }

 private:
  std::unique_ptr<PGresult, ResultDeleter> result_;
};

}  // namespace

Result<std::unique_ptr<Rows>> PostgresConnection::query(const std::string& sql,
                                                        const std::vector<std::optional<std::string>>& params) {
  ++*statements_sent_;
  const std::vector<const char*> values = parameter_values(params);
  std::unique_ptr<PGresult, ResultDeleter> result(PQexecParams(connection_, sql.c_str(), static_cast<int>(values.size()),
                                                               nullptr, values.data(), nullptr, nullptr, 0));
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
    return Diagnostic{{}, error_text(PQresultErrorMessage(result.get())), {}, {}};
  return std::unique_ptr<Rows>(new PostgresRows(std::move(result)));
}

std::optional<Diagnostic> PostgresConnection::stream(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                                                     const std::function<void(const Rows&)>& each_batch) {
  ++*statements_sent_;
  const std::vector<const char*> values = parameter_values(params);
  if (!PQsendQueryParams(connection_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                         nullptr, 0))
    return Diagnostic{{}, error_text(PQerrorMessage(connection_)), {}, {}};
  PQsetSingleRowMode(connection_);
  std::optional<Diagnostic> error;
  // Every result is read, also after an error, so the connection is ready for the next query.
  while (PGresult* raw = PQgetResult(connection_)) {
    PostgresRows rows{std::unique_ptr<PGresult, ResultDeleter>(raw)};
    const auto status = PQresultStatus(raw);
    if (status == PGRES_SINGLE_TUPLE) {
      if (!error) each_batch(rows);
    } else if (status != PGRES_TUPLES_OK && !error) {
      error = Diagnostic{{}, error_text(PQresultErrorMessage(raw)), {}, {}};
    }
  }
  return error;
}

std::optional<PostgresConnection::CopyError> PostgresConnection::copy_in(
    const std::string& sql, const std::function<std::optional<std::string>(const CopySend&)>& produce) {
  ++*statements_sent_;
  std::unique_ptr<PGresult, ResultDeleter> start(PQexec(connection_, sql.c_str()));
  if (PQresultStatus(start.get()) != PGRES_COPY_IN) return CopyError{error_text(PQresultErrorMessage(start.get())), {}};
  bool connection_ok = true;
  const CopySend send = [&](std::string_view data) {
    if (connection_ok && PQputCopyData(connection_, data.data(), static_cast<int>(data.size())) != 1) connection_ok = false;
    return connection_ok;
  };
  const std::optional<std::string> abort = produce(send);
  PQputCopyEnd(connection_, abort ? abort->c_str() : nullptr);
  std::optional<CopyError> error;
  while (PGresult* raw = PQgetResult(connection_)) {
    std::unique_ptr<PGresult, ResultDeleter> result(raw);
    if (PQresultStatus(raw) == PGRES_COMMAND_OK || error) continue;
    const char* context = PQresultErrorField(raw, PG_DIAG_CONTEXT);
    error = CopyError{error_text(PQresultErrorMessage(raw)), context ? redact(context, password_) : ""};
  }
  if (abort) return CopyError{*abort, {}};
  if (!connection_ok && !error) return CopyError{error_text(PQerrorMessage(connection_)), {}};
  return error;
}

std::optional<Diagnostic> PostgresConnection::copy_out(const std::string& sql, const std::function<void(std::string_view)>& each_line) {
  ++*statements_sent_;
  std::unique_ptr<PGresult, ResultDeleter> start(PQexec(connection_, sql.c_str()));
  if (PQresultStatus(start.get()) != PGRES_COPY_OUT) return Diagnostic{{}, error_text(PQresultErrorMessage(start.get())), {}, {}};
  char* buffer = nullptr;
  int length = 0;
  while ((length = PQgetCopyData(connection_, &buffer, 0)) > 0) {
    std::string_view line(buffer, static_cast<std::size_t>(length));
    if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    each_line(line);
    PQfreemem(buffer);
  }
  std::optional<Diagnostic> error;
  if (length == -2) error = Diagnostic{{}, error_text(PQerrorMessage(connection_)), {}, {}};
  while (PGresult* raw = PQgetResult(connection_)) {
    std::unique_ptr<PGresult, ResultDeleter> result(raw);
    if (PQresultStatus(raw) != PGRES_COMMAND_OK && !error) error = Diagnostic{{}, error_text(PQresultErrorMessage(raw)), {}, {}};
  }
  return error;
}

}  // namespace schemac::db
