#include "db/connection_string.hpp"

#include <libpq-fe.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <set>
#include <string_view>

namespace schemac::db {
namespace {

struct OptionsDeleter {
  void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

using Options = std::unique_ptr<PQconninfoOption, OptionsDeleter>;

// libpq's reading of a connection string; null if libpq refuses it, with its reason in `why` when asked.
Options libpq_reading(const std::string& conninfo, std::string* why = nullptr) {
  char* error = nullptr;
  Options options(PQconninfoParse(conninfo.c_str(), &error));
  if (!options && why) {
    *why = error ? error : "invalid connection string";
    while (!why->empty() && why->back() == '\n') why->pop_back();
  }
  PQfreemem(error);
  return options;
}

std::string option_value(const PQconninfoOption* options, const char* keyword) {
  for (const PQconninfoOption* o = options; o->keyword; ++o)
    if (std::string(o->keyword) == keyword && o->val && *o->val) return o->val;
  return {};
}

// libpq's keyword=value syntax: quote values with single quotes, escaping \ and '.
std::string quote_conninfo_value(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace

namespace {

// Whether `word` is a keyword libpq knows ("host", "dbname", "service", ...).
bool libpq_keyword(std::string_view word) {
  // Read once: PQconndefaults also works out every default value (environment, service file).
  static const std::set<std::string, std::less<>> keywords = [] {
    std::set<std::string, std::less<>> out;
    if (const Options defaults(PQconndefaults()); defaults)
      for (const PQconninfoOption* o = defaults.get(); o->keyword; ++o) out.emplace(o->keyword);
    return out;
  }();
  return keywords.contains(word);
}

}  // namespace

// Told apart by syntax: a keyword string starts with `keyword =`, which no
// file path a user types does; its values may hold anything, '/' included
// (host=/var/run/postgresql, a socket folder).
bool is_postgres_source(const std::string& source) {
  if (source.rfind("postgres://", 0) == 0 || source.rfind("postgresql://", 0) == 0) return true;
  const auto start = source.find_first_not_of(" \t\n");
  if (start == std::string::npos) return false;
  auto end = start;
  while (end < source.size() && (std::isalnum(static_cast<unsigned char>(source[end])) || source[end] == '_')) ++end;
  const auto equals = source.find_first_not_of(" \t\n", end);
  return end > start && equals != std::string::npos && source[equals] == '=' &&
         libpq_keyword(std::string_view(source).substr(start, end - start));
}

Result<ConnectionTarget> parse_connection_string(const std::string& source) {
  std::string message;
  const Options options = libpq_reading(source, &message);
  if (!options) {
    // libpq may quote part of the input; never let a password through.
    return Diagnostic{{}, "invalid connection string: " + redact(message, password_in(source)), {}, {}};
  }
  std::string user = option_value(options.get(), "user");
  std::string host = option_value(options.get(), "host");
  std::string port = option_value(options.get(), "port");
  std::string dbname = option_value(options.get(), "dbname");
  auto env = [](const char* name) { const char* v = std::getenv(name); return std::string(v ? v : ""); };
  // A service's settings are in its file, which libpq reads only when it
  // connects: the service is named, not settings guessed from the environment.
  std::string service = option_value(options.get(), "service");
  if (service.empty()) service = env("PGSERVICE");
  if (!service.empty()) return ConnectionTarget{source, "service=" + service + (dbname.empty() ? "" : " dbname=" + dbname)};
  if (user.empty()) user = env("PGUSER");
  if (host.empty()) host = env("PGHOST");
  if (port.empty()) port = env("PGPORT");
  if (dbname.empty()) dbname = env("PGDATABASE");
  std::string display = "postgres://";
  if (!user.empty()) display += user + "@";
  display += host.empty() ? "localhost" : host;
  if (!port.empty()) display += ":" + port;
  display += "/" + dbname;
  return ConnectionTarget{source, display};
}

std::string with_database(const std::string& conninfo, const std::string& database) {
  // Written afresh from libpq's reading, every value quoted: appending to the
  // text as given breaks on a string that ends in "password=" (the dbname would
  // become the password), and URLs take no keywords after them.
  const Options options = libpq_reading(conninfo);
  std::string out;
  if (options)
    for (const PQconninfoOption* o = options.get(); o->keyword; ++o)
      if (o->val && *o->val && std::string(o->keyword) != "dbname")
        out += std::string(o->keyword) + "=" + quote_conninfo_value(o->val) + " ";
  return out + "dbname=" + quote_conninfo_value(database);
}

std::string password_in(const std::string& source) {
  // What libpq will send (percent-decoded, unquoted, the last of several),
  // whenever libpq reads the string.
  if (const Options options = libpq_reading(source)) return option_value(options.get(), "password");
  // A string libpq refuses, whose error may quote it: the password as written.
  const auto scheme = source.find("://");
  if (scheme != std::string::npos) {
    const auto at = source.find('@', scheme);
    const auto colon = source.find(':', scheme + 3);
    if (at != std::string::npos && colon != std::string::npos && colon < at) return source.substr(colon + 1, at - colon - 1);
    const auto query = source.find("password=");
    if (query == std::string::npos) return {};
    const auto end = source.find('&', query);
    return source.substr(query + 9, end == std::string::npos ? std::string::npos : end - query - 9);
  }
  const auto key = source.find("password");
  if (key == std::string::npos) return {};
  auto i = source.find('=', key);
  if (i == std::string::npos) return {};
  ++i;
  while (i < source.size() && source[i] == ' ') ++i;
  std::string value;
  if (i < source.size() && source[i] == '\'') {
    for (++i; i < source.size() && source[i] != '\''; ++i) {
      if (source[i] == '\\' && i + 1 < source.size()) ++i;
      value += source[i];
    }
  } else {
    while (i < source.size() && source[i] != ' ') value += source[i++];
  }
  return value;
}

std::string redact(std::string text, const std::string& secret) {
  if (secret.empty()) return text;
  // The search goes on after the mask: a password such as "*" is in it.
  constexpr std::string_view kMask = "****";
  for (auto at = text.find(secret); at != std::string::npos; at = text.find(secret, at + kMask.size()))
    text.replace(at, secret.size(), kMask);
  return text;
}

}  // namespace schemac::db
