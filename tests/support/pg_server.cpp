#include "tests/support/pg_server.hpp"

#include "db/connection_string.hpp"
#include "db/postgres_connection.hpp"

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

std::string admin_database() {
  const char* env = std::getenv("PGDATABASE");
  return env && *env ? env : "postgres";
}

// Test databases are reached through the same connection code schemac uses;
// host, port, user and password come from the PG* environment.
std::unique_ptr<db::PostgresConnection> connect(const std::string& database) {
  auto target = db::parse_connection_string("dbname=" + database);
  if (!target) throw std::runtime_error(target.errors().front().message);
  auto connection = db::PostgresConnection::open(target.value());
  if (!connection) throw std::runtime_error(connection.errors().front().message);
  return std::move(connection).value();
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
  try {
    connect(admin_database());
  } catch (const std::exception& e) {
    why = e.what();
    return std::nullopt;
  }
  return PgServer{};
}

std::string PgServer::create_database() {
  const std::string name = "schemac_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter_);
  auto c = connect(admin_database());
  c->execute("DROP DATABASE IF EXISTS " + name);
  if (auto error = c->execute("CREATE DATABASE " + name + " TEMPLATE template0")) throw std::runtime_error(*error);
  return name;
}

void PgServer::drop_database(const std::string& name) {
  connect(admin_database())->execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
}

std::optional<std::string> PgServer::execute(const std::string& database, const std::string& sql) {
  return connect(database)->execute(sql);
}

int PgServer::major_version() {
  if (major_) return major_;
  auto rows = connect(admin_database())->query("SELECT pg_catalog.current_setting('server_version_num')");
  if (!rows || rows.value()->size() != 1) throw std::runtime_error("cannot read the server's version");
  major_ = std::stoi(std::string(rows.value()->get(0, 0).value_or("0"))) / 10000;
  return major_;
}

std::string PgServer::dump_schema(const std::string& database) {
  // pg_dump where it reads the server's major, the catalog facts elsewhere.
  const std::string command = std::string(SCHEMAC_SCHEMA_DUMP) + " " + database + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) throw std::runtime_error("cannot run " + command);
  std::string out;
  std::array<char, 65536> buffer{};
  std::size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) out.append(buffer.data(), n);
  const int status = pclose(pipe.release());
  if (status != 0) throw std::runtime_error("schema dump failed: " + out);
  return out;
}

namespace {

// Storage parameters are a set; the server keeps them in the order they were
// given, which differs between a CREATE and the ALTERs that lead to the same set.
std::string sort_storage_parameters(std::string line) {
  const auto open = line.find("WITH (");
  if (open == std::string::npos) return line;
  const auto start = open + 6, close = line.find(')', start);
  if (close == std::string::npos) return line;
  std::vector<std::string> items;
  std::string_view body(line.data() + start, close - start);
  for (std::size_t at = 0; at <= body.size();) {
    auto comma = body.find(", ", at);
    if (comma == std::string_view::npos) comma = body.size();
    items.emplace_back(body.substr(at, comma - at));
    at = comma + 2;
  }
  std::sort(items.begin(), items.end());
  std::string joined;
  for (const auto& item : items) joined += (joined.empty() ? "" : ", ") + item;
  return line.substr(0, start) + joined + line.substr(close);
}

}  // namespace

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
    lines.push_back(sort_storage_parameters(line));
  }
  std::string out;
  for (auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace schemac::testing
