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
  ++statements_sent_;
  std::unique_ptr<PGresult, ResultDeleter> result(PQexec(connection_, sql.c_str()));
  const auto status = PQresultStatus(result.get());
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) return std::nullopt;
  return error_text(PQresultErrorMessage(result.get()));
}

Result<Rows> PostgresConnection::query(const std::string& sql, const std::vector<std::optional<std::string>>& params) {
  ++statements_sent_;
  std::vector<const char*> values;
  for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  std::unique_ptr<PGresult, ResultDeleter> result(PQexecParams(connection_, sql.c_str(), static_cast<int>(values.size()),
                                                               nullptr, values.data(), nullptr, nullptr, 0));
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
    return Diagnostic{{}, error_text(PQresultErrorMessage(result.get())), {}, {}};
  Rows rows;
  const int fields = PQnfields(result.get());
  const int tuples = PQntuples(result.get());
  for (int f = 0; f < fields; ++f) rows.columns.emplace_back(PQfname(result.get(), f));
  rows.rows.reserve(static_cast<std::size_t>(tuples));
  for (int t = 0; t < tuples; ++t) {
    auto& row = rows.rows.emplace_back();
    row.reserve(static_cast<std::size_t>(fields));
    for (int f = 0; f < fields; ++f) {
      if (PQgetisnull(result.get(), t, f)) row.emplace_back(std::nullopt);
      else row.emplace_back(std::string(PQgetvalue(result.get(), t, f), static_cast<std::size_t>(PQgetlength(result.get(), t, f))));
    }
  }
  return rows;
}

}  // namespace schemac::db
