// The connection-string parser: postgres:// URLs and libpq keyword strings.
// Properties, with libpq's own reading as the judge: the password schemac
// finds for redaction is the one libpq would send; what schemac shows names
// the same server without it; another database on the same server keeps
// every other setting.
#include <libpq-fe.h>

#include <cstdlib>

#include <map>
#include <memory>

#include "db/connection_string.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

// libpq's reading of a connection string: keyword -> value, only those set.
std::optional<std::map<std::string, std::string>> libpq_options(const std::string& conninfo) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
  PQfreemem(error);
  if (!options) return std::nullopt;
  std::map<std::string, std::string> set;
  for (const PQconninfoOption* o = options; o->keyword; ++o)
    if (o->val && *o->val) set[o->keyword] = o->val;
  PQconninfoFree(options);
  return set;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace schemac;
  // The display falls back on PG* variables for what the string leaves out; here it must not.
  static const bool environment_cleared = [] {
    for (const char* name : {"PGUSER", "PGHOST", "PGPORT", "PGDATABASE", "PGPASSWORD", "PGSERVICE"}) unsetenv(name);
    return true;
  }();
  (void)environment_cleared;
  const std::string source(fuzz::as_text(data, size));
  if (source.find('\0') != std::string::npos) return 0;  // a command-line argument holds no NUL
  (void)db::is_postgres_source(source);
  const std::string password = db::password_in(source);
  auto target = db::parse_connection_string(source);
  const auto options = libpq_options(source);
  if (!target) {
    if (options) fuzz::property_failed("schemac refused what libpq reads", source);
    return 0;
  }
  if (!options) fuzz::property_failed("schemac read what libpq refuses", source);
  const auto libpq_password = options->find("password");
  if (libpq_password != options->end()) {
    if (password != libpq_password->second)
      fuzz::property_failed("the password redacted is not the password libpq sends", "source: " + source + "\nredacted: " + password +
                                                                                        "\nlibpq: " + libpq_password->second);
  }
  // What is shown is made of the user, host, port and database libpq read,
  // and nothing else; a service (whose file libpq reads only to connect) by its name.
  auto value = [&](const char* keyword) {
    auto it = options->find(keyword);
    return it == options->end() ? std::string() : it->second;
  };
  const std::string user = value("user"), host = value("host"), port = value("port");
  const std::string service = value("service"), dbname = value("dbname");
  const std::string shown = !service.empty() ? "service=" + service + (dbname.empty() ? "" : " dbname=" + dbname)
                                             : "postgres://" + (user.empty() ? "" : user + "@") + (host.empty() ? "localhost" : host) +
                                                   (port.empty() ? "" : ":" + port) + "/" + dbname;
  if (target->display != shown) fuzz::property_failed("what is shown is not the server libpq connects to", target->display + "\n" + shown);
  const std::string moved = db::with_database(target->conninfo, "schemac_scratch_fuzz");
  auto moved_options = libpq_options(moved);
  if (!moved_options) fuzz::property_failed("another database on the same server is not a connection string", moved);
  auto expected = *options;
  expected["dbname"] = "schemac_scratch_fuzz";
  if (*moved_options != expected) fuzz::property_failed("another database on the same server changed other settings", source + "\n" + moved);
  return 0;
}
