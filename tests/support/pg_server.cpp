#include "tests/support/pg_server.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace schemac::testing {
namespace {

struct ConnectionCloser {
  void operator()(PGconn* c) const { PQfinish(c); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

Connection connect(const std::string& database) {
  const std::string conninfo = "dbname=" + database;
  Connection c(PQconnectdb(conninfo.c_str()));
  if (PQstatus(c.get()) != CONNECTION_OK) throw std::runtime_error("cannot connect to " + database + ": " + PQerrorMessage(c.get()));
  PQsetNoticeProcessor(c.get(), [](void*, const char*) {}, nullptr);  // NOTICEs are expected noise here
  return c;
}

std::optional<std::string> run(PGconn* c, const std::string& sql) {
  PGresult* result = PQexec(c, sql.c_str());
  const auto status = PQresultStatus(result);
  std::optional<std::string> error;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) error = PQresultErrorMessage(result);
  PQclear(result);
  return error;
}

std::string admin_database() {
  const char* env = std::getenv("PGDATABASE");
  return env && *env ? env : "postgres";
}

}  // namespace

bool server_required() {
  const char* ci = std::getenv("CI");
  return ci && std::string(ci) == "true";
}

std::optional<PgServer> PgServer::from_environment(std::string& why) {
  if (!std::getenv("PGHOST") && !std::getenv("PGPORT")) {
    why = "no PostgreSQL server: PGHOST/PGPORT are not set (run under scripts/test or pg_virtualenv)";
    return std::nullopt;
  }
  Connection c(PQconnectdb(("dbname=" + admin_database()).c_str()));
  if (PQstatus(c.get()) != CONNECTION_OK) {
    why = std::string("cannot connect to PostgreSQL: ") + PQerrorMessage(c.get());
    return std::nullopt;
  }
  return PgServer{};
}

std::string PgServer::create_database() {
  const std::string name = "schemac_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter_);
  auto c = connect(admin_database());
  run(c.get(), "DROP DATABASE IF EXISTS " + name);
  if (auto error = run(c.get(), "CREATE DATABASE " + name + " TEMPLATE template0")) throw std::runtime_error(*error);
  return name;
}

void PgServer::drop_database(const std::string& name) {
  auto c = connect(admin_database());
  run(c.get(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
}

std::optional<std::string> PgServer::execute(const std::string& database, const std::string& sql) {
  auto c = connect(database);
  run(c.get(), "SET client_min_messages = warning");
  return run(c.get(), sql);
}

std::string PgServer::dump_schema(const std::string& database) {
  const std::string command = "pg_dump --schema-only --no-owner --no-privileges --dbname=" + database + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) throw std::runtime_error("cannot run pg_dump");
  std::string out;
  std::array<char, 65536> buffer{};
  std::size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) out.append(buffer.data(), n);
  const int status = pclose(pipe.release());
  if (status != 0) throw std::runtime_error("pg_dump failed: " + out);
  return out;
}

std::string normalize_dump(const std::string& dump) {
  std::istringstream in(dump);
  std::vector<std::string> lines;
  std::string line;
  std::vector<std::string> table_body;
  bool in_table = false;
  while (std::getline(in, line)) {
    if (line.empty() || line.rfind("--", 0) == 0 || line.rfind("SET ", 0) == 0 ||
        line.rfind("SELECT pg_catalog.set_config", 0) == 0 || line.rfind("\\restrict ", 0) == 0 ||
        line.rfind("\\unrestrict ", 0) == 0)  // pg_dump 15.14+: per-dump random keys
      continue;
    if (in_table) {
      if (line == ");" || line.rfind(")", 0) == 0) {
        std::sort(table_body.begin(), table_body.end());
        for (auto& body : table_body) lines.push_back(body);
        table_body.clear();
        lines.push_back(line);
        in_table = false;
      } else {
        if (!line.empty() && line.back() == ',') line.pop_back();
        table_body.push_back(line);
      }
      continue;
    }
    if (line.rfind("CREATE TABLE ", 0) == 0 && line.back() == '(') in_table = true;
    lines.push_back(line);
  }
  std::string out;
  for (auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace schemac::testing
